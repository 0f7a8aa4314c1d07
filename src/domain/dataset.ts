/**
 * The annotated dataset format: the fixture format and the import format for new articles.
 *
 * A dataset is one JSON file. Records refer to each other by `slug` (lowercase, digits and hyphens, unique across
 * the whole dataset, whatever the record kind). Every record that states a fact carries `evidence`: a held
 * document, a span counted in Unicode code points (start inclusive, end exclusive, as in a W3C
 * TextPositionSelector) and the exact text of that span (a TextQuoteSelector, with optional prefix/suffix that are
 * checked too when present). Partial dates are strings: "2018", "2020-11" or "2020-11-03".
 *
 * The zod schemas below describe the file as written, and the exported types are inferred from them, so the types
 * and the checks cannot drift apart. A schema checks the shape only (types, required and unknown fields, enums);
 * `validateDataset` (src/ingest) runs them on an unknown JSON value, adds the checks that need the whole dataset
 * (references, spans, dates, hashes), and reports every problem with the record, the field and what is wrong.
 */
import { z } from 'zod';

export const DATASET_FORMAT = 'claimgraph-dataset/2' as const;
/**
 * Earlier formats still read: a file in one of them is upgraded to DATASET_FORMAT before it is checked (src/ingest),
 * so every dataset written by an earlier release keeps importing. Format 1 had one claimant per claim, an
 * assertion per relationship instead of a basis per state and date, and no voice on statements.
 */
export const EARLIER_DATASET_FORMATS = ['claimgraph-dataset/1'] as const;

/** A partial date as written in a dataset: YYYY, YYYY-MM or YYYY-MM-DD (checked by validateDataset). */
export type PartialDateString = string;

