/**
 * The Store: the only way data reaches the GraphQL layer. Every read is batch-oriented (many keys in, one result
 * per key out, in key order) so that per-request DataLoaders turn a query into a number of round-trips bounded by
 * its depth. Each backend (sqlite/, later postgres/) implements this interface and passes the same contract tests.
 */
import type { Dataset, EvidenceRecord } from '../domain/dataset.js';
import type { NamedEntity } from '../domain/nameLookup.js';
import type {
  ClaimAppearanceRow,
  ClaimantRow,
  ClaimRow,
  DocumentRow,
  EntityRow,
  EntityType,
  EventRow,
  EvidenceOwner,
  EvidenceRow,
  ChangeAction,
  ChangeRow,
  ClaimRatingCountRow,
  ClaimStatusCountRow,
  DisputedClaimRow,
  MentionCountRow,
  SearchHitRow,
  SearchKind,
  SpeakerCountRow,
  TimelineItemKind,
  TimelineRow,
  MentionRow,
  PathEdgeKind,
  PublishedFactCheckRow,
  PathEdgeRow,
  RelationshipRow,
  RelationshipStateRow,
  ReviewRow,
  SameAsRow,
  StatementRow,
} from './rows.js';
import type { Stance } from '../domain/dataset.js';
import type { FactCheckImportSummary, FactCheckWrite } from './factCheckImport.js';

/** A position in an ordered list: the row's sort text and its id (ties broken by id). */
export interface SortPosition {
  sort: string;
  id: number;
}

/**
 * One page of a keyset-paginated list. `fromEnd` pages backwards (Relay `last`/`before`); rows still come back in
 * list order.
 */
export interface PageQuery {
  limit: number;
  after?: SortPosition;
  before?: SortPosition;
  fromEnd: boolean;
}

export interface PageRow<T> {
  row: T;
  position: SortPosition;
}

export interface Page<T> {
  rows: PageRow<T>[];
  /** more rows exist beyond the page in the paging direction */
  hasMore: boolean;
}

/** The direction of a list's natural order (name, date, title, or order recorded). */
export type SortDirection = 'ASC' | 'DESC';

export type StatementOrder = 'SAID_ON_ASC' | 'SAID_ON_DESC';

/**
 * The orders of the claims list beyond the order recorded (SortDirection), each tied by id in the same direction:
 * first seen (earliest date of the statements and documents it appears in; undated last), last reviewed (the
 * current review's time; never reviewed last), status (DISPUTED, UNDER_REVIEW, UNREVIEWED, REVIEWED), most
 * disputing statements, most appearances.
 */
export type ClaimOrder =
  | 'FIRST_SEEN_ASC'
  | 'FIRST_SEEN_DESC'
  | 'LAST_REVIEWED_DESC'
  | 'LAST_REVIEWED_ASC'
  | 'STATUS'
  | 'DISPUTES_DESC'
  | 'APPEARANCES_DESC';

/** Statement filters in store terms: entities already resolved to ids, dates to sort keys. */
export interface StatementQueryFilter {
  speakerId?: number;
  aboutId?: number;
  stance?: Stance;
  outletId?: number;
  occasionId?: number;
  /** earliest day ("YYYY-MM-DD") the statement's date may fall on */
  saidFromDay?: string;
  /** latest day ("YYYY-MM-DD") the statement's date may fall on */
  saidToDay?: string;
  directQuote?: boolean;
  text?: string;
  /** include retracted statements (hidden by default) */
  includeRetracted?: boolean;
}

/**
 * The per-parent lists a connection pages in the store, each in the order recorded (by id) unless noted: an
 * entity's current relationships (either end), the current claims it makes (directly or as reported) and those
 * about it, the events it took part in (by date), and an outlet's hosted events (by date); a claim's current
 * disputing statements (by date) and current reviews (by time reviewed); a statement's current responses (by
 * date) and the current claims appearing in it.
 */
