/**
 * Pass 1 of dataset validation: the shape. Each record is read against a field table (types, required fields,
 * unknown fields, enums), keeping the fields that are well-formed; a malformed field is reported once and then
 * left out, so that the checks of pass 2 (validateDataset.ts) see only well-typed values and do not pile on.
 *
 * The field tables mirror the interfaces of src/domain/dataset.ts; `FieldsOf<T>` makes the compiler check that each
 * table names every field of its interface, and that the interface's required fields are required here too.
 */
import { closestName } from './closestName.js';
import {
  ASSERTIONS,
  ATTRIBUTION_CONFIDENCES,
  CLAIM_STATUSES,
  DATASET_FORMAT,
  EVENT_KINDS,
  ORGANIZATION_KINDS,
  OUTLET_KINDS,
  RELATIONSHIP_STATUSES,
  RELATIONSHIP_TYPES,
  STANCES,
  type CitedSource,
  type ClaimAppearanceRecord,
  type ClaimRecord,
  type Dataset,
  type DocumentRecord,
  type EventRecord,
  type EvidenceRecord,
  type MentionRecord,
  type OrganizationRecord,
  type OutletRecord,
  type PersonRecord,
  type RelationshipRecord,
  type RelationshipStateRecord,
  type ReviewRecord,
  type SameAsRecord,
  type StatementRecord,
} from '../domain/dataset.js';
import { recordLabel, type ProblemLog, type ReportProblem } from './datasetProblems.js';

type FieldSpec =
  | { type: 'string'; allowEmpty: boolean }
  | { type: 'integer' }
  | { type: 'number' }
  | { type: 'boolean' }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'array'; items: FieldSpec }
  | { type: 'object'; fields: FieldTable };

interface Field {
  spec: FieldSpec;
  required: boolean;
}

type FieldTable = Readonly<Record<string, Field>>;

type FieldsOf<T> = {
  readonly [K in keyof T]-?: undefined extends T[K] ? Field & { required: false } : Field & { required: true };
};

/** A record as read: every field may be missing (absent or malformed, and then already reported). */
export type Loose<T> = T extends string | number | boolean
  ? T
  : T extends readonly (infer Item)[]
    ? (Loose<Item> | undefined)[]
    : { [K in keyof T]?: Loose<T[K]> };

const required = (spec: FieldSpec) => ({ spec, required: true as const });
const optional = (spec: FieldSpec) => ({ spec, required: false as const });
const text: FieldSpec = { type: 'string', allowEmpty: false };
const textMaybeEmpty: FieldSpec = { type: 'string', allowEmpty: true };
const integer: FieldSpec = { type: 'integer' };
const number: FieldSpec = { type: 'number' };
const boolean: FieldSpec = { type: 'boolean' };
const oneOf = (values: readonly string[]): FieldSpec => ({ type: 'enum', values });
const listOf = (items: FieldSpec): FieldSpec => ({ type: 'array', items });
const objectWith = <T>(fields: FieldsOf<T>): FieldSpec => ({ type: 'object', fields });

const citedSourceFields: FieldsOf<CitedSource> = {
  url: required(text),
  title: required(text),
  accessed: optional(text),
};

const evidenceFields: FieldsOf<EvidenceRecord> = {
  document: required(text),
  start: required(integer),
  end: required(integer),
  exact: required(text),
  // an empty prefix is what a span at the very start of a document has
  prefix: optional(textMaybeEmpty),
  suffix: optional(textMaybeEmpty),
};
const evidenceList = listOf(objectWith(evidenceFields));

const documentFields: FieldsOf<DocumentRecord> = {
  slug: required(text),
  title: required(text),
  url: optional(text),
  outlet: optional(text),
  published: optional(text),
  textFile: optional(text),
  sha256: optional(text),
  evidence: optional(evidenceList),
};

const sameAsFields: FieldsOf<SameAsRecord> = {
  uri: required(text),
  source: required(objectWith(citedSourceFields)),
};

const personFields: FieldsOf<PersonRecord> = {
  slug: required(text),
  name: required(text),
  aliases: optional(listOf(text)),
  description: optional(text),
  sameAs: optional(listOf(objectWith(sameAsFields))),
  evidence: required(evidenceList),
};

const outletFields: FieldsOf<OutletRecord> = {
  slug: required(text),
  name: required(text),
  kind: required(oneOf(OUTLET_KINDS)),
  aliases: optional(listOf(text)),
  url: optional(text),
  evidence: required(evidenceList),
};

