/**
 * Datasets written in an earlier format keep importing: a format-1 value is turned into the current format
 * (src/domain/dataset.ts) before it is checked, by every path that reads a dataset (validateDataset, and so
 * loadDatasetFile, `claimgraph verify`, `claimgraph import`, `serve`, and the importDataset mutation).
 *
 * Format 1 → format 2, and nothing more (no fact is added that format 1 did not record):
 *  - statements get `voice: "SPEAKER"` (format 1 had no narration: every statement was a speaker's);
 *  - a claim's `claimant` becomes `claimants: [{ entity, evidence }]`, the evidence being the claim's appearances'
 *    spans (format 1 did not say where the claimant makes it, only where the claim appears);
 *  - a relationship's `assertion` moves onto each state's `basis`: STATED stays STATED; IMPLIED becomes INFERRED,
 *    resting on the state's evidence (or, for a state without any, the relationship's other evidence), with the
 *    reason IMPLIED_REASON;
 *  - a held document that lacks url, published, headline or outlet lists it as unknown (UNRECORDED_REASON);
 *  - words in [brackets] in a paraphrase or a claim's text get a completion (BRACKETS_REASON): format 2 asks why
 *    each was added, and format 1 did not record it (brackets the source itself prints, found as such in the
 *    record's spans, are the source's and get none).
 *
 * The upgrade works on plain JSON and never changes its input. It does not validate: a malformed format-1 value is
 * upgraded as far as it can be, and validation then reports what is wrong with it in the format-2 terms, except
 * for what only the upgrade can explain (a format-1 field that has no format-2 counterpart), which it reports
 * itself, replacing the validator's problems about the same fields.
 */
import {
  DATASET_FORMAT,
  DOCUMENT_FACT_FIELDS,
  type Assertion,
  type AttributionConfidence,
  type ClaimRecord,
  type DocumentRecord,
  type EventRecord,
  type PartialDateString,
  type RelationshipRecord,
  type RelationshipStateRecord,
  type StatementRecord,
  type Dataset,
} from '../domain/dataset.js';
import { recordLabel, type DatasetProblem } from './datasetProblems.js';
import { bracketedWords } from './editorialText.js';
import { isJsonObject } from './shapeProblems.js';

export const DATASET_FORMAT_1 = 'claimgraph-dataset/1' as const;

/** The reason given to the INFERRED basis of a relationship that format 1 recorded as IMPLIED. */
export const IMPLIED_REASON = 'recorded as implied in dataset format 1';
/** The reason given to a held document's facts that format 1 did not record. */
export const UNRECORDED_REASON = 'not recorded in dataset format 1';
/** The reason given to words in [brackets] that format 1 wrote without saying why. */
export const BRACKETS_REASON = 'written in [brackets] in dataset format 1, which did not record why';

// --- format 1, as written ----------------------------------------------------------------------------------------

/** A format-1 document: no headline, no outlet basis, no unknown facts. */
export type DocumentRecordFormat1 = Omit<DocumentRecord, 'headline' | 'outletBasis' | 'unknown'>;
/** A format-1 event: its date a plain partial date. */
export type EventRecordFormat1 = Omit<EventRecord, 'date'> & { date?: PartialDateString };
/** A format-1 statement: no voice, no completions, a plain partial date, no narration. */
export type StatementRecordFormat1 = Omit<
  StatementRecord,
  'voice' | 'completions' | 'saidOn' | 'attributionConfidence'
> & {
  saidOn?: PartialDateString;
  attributionConfidence: Exclude<AttributionConfidence, 'NARRATED_BY_SOURCE'>;
};
/** A format-1 claim: one claimant, by slug, without evidence of its own. */
export type ClaimRecordFormat1 = Omit<ClaimRecord, 'claimants' | 'completions'> & { claimant: string };
/** A format-1 relationship state: plain partial dates, no basis. */
export type RelationshipStateRecordFormat1 = Omit<RelationshipStateRecord, 'basis' | 'start' | 'end'> & {
  start?: PartialDateString;
  end?: PartialDateString;
};
/** A format-1 relationship: one assertion for all its states. */
export type RelationshipRecordFormat1 = Omit<RelationshipRecord, 'states'> & {
  assertion: Assertion;
  states: RelationshipStateRecordFormat1[];
};