export interface ParentListRows {
  relationshipsOfEntity: RelationshipRow;
  claimsOfClaimant: ClaimRow;
  claimsAboutEntity: ClaimRow;
  eventsOfParticipant: EventRow;
  eventsOfOutlet: EventRow;
  disputingStatementsOfClaim: StatementRow;
  reviewsOfClaim: ReviewRow;
  responsesToStatement: StatementRow;
  claimsInStatement: ClaimRow;
}

export type ParentList = keyof ParentListRows;

/** Which parent a batched statement list is grouped by. */
export type StatementParent = 'speaker' | 'about' | 'occasion' | 'document';

export interface StatementListRequest {
  filter: StatementQueryFilter;
  order: StatementOrder;
  page: PageQuery;
}

export interface ClaimQueryFilter {
  status?: string;
  rating?: number;
  /** the current rating (latest current review's) within [min, max]: a verdict's range */
  ratingRange?: { min: number; max: number };
  /** every word (split on white space) found in the claim's text, as the engine lowers case (SQLite: A-Z only) */
  text?: string;
  /** claims with this entity among their claimants, directly or as reported */
  claimantId?: number;
  aboutId?: number;
  includeRetracted?: boolean;
}

export interface RelationshipQueryFilter {
  /** both ends among these entities */
  betweenIds?: readonly number[];
  types?: readonly string[];
  includeRetracted?: boolean;
}

/** Items whose date may fall within [fromDay, toDay] ("YYYY-MM-DD"); either bound may be open. */
export interface DayRangeFilter {
  fromDay?: string;
  toDay?: string;
}

/** A timeline's items within a day range, of the given kinds (every kind when `kinds` is omitted). */
export interface TimelineFilter extends DayRangeFilter {
  kinds?: readonly TimelineItemKind[];
}

/** A stored record as a dataset's validator sees it. */
export interface StoredRecord {
  table: NodeTable;
  /** PERSON, OUTLET or ORGANIZATION for entities */
  entityType: EntityType | null;
  /** the held text of a document */
  text: string | null;
}

export type RetractableTable = 'document' | 'statement' | 'claim' | 'review' | 'relationship' | 'factCheck';

export type NodeTable =
  | 'entity'
  | 'document'
  | 'event'
  | 'statement'
  | 'claim'
  | 'review'
  | 'relationship'
  /** a fact-check another organization published (published_fact_checks) */
  | 'factCheck';

export interface DatasetWriteSummary {
  inserted: Record<string, number>;
  /** every record written, in the order written */
  created: { slug: string; table: NodeTable; id: number }[];
}

/** An imported entity merged into a stored one: its evidence is added to the stored entity, and the merge logged. */
export interface EntityMergeWrite {
  importedSlug: string;
  existingSlug: string;
  existingId: number;
  evidence: EvidenceRecord[];
  /** the imported record as written in the dataset, kept in the history */
  record: unknown;
}

/** See Store.claimRetrievalSource. */
export interface ClaimRetrievalSource {
  /** `headlines`: the headlines of the fact-checks others published about the claim, oldest first */
  claims: { id: number; text: string; headlines: string[] }[];
  entities: { name: string; aliases: string[] }[];
}

/** See Store.claimVectors: one claim's sentence vectors as the similar-claim index keeps them. */
export interface StoredClaimVectors {
  claimId: number;
  /** a hash of the text the encoder read (claim text and headlines), so stale vectors are known as such */
  source: string;
  /** the vectors' bytes (Float32, the engine's layout) */
  vectors: Uint8Array;
}

/** Who makes a change, and as what kind of change it is logged. */
export interface ChangeAuthor {
  actor: string;
  action: ChangeAction;
}

/** The fact-check dashboard's figures by name, each as read. */
export interface DashboardFigureValues {
  /** current claims */
  totalClaims: number;
  /** current claims by status, the statuses with none left out */
  claimStatusCounts: ClaimStatusCountRow[];
  /** current claims by their latest current review's rating; the unrated as a null rating */
  claimRatingCounts: ClaimRatingCountRow[];
  mostDisputedClaims: DisputedClaimRow[];
  statementCountsBySpeaker: SpeakerCountRow[];
  mentionCountsByEntity: MentionCountRow[];
}