const organizationFields: FieldsOf<OrganizationRecord> = {
  slug: required(text),
  name: required(text),
  kind: required(oneOf(ORGANIZATION_KINDS)),
  aliases: optional(listOf(text)),
  evidence: required(evidenceList),
};

const eventFields: FieldsOf<EventRecord> = {
  slug: required(text),
  kind: required(oneOf(EVENT_KINDS)),
  title: required(text),
  date: optional(text),
  participants: optional(listOf(text)),
  outlet: optional(text),
  evidence: required(evidenceList),
};

const mentionFields: FieldsOf<MentionRecord> = {
  entity: required(text),
  stance: required(oneOf(STANCES)),
};

const statementFields: FieldsOf<StatementRecord> = {
  slug: required(text),
  speaker: required(text),
  quote: required(text),
  isDirectQuote: required(boolean),
  attributionConfidence: required(oneOf(ATTRIBUTION_CONFIDENCES)),
  saidOn: optional(text),
  occasion: optional(text),
  mentions: required(listOf(objectWith(mentionFields))),
  disputes: optional(listOf(text)),
  respondsTo: optional(listOf(text)),
  evidence: required(evidenceList),
};

const appearanceFields: FieldsOf<ClaimAppearanceRecord> = {
  statement: optional(text),
  evidence: required(objectWith(evidenceFields)),
};

const claimFields: FieldsOf<ClaimRecord> = {
  slug: required(text),
  text: required(text),
  claimant: required(text),
  about: required(listOf(text)),
  status: required(oneOf(CLAIM_STATUSES)),
  appearances: required(listOf(objectWith(appearanceFields))),
};

const reviewFields: FieldsOf<ReviewRecord> = {
  slug: required(text),
  claim: required(text),
  ratingValue: required(number),
  ratingLabel: required(text),
  explanation: required(text),
  reviewer: required(text),
  reviewedAt: required(text),
  sources: required(listOf(objectWith(citedSourceFields))),
};

const relationshipStateFields: FieldsOf<RelationshipStateRecord> = {
  status: required(oneOf(RELATIONSHIP_STATUSES)),
  start: optional(text),
  end: optional(text),
  evidence: required(evidenceList),
};

const relationshipFields: FieldsOf<RelationshipRecord> = {
  slug: required(text),
  type: required(oneOf(RELATIONSHIP_TYPES)),
  from: required(text),
  to: required(text),
  assertion: required(oneOf(ASSERTIONS)),
  states: required(listOf(objectWith(relationshipStateFields))),
};

/** A record that passed the shape pass, with the raw field names it had (to tell "absent" from "malformed"). */
export interface Parsed<T> {
  label: string;
  record: Loose<T>;
  present: ReadonlySet<string>;
  report: ReportProblem;
}

export interface ParsedDataset {
  documents: Parsed<DocumentRecord>[];
  people: Parsed<PersonRecord>[];
  outlets: Parsed<OutletRecord>[];
  organizations: Parsed<OrganizationRecord>[];
  events: Parsed<EventRecord>[];
  statements: Parsed<StatementRecord>[];
  claims: Parsed<ClaimRecord>[];
  reviews: Parsed<ReviewRecord>[];
  relationships: Parsed<RelationshipRecord>[];
}

export const COLLECTION_NAMES = [
  'documents',
  'people',
  'outlets',
  'organizations',
  'events',
  'statements',
  'claims',
  'reviews',
  'relationships',
] as const satisfies readonly (keyof Dataset)[];

const TOP_LEVEL_FIELDS: readonly string[] = ['format', ...COLLECTION_NAMES];

export function readDatasetShape(raw: unknown, log: ProblemLog): ParsedDataset | undefined {
  const report = log.reporterFor('dataset');
  if (!isJsonObject(raw)) {
    report('', `must be a JSON object, found ${describeJsonValue(raw)}`);
    return undefined;
  }
  if (!Object.hasOwn(raw, 'format')) report('format', `required field is missing; expected ${quote(DATASET_FORMAT)}`);
  else if (raw.format !== DATASET_FORMAT) {
    report('format', `must be ${quote(DATASET_FORMAT)}, found ${describeJsonValue(raw.format)}`);
  }
  for (const name of Object.keys(raw)) {
    if (!TOP_LEVEL_FIELDS.includes(name)) report(name, unknownFieldMessage(name, TOP_LEVEL_FIELDS));
  }
  const collection = <T>(name: keyof ParsedDataset, fields: FieldsOf<T>, isRequired = true): Parsed<T>[] =>
    readCollection(raw, name, fields, isRequired, log, report);
  return {
    documents: collection('documents', documentFields),
    people: collection('people', personFields),
    outlets: collection('outlets', outletFields),
    organizations: collection('organizations', organizationFields),
    events: collection('events', eventFields),
    statements: collection('statements', statementFields),
    claims: collection('claims', claimFields),
    reviews: collection('reviews', reviewFields, false),
    relationships: collection('relationships', relationshipFields),
  };
}

