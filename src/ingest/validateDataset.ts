/**
 * Validates an unknown JSON value against the dataset format (datasetFormat.ts) and reports every problem, not
 * only the first, each with the record, the field and what is wrong: an editor fixing a new article's dataset
 * should see the whole list in one run.
 *
 * Two passes:
 *  1. shape: each record is read against a field table (types, required fields, unknown fields, enums), keeping
 *     the fields that are well-formed; a malformed field is reported once and then ignored;
 *  2. meaning: slugs (syntax, uniqueness), references (to the right kind of record), partial dates, held
 *     documents (their SHA-256), evidence spans against the held text, direct quotes, relationship states,
 *     reviews and claim statuses.
 *
 * Pure: the held texts are passed in (`loadDatasetFile` reads them).
 */
import { parsePartialDate, PartialDateError, type PartialDate } from '../domain/partialDate.js';
import { CodePointText, findSpanMismatch, sha256Hex } from '../domain/spans.js';
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
} from './datasetFormat.js';

export interface DatasetProblem {
  /** e.g. "statements[3] (legend-new-yorker-quote)", or "dataset" for the file as a whole */
  record: string;
  /** path inside the record, e.g. "evidence[0].exact"; "" when the record as a whole is wrong */
  field: string;
  message: string;
}

export function validateDataset(raw: unknown, heldTexts: ReadonlyMap<string, string>): DatasetProblem[] {
  const log = new ProblemLog();
  const dataset = readDataset(raw, log);
  if (dataset !== undefined) new DatasetChecker(dataset, heldTexts, log).checkAll();
  return log.list();
}

/** How a record is named in problems: its position, and its slug when it has one. */
export function recordLabel(collection: string, index: number, slug: unknown): string {
  return typeof slug === 'string' && slug !== '' ? `${collection}[${index}] (${slug})` : `${collection}[${index}]`;
}

/**
 * Why a held document's `textFile` may not be read, or null. Texts live beside the dataset: an absolute path or
 * a `..` would let a dataset pull in any file the process can read, and error messages quote document text.
 */
export function textFilePathProblem(textFile: string): string | null {
  const isAbsolute = /^([/\\]|[A-Za-z]:)/.test(textFile);
  const leavesFolder = textFile.split(/[/\\]/).includes('..');
  return isAbsolute || leavesFolder
    ? `must be a relative path inside the dataset's folder (no leading "/", no ".."), found ${quote(textFile)}`
    : null;
}

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// ---------------------------------------------------------------------------------------------------------------
// Problems, grouped by record in file order (a record's shape and meaning problems end up together)

class ProblemLog {
  private readonly byRecord = new Map<string, DatasetProblem[]>();

  /** Fixes the record's place in the output, so that later problems about it are listed with it. */
  register(record: string): void {
    if (!this.byRecord.has(record)) this.byRecord.set(record, []);
  }

  reporterFor(record: string): Report {
    this.register(record);
    return (field, message) => this.byRecord.get(record)!.push({ record, field, message });
  }

  list(): DatasetProblem[] {
    return [...this.byRecord.values()].flat();
  }
}

type Report = (field: string, message: string) => void;

// ---------------------------------------------------------------------------------------------------------------
// Pass 1: shape. Field tables mirror the interfaces of datasetFormat.ts; `FieldsOf<T>` makes the compiler check
// that each table names every field of its interface, and that required fields are required here too.

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
type Loose<T> = T extends string | number | boolean
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
interface Parsed<T> {
  label: string;
  record: Loose<T>;
  present: ReadonlySet<string>;
  report: Report;
}

