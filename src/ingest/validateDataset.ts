/**
 * Validates an unknown JSON value against the dataset format (src/domain/dataset.ts) and reports every problem, not
 * only the first, each with the record, the field and what is wrong: an editor fixing a new article's dataset
 * should see the whole list in one run.
 *
 * A dataset in an earlier format is first upgraded to the current one (upgradeDataset.ts), then checked in two
 * passes:
 *  1. shape (datasetShape.ts, with the zod schemas of the format): types, required fields, unknown fields, enums;
 *  2. meaning (here): slugs (syntax, uniqueness), references (to the right kind of record), partial dates and how
 *     they are known, held documents (their SHA-256, and the facts they give or say are unknown), evidence spans
 *     against the held text, voices (a speaker's words or the document's narration), direct quotes and narration
 *     (verbatim), editors' completions, claimants, the basis of every relationship state, reviews and claim
 *     statuses.
 *
 * Pure: the held texts are passed in (`loadDatasetFile` reads them).
 */
import { parsePartialDate, PartialDateError, type PartialDate } from '../domain/partialDate.js';
import { partialDateDayRange } from '../domain/partialDateRange.js';
import { CodePointText, findSpanMismatch, sha256Hex } from '../domain/spans.js';
import { closestName } from './closestName.js';
import {
  DOCUMENT_FACT_FIELDS,
  type BasisRecord,
  type CitedSource,
  type ClaimRecord,
  type DatedFactRecord,
  type DocumentRecord,
  type EditorialCompletion,
  type EventRecord,
  type EvidenceRecord,
  type FactCheckRecord,
  type OrganizationRecord,
  type OutletRecord,
  type PersonRecord,
  type RelationshipRecord,
  type RelationshipStateRecord,
  type ReviewRecord,
  type StatementRecord,
} from '../domain/dataset.js';
import { ProblemLog, type DatasetProblem, type ReportProblem } from './datasetProblems.js';
import { COLLECTION_NAMES, readDatasetShape, type Loose, type Parsed, type ParsedDataset } from './datasetShape.js';
import { bracketedWords, oneLineProblem } from './editorialText.js';
import { upgradeDataset, type UpgradeProblem } from './upgradeDataset.js';

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
  /**
   * for a document: the slug of its outlet, or null when it has none; undefined when not looked up (narration in
   * the document, whose speaker must be this outlet, then cannot be checked and is refused)
   */
  outlet?: string | null;
}

/** Every problem of the dataset (in any format the reader takes): none when it is valid. */
export function validateDataset(
  raw: unknown,
  heldTexts: ReadonlyMap<string, string>,
  existing: ReadonlyMap<string, ExistingRecord> = new Map(),
): DatasetProblem[] {
  return checkDataset(raw, heldTexts, existing).problems;
}

export interface CheckedDataset {
  /** the value in the current format: a dataset in an earlier format upgraded, any other value as it is */
  dataset: unknown;
  /** the format it was upgraded from, or null */
  upgradedFrom: string | null;
  problems: DatasetProblem[];
}

/**
 * Upgrades the value to the current format when it is in an earlier one, then validates it. `upgradeProblems` are
 * those of an upgrade the caller already ran (importDataset upgrades before it merges entities): they are reported
 * in their records' places, as this upgrade's own are.
 */
export function checkDataset(
  raw: unknown,
  heldTexts: ReadonlyMap<string, string>,
  existing: ReadonlyMap<string, ExistingRecord> = new Map(),
  upgradeProblems: readonly UpgradeProblem[] = [],
): CheckedDataset {
  const upgrade = upgradeDataset(raw);
  const log = new ProblemLog();
  const dataset = readDatasetShape(upgrade.dataset, log);
  if (dataset !== undefined) new DatasetChecker(dataset, heldTexts, existing).checkAll();
  const explained = [...upgradeProblems, ...upgrade.problems];
  // what only the upgrade can explain replaces what validation says about the same fields
  log.drop(({ record, field }) =>
    explained.some(
      (problem) =>
        problem.record === record &&
        problem.covers.some(
          (covered) => field === covered || field.startsWith(`${covered}.`) || field.startsWith(`${covered}[`),
        ),
    ),
  );
  for (const { record, field, message } of explained) log.reporterFor(record)(field, message);
  return { dataset: upgrade.dataset, upgradedFrom: upgrade.upgradedFrom, problems: log.list() };
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
  | 'document'
  | 'person'
  | 'outlet'
  | 'organization'
  | 'event'
  | 'statement'
  | 'claim'
  | 'review'
  | 'relationship'
  // one of the dataset's factChecks, or one stored (imported from its publisher's feed); only stored ones are
  // listed with their kind so that their slugs are taken: no other record refers to one
  | 'published fact-check';

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
  factChecks: 'published fact-check',
};

