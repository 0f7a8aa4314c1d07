/**
 * Validates an unknown JSON value against the dataset format (src/domain/dataset.ts) and reports every problem, not
 * only the first, each with the record, the field and what is wrong: an editor fixing a new article's dataset
 * should see the whole list in one run.
 *
 * Two passes:
 *  1. shape (datasetShape.ts, with the zod schemas of the format): types, required fields, unknown fields, enums;
 *  2. meaning (here): slugs (syntax, uniqueness), references (to the right kind of record), partial dates, held
 *     documents (their SHA-256), evidence spans against the held text, direct quotes, relationship states,
 *     reviews and claim statuses.
 *
 * Pure: the held texts are passed in (`loadDatasetFile` reads them).
 */
import { parsePartialDate, PartialDateError, type PartialDate } from '../domain/partialDate.js';
import { partialDateDayRange } from '../domain/partialDateRange.js';
import { CodePointText, findSpanMismatch, sha256Hex } from '../domain/spans.js';
import { closestName } from './closestName.js';
import type {
  CitedSource,
  ClaimRecord,
  DocumentRecord,
  EventRecord,
  EvidenceRecord,
  OrganizationRecord,
  OutletRecord,
  PersonRecord,
  RelationshipRecord,
  RelationshipStateRecord,
  ReviewRecord,
  StatementRecord,
} from '../domain/dataset.js';
import { ProblemLog, type DatasetProblem, type ReportProblem } from './datasetProblems.js';
import { COLLECTION_NAMES, readDatasetShape, type Loose, type Parsed, type ParsedDataset } from './datasetShape.js';

export { recordLabel, type DatasetProblem } from './datasetProblems.js';

/**
 * A record already in the database that a dataset (an import, or a mutation's single record) may refer to.
 * `text` is given for held documents, so spans into them are checked like spans into the dataset's own.
 */
export interface ExistingRecord {
  kind: RecordKind;
  label: string;
  held: boolean;
  text?: string;
}