interface ParsedDataset {
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

const COLLECTION_NAMES = [
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

function readDataset(raw: unknown, log: ProblemLog): ParsedDataset | undefined {
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
  reportTopLevel: Report,
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

function readObject(value: unknown, fields: FieldTable, path: string, report: Report): object | undefined {
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
function readValue(value: unknown, spec: FieldSpec, path: string, report: Report): unknown {
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
  const suggestion = closest(name, allowed);
  return suggestion !== undefined
    ? `unknown field; did you mean ${quote(suggestion)}?`
    : `unknown field; allowed fields: ${allowed.join(', ')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Pass 2: meaning

type RecordKind =
  | 'document'
  | 'person'
  | 'outlet'
  | 'organization'
  | 'event'
  | 'statement'
  | 'claim'
  | 'review'
  | 'relationship';

const KIND_OF_COLLECTION: Readonly<Record<keyof ParsedDataset, RecordKind>> = {
  documents: 'document',
  people: 'person',
  outlets: 'outlet',
  organizations: 'organization',
  events: 'event',
  statements: 'statement',
  claims: 'claim',
  reviews: 'review',
  relationships: 'relationship',
};

/** Who can be a speaker, a participant, a claimant, a relationship's end: the entities of the graph. */
const ENTITY_KINDS: readonly RecordKind[] = ['person', 'outlet', 'organization'];

interface SlugEntry {
  kind: RecordKind;
  label: string;
  /** a document with a textFile: evidence may point into it */
  held: boolean;
}

class DatasetChecker {
  private readonly slugs = new Map<string, SlugEntry>();
  /** held documents whose text was supplied, indexed by code point once */
  private readonly texts = new Map<string, CodePointText>();

  constructor(
    private readonly dataset: ParsedDataset,
    private readonly heldTexts: ReadonlyMap<string, string>,
    private readonly log: ProblemLog,
  ) {}

  checkAll(): void {
    this.indexSlugs();
    const { documents, people, outlets, organizations, events, statements, claims, reviews, relationships } =
      this.dataset;
    documents.forEach((document) => this.checkDocument(document));
    people.forEach((person) => this.checkPerson(person));
    outlets.forEach((outlet) => this.checkOutlet(outlet));
    organizations.forEach((organization) => this.checkOrganization(organization));
    events.forEach((event) => this.checkEvent(event));
    statements.forEach((statement) => this.checkStatement(statement));
    claims.forEach((claim) => this.checkClaim(claim));
    reviews.forEach((review) => this.checkReview(review));
    relationships.forEach((relationship) => this.checkRelationship(relationship));
  }

  /** Slugs are unique across the whole dataset, whatever the kind: a reference names one record. */
  private indexSlugs(): void {
    for (const name of COLLECTION_NAMES) {
      const kind = KIND_OF_COLLECTION[name];
      for (const { label, record, report } of this.dataset[name] as Parsed<{ slug: string }>[]) {
        const { slug } = record;
        if (slug === undefined) continue;
        if (!SLUG_PATTERN.test(slug)) {
          report('slug', `${quote(slug)} is not a valid slug: use lowercase letters and digits in words joined by single hyphens, e.g. "john-legend"`);
          continue;
        }
        const earlier = this.slugs.get(slug);
        if (earlier !== undefined) {
          report('slug', `${quote(slug)} is already the slug of ${earlier.label}; slugs must be unique across the dataset`);
          continue;
        }
        const held = kind === 'document' && typeof (record as Loose<DocumentRecord>).textFile === 'string';
        this.slugs.set(slug, { kind, label, held });
        const heldText = held ? this.heldTexts.get(slug) : undefined;
        if (heldText !== undefined) this.texts.set(slug, new CodePointText(heldText));
      }
    }
  }

  private checkDocument({ record, present, report }: Parsed<DocumentRecord>): void {
    this.checkOptionalReference(report, 'outlet', record.outlet, ['outlet']);
    this.checkOptionalDate(report, 'published', record.published);
    this.checkUrl(report, 'url', record.url);
    this.checkHeldText(record, present, report);
    this.checkEvidenceList(report, 'evidence', record.evidence, { mayBeEmpty: true });
  }

  private checkHeldText(record: Loose<DocumentRecord>, present: ReadonlySet<string>, report: Report): void {
    const { slug, textFile, sha256 } = record;
    if (sha256 !== undefined && !/^[0-9a-f]{64}$/.test(sha256)) {
      report('sha256', `must be 64 lowercase hexadecimal digits (a SHA-256 digest), found ${quote(sha256)}`);
    }
    if (!present.has('textFile')) {
      if (present.has('sha256')) report('sha256', 'is only allowed on a held document (one with textFile)');
      return;
    }
    if (!present.has('sha256')) report('sha256', 'required field is missing: a held document records the SHA-256 of its text');
    if (textFile === undefined) return;
    const pathProblem = textFilePathProblem(textFile);
    if (pathProblem !== null) {
      report('textFile', pathProblem);
      return;
    }
    if (slug === undefined) return;
    const heldText = this.heldTexts.get(slug);
    if (heldText === undefined) {
      report('textFile', `the text of ${quote(textFile)} was not supplied, so its spans cannot be checked`);
      return;
    }
    const actual = sha256Hex(heldText);
    if (sha256 !== undefined && /^[0-9a-f]{64}$/.test(sha256) && sha256 !== actual) {
      report('sha256', `does not match the text of ${quote(textFile)}, whose SHA-256 is ${actual}`);
    }
  }

  private checkPerson({ record, report }: Parsed<PersonRecord>): void {
    record.sameAs?.forEach((sameAs, index) => {
      if (sameAs === undefined) return;
      this.checkUrl(report, `sameAs[${index}].uri`, sameAs.uri, { anyScheme: true });
      this.checkCitedSource(report, `sameAs[${index}].source`, sameAs.source);
    });
    this.checkEvidenceList(report, 'evidence', record.evidence);
  }

  private checkOutlet({ record, report }: Parsed<OutletRecord>): void {
    this.checkUrl(report, 'url', record.url);
    this.checkEvidenceList(report, 'evidence', record.evidence);
  }

  private checkOrganization({ record, report }: Parsed<OrganizationRecord>): void {
    this.checkEvidenceList(report, 'evidence', record.evidence);
  }

  private checkEvent({ record, report }: Parsed<EventRecord>): void {
    this.checkOptionalDate(report, 'date', record.date);
    this.checkReferenceList(report, 'participants', record.participants, ENTITY_KINDS);
    this.checkOptionalReference(report, 'outlet', record.outlet, ['outlet']);
    this.checkEvidenceList(report, 'evidence', record.evidence);
  }

  private checkStatement({ record, report }: Parsed<StatementRecord>): void {
    this.checkOptionalReference(report, 'speaker', record.speaker, ['person', 'outlet']);
    this.checkOptionalDate(report, 'saidOn', record.saidOn);
    this.checkOptionalReference(report, 'occasion', record.occasion, ['event']);
    record.mentions?.forEach((mention, index) =>
      this.checkOptionalReference(report, `mentions[${index}].entity`, mention?.entity, ENTITY_KINDS),
    );
    this.checkReferenceList(report, 'disputes', record.disputes, ['claim']);
    this.checkReferenceList(report, 'respondsTo', record.respondsTo, ['statement']);
    record.respondsTo?.forEach((target, index) => {
      if (target !== undefined && target === record.slug) report(`respondsTo[${index}]`, 'a statement cannot respond to itself');
    });
    this.checkEvidenceList(report, 'evidence', record.evidence);
    this.checkDirectQuote(record, report);
  }

  /** A direct quote is verbatim: its words must be exactly the text of one of its spans. */
  private checkDirectQuote(record: Loose<StatementRecord>, report: Report): void {
    const { isDirectQuote, quote: words, evidence } = record;
    if (isDirectQuote !== true || words === undefined || evidence === undefined || evidence.length === 0) return;
    if (evidence.some((span) => span?.exact === words)) return;
    report(
      'quote',
      `a direct quote must be the exact text of one of its evidence spans, but no span reads ${quote(words)}`,
    );
  }

  private checkClaim({ record, report }: Parsed<ClaimRecord>): void {
    this.checkOptionalReference(report, 'claimant', record.claimant, ENTITY_KINDS);
    this.checkReferenceList(report, 'about', record.about, ENTITY_KINDS);
    const { appearances } = record;
    if (appearances !== undefined && appearances.length === 0) {
      report('appearances', 'must have at least one appearance: a claim needs evidence of where it was made');
    }
    appearances?.forEach((appearance, index) => {
      if (appearance === undefined) return;
      this.checkOptionalReference(report, `appearances[${index}].statement`, appearance.statement, ['statement']);
      this.checkEvidence(report, `appearances[${index}].evidence`, appearance.evidence);
    });
    this.checkClaimStatus(record, report);
  }

  /** The status must agree with the rest of the dataset: claims start UNREVIEWED unless a review cites a source. */
  private checkClaimStatus(record: Loose<ClaimRecord>, report: Report): void {
    const { slug, status } = record;
    if (slug === undefined || status === undefined) return;
    const reviews = this.dataset.reviews.filter((review) => review.record.claim === slug);
    if (status === 'REVIEWED' && reviews.length === 0) {
      report('status', 'is REVIEWED, but no review in the dataset rates this claim');
    }
    if (status === 'UNREVIEWED' && reviews.length > 0) {
      report('status', `is UNREVIEWED, but ${reviews[0]!.label} rates this claim`);
    }
    const disputed = this.dataset.statements.some((statement) => statement.record.disputes?.includes(slug));
    if (status === 'DISPUTED' && !disputed) {
      report('status', 'is DISPUTED, but no statement disputes this claim (see statements[].disputes)');
    }
  }

  private checkReview({ record, report }: Parsed<ReviewRecord>): void {
    this.checkOptionalReference(report, 'claim', record.claim, ['claim']);
    const { ratingValue, reviewedAt, sources } = record;
    if (ratingValue !== undefined && !(Number.isInteger(ratingValue) && ratingValue >= 1 && ratingValue <= 5)) {
      report('ratingValue', `must be an integer from 1 (false) to 5 (true), found ${ratingValue}`);
    }
    if (reviewedAt !== undefined) {
      const problem = reviewedAtProblem(reviewedAt);
      if (problem !== null) report('reviewedAt', problem);
    }
    if (sources !== undefined && sources.length === 0) {
      report('sources', 'must cite at least one source: a review without a source cannot be published');
    }
    sources?.forEach((source, index) => this.checkCitedSource(report, `sources[${index}]`, source));
  }

  private checkRelationship({ record, report }: Parsed<RelationshipRecord>): void {
    const { from, to, states } = record;
    this.checkOptionalReference(report, 'from', from, ENTITY_KINDS);
    this.checkOptionalReference(report, 'to', to, ENTITY_KINDS);
    if (from !== undefined && from === to) {
      report('to', `a relationship joins two different entities, but from and to are both ${quote(from)}`);
    }
    if (states === undefined) return;
    if (states.length === 0) report('states', 'must have at least one state');
    this.checkStateDates(states, report);
    states.forEach((state, index) => this.checkEvidenceList(report, `states[${index}].evidence`, state?.evidence));
  }

  /**
   * Each state's end is not before its start, and states are oldest first. Partial dates are ranges ("2020" is
   * any day of 2020), so only an order that is wrong for every day in those ranges is reported: a state that
   * ended in "2020" and one that started in "2020-11" may well be in order.
   */
  private checkStateDates(states: (Loose<RelationshipStateRecord> | undefined)[], report: Report): void {
    let previous: { date: PartialDate; field: string } | undefined;
    states.forEach((state, index) => {
      if (state === undefined) return;
      const field = (part: 'start' | 'end') => `states[${index}].${part}`;
      const start = this.checkOptionalDate(report, field('start'), state.start);
      const end = this.checkOptionalDate(report, field('end'), state.end);
      if (start !== undefined && end !== undefined && isWhollyBefore(end, start)) {
        report(field('end'), `${quote(end.iso)} is before the state's start ${quote(start.iso)}`);
      }
      const earliest = start !== undefined ? { date: start, field: field('start') } : end !== undefined ? { date: end, field: field('end') } : undefined;
      if (earliest !== undefined && previous !== undefined && isWhollyBefore(earliest.date, previous.date)) {
        report(
          earliest.field,
          `states must be in date order, oldest first: ${quote(earliest.date.iso)} is before ${previous.field} ${quote(previous.date.iso)}`,
        );
      }
      const latest = end !== undefined ? { date: end, field: field('end') } : earliest;
      if (latest !== undefined) previous = latest;
    });
  }