/** A dataset written in format 1 (`claimgraph-dataset/1`), for code and tests that write one on purpose. */
export interface DatasetFormat1 {
  format: typeof DATASET_FORMAT_1;
  documents: DocumentRecordFormat1[];
  people: Dataset['people'];
  outlets: Dataset['outlets'];
  organizations: Dataset['organizations'];
  events: EventRecordFormat1[];
  statements: StatementRecordFormat1[];
  claims: ClaimRecordFormat1[];
  reviews?: Dataset['reviews'];
  relationships: RelationshipRecordFormat1[];
}

// --- the upgrade -----------------------------------------------------------------------------------------------

/**
 * A problem only the upgrade can explain. `covers` lists the format-2 fields of the same record whose problems it
 * explains: validation's problems about them (or inside them) are left out in its favour.
 */
export interface UpgradeProblem extends DatasetProblem {
  covers: string[];
}

export interface UpgradeResult {
  /** the value in the current format (the input itself when it needs no upgrade) */
  dataset: unknown;
  /** the format it was upgraded from, or null when it was not upgraded */
  upgradedFrom: string | null;
  problems: UpgradeProblem[];
}

/** The value in the current format: a format-1 dataset upgraded, anything else as it is. */
export function upgradeDataset(raw: unknown): UpgradeResult {
  if (!isJsonObject(raw) || raw.format !== DATASET_FORMAT_1) return { dataset: raw, upgradedFrom: null, problems: [] };
  const problems: UpgradeProblem[] = [];
  const dataset: Record<string, unknown> = { ...raw, format: DATASET_FORMAT };
  const upgradeEach = (name: string, upgrade: (record: Json, label: string) => Json) => {
    const records = raw[name];
    if (!Array.isArray(records)) return;
    dataset[name] = records.map((record: unknown, index) =>
      isJsonObject(record) ? upgrade(record, recordLabel(name, index, record.slug)) : record,
    );
  };
  upgradeEach('documents', upgradeDocument);
  upgradeEach('statements', upgradeStatement);
  upgradeEach('claims', (claim, label) => upgradeClaim(claim, label, problems));
  upgradeEach('relationships', (relationship, label) => upgradeRelationship(relationship, label, problems));
  return { dataset, upgradedFrom: DATASET_FORMAT_1, problems };
}

type Json = Record<string, unknown>;

function upgradeDocument(document: Json): Json {
  if (!Object.hasOwn(document, 'textFile')) return document;
  const missing = DOCUMENT_FACT_FIELDS.filter((field) => !Object.hasOwn(document, field));
  if (missing.length === 0 || Object.hasOwn(document, 'unknown')) return document;
  return { ...document, unknown: missing.map((field) => ({ field, reason: UNRECORDED_REASON })) };
}

function upgradeStatement(statement: Json): Json {
  const upgraded: Json = { ...statement, voice: 'SPEAKER' };
  // a direct quote is verbatim: its brackets are the source's own
  if (statement.isDirectQuote !== true) addBracketCompletions(upgraded, 'quote', spanTexts(statement.evidence));
  return withFieldOrder(upgraded, STATEMENT_ORDER);
}

function upgradeClaim(claim: Json, label: string, problems: UpgradeProblem[]): Json {
  const { claimant, ...rest } = claim;
  const upgraded: Json = { ...rest };
  if (Object.hasOwn(claim, 'claimant')) {
    const evidence = Array.isArray(claim.appearances)
      ? claim.appearances.filter(isJsonObject).flatMap((appearance) => appearance.evidence ?? [])
      : [];
    upgraded.claimants = [{ entity: claimant, evidence: uniqueSpans(evidence) }];
  } else if (!Object.hasOwn(claim, 'claimants')) {
    problems.push({
      record: label,
      field: 'claimant',
      message: 'required field is missing: a format-1 claim names who makes it in `claimant`',
      covers: ['claimants'],
    });
  }
  const appearing = Array.isArray(claim.appearances)
    ? claim.appearances.filter(isJsonObject).map((appearance) => appearance.evidence)
    : [];
  addBracketCompletions(upgraded, 'text', spanTexts(appearing));
  return withFieldOrder(upgraded, CLAIM_ORDER);
}