/** Who can be a speaker, a participant, a claimant, a relationship's end: the entities of the graph. */
const ENTITY_KINDS: readonly RecordKind[] = ['person', 'outlet', 'organization'];

interface SlugEntry {
  kind: RecordKind;
  label: string;
  /** a document with a textFile: evidence may point into it */
  held: boolean;
  /** a document's outlet (null: none; undefined: not known), whose voice its narration is */
  outlet?: string | null;
  /** already in the database rather than defined by the dataset */
  stored?: boolean;
}

/** What a statement's words are: a speaker's, verbatim or not, or the document's own narration (always verbatim). */
type Wording = 'PARAPHRASE' | 'DIRECT_QUOTE' | 'NARRATION';

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
      const { kind, label, held, outlet } = record;
      this.slugs.set(slug, { kind, label, held, outlet, stored: true });
      if (record.text !== undefined) this.texts.set(slug, new CodePointText(record.text));
    }
  }

  checkAll(): void {
    this.indexSlugs();
    const { documents, people, outlets, organizations, events, statements, claims, reviews, relationships } =
      this.dataset;
    const { factChecks } = this.dataset;
    documents.forEach((document) => this.checkDocument(document));
    people.forEach((person) => this.checkPerson(person));
    outlets.forEach((outlet) => this.checkOutlet(outlet));
    organizations.forEach((organization) => this.checkOrganization(organization));
    events.forEach((event) => this.checkEvent(event));
    statements.forEach((statement) => this.checkStatement(statement));
    claims.forEach((claim) => this.checkClaim(claim));
    reviews.forEach((review) => this.checkReview(review));
    relationships.forEach((relationship) => this.checkRelationship(relationship));
    factChecks.forEach((factCheck) => this.checkFactCheck(factCheck));
    this.checkFactChecksShareNothing();
  }

  /** Slugs are unique across the whole dataset, whatever the kind: a reference names one record. */
  private indexSlugs(): void {
    for (const name of COLLECTION_NAMES) {
      const kind = KIND_OF_COLLECTION[name];
      for (const { label, record, input, report } of this.dataset[name] as Parsed<{ slug: string }>[]) {
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
        const document = kind === 'document' ? (record as Loose<DocumentRecord>) : undefined;
        const held = typeof document?.textFile === 'string';
        // an absent outlet is none; a malformed one (reported) is not known
        const outlet = document?.outlet ?? (Object.hasOwn(input, 'outlet') ? undefined : null);
        this.slugs.set(slug, { kind, label, held, ...(document !== undefined ? { outlet } : {}) });
        const heldText = held ? this.heldTexts.get(slug) : undefined;
        if (heldText !== undefined) this.texts.set(slug, new CodePointText(heldText));
      }
    }
  }

  private checkDocument({ record, input, report }: Parsed<DocumentRecord>): void {
    this.checkOptionalReference(report, 'outlet', record.outlet, ['outlet']);
    if (record.outletBasis !== undefined && !Object.hasOwn(input, 'outlet')) {
      report('outletBasis', 'says how the outlet is known, but the document has no outlet');
    }
    this.checkBasis(report, 'outletBasis', record.outletBasis);
    this.checkOptionalDate(report, 'published', record.published);
    this.checkUrl(report, 'url', record.url);
    this.checkHeldText(record, input, report);
    this.checkUnknownFacts(record, input, report);
    this.checkEvidenceList(report, 'evidence', record.evidence, { mayBeEmpty: true });
  }

  /**
   * A fact a document's source does not give is said to be unknown, with a reason, rather than left out silently:
   * a held document gives or lists as unknown each of url, published, headline and outlet; no document both gives
   * a fact and lists it as unknown, or lists one twice.
   */
  private checkUnknownFacts(
    record: Loose<DocumentRecord>,
    input: Readonly<Record<string, unknown>>,
    report: ReportProblem,
  ): void {
    const listed = new Map<string, number>();
    record.unknown?.forEach((entry, index) => {
      const field = entry?.field;
      if (field === undefined) return;
      const earlier = listed.get(field);
      if (earlier !== undefined) {
        report(
          `unknown[${index}].field`,
          `${quote(field)} is already listed as unknown in unknown[${earlier}]; list each field once`,
        );
        return;
      }
      listed.set(field, index);
      if (Object.hasOwn(input, field)) {
        report(
          `unknown[${index}].field`,
          `${quote(field)} is given (the document's ${field}), so it cannot also be listed as unknown: give it or list it as unknown, not both`,
        );
      }
    });
    if (!Object.hasOwn(input, 'textFile')) return;
    const neither = DOCUMENT_FACT_FIELDS.filter((field) => !Object.hasOwn(input, field) && !listed.has(field));
    if (neither.length > 0) {
      report(
        'unknown',
        `a held document gives or lists as unknown each of url, published, headline and outlet, but ` +
          `${joinWithAnd(neither.map(quote))} ${neither.length === 1 ? 'is' : 'are'} neither given nor listed as unknown ` +
          `(add e.g. { "field": ${quote(neither[0])}, "reason": "…" } to unknown)`,
      );
    }
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
    this.checkUrl(report, 'url', record.url);
    this.checkEvidenceList(report, 'evidence', record.evidence);
  }

  private checkEvent({ record, report }: Parsed<EventRecord>): void {
    this.checkDatedFact(report, 'date', record.date);
    this.checkReferenceList(report, 'participants', record.participants, ENTITY_KINDS);
    this.checkOptionalReference(report, 'outlet', record.outlet, ['outlet']);
    this.checkEvidenceList(report, 'evidence', record.evidence);
  }

  private checkStatement({ record, report }: Parsed<StatementRecord>): void {
    const wording = wordingOf(record);
    // narration is its document's outlet's voice; a speaker may be any entity
    const speaker =
      record.speaker === undefined
        ? undefined
        : this.resolve(report, 'speaker', record.speaker, wording === 'NARRATION' ? ['outlet'] : ENTITY_KINDS);
    this.checkDatedFact(report, 'saidOn', record.saidOn);
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
    this.checkVoice(record, report);
    if (wording === 'NARRATION' && speaker !== undefined) this.checkNarrator(record, report);
    this.checkVerbatim(record, wording, report);
    this.checkCompletions(report, 'quote', record.quote, record.completions, wording, exactTexts(record.evidence));
  }

  /**
   * The voice, the attribution and the quoting agree: narration (voice DOCUMENT) is NARRATED_BY_SOURCE and is not
   * a quotation of anyone; NARRATED_BY_SOURCE is for narration only, never for a speaker's words.
   */
  private checkVoice(record: Loose<StatementRecord>, report: ReportProblem): void {
    const { voice, attributionConfidence, isDirectQuote } = record;
    if (voice === 'DOCUMENT') {
      if (attributionConfidence !== undefined && attributionConfidence !== 'NARRATED_BY_SOURCE') {
        report(
          'attributionConfidence',
          `is ${attributionConfidence}, but a statement in the document's own voice (voice DOCUMENT) is ` +
            "NARRATED_BY_SOURCE: the words are nobody else's",
        );
      }
      if (isDirectQuote === true) {
        report(
          'isDirectQuote',
          "must be false in the document's own voice (voice DOCUMENT): narration is not a quotation of its " +
            'speaker (its words are checked verbatim all the same)',
        );
      }
    } else if (voice === 'SPEAKER' && attributionConfidence === 'NARRATED_BY_SOURCE') {
      report(
        'attributionConfidence',
        "is NARRATED_BY_SOURCE, which is only for the document's own narration (voice DOCUMENT); a speaker's words " +
          'are DIRECT_QUOTE_IN_SOURCE, PARAPHRASED_BY_SOURCE or REPORTED_SECONDHAND',
      );
    }
  }

  /**
   * Narration is spoken by the outlet of the document it is in: the speaker is the outlet of every evidence span's
   * document, which must have one. Nobody else's mouth.
   */
  private checkNarrator(record: Loose<StatementRecord>, report: ReportProblem): void {
    const { speaker, evidence } = record;
    evidence?.forEach((span, index) => {
      const document = span?.document;
      const entry = document === undefined ? undefined : this.slugs.get(document);
      // a span into a missing document or a record of another kind is reported by the evidence check
      if (document === undefined || entry === undefined || entry.kind !== 'document') return;
      if (entry.outlet === null || entry.outlet === undefined) {
        const none = entry.outlet === null ? 'has no outlet' : 'has no outlet known here';
        report(
          `evidence[${index}].document`,
          `${quote(document)} ${none}: a statement in the document's own voice (voice DOCUMENT) is its outlet's, ` +
            'so the document needs one (documents[].outlet, with outletBasis when it is inferred)',
        );
      } else if (entry.outlet !== speaker) {
        report(
          'speaker',
          `a statement in the document's own voice (voice DOCUMENT) is spoken by the outlet of its document, but ` +
            `evidence[${index}] is in ${quote(document)}, whose outlet is ${quote(entry.outlet)}, not ${quote(speaker ?? '')}`,
        );
      }
    });
  }

  /**
   * A direct quote is the speaker's words verbatim, and narration the document's: either must be exactly the text
   * of one of its spans.
   */
  private checkVerbatim(record: Loose<StatementRecord>, wording: Wording | undefined, report: ReportProblem): void {
    const { quote: words, evidence } = record;
    if (wording === 'PARAPHRASE' || wording === undefined) return;
    if (words === undefined || evidence === undefined || evidence.length === 0) return;
    if (evidence.some((span) => span?.exact === words)) return;
    report(
      'quote',
      wording === 'DIRECT_QUOTE'
        ? `a direct quote must be the exact text of one of its evidence spans, but no span reads ${quote(words)}`
        : "narration (voice DOCUMENT) is the document's own words, verbatim: it must be the exact text of one of " +
            `its evidence spans, but no span reads ${quote(words)}`,
    );
  }

  /**
   * Words an editor added to a paraphrase or a claim are written in [brackets] and each listed, with its reason, in
   * `completions`; every completion appears in the text as "[its words]". A verbatim text (a direct quote,
   * narration) has no completions: its brackets are the source's own. So are the brackets of a paraphrase or claim
   * that its source prints too (`sourceTexts`: the exact texts of its spans): "[himself]" copied from the article.
   */
  private checkCompletions(
    report: ReportProblem,
    textField: string,
    text: string | undefined,
    completions: (Loose<EditorialCompletion> | undefined)[] | undefined,
    wording: Wording | undefined,
    sourceTexts: readonly string[],
  ): void {
    if (wording === 'DIRECT_QUOTE' || wording === 'NARRATION') {
      if (completions !== undefined && completions.length > 0) {
        const what = wording === 'DIRECT_QUOTE' ? 'a direct quote' : 'narration (voice DOCUMENT)';
        report(
          'completions',
          `are for words an editor adds to a paraphrase, but the ${textField} is ${what}, verbatim: its brackets ` +
            "are the source's own and need no entry",
        );
      }
      return;
    }
    if (wording === undefined && text !== undefined && textField === 'quote') return;
    const listed = new Map<string, number>();
    completions?.forEach((completion, index) => {
      if (completion === undefined) return;
      const field = `completions[${index}]`;
      const { text: words, reason } = completion;
      if (reason !== undefined) {
        const problem = oneLineProblem(reason);
        if (problem !== null) report(`${field}.reason`, problem);
      }
      if (words === undefined) return;
      if (/[[\]]/.test(words)) {
        report(`${field}.text`, `must be the words between the brackets, without the brackets, found ${quote(words)}`);
        return;
      }
      const earlier = listed.get(words);
      if (earlier !== undefined) {
        report(`${field}.text`, `${quote(words)} is already completions[${earlier}]; list each completion once`);
        return;
      }
      listed.set(words, index);
      if (text !== undefined && !text.includes(`[${words}]`)) {
        report(`${field}.text`, `${quote(words)} does not appear as ${quote(`[${words}]`)} in the ${textField}`);
      }
    });
    // most texts have no brackets: they are not split into characters for nothing
    if (text === undefined || !/[[\]]/.test(text)) return;
    const { words, problems } = bracketedWords(text);
    // words copied as the source has them keep its brackets, matched or not
    const copied = sourceTexts.some((source) => source.includes(text));
    if (!copied) for (const problem of problems) report(textField, problem);
    for (const added of new Set(words)) {
      if (listed.has(added) || copied || sourceTexts.some((source) => source.includes(`[${added}]`))) continue;
      report(
        textField,
        added.trim() === ''
          ? `has empty brackets ${quote(`[${added}]`)}: an editor's completion says what was added`
          : `has ${quote(`[${added}]`)}, but completions lists no ${quote(added)}: every word an editor adds in ` +
              '[brackets] needs a completion with its reason',
      );
    }
  }

  private checkClaim({ record, report }: Parsed<ClaimRecord>): void {
    // a published fact-check quotes the claim without showing where it was made or who made it
    const factChecked = record.slug !== undefined && this.factCheckedClaims().has(record.slug);
    this.checkClaimants(record, report, factChecked);
    const appearing = exactTexts(record.appearances?.map((appearance) => appearance?.evidence));
    this.checkCompletions(report, 'text', record.text, record.completions, 'PARAPHRASE', appearing);
    this.checkReferenceList(report, 'about', record.about, ENTITY_KINDS);
    const { appearances } = record;
    if (appearances !== undefined && appearances.length === 0 && !factChecked) {
      report('appearances', 'must have at least one appearance: a claim needs evidence of where it was made');
    }
    appearances?.forEach((appearance, index) => {
      if (appearance === undefined) return;
      this.checkOptionalReference(report, `appearances[${index}].statement`, appearance.statement, ['statement']);
      this.checkEvidence(report, `appearances[${index}].evidence`, appearance.evidence);
    });
    this.checkClaimStatus(record, report);
  }

  /**
   * Who makes the claim: at least one claimant, each entity once, each with evidence. A claimant `reportedBy` an
   * entity is said by that entity to make it ("X says Y claims Z"): the evidence is X's words, not Y's, and X is
   * someone else than Y. A claim a published fact-check of the dataset checks may have none (see checkClaim).
   */
  private checkClaimants(record: Loose<ClaimRecord>, report: ReportProblem, factChecked: boolean): void {
    const { claimants } = record;
    if (claimants === undefined) return;
    if (claimants.length === 0 && !factChecked) {
      report(
        'claimants',
        'must have at least one claimant: who makes the claim, or who is said (reportedBy) to make it',
      );
    }
    const seen = new Map<string, number>();
    claimants.forEach((claimant, index) => {
      if (claimant === undefined) return;
      const field = `claimants[${index}]`;
      const { entity, reportedBy, evidence } = claimant;
      this.checkOptionalReference(report, `${field}.entity`, entity, ENTITY_KINDS);
      this.checkOptionalReference(report, `${field}.reportedBy`, reportedBy, ENTITY_KINDS);
      if (entity !== undefined) {
        const earlier = seen.get(entity);
        if (earlier !== undefined) {
          report(
            `${field}.entity`,
            `${quote(entity)} is already claimants[${earlier}]; list each claimant once, with all its evidence`,
          );
        } else {
          seen.set(entity, index);
        }
      }
      if (reportedBy !== undefined && reportedBy === entity) {
        report(
          `${field}.reportedBy`,
          `is the claimant itself (${quote(entity)}): reportedBy names the third party who says the claimant makes ` +
            'the claim; leave it out when the evidence shows the claimant making it',
        );
      }
      this.checkEvidenceList(report, `${field}.evidence`, evidence);
    });
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
  private factCheckedClaimSlugs: Set<string> | undefined;

  /** The slugs of the claims some published fact-check of the dataset checks (built once). */
  private factCheckedClaims(): Set<string> {
    this.factCheckedClaimSlugs ??= new Set(
      this.dataset.factChecks.flatMap(({ record }) => (record.claim === undefined ? [] : [record.claim])),
    );
    return this.factCheckedClaimSlugs;
  }
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

  /**
   * A published fact-check names a claim and a held record of the dataset (they are written with it), and its
   * publisher: an organization or an outlet, of the dataset or stored.
   */
  private checkFactCheck({ record, report }: Parsed<FactCheckRecord>): void {
    const claim = record.claim === undefined ? undefined : this.resolve(report, 'claim', record.claim, ['claim']);
    if (claim?.stored === true) {
      report('claim', `${quote(record.claim!)} is ${claim.label}: a fact-check's claim is written with it`);
    }
    this.checkOptionalReference(report, 'publisher', record.publisher, ['organization', 'outlet']);
    const held = record.record === undefined ? undefined : this.resolve(report, 'record', record.record, ['document']);
    if (held?.stored === true) {
      report('record', `${quote(record.record!)} is ${held.label}: a fact-check's record is written with it`);
    } else if (held !== undefined && !held.held) {
      report('record', `${quote(record.record!)} is not a held document: the record is the fact-check's held text`);
    }
    this.checkUrl(report, 'url', record.url);
    const { ratingValue } = record;
    if (ratingValue !== undefined && !(ratingValue >= 1 && ratingValue <= 5)) {
      report('ratingValue', `must be from 1 (false) to 5 (true), found ${ratingValue}`);
    }
    this.checkOptionalDate(report, 'reviewedOn', record.reviewedOn);
    this.checkOptionalDate(report, 'claimDate', record.claimDate);
    record.appearanceUrls?.forEach((url, index) => this.checkUrl(report, `appearanceUrls[${index}]`, url));
  }

  /** No two published fact-checks share a claim, a record or a url: each is one review, kept in one document. */
  private checkFactChecksShareNothing(): void {
    for (const field of ['claim', 'record', 'url'] as const) {
      const first = new Map<string, string>();
      for (const { record, label, report } of this.dataset.factChecks) {
        const value = record[field];
        if (value === undefined) continue;
        const earlier = first.get(value);
        if (earlier === undefined) first.set(value, label);
        else report(field, `${quote(value)} is already the ${field} of ${earlier}; each fact-check has its own`);
      }
    }
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
    states.forEach((state, index) => this.checkBasis(report, `states[${index}].basis`, state?.basis));
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
      const start = this.checkDatedFact(report, field('start'), state.start);
      const end = this.checkDatedFact(report, field('end'), state.end);
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

  /**
   * How a fact is known. STATED may name the span that states it (else the record's evidence does). INFERRED gives
   * a one-line reason and at least one span it rests on. EXTERNAL cites at least one source or document.
   */
  private checkBasis(report: ReportProblem, field: string, basis: Loose<BasisRecord> | undefined): void {
    if (basis === undefined) return;
    switch (basis.kind) {
      case 'STATED':
        if (basis.evidence !== undefined && basis.evidence.length === 0) {
          report(
            `${field}.evidence`,
            "must have at least one evidence span when given; leave it out when the record's own evidence states the fact",
          );
        }
        this.checkEvidenceList(report, `${field}.evidence`, basis.evidence, { mayBeEmpty: true });
        break;
      case 'INFERRED': {
        const problem = basis.reason === undefined ? null : oneLineProblem(basis.reason);
        if (problem !== null) report(`${field}.reason`, problem);
        if (basis.evidence !== undefined && basis.evidence.length === 0) {
          report(`${field}.evidence`, 'must have at least one evidence span: an inference names the spans it rests on');
        }
        this.checkEvidenceList(report, `${field}.evidence`, basis.evidence, { mayBeEmpty: true });
        break;
      }
      case 'EXTERNAL': {
        const { sources, documents } = basis;
        if ((sources?.length ?? 0) + (documents?.length ?? 0) === 0) {
          report(
            field,
            'is EXTERNAL, so it must cite at least one source (sources) or document of the dataset (documents) ' +
              'that states the fact: the held documents do not',
          );
        }
        sources?.forEach((source, index) => this.checkCitedSource(report, `${field}.sources[${index}]`, source));
        this.checkReferenceList(report, `${field}.documents`, documents, ['document']);
        break;
      }
    }
  }

  /** A date and how it is known: its partial date parsed (returned when valid), its basis checked. */
  private checkDatedFact(
    report: ReportProblem,
    field: string,
    fact: Loose<DatedFactRecord> | undefined,
  ): PartialDate | undefined {
    if (fact === undefined) return undefined;
    if (typeof fact === 'string') return this.checkOptionalDate(report, field, fact);
    this.checkBasis(report, `${field}.basis`, fact.basis);
    return this.checkOptionalDate(report, `${field}.date`, fact.date);
  }

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

function joinWithAnd(words: string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** The exact texts of the spans given (those well formed enough to have one). */
function exactTexts(spans: (Loose<EvidenceRecord> | undefined)[] | undefined): string[] {
  return (spans ?? []).flatMap((span) => (span?.exact === undefined ? [] : [span.exact]));
}

/** What a statement's words are, or undefined when its voice is malformed (reported by the shape pass). */
function wordingOf(record: Loose<StatementRecord>): Wording | undefined {
  if (record.voice === 'DOCUMENT') return 'NARRATION';
  if (record.voice !== 'SPEAKER') return undefined;
  return record.isDirectQuote === true ? 'DIRECT_QUOTE' : record.isDirectQuote === false ? 'PARAPHRASE' : undefined;
}

function quote(value: string): string {
  return JSON.stringify(value);
}