  // --- shared checks ------------------------------------------------------------------------------------------

  private checkEvidenceList(
    report: Report,
    field: string,
    evidence: (Loose<EvidenceRecord> | undefined)[] | undefined,
    { mayBeEmpty = false } = {},
  ): void {
    if (evidence === undefined) return;
    if (evidence.length === 0 && !mayBeEmpty) {
      report(field, 'must have at least one evidence span: every fact needs its source');
    }
    evidence.forEach((span, index) => this.checkEvidence(report, `${field}[${index}]`, span));
  }

  /** The span must point into a held document and read, at those code points, exactly what it says. */
  private checkEvidence(report: Report, field: string, span: Loose<EvidenceRecord> | undefined): void {
    if (span?.document === undefined) return;
    const target = this.resolve(report, `${field}.document`, span.document, ['document']);
    if (target === undefined) return;
    if (!target.held) {
      report(
        `${field}.document`,
        `${quote(span.document)} is a document that is not held (it has no textFile); evidence must point into a held document`,
      );
      return;
    }
    // a held document whose text is missing reports that itself; its spans cannot be checked
    const text = this.texts.get(span.document);
    const { start, end, exact, prefix, suffix } = span;
    if (text === undefined || start === undefined || end === undefined || exact === undefined) return;
    const mismatch = findSpanMismatch(text, { start, end, exact, prefix, suffix });
    if (mismatch !== null) report(`${field}.${mismatch.part}`, mismatch.message);
  }