/** The figures that are rankings, read to a given length. */
export type RankedFigureName = 'mostDisputedClaims' | 'statementCountsBySpeaker' | 'mentionCountsByEntity';

/** One figure to read: a ranking with its length, any other figure by its name alone. */
export type DashboardFigureReadOf<F extends keyof DashboardFigureValues> = F extends RankedFigureName
  ? { figure: F; limit: number }
  : { figure: F };

export type DashboardFigureRead = DashboardFigureReadOf<keyof DashboardFigureValues>;

export type DashboardFigure = DashboardFigureValues[keyof DashboardFigureValues];

export interface Store {
  readonly backend: string;

  /** Rows by internal id, one per id (null when missing), for any node table. */
  entitiesByIds(ids: readonly number[]): Promise<(EntityRow | null)[]>;
  documentsByIds(ids: readonly number[]): Promise<(DocumentRow | null)[]>;
  eventsByIds(ids: readonly number[]): Promise<(EventRow | null)[]>;
  statementsByIds(ids: readonly number[]): Promise<(StatementRow | null)[]>;
  claimsByIds(ids: readonly number[]): Promise<(ClaimRow | null)[]>;
  reviewsByIds(ids: readonly number[]): Promise<(ReviewRow | null)[]>;
  relationshipsByIds(ids: readonly number[]): Promise<(RelationshipRow | null)[]>;

  /** Internal ids by slug, one per slug (null when missing) in the given table. */
  idsBySlugs(table: NodeTable, slugs: readonly string[]): Promise<(number | null)[]>;
  /** Entity ids by slug, name or alias, case-insensitive; one per name, null when nothing matches. */
  entityIdsByNames(names: readonly string[]): Promise<(number | null)[]>;
  /**
   * For each name, the entities it may stand for (src/domain/nameLookup.ts resolves it among them): those with that
   * slug, name or alias, case-insensitive; when there is none, those with a name or alias that has its words,
   * ignoring case and accents. Each with its name and aliases.
   */
  entityCandidatesByNames(names: readonly string[]): Promise<NamedEntity[][]>;

  aliasesByEntityIds(ids: readonly number[]): Promise<string[][]>;
  sameAsByEntityIds(ids: readonly number[]): Promise<SameAsRow[][]>;
  evidenceByOwners(owners: readonly EvidenceOwner[]): Promise<EvidenceRow[][]>;
  mentionsByStatementIds(ids: readonly number[]): Promise<MentionRow[][]>;
  participantIdsByEventIds(ids: readonly number[]): Promise<number[][]>;
  eventsByParticipantIds(ids: readonly number[]): Promise<EventRow[][]>;
  eventsByOutletIds(ids: readonly number[]): Promise<EventRow[][]>;
  /** Current claims each entity is a claimant of, directly or as reported by someone else. */
  claimsByClaimantIds(ids: readonly number[]): Promise<ClaimRow[][]>;
  /** Each claim's claimants, in order (the first is the one format 1 called the claimant). */
  claimantsByClaimIds(ids: readonly number[]): Promise<ClaimantRow[][]>;
  claimsByAboutIds(ids: readonly number[]): Promise<ClaimRow[][]>;
  aboutIdsByClaimIds(ids: readonly number[]): Promise<number[][]>;
  appearancesByClaimIds(ids: readonly number[]): Promise<ClaimAppearanceRow[][]>;
  claimsByAppearingStatementIds(ids: readonly number[]): Promise<ClaimRow[][]>;
  disputedClaimsByStatementIds(ids: readonly number[]): Promise<ClaimRow[][]>;
  disputingStatementsByClaimIds(ids: readonly number[]): Promise<StatementRow[][]>;
  respondedToByStatementIds(ids: readonly number[]): Promise<StatementRow[][]>;
  responsesByStatementIds(ids: readonly number[]): Promise<StatementRow[][]>;
  reportingDocumentsByStatementIds(ids: readonly number[]): Promise<DocumentRow[][]>;
  reviewsByClaimIds(ids: readonly number[]): Promise<ReviewRow[][]>;
  relationshipsByEntityIds(ids: readonly number[]): Promise<RelationshipRow[][]>;
  statesByRelationshipIds(ids: readonly number[]): Promise<RelationshipStateRow[][]>;