function upgradeRelationship(relationship: Json, label: string, problems: UpgradeProblem[]): Json {
  const { assertion, ...rest } = relationship;
  if (!Array.isArray(relationship.states)) return rest;
  const states = relationship.states as unknown[];
  const stateEvidence = (state: unknown): unknown[] =>
    isJsonObject(state) && Array.isArray(state.evidence) ? state.evidence : [];
  const reportAssertion = (message: string) =>
    problems.push({
      record: label,
      field: 'assertion',
      message,
      covers: states.map((_state, index) => `states[${index}].basis`),
    });
  if (assertion !== 'STATED' && assertion !== 'IMPLIED') {
    reportAssertion(
      assertion === undefined
        ? 'required field is missing: a format-1 relationship says whether it is STATED or IMPLIED'
        : `must be STATED or IMPLIED (format 1), found ${JSON.stringify(assertion)}`,
    );
    return rest;
  }
  const upgradedStates = states.map((state, index) => {
    if (!isJsonObject(state)) return state;
    if (assertion === 'STATED') return withFieldOrder({ ...state, basis: { kind: 'STATED' } }, STATE_ORDER);
    // an implied state rests on its own evidence or, when it has none, on the relationship's other evidence
    const own = stateEvidence(state);
    const evidence = own.length > 0 ? own : uniqueSpans(states.flatMap(stateEvidence));
    if (evidence.length === 0) {
      problems.push({
        record: label,
        field: `states[${index}].basis.evidence`,
        message:
          'format 1 recorded this relationship as IMPLIED, which format 2 records as an INFERRED basis resting ' +
          'on evidence spans, but neither this state nor any other state of the relationship has one: add the ' +
          'spans the inference rests on',
        covers: [`states[${index}].basis`],
      });
    }
    return withFieldOrder(
      { ...state, basis: { kind: 'INFERRED', reason: IMPLIED_REASON, evidence: [...evidence] } },
      STATE_ORDER,
    );
  });
  return { ...rest, states: upgradedStates };
}

/**
 * Lists every word in [brackets] in `record[field]` as a completion, unless the record already lists some, or the
 * source prints the same brackets (`sourceTexts`, the exact texts of the record's spans).
 */
function addBracketCompletions(record: Json, field: string, sourceTexts: string[]): void {
  const text = record[field];
  if (typeof text !== 'string' || Object.hasOwn(record, 'completions')) return;
  if (sourceTexts.some((source) => source.includes(text))) return;
  const { words } = bracketedWords(text);
  const unique = [...new Set(words)].filter(
    (word) => word.trim() !== '' && !sourceTexts.some((source) => source.includes(`[${word}]`)),
  );
  if (unique.length > 0) record.completions = unique.map((word) => ({ text: word, reason: BRACKETS_REASON }));
}

/** The exact texts of the spans in a list (format 1's, not yet validated). */
function spanTexts(spans: unknown): string[] {
  if (!Array.isArray(spans)) return [];
  return spans.flatMap((span) => (isJsonObject(span) && typeof span.exact === 'string' ? [span.exact] : []));
}

/** The spans once each (the same span may be the evidence of several appearances). */
function uniqueSpans(spans: unknown[]): unknown[] {
  const seen = new Set<string>();
  return spans.filter((span) => {
    const key = JSON.stringify(span);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// The upgraded records list their fields in the order the format documents them, so that an upgraded file written
// back out reads like one written in format 2. Fields not listed keep their place after these.
const STATEMENT_ORDER = [
  'slug',
  'speaker',
  'voice',
  'quote',
  'isDirectQuote',
  'attributionConfidence',
  'completions',
] as const;
const CLAIM_ORDER = ['slug', 'text', 'claimants', 'completions'] as const;
const STATE_ORDER = ['status', 'basis'] as const;

function withFieldOrder(record: Json, order: readonly string[]): Json {
  const ordered: [string, unknown][] = [];
  for (const key of order) if (Object.hasOwn(record, key)) ordered.push([key, record[key]]);
  for (const [key, value] of Object.entries(record)) if (!order.includes(key)) ordered.push([key, value]);
  // fromEntries defines own properties: a "__proto__" key stays a field (and is reported as unknown)
  return Object.fromEntries(ordered);
}