  private checkCitedSource(report: Report, field: string, source: Loose<CitedSource> | undefined): void {
    if (source === undefined) return;
    this.checkUrl(report, `${field}.url`, source.url);
    this.checkOptionalDate(report, `${field}.accessed`, source.accessed);
  }

  private checkReferenceList(
    report: Report,
    field: string,
    slugs: (string | undefined)[] | undefined,
    allowed: readonly RecordKind[],
  ): void {
    slugs?.forEach((slug, index) => this.checkOptionalReference(report, `${field}[${index}]`, slug, allowed));
  }

  private checkOptionalReference(
    report: Report,
    field: string,
    slug: string | undefined,
    allowed: readonly RecordKind[],
  ): void {
    if (slug !== undefined) this.resolve(report, field, slug, allowed);
  }

  private resolve(report: Report, field: string, slug: string, allowed: readonly RecordKind[]): SlugEntry | undefined {
    const expected = joinWithOr(allowed.map(withArticle));
    const entry = this.slugs.get(slug);
    if (entry === undefined) {
      const candidates = [...this.slugs].filter(([, { kind }]) => allowed.includes(kind)).map(([candidate]) => candidate);
      const suggestion = closest(slug, candidates);
      const hint = suggestion !== undefined ? ` (did you mean ${quote(suggestion)}?)` : '';
      report(field, `no record has the slug ${quote(slug)}; expected ${expected}${hint}`);
      return undefined;
    }
    if (!allowed.includes(entry.kind)) {
      report(field, `${quote(slug)} is ${withArticle(entry.kind)} (${entry.label}); expected ${expected}`);
      return undefined;
    }
    return entry;
  }