  /**
   * The edges incident to each entity, of the given kinds, in no particular order: one breadth-first level of a
   * path search.
   */
  pathEdgesByEntityIds(ids: readonly number[], kinds: readonly PathEdgeKind[]): Promise<PathEdgeRow[][]>;

  /** A page of statements matching the filter. */
  statementPage(request: StatementListRequest): Promise<Page<StatementRow>>;
  /** One page per parent id (speaker, mentioned entity, occasion or reporting document), in one round-trip. */
  statementPagesByParent(
    parent: StatementParent,
    parentIds: readonly number[],
    request: StatementListRequest,
  ): Promise<Page<StatementRow>[]>;
  /**
   * One page per parent of a per-parent list, in one round-trip. The positions' sort text is '': a cursor names its
   * row, whose place in the list is found from its id.
   */
  parentListPages<L extends ParentList>(
    list: L,
    parentIds: readonly number[],
    page: PageQuery,
  ): Promise<Page<ParentListRows[L]>[]>;
  countParentLists(list: ParentList, parentIds: readonly number[]): Promise<number[]>;
  countStatements(filter: StatementQueryFilter): Promise<number>;
  countStatementsByParent(
    parent: StatementParent,
    parentIds: readonly number[],
    filter: StatementQueryFilter,
  ): Promise<number[]>;

  entityPage(type: EntityType, order: SortDirection, page: PageQuery): Promise<Page<EntityRow>>;
  countEntities(type: EntityType): Promise<number>;
  eventPage(order: SortDirection, page: PageQuery): Promise<Page<EventRow>>;
  countEvents(): Promise<number>;
  documentPage(order: SortDirection, page: PageQuery): Promise<Page<DocumentRow>>;
  countDocuments(): Promise<number>;
  documentPagesByOutletIds(outletIds: readonly number[], page: PageQuery): Promise<Page<DocumentRow>[]>;
  countDocumentsByOutletIds(outletIds: readonly number[]): Promise<number[]>;
  claimPage(filter: ClaimQueryFilter, order: SortDirection | ClaimOrder, page: PageQuery): Promise<Page<ClaimRow>>;
  countClaims(filter: ClaimQueryFilter): Promise<number>;

  relationshipPage(
    filter: RelationshipQueryFilter,
    order: SortDirection,
    page: PageQuery,
  ): Promise<Page<RelationshipRow>>;
  countRelationships(filter: RelationshipQueryFilter): Promise<number>;

  /**
   * Events an entity took part in (or hosted), statements by or about it, claims it makes (or is reported to
   * make), the current reviews of those claims and the states of its relationships, in date order.
   */
  timelinePage(entityId: number, filter: TimelineFilter, page: PageQuery): Promise<Page<TimelineRow>>;
  countTimeline(entityId: number, filter: TimelineFilter): Promise<number>;

  /**
   * Ranked full-text search; `offset` pages through the ranking. Throws InvalidSearchQueryError for a query the
   * full-text engine cannot parse.
   */
  search(query: string, kinds: readonly SearchKind[], limit: number, offset: number): Promise<SearchHitRow[]>;
  countSearch(query: string, kinds: readonly SearchKind[]): Promise<number>;

