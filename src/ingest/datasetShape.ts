/**
 * Pass 1 of dataset validation: the shape, checked by the zod schemas of src/domain/dataset.ts. Each record is
 * parsed on its own, so that its problems are reported under its label and a bad record does not hide the others.
 * A malformed field is reported once and then left out of the record handed to pass 2 (validateDataset.ts), so
 * that pass 2 sees only well-typed values and does not pile on; the record's other fields are still checked there.
 */
import { z } from 'zod';
import {
  ClaimRecordSchema,
  DatasetSchema,
  DocumentRecordSchema,
  EventRecordSchema,
  FactCheckRecordSchema,
  OrganizationRecordSchema,
  OutletRecordSchema,
  PersonRecordSchema,
  RelationshipRecordSchema,
  ReviewRecordSchema,
  StatementRecordSchema,
  type Dataset,
} from '../domain/dataset.js';
import { recordLabel, type ProblemLog, type ReportProblem } from './datasetProblems.js';
import { isJsonObject, shapeProblemsOf, type TranslationContext } from './shapeProblems.js';

/** The schema of each collection's records, in the order the collections are checked and reported. */
const RECORD_SCHEMAS = {
  documents: DocumentRecordSchema,
  people: PersonRecordSchema,
  outlets: OutletRecordSchema,
  organizations: OrganizationRecordSchema,
  events: EventRecordSchema,
  statements: StatementRecordSchema,
  claims: ClaimRecordSchema,
  reviews: ReviewRecordSchema,
  relationships: RelationshipRecordSchema,
  factChecks: FactCheckRecordSchema,
} as const satisfies { [Name in Exclude<keyof Dataset, 'format'>]: z.ZodType };

type CollectionName = keyof typeof RECORD_SCHEMAS;

export const COLLECTION_NAMES = Object.keys(RECORD_SCHEMAS) as CollectionName[];

/**
 * The top level of DatasetSchema, with each collection's items left unchecked (the records are parsed one by one
 * below). Same fields, order and optionality: only the item schemas differ.
 */
const TOP_LEVEL = z.strictObject({
  ...DatasetSchema.shape,
  ...Object.fromEntries(
    COLLECTION_NAMES.map((name) => {
      const items = z.array(z.unknown());
      return [name, DatasetSchema.shape[name] instanceof z.ZodOptional ? items.optional() : items];
    }),
  ),
});

/** A record as read: every field may be missing (absent or malformed, and then already reported). */
export type Loose<T> = T extends string | number | boolean
  ? T
  : T extends readonly (infer Item)[]
    ? (Loose<Item> | undefined)[]
    : { [K in keyof T]?: Loose<T[K]> };

/** A record that passed the shape pass, with the object it was read from (to tell "absent" from "malformed"). */
export interface Parsed<T> {
  label: string;
  record: Loose<T>;
  input: Readonly<Record<string, unknown>>;
  report: ReportProblem;
}

export type ParsedDataset = { [Name in CollectionName]: Parsed<z.infer<(typeof RECORD_SCHEMAS)[Name]>>[] };

/** The dataset's records as pass 2 needs them, or undefined when the value is not even an object. */
export function readDatasetShape(raw: unknown, log: ProblemLog): ParsedDataset | undefined {
  const reportTopLevel = log.reporterFor('dataset');
  const topLevel = TOP_LEVEL.safeParse(raw);
  if (!topLevel.success) {
    reportIssues(topLevel.error.issues, { schema: TOP_LEVEL, input: raw, topLevel: true }, reportTopLevel);
  }
  if (!isJsonObject(raw)) return undefined;
  const parsed = {} as Record<CollectionName, Parsed<unknown>[]>;
  for (const name of COLLECTION_NAMES) {
    // a missing or non-array collection was reported above; its records cannot be read
    const items = Object.hasOwn(raw, name) && Array.isArray(raw[name]) ? (raw[name] as unknown[]) : [];
    parsed[name] = readRecords(name, items, RECORD_SCHEMAS[name], log);
  }
  return parsed as ParsedDataset;
}

function readRecords(name: string, items: unknown[], schema: z.ZodType, log: ProblemLog): Parsed<unknown>[] {
  const records: Parsed<unknown>[] = [];
  items.forEach((item, index) => {
    const label = recordLabel(name, index, isJsonObject(item) ? item.slug : undefined);
    // registered even when valid: problems found later in pass 2 are listed in file order
    const report = log.reporterFor(label);
    const result = schema.safeParse(item);
    if (result.success) {
      // the input, not zod's copy of it: they are equal (no transforms), and keeping both would double the memory
      // a large dataset takes while it is checked
      records.push({ label, record: item as Loose<unknown>, input: item as Record<string, unknown>, report });
      return;
    }
    reportIssues(result.error.issues, { schema, input: item }, report);
    if (isJsonObject(item)) {
      records.push({
        label,
        record: withoutMalformed(item, result.error.issues) as Loose<unknown>,
        input: item,
        report,
      });
    }
  });
  return records;
}

function reportIssues(issues: z.core.$ZodIssue[], context: TranslationContext, report: ReportProblem): void {
  for (const issue of issues) {
    for (const { field, message } of shapeProblemsOf(issue, context)) report(field, message);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Leaving out what is malformed

/** Paths of the values to leave out, as a tree of keys; `null` marks a value left out whole. */
type Holes = Map<PropertyKey, Holes | null>;

/**
 * A copy of `value` without the values the issues are about, copying only the objects and arrays on the way to
 * them (the rest is shared with the input, which is never changed). An array keeps its length, with undefined
 * where an item is left out: later checks name items by their index in the file.
 */
function withoutMalformed(value: Record<string, unknown>, issues: readonly z.core.$ZodIssue[]): unknown {
  const holes: Holes = new Map();
  for (const issue of issues) {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key]) : [issue.path];
    for (const path of paths) addHole(holes, path);
  }
  return copyWithHoles(value, holes);
}

function addHole(holes: Holes, path: readonly PropertyKey[]): void {
  let node = holes;
  for (const [index, key] of path.entries()) {
    if (index === path.length - 1) {
      node.set(key, null);
      return;
    }
    let child = node.get(key);
    if (child === null) return; // an enclosing value is already left out whole
    if (child === undefined) node.set(key, (child = new Map()));
    node = child;
  }
}

function copyWithHoles(value: unknown, holes: Holes): unknown {
  if (Array.isArray(value)) return value.map((item, index) => copyChild(item, holes.get(index)));
  if (!isJsonObject(value)) return value;
  const entries: [string, unknown][] = [];
  for (const [key, child] of Object.entries(value)) {
    const copied = copyChild(child, holes.get(key));
    if (copied !== undefined) entries.push([key, copied]);
  }
  // fromEntries defines own properties, so a "__proto__" key stays a plain field, not the copy's prototype
  return Object.fromEntries(entries);
}

function copyChild(value: unknown, holes: Holes | null | undefined): unknown {
  if (holes === null) return undefined;
  return holes === undefined ? value : copyWithHoles(value, holes);
}