export function validateDataset(
  raw: unknown,
  heldTexts: ReadonlyMap<string, string>,
  existing: ReadonlyMap<string, ExistingRecord> = new Map(),
): DatasetProblem[] {
  const log = new ProblemLog();
  const dataset = readDatasetShape(raw, log);
  if (dataset !== undefined) new DatasetChecker(dataset, heldTexts, existing).checkAll();
  return log.list();
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
const SLUGS_ARE_UNIQUE = 'slugs must be unique across the dataset';
const SLUG_RULE = 'use lowercase letters and digits in words joined by single hyphens, e.g. "john-legend"';

export type RecordKind =
  'document' | 'person' | 'outlet' | 'organization' | 'event' | 'statement' | 'claim' | 'review' | 'relationship';

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
    existing: ReadonlyMap<string, ExistingRecord>,
  ) {
    // Records already stored can be referred to, and their slugs are taken.
    for (const [slug, record] of existing) {
      this.slugs.set(slug, { kind: record.kind, label: record.label, held: record.held });
      if (record.text !== undefined) this.texts.set(slug, new CodePointText(record.text));
    }
  }

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
          report('slug', `${quote(slug)} is not a valid slug: ${SLUG_RULE}`);
          continue;
        }
        const earlier = this.slugs.get(slug);
        if (earlier !== undefined) {
          report('slug', `${quote(slug)} is already the slug of ${earlier.label}; ${SLUGS_ARE_UNIQUE}`);
          continue;
        }
        const held = kind === 'document' && typeof (record as Loose<DocumentRecord>).textFile === 'string';
        this.slugs.set(slug, { kind, label, held });
        const heldText = held ? this.heldTexts.get(slug) : undefined;
        if (heldText !== undefined) this.texts.set(slug, new CodePointText(heldText));
      }
    }
  }

  private checkDocument({ record, input, report }: Parsed<DocumentRecord>): void {
    this.checkOptionalReference(report, 'outlet', record.outlet, ['outlet']);
    this.checkOptionalDate(report, 'published', record.published);
    this.checkUrl(report, 'url', record.url);
    this.checkHeldText(record, input, report);
    this.checkEvidenceList(report, 'evidence', record.evidence, { mayBeEmpty: true });
  }

  private checkHeldText(
    record: Loose<DocumentRecord>,
    input: Readonly<Record<string, unknown>>,
    report: ReportProblem,
  ): void {
    const { slug, textFile, sha256 } = record;
    // the fields as written, malformed or not: a document whose textFile is malformed (and reported) is still meant
    // to be held, so its sha256 is not also reported as out of place
    const present = (field: string) => Object.hasOwn(input, field);
    if (sha256 !== undefined && !/^[0-9a-f]{64}$/.test(sha256)) {
      report('sha256', `must be 64 lowercase hexadecimal digits (a SHA-256 digest), found ${quote(sha256)}`);
    }
    if (!present('textFile')) {
      if (present('sha256')) report('sha256', 'is only allowed on a held document (one with textFile)');
      return;
    }
    if (!present('sha256')) {
      report('sha256', 'required field is missing: a held document records the SHA-256 of its text');
    }
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
      if (target !== undefined && target === record.slug) {
        report(`respondsTo[${index}]`, 'a statement cannot respond to itself');
      }
    });
    this.checkEvidenceList(report, 'evidence', record.evidence);
    this.checkDirectQuote(record, report);
  }

  /** A direct quote is verbatim: its words must be exactly the text of one of its spans. */
  private checkDirectQuote(record: Loose<StatementRecord>, report: ReportProblem): void {
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
  private checkClaimStatus(record: Loose<ClaimRecord>, report: ReportProblem): void {
    const { slug, status } = record;
    if (slug === undefined || status === undefined) return;
    const reviews = this.reviewsOfClaims().get(slug) ?? [];
    if (status === 'REVIEWED' && reviews.length === 0) {
      report('status', 'is REVIEWED, but no review in the dataset rates this claim');
    }
    if (status === 'UNREVIEWED' && reviews.length > 0) {
      report('status', `is UNREVIEWED, but ${reviews[0].label} rates this claim`);
    }
    const disputed = this.disputedClaims().has(slug);
    if (status === 'DISPUTED' && !disputed) {
      report('status', 'is DISPUTED, but no statement disputes this claim (see statements[].disputes)');
    }
  }

  private reviewsByClaim: Map<string, Parsed<ReviewRecord>[]> | undefined;
  private disputedClaimSlugs: Set<string> | undefined;

  /** The dataset's reviews grouped by the claim they rate, in dataset order (built once: checking each claim
   * against every review would be quadratic in the size of the dataset). */
  private reviewsOfClaims(): Map<string, Parsed<ReviewRecord>[]> {
    if (this.reviewsByClaim === undefined) {
      this.reviewsByClaim = new Map();
      for (const review of this.dataset.reviews) {
        const { claim } = review.record;
        if (claim === undefined) continue;
        const list = this.reviewsByClaim.get(claim) ?? [];
        list.push(review);
        this.reviewsByClaim.set(claim, list);
      }
    }
    return this.reviewsByClaim;
  }

  /** The slugs of the claims some statement of the dataset disputes (built once, as above). */
  private disputedClaims(): Set<string> {
    if (this.disputedClaimSlugs === undefined) {
      this.disputedClaimSlugs = new Set();
      for (const statement of this.dataset.statements) {
        for (const claim of statement.record.disputes ?? [])
          if (claim !== undefined) this.disputedClaimSlugs.add(claim);
      }
    }
    return this.disputedClaimSlugs;
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
  private checkStateDates(states: (Loose<RelationshipStateRecord> | undefined)[], report: ReportProblem): void {
    let previous: { date: PartialDate; field: string } | undefined;
    states.forEach((state, index) => {
      if (state === undefined) return;
      const field = (part: 'start' | 'end') => `states[${index}].${part}`;
      const start = this.checkOptionalDate(report, field('start'), state.start);
      const end = this.checkOptionalDate(report, field('end'), state.end);
      if (start !== undefined && end !== undefined && isWhollyBefore(end, start)) {
        report(field('end'), `${quote(end.iso)} is before the state's start ${quote(start.iso)}`);
      }
      const startAt = start !== undefined ? { date: start, field: field('start') } : undefined;
      const endAt = end !== undefined ? { date: end, field: field('end') } : undefined;
      const earliest = startAt ?? endAt;
      if (earliest !== undefined && previous !== undefined && isWhollyBefore(earliest.date, previous.date)) {
        report(
          earliest.field,
          `states must be in date order, oldest first: ${quote(earliest.date.iso)} is before ` +
            `${previous.field} ${quote(previous.date.iso)}`,
        );
      }
      previous = endAt ?? startAt ?? previous;
    });
  }

  // --- shared checks ------------------------------------------------------------------------------------------

  private checkEvidenceList(
    report: ReportProblem,
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
  private checkEvidence(report: ReportProblem, field: string, span: Loose<EvidenceRecord> | undefined): void {
    if (span?.document === undefined) return;
    const target = this.resolve(report, `${field}.document`, span.document, ['document']);
    if (target === undefined) return;
    if (!target.held) {
      report(
        `${field}.document`,
        `${quote(span.document)} is a document that is not held (it has no textFile); ` +
          'evidence must point into a held document',
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

  private checkCitedSource(report: ReportProblem, field: string, source: Loose<CitedSource> | undefined): void {
    if (source === undefined) return;
    this.checkUrl(report, `${field}.url`, source.url);
    this.checkOptionalDate(report, `${field}.accessed`, source.accessed);
  }

  private checkReferenceList(
    report: ReportProblem,
    field: string,
    slugs: (string | undefined)[] | undefined,
    allowed: readonly RecordKind[],
  ): void {
    slugs?.forEach((slug, index) => this.checkOptionalReference(report, `${field}[${index}]`, slug, allowed));
  }

  private checkOptionalReference(
    report: ReportProblem,
    field: string,
    slug: string | undefined,
    allowed: readonly RecordKind[],
  ): void {
    if (slug !== undefined) this.resolve(report, field, slug, allowed);
  }

  private resolve(
    report: ReportProblem,
    field: string,
    slug: string,
    allowed: readonly RecordKind[],
  ): SlugEntry | undefined {
    const expected = joinWithOr(allowed.map(withArticle));
    const entry = this.slugs.get(slug);
    if (entry === undefined) {
      const candidates = [...this.slugs]
        .filter(([, { kind }]) => allowed.includes(kind))
        .map(([candidate]) => candidate);
      const suggestion = closestName(slug, candidates);
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

  private checkOptionalDate(report: ReportProblem, field: string, value: string | undefined): PartialDate | undefined {
    if (value === undefined) return undefined;
    try {
      return parsePartialDate(value);
    } catch (error) {
      if (!(error instanceof PartialDateError)) throw error;
      report(field, error.message);
      return undefined;
    }
  }

  private checkUrl(report: ReportProblem, field: string, value: string | undefined, { anyScheme = false } = {}): void {
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
  return partialDateDayRange(a).lastDay < partialDateDayRange(b).firstDay;
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
    return (
      `${quote(value)} is not a valid date-time (expected e.g. "2024-05-01T12:30:00Z") ` +
      'or partial date (YYYY, YYYY-MM or YYYY-MM-DD)'
    );
  }
  try {
    parsePartialDate(date);
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

function withArticle(kind: RecordKind): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function joinWithOr(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

function quote(value: string): string {
  return JSON.stringify(value);
}