  /**
   * What the similar-claim index is built from: every current (not retracted) claim's id and text, and every
   * entity's name with its aliases, for alias matching.
   */
  claimRetrievalSource(): Promise<ClaimRetrievalSource>;
  /**
   * A value that changes whenever any write commits: a counter row that every insert into the append-only change
   * log bumps in the write's own transaction (migration 010), read by its key. Not the largest change id, which a
   * transaction committing after one holding a larger id would leave unchanged on PostgreSQL.
   */
  changeLogVersion(): Promise<string>;
  /**
   * The claims' sentence vectors stored for `model` (migration 013): a cache the similar-claim index fills so that a
   * restarted server need not embed every claim again. Not part of the graph: no change log, no history. Retracting
   * a claim deletes its vectors.
   */
  claimVectors(model: string): Promise<StoredClaimVectors[]>;
  /** Stores claims' vectors for `model` in one transaction, replacing any a claim had (of any model). */
  saveClaimVectors(model: string, rows: readonly StoredClaimVectors[]): Promise<void>;
  /**
   * Imports fact-checks published by other organizations in one transaction (all accepted items, or none on a
   * database error): per item its record document, claim, publisher (and typed claimants) and fact-check, logged.
   * An item whose fact-check slug exists with the same record text is unchanged; with another, updated in place.
   */
  importFactChecks(items: readonly FactCheckWrite[], author: ChangeAuthor): Promise<FactCheckImportSummary>;
  publishedFactChecksByIds(ids: readonly number[]): Promise<(PublishedFactCheckRow | null)[]>;
  /** Each claim's current (not retracted) published fact-checks, newest review first. */
  factChecksByClaimIds(ids: readonly number[]): Promise<PublishedFactCheckRow[][]>;
  /**
   * Links two claims as the same claim (src/store/sql/sameClaimLinks.ts), logged on both; returns false, changing
   * nothing, when they already are. Throws SameClaimLinkError for a missing or retracted claim, or one claim twice.
   */
  linkSameClaims(claimId: number, otherId: number, reason: string | null, author: ChangeAuthor): Promise<boolean>;
  /** Retracts the current link of two claims, logged on both; returns false, changing nothing, when there is none. */
  unlinkSameClaims(claimId: number, otherId: number, reason: string, author: ChangeAuthor): Promise<boolean>;
  /** The current claims each claim is linked to as the same claim, whichever side it was linked from, by id. */
  sameClaimIdsByClaimIds(ids: readonly number[]): Promise<number[][]>;

  /**
   * The dashboard's figures asked for, read together from the counters the database keeps: one snapshot, and on
   * PostgreSQL one round trip. The i-th value is the figure of `reads[i]` (see dashboardFigure for one figure).
   */
  dashboardFigures(reads: readonly DashboardFigureRead[]): Promise<DashboardFigure[]>;

  /** True when nothing has been loaded yet. */
  isEmpty(): Promise<boolean>;
  /**
   * Writes the dataset only if the database holds nothing yet, checking and writing in one transaction so that
   * two processes starting at once cannot both seed it. Returns null when the database was not empty.
   */
  writeDatasetIfEmpty(
    dataset: Dataset,
    heldTexts: ReadonlyMap<string, string>,
    author: ChangeAuthor,
  ): Promise<DatasetWriteSummary | null>;

  /** What the stored records with these slugs are, for validating a dataset that refers to them. */
  storedRecordsBySlugs(slugs: readonly string[]): Promise<Map<string, StoredRecord>>;
  /** Marks a record retracted (it stays, hidden from default lists) and logs it; a review's claim gets a new status. */
  retract(table: RetractableTable, id: number, reason: string, author: ChangeAuthor): Promise<void>;
  /** UNREVIEWED or REVIEWED/DISPUTED -> UNDER_REVIEW, logged. Returns false when it already was. */
  startClaimReview(claimId: number, author: ChangeAuthor): Promise<boolean>;
  /** A record's history, oldest first. */
  changePage(table: NodeTable, id: number, page: PageQuery): Promise<Page<ChangeRow>>;
  countChanges(table: NodeTable, id: number): Promise<number>;
  /**
   * Writes a validated dataset in one transaction: all of it or, on any error, none of it. The caller has
   * validated it (validateDataset) against `heldTexts`.
   */
  writeDataset(
    dataset: Dataset,
    heldTexts: ReadonlyMap<string, string>,
    author: ChangeAuthor,
    merges?: readonly EntityMergeWrite[],
  ): Promise<DatasetWriteSummary>;
  /** The schema version the database is at (its newest applied migration). */
  schemaVersion(): Promise<number>;
  /** Answers when the database can serve reads (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