function readCollection<T>(
  raw: Record<string, unknown>,
  name: string,
  fields: FieldsOf<T>,
  isRequired: boolean,
  log: ProblemLog,
  reportTopLevel: ReportProblem,
): Parsed<T>[] {
  if (!Object.hasOwn(raw, name)) {
    if (isRequired) reportTopLevel(name, 'required field is missing; use [] for none');
    return [];
  }
  const items = raw[name];
  if (!Array.isArray(items)) {
    reportTopLevel(name, `must be an array, found ${describeJsonValue(items)}`);
    return [];
  }
  const parsed: Parsed<T>[] = [];
  items.forEach((item: unknown, index) => {
    const label = recordLabel(name, index, isJsonObject(item) ? item.slug : undefined);
    const report = log.reporterFor(label);
    const record = readObject(item, fields, '', report);
    if (record !== undefined && isJsonObject(item)) {
      parsed.push({ label, record: record as Loose<T>, present: new Set(Object.keys(item)), report });
    }
  });
  return parsed;
}

function readObject(value: unknown, fields: FieldTable, path: string, report: ReportProblem): object | undefined {
  if (!isJsonObject(value)) {
    report(path, `must be an object, found ${describeJsonValue(value)}`);
    return undefined;
  }
  const result: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    const at = joinPath(path, name);
    if (!Object.hasOwn(value, name)) {
      if (field.required) report(at, 'required field is missing');
      continue;
    }
    const read = readValue(value[name], field.spec, at, report);
    if (read !== undefined) result[name] = read;
  }
  const allowed = Object.keys(fields);
  for (const name of Object.keys(value)) {
    if (!Object.hasOwn(fields, name)) report(joinPath(path, name), unknownFieldMessage(name, allowed));
  }
  return result;
}

/** The value when it has the right type (objects and arrays: their well-formed parts), else undefined. */
function readValue(value: unknown, spec: FieldSpec, path: string, report: ReportProblem): unknown {
  const wrongType = (expected: string) => {
    report(path, `must be ${expected}, found ${describeJsonValue(value)}`);
    return undefined;
  };
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') return wrongType('a string');
      if (value === '' && !spec.allowEmpty) {
        report(path, 'must not be empty');
        return undefined;
      }
      // PostgreSQL cannot store it in text, and no source text needs it
      if (value.includes('\u0000')) {
        report(path, 'must not contain the NUL character (U+0000)');
        return undefined;
      }
      return value;
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) ? value : wrongType('an integer');
    case 'number':
      return typeof value === 'number' ? value : wrongType('a number');
    case 'boolean':
      return typeof value === 'boolean' ? value : wrongType('a boolean (true or false)');
    case 'enum':
      if (typeof value === 'string' && spec.values.includes(value)) return value;
      return wrongType(`one of ${spec.values.join(', ')}`);
    case 'array':
      if (!Array.isArray(value)) return wrongType('an array');
      // keep positions: later checks name items by their index in the file
      return value.map((item: unknown, index) => readValue(item, spec.items, `${path}[${index}]`, report));
    case 'object':
      return readObject(value, spec.fields, path, report);
  }
}

function unknownFieldMessage(name: string, allowed: readonly string[]): string {
  const suggestion = closestName(name, allowed);
  return suggestion !== undefined
    ? `unknown field; did you mean ${quote(suggestion)}?`
    : `unknown field; allowed fields: ${allowed.join(', ')}`;
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How a wrong value is shown in a message: its JSON type, and the value itself when it is short. */
function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `a string (${quote(value.length > 40 ? `${value.slice(0, 40)}…` : value)})`;
    case 'number':
      return `a number (${value})`;
    case 'boolean':
      return `a boolean (${value})`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

function joinPath(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function quote(value: string): string {
  return JSON.stringify(value);
}