  private checkOptionalDate(report: Report, field: string, value: string | undefined): PartialDate | undefined {
    if (value === undefined) return undefined;
    try {
      return parsePartialDate(value);
    } catch (error) {
      if (!(error instanceof PartialDateError)) throw error;
      report(field, error.message);
      return undefined;
    }
  }

  private checkUrl(report: Report, field: string, value: string | undefined, { anyScheme = false } = {}): void {
    if (value === undefined) return;
    const url = parseUrl(value);
    if (url === undefined) report(field, `must be an absolute URL, found ${quote(value)}`);
    else if (!anyScheme && url.protocol !== 'http:' && url.protocol !== 'https:') {
      report(field, `must be an http or https URL, found ${quote(value)}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Small helpers

/** True when every day `a` can stand for is before every day `b` can stand for. */
function isWhollyBefore(a: PartialDate, b: PartialDate): boolean {
  const lastDayOf = (date: PartialDate) => dayKey(date.year, date.month ?? 12, date.day ?? 31);
  const firstDayOf = (date: PartialDate) => dayKey(date.year, date.month ?? 1, date.day ?? 1);
  return lastDayOf(a) < firstDayOf(b);
}

function dayKey(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const DATE_TIME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** A review is dated like any fact (a partial date), or stamped with a full ISO 8601 date-time and time zone. */
function reviewedAtProblem(value: string): string | null {
  if (!value.includes('T')) {
    try {
      parsePartialDate(value);
      return null;
    } catch (error) {
      if (error instanceof PartialDateError) return error.message;
      throw error;
    }
  }
  const match = DATE_TIME_PATTERN.exec(value);
  const [, date, hours, minutes, seconds, zoneHours, zoneMinutes] = match ?? [];
  const inRange = (part: string | undefined, limit: number) => part === undefined || Number(part) < limit;
  const timeIsValid =
    match !== null &&
    inRange(hours, 24) &&
    inRange(minutes, 60) &&
    inRange(seconds, 60) &&
    inRange(zoneHours, 24) &&
    inRange(zoneMinutes, 60);
  if (!timeIsValid) {
    return `${quote(value)} is not a valid date-time (expected e.g. "2024-05-01T12:30:00Z") or partial date (YYYY, YYYY-MM or YYYY-MM-DD)`;
  }
  try {
    parsePartialDate(date!);
    return null;
  } catch (error) {
    if (error instanceof PartialDateError) return error.message;
    throw error;
  }
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
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

function withArticle(kind: RecordKind): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function joinWithOr(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

function quote(value: string): string {
  return JSON.stringify(value);
}

/** The candidate nearest to a misspelt name (`speakr` -> `speaker`), if it is near enough to be a typo. */
function closest(name: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(1, Math.min(3, Math.floor(name.length / 3)));
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** Levenshtein distance, with one row of memory. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length]!;
}