/** The kinds of entity the graph holds: who can speak, be mentioned, own or be owned. */
export const ENTITY_TYPES = ['PERSON', 'OUTLET', 'ORGANIZATION'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const OUTLET_KINDS = [
  'MAGAZINE',
  'NEWSPAPER',
  'TV_NETWORK',
  'PODCAST',
  'TV_SHOW',
  'SOCIAL_NETWORK',
  'WEBSITE',
] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export const ORGANIZATION_KINDS = ['POLITICAL_PARTY', 'COMPANY', 'GOVERNMENT', 'OTHER'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const EVENT_KINDS = [
  'INTERVIEW',
  'SOCIAL_MEDIA_POST',
  'PODCAST_EPISODE',
  'CAMPAIGN',
  'ELECTION',
  'ENDORSEMENT',
  'PUBLICATION',
  'OTHER',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const STANCES = ['SUPPORTS', 'OPPOSES', 'CRITICIZES', 'DISPUTES', 'NEUTRAL'] as const;
export type Stance = (typeof STANCES)[number];

/** How sure we are that the speaker said it: distinct from whether what was said is true. */
export const ATTRIBUTION_CONFIDENCES = [
  'DIRECT_QUOTE_IN_SOURCE', // the source prints the words in quotation marks
  'PARAPHRASED_BY_SOURCE', // the source reports the gist in its own words
  'REPORTED_SECONDHAND', // the source relays what a third party says was said
  'NARRATED_BY_SOURCE', // the document's own words, in its own voice (voice DOCUMENT): nobody else's
] as const;
export type AttributionConfidence = (typeof ATTRIBUTION_CONFIDENCES)[number];

export const CLAIM_STATUSES = ['UNREVIEWED', 'UNDER_REVIEW', 'REVIEWED', 'DISPUTED'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const RELATIONSHIP_TYPES = [
  'FRIENDSHIP',
  'SUPPORTED',
  'ENDORSED',
  'CRITICIZED',
  'URGED',
  'OWNS',
  'APPEARED_ON',
  'RAN_FOR',
  'MEMBER_OF',
] as const;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

export const RELATIONSHIP_STATUSES = ['ACTIVE', 'STRAINED', 'ENDED'] as const;
export type RelationshipStatus = (typeof RELATIONSHIP_STATUSES)[number];

/**
 * Whether a relationship is stated or only implied. Format 1 recorded this per relationship; since format 2 each
 * state and date has its own basis, and the relationship's assertion is derived: STATED when any state is.
 */
export const ASSERTIONS = ['STATED', 'IMPLIED'] as const;
export type Assertion = (typeof ASSERTIONS)[number];

/**
 * How a fact is known. STATED: the source says it, in the fact's evidence (or the record's). INFERRED: a reader
 * concludes it from spans that do not say it outright; the spans and a one-line reason are given. EXTERNAL: the
 * held documents do not say it; a cited source (a URL, or a document of the dataset) does.
 */
export const BASIS_KINDS = ['STATED', 'INFERRED', 'EXTERNAL'] as const;
export type BasisKind = (typeof BASIS_KINDS)[number];

/**
 * Whose voice a statement or claim appearance is in: a person or organization speaking (quoted or paraphrased by
 * the document), or the document itself, whose voice is its outlet's. Narration is never a person's paraphrase.
 */
export const VOICES = ['SPEAKER', 'DOCUMENT'] as const;
export type Voice = (typeof VOICES)[number];

/** Fields of a document that a source may leave unknown, each then said to be unknown with a reason. */
export const DOCUMENT_FACT_FIELDS = ['url', 'published', 'headline', 'outlet'] as const;
export type DocumentFactField = (typeof DOCUMENT_FACT_FIELDS)[number];

// --- field schemas ---------------------------------------------------------------------------------------------

/** PostgreSQL cannot store U+0000 in text, and no source text needs it. */
const withoutNul = (value: string) => !value.includes('\u0000');
const NUL_MESSAGE = 'must not contain the NUL character (U+0000)';

/** A string that says something: empty strings are mistakes (a forgotten value), not a way to say "none". */
const text = z.string().min(1).refine(withoutNul, NUL_MESSAGE);
/** A string that may be empty, for the rare field where empty is meaningful. */
const textMaybeEmpty = z.string().refine(withoutNul, NUL_MESSAGE);
/** A slug of another record; whether it names one (of the right kind) is checked against the whole dataset. */
const slugRef = text;
/** Its syntax is checked later (partial dates are ranges, with their own messages). */
const partialDate = text;

export const EvidenceRecordSchema = z.strictObject({
  /** slug of a held document (one with `textFile`) */
  document: slugRef,
  /** first code point of the span (inclusive) */
  start: z.int(),
  /** code point after the span (exclusive) */
  end: z.int(),
  /** the text of the span, exactly as the document has it */
  exact: text,
  /** the text just before the span; empty for a span at the very start of a document */
  prefix: textMaybeEmpty.optional(),
  /** the text just after the span; empty for a span at the very end of a document */
  suffix: textMaybeEmpty.optional(),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecordSchema>;

const evidenceList = z.array(EvidenceRecordSchema);

/** A source outside the held documents, for a fact the article does not state (e.g. a public identifier). */
export const CitedSourceSchema = z.strictObject({
  /** http(s) address of the source */
  url: text,
  /** the source's title, as shown to readers */
  title: text,
  /** when the source was read */
  accessed: partialDate.optional(),
});
export type CitedSource = z.infer<typeof CitedSourceSchema>;

export const SameAsRecordSchema = z.strictObject({
  /** an identifier of the same entity elsewhere, in any URI scheme (e.g. urn:isni:…, https://www.wikidata.org/…) */
  uri: text,
  /** where the identifier was found */
  source: CitedSourceSchema,
});
export type SameAsRecord = z.infer<typeof SameAsRecordSchema>;

export const BasisRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('STATED'),
    /** the span that states this very fact, when it is not (only) the record's own evidence, e.g. a date's */
    evidence: evidenceList.optional(),
  }),
  z.strictObject({
    kind: z.literal('INFERRED'),
    /** one line: why the spans lead to the fact */
    reason: text,
    /** the spans the inference rests on; at least one */
    evidence: evidenceList,
  }),
  z.strictObject({
    kind: z.literal('EXTERNAL'),
    /** sources outside the dataset that state it */
    sources: z.array(CitedSourceSchema).optional(),
    /** slugs of documents of the dataset that state it; with `sources`, at least one citation in all */
    documents: z.array(slugRef).optional(),
  }),
]);
export type BasisRecord = z.infer<typeof BasisRecordSchema>;

/**
 * A date and how it is known. `knownBy` says the date is when the fact was known to hold (it began then or
 * earlier) rather than when it began, ended or happened. A bare partial-date string is short for
 * `{ date, knownBy: false, basis: { kind: "STATED" } }`: the record's evidence states the date.
 */
export const DatedFactRecordSchema = z.union([
  partialDate,
  z.strictObject({
    /** the partial date */
    date: partialDate,
    /** true: the fact held by this date, perhaps earlier; false (the default): it began/ended/happened then */
    knownBy: z.boolean().optional(),
    /** how the date is known; STATED by the record's evidence when absent */
    basis: BasisRecordSchema.optional(),
  }),
]);
export type DatedFactRecord = z.infer<typeof DatedFactRecordSchema>;

/**
 * Words an editor added to a text the source left incomplete, written in [brackets] in the record's text (a
 * paraphrase or a claim). Brackets inside a verbatim quote are the source's own and need no entry.
 */
export const EditorialCompletionSchema = z.strictObject({
  /** the added words, exactly as they appear between brackets in the record's text */
  text,
  /** one line: why the words were added */
  reason: text,
});
export type EditorialCompletion = z.infer<typeof EditorialCompletionSchema>;

/** A fact about a document that its source does not give, said to be unknown rather than left out silently. */
export const UnknownDocumentFactSchema = z.strictObject({
  field: z.enum(DOCUMENT_FACT_FIELDS),
  /** why it is unknown, e.g. "the held text is the article's body only, without its page" */
  reason: text,
});
export type UnknownDocumentFact = z.infer<typeof UnknownDocumentFactSchema>;

// --- records ---------------------------------------------------------------------------------------------------

export const DocumentRecordSchema = z.strictObject({
  /** the document's slug, unique across the dataset */
  slug: text,
  /** the document's title, as the dataset shows it: the headline when known, else an editor's description */
  title: text,
  /** the headline exactly as published, when the source gives it */
  headline: text.optional(),
  /** http(s) address of the document */
  url: text.optional(),
  /** slug of the outlet that published it */
  outlet: slugRef.optional(),
  /** how the outlet is known; STATED by the document's evidence when absent */
  outletBasis: BasisRecordSchema.optional(),
  /** when it was published */
  published: partialDate.optional(),
  /**
   * the facts the source does not give, each with a reason; a held document gives or lists as unknown each of
   * url, published, headline and outlet
   */
  unknown: z.array(UnknownDocumentFactSchema).optional(),
  /** path of the document's text, relative to the dataset file; present only for held documents */
  textFile: text.optional(),
  /** SHA-256 (hex) of the text file's bytes; required with textFile */
  sha256: text.optional(),
  /** evidence (in a held document) that this cited work exists, e.g. "In an interview with the New Yorker" */
  evidence: evidenceList.optional(),
});
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>;

export const PersonRecordSchema = z.strictObject({
  /** the person's slug, unique across the dataset */
  slug: text,
  /** the name the person is best known by */
  name: text,
  /** other names the person goes by (matched when importing, case-insensitive) */
  aliases: z.array(text).optional(),
  /** a short neutral description */
  description: text.optional(),
  /** identifiers of the same person elsewhere */
  sameAs: z.array(SameAsRecordSchema).optional(),
  /** where the article names or describes the person */
  evidence: evidenceList,
});
export type PersonRecord = z.infer<typeof PersonRecordSchema>;

export const OutletRecordSchema = z.strictObject({
  /** the outlet's slug, unique across the dataset */
  slug: text,
  /** the outlet's name */
  name: text,
  /** what kind of outlet it is */
  kind: z.enum(OUTLET_KINDS),
  /** other names the outlet goes by (matched when importing, case-insensitive) */
  aliases: z.array(text).optional(),
  /** http(s) address of the outlet */
  url: text.optional(),
  /** where the article names or describes the outlet */
  evidence: evidenceList,
});
export type OutletRecord = z.infer<typeof OutletRecordSchema>;

export const OrganizationRecordSchema = z.strictObject({
  /** the organization's slug, unique across the dataset */
  slug: text,
  /** the organization's name */
  name: text,
  /** what kind of organization it is */
  kind: z.enum(ORGANIZATION_KINDS),
  /** other names the organization goes by (matched when importing, case-insensitive) */
  aliases: z.array(text).optional(),
  /** http(s) address of the organization (a fact-checker's site, by which its feeds find it again) */
  url: text.optional(),
  /** where the article names or describes the organization */
  evidence: evidenceList,
});
export type OrganizationRecord = z.infer<typeof OrganizationRecordSchema>;

export const EventRecordSchema = z.strictObject({
  /** the event's slug, unique across the dataset */
  slug: text,
  /** what kind of event it is */
  kind: z.enum(EVENT_KINDS),
  /** a short title, e.g. "Interview with The New Yorker" */
  title: text,
  /** when it happened, and how that is known */
  date: DatedFactRecordSchema.optional(),
  /** slugs of people, outlets or organizations */
  participants: z.array(slugRef).optional(),
  /** slug of the outlet it happened on (the show, the network, the magazine) */
  outlet: slugRef.optional(),
  /** where the article reports the event */
  evidence: evidenceList,
});
export type EventRecord = z.infer<typeof EventRecordSchema>;

export const MentionRecordSchema = z.strictObject({
  /** slug of a person, outlet or organization */
  entity: slugRef,
  /** the statement's stance towards the entity */
  stance: z.enum(STANCES),
});
export type MentionRecord = z.infer<typeof MentionRecordSchema>;

export const StatementRecordSchema = z.strictObject({
  /** the statement's slug, unique across the dataset */
  slug: text,
  /** slug of a person, outlet or organization; with voice DOCUMENT, the outlet of the evidence's document */
  speaker: slugRef,
  /** whose voice: the speaker's words (quoted or paraphrased), or the document's own narration */
  voice: z.enum(VOICES),
  /**
   * the words: verbatim for a direct quote and for narration, the source's wording for a paraphrase (with any
   * editor's additions in [brackets], each listed in `completions`)
   */
  quote: text,
  /** true when `quote` is the speaker's verbatim words: it must then be the exact text of one of its evidence spans */
  isDirectQuote: z.boolean(),
  /** how sure we are that the speaker said it; NARRATED_BY_SOURCE exactly when voice is DOCUMENT */
  attributionConfidence: z.enum(ATTRIBUTION_CONFIDENCES),
  /** words an editor added to a paraphrase, in [brackets] in `quote` */
  completions: z.array(EditorialCompletionSchema).optional(),
  /** when it was said, and how that is known */
  saidOn: DatedFactRecordSchema.optional(),
  /** slug of the event where it was said */
  occasion: slugRef.optional(),
  /** the entities the statement is about, each with its stance */
  mentions: z.array(MentionRecordSchema),
  /** slugs of claims this statement disputes */
  disputes: z.array(slugRef).optional(),
  /** slugs of statements this one responds to */
  respondsTo: z.array(slugRef).optional(),
  /** where the article reports the statement */
  evidence: evidenceList,
});
export type StatementRecord = z.infer<typeof StatementRecordSchema>;

export const ClaimAppearanceRecordSchema = z.strictObject({
  /** slug of the statement it appears in; absent when it appears in a document's own voice */
  statement: slugRef.optional(),
  /** the span where the claim is made */
  evidence: EvidenceRecordSchema,
});
export type ClaimAppearanceRecord = z.infer<typeof ClaimAppearanceRecordSchema>;

/**
 * Who makes a claim. Without `reportedBy` the evidence shows the claimant making it; with `reportedBy`, the
 * evidence shows that entity saying the claimant makes it (an allegation reported by a third party: "X says Y
 * claims Z"), which is not Y's own word.
 */
export const ClaimantRecordSchema = z.strictObject({
  /** slug of the person, outlet or organization said to make the claim */
  entity: slugRef,
  /** slug of the person, outlet or organization that says `entity` makes it, when it is reported */
  reportedBy: slugRef.optional(),
  /** where the claimant makes the claim, or is said to make it; at least one span */
  evidence: evidenceList,
});
export type ClaimantRecord = z.infer<typeof ClaimantRecordSchema>;

export const ClaimRecordSchema = z.strictObject({
  /** the claim's slug, unique across the dataset */
  slug: text,
  /** the checkable proposition, in neutral wording; an editor's additions in [brackets], listed in `completions` */
  text: text,
  /** who makes the claim, directly or as reported by someone else; at least one, no entity twice */
  claimants: z.array(ClaimantRecordSchema),
  /** words an editor added where the source is incomplete, in [brackets] in `text` */
  completions: z.array(EditorialCompletionSchema).optional(),
  /** slugs of the entities the claim is about */
  about: z.array(slugRef),
  /** where the claim is in fact-checking; must agree with the dataset's reviews and disputes */
  status: z.enum(CLAIM_STATUSES),
  /** where the claim is made; at least one */
  appearances: z.array(ClaimAppearanceRecordSchema),
});
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;

export const ReviewRecordSchema = z.strictObject({
  /** the review's slug, unique across the dataset */
  slug: text,
  /** slug of the claim it rates */
  claim: slugRef,
  /** 1 (false) .. 5 (true) */
  ratingValue: z.number(),
  /** the rating in words, e.g. "Mostly true" */
  ratingLabel: text,
  /** why the claim got this rating */
  explanation: text,
  /** who reviewed the claim */
  reviewer: text,
  /** when: a partial date, or an ISO 8601 date-time with a time zone */
  reviewedAt: text,
  /** a review needs a cited source (DESIGN.md: claims start UNREVIEWED unless a review cites a source) */
  sources: z.array(CitedSourceSchema),
});
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;

/**
 * A fact-check another organization published (imported from its ClaimReview feed or verified-claims file), as an
 * export carries it: the claim it checks, which may then have no appearance and no claimant (the fact-checker
 * quotes the claim, it does not make it), its publisher, and the held document its fields are read from (the
 * record), in whose text the publisher's and the claimants' evidence lies. Its fields are the publisher's words.
 */
export const FactCheckRecordSchema = z.strictObject({
  /** the fact-check's slug, unique across the dataset */
  slug: text,
  /** slug of the claim it checks; a claim has at most one */
  claim: slugRef,
  /** slug of the organization or outlet that published it */
  publisher: slugRef,
  /** slug of the held document recording it; a document records at most one */
  record: slugRef,
  /** http(s) address of the published fact-check; absent for a verified-claims row */
  url: text.optional(),
  /** its headline */
  headline: text.optional(),
  /** the verdict in the publisher's words, e.g. "Mostly false" */
  textualRating: text.optional(),
  /** the verdict on the scale 1 (false) .. 5 (true), when the publisher gave a number */
  ratingValue: z.number().optional(),
  /** when it was published */
  reviewedOn: partialDate.optional(),
  /** when the claim was made, as the publisher dates it */
  claimDate: partialDate.optional(),
  /** the language it is written in (a BCP 47 tag, as the publisher gives it) */
  languageCode: text.optional(),
  /** who made the claim, as the publisher names them (those the graph knows are the claim's claimants) */
  claimantNames: z.array(text).optional(),
  /** http(s) addresses where the publisher says the claim appeared */
  appearanceUrls: z.array(text).optional(),
});
export type FactCheckRecord = z.infer<typeof FactCheckRecordSchema>;

export const RelationshipStateRecordSchema = z.strictObject({
  /** the relationship's status during this state */
  status: z.enum(RELATIONSHIP_STATUSES),
  /** how the state is known */
  basis: BasisRecordSchema,
  /** when the state began (or, with knownBy, by when it held), and how that is known */
  start: DatedFactRecordSchema.optional(),
  /** when the state ended (or, with knownBy, by when it had ended), and how that is known */
  end: DatedFactRecordSchema.optional(),
  /** where the article reports the state */
  evidence: evidenceList,
});
export type RelationshipStateRecord = z.infer<typeof RelationshipStateRecordSchema>;

export const RelationshipRecordSchema = z.strictObject({
  /** the relationship's slug, unique across the dataset */
  slug: text,
  /** what kind of relationship it is */
  type: z.enum(RELATIONSHIP_TYPES),
  /** slug of the entity the relationship goes from (e.g. the owner, the endorser) */
  from: slugRef,
  /** slug of the entity the relationship goes to */
  to: slugRef,
  /** dated states, oldest first; the last one is the current status */
  states: z.array(RelationshipStateRecordSchema),
});
export type RelationshipRecord = z.infer<typeof RelationshipRecordSchema>;

export const DatasetSchema = z.strictObject({
  /** always DATASET_FORMAT: a file in another format is refused rather than misread */
  format: z.literal(DATASET_FORMAT),
  /** the documents: held ones (with their text) and cited ones */
  documents: z.array(DocumentRecordSchema),
  /** the people */
  people: z.array(PersonRecordSchema),
  /** the outlets */
  outlets: z.array(OutletRecordSchema),
  /** the organizations */
  organizations: z.array(OrganizationRecordSchema),
  /** the events */
  events: z.array(EventRecordSchema),
  /** who said what, where and when */
  statements: z.array(StatementRecordSchema),
  /** the checkable claims */
  claims: z.array(ClaimRecordSchema),
  /** the reviews of claims; may be left out when no claim is reviewed */
  reviews: z.array(ReviewRecordSchema).optional(),
  /** the relationships between entities */
  relationships: z.array(RelationshipRecordSchema),
  /** fact-checks published by other organizations; may be left out when there are none */
  factChecks: z.array(FactCheckRecordSchema).optional(),
});
export type Dataset = z.infer<typeof DatasetSchema>;
