/**
 * The embedded default Store over SQLite (better-sqlite3). Every batched read is one statement: keys go in as a
 * JSON array through json_each, so statements stay cacheable whatever the batch size, and results are grouped back
 * into key order here.
 */
import type { Dataset } from '../../domain/dataset.js';
import type {
  ClaimAppearanceRow,
  ClaimRow,
  DocumentRow,
  EntityRow,
  EntityType,
  EventRow,
  EvidenceOwner,
  EvidenceRow,
  MentionRow,
  PathEdgeKind,
  PathEdgeRow,
  SearchKind,
  RelationshipRow,
  RelationshipStateRow,
  ReviewRow,
  SameAsRow,
  StatementRow,
} from '../rows.js';
import type {
  ChangeAuthor,
  ClaimQueryFilter,
  EntityMergeWrite,
  RetractableTable,
  DayRangeFilter,
  RelationshipQueryFilter,
  SortDirection,
  NodeTable,
  Page,
  PageQuery,
  StatementListRequest,
  StatementParent,
  StatementQueryFilter,
  Store,
} from '../store.js';
import { countRows, countRowsByParent, keysetPage, keysetPagesByParent, type ListSql } from './keysetPage.js';
import { foldText } from '../../domain/foldText.js';
import { openSqliteDatabase, type SqliteDatabase } from './openSqliteDatabase.js';
import { cachePreparedStatements } from './statementCache.js';
import { pathEdgesSql } from './pathEdgesSql.js';
import * as analytics from './analyticsSql.js';
import * as writes from './writeOperations.js';
import { writeDatasetSqlite } from './writeDatasetSqlite.js';
import { sortableText } from '../../domain/foldText.js';
import { NODE_TABLE_NAMES } from '../nodeTables.js';

const ENTITY_COLUMNS = 'e.id AS id, e.slug AS slug, e.type AS type, e.name AS name, e.kind AS kind, e.description AS description, e.url AS url';
const DOCUMENT_COLUMNS =
  'd.id AS id, d.slug AS slug, d.title AS title, d.url AS url, d.outlet_id AS outletId, d.published AS published, d.text AS text, d.sha256 AS sha256, d.length AS length, d.retracted_at AS retractedAt, d.retracted_by AS retractedBy, d.retraction_reason AS retractionReason';
const EVENT_COLUMNS = 'v.id AS id, v.slug AS slug, v.kind AS kind, v.title AS title, v.date AS date, v.outlet_id AS outletId';
const STATEMENT_COLUMNS =
  's.id AS id, s.slug AS slug, s.speaker_id AS speakerId, s.quote AS quote, s.is_direct_quote AS isDirectQuote, s.attribution_confidence AS attributionConfidence, s.said_on AS saidOn, s.occasion_id AS occasionId, s.retracted_at AS retractedAt, s.retracted_by AS retractedBy, s.retraction_reason AS retractionReason';
const CLAIM_COLUMNS = 'c.id AS id, c.slug AS slug, c.text AS text, c.claimant_id AS claimantId, c.status AS status, c.retracted_at AS retractedAt, c.retracted_by AS retractedBy, c.retraction_reason AS retractionReason';
const REVIEW_COLUMNS =
  'r.id AS id, r.slug AS slug, r.claim_id AS claimId, r.rating_value AS ratingValue, r.rating_label AS ratingLabel, r.explanation AS explanation, r.reviewer AS reviewer, r.reviewed_at AS reviewedAt, r.sources_json AS sourcesJson, r.retracted_at AS retractedAt, r.retracted_by AS retractedBy, r.retraction_reason AS retractionReason';
const RELATIONSHIP_COLUMNS =
  'l.id AS id, l.slug AS slug, l.type AS type, l.from_id AS fromId, l.to_id AS toId, l.assertion AS assertion, l.retracted_at AS retractedAt, l.retracted_by AS retractedBy, l.retraction_reason AS retractionReason';
const EVIDENCE_COLUMNS =
  'x.id AS id, x.document_id AS documentId, x.start AS start, x."end" AS "end", x.exact AS exact, x.prefix AS prefix, x.suffix AS suffix';

const KEYS = '(SELECT value FROM json_each(?))';

type Raw = Record<string, unknown>;

function toStatement(raw: Raw): StatementRow {
  return {
    id: raw.id as number,
    slug: raw.slug as string,
    speakerId: raw.speakerId as number,
    quote: raw.quote as string,
    isDirectQuote: raw.isDirectQuote === 1,
    attributionConfidence: raw.attributionConfidence as StatementRow['attributionConfidence'],
    saidOn: raw.saidOn as string | null,
    occasionId: raw.occasionId as number | null,
    retractedAt: raw.retractedAt as string | null,
    retractedBy: raw.retractedBy as string | null,
    retractionReason: raw.retractionReason as string | null,
  };
}

function toReview(raw: Raw): ReviewRow {
  const { sourcesJson, ...rest } = raw;
  return { ...(rest as Omit<ReviewRow, 'sources'>), sources: JSON.parse(sourcesJson as string) };
}

const same = <T>(raw: Raw) => raw as unknown as T;

/** Groups rows under the key each belongs to, in the order of `keys`. */
function groupByKey<T>(keys: readonly number[], rows: Raw[], keyColumn: string, map: (raw: Raw) => T): T[][] {
  const groups = new Map<number, T[]>();
  for (const raw of rows) {
    const key = raw[keyColumn] as number;
    const group = groups.get(key) ?? [];
    group.push(map(raw));
    groups.set(key, group);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

function byId<T extends { id: number }>(keys: readonly number[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((row) => [row.id, row]));
  return keys.map((key) => found.get(key) ?? null);
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class SqliteStore implements Store {
  readonly backend = 'sqlite';

  private constructor(private readonly db: SqliteDatabase) {}

  static open(path: string): SqliteStore {
    return new SqliteStore(cachePreparedStatements(openSqliteDatabase(path)));
  }

  private all(sql: string, ...params: unknown[]): Raw[] {
    return this.db.prepare(sql).all(...params) as Raw[];
  }

  private rowsByIds<T extends { id: number }>(sql: string, ids: readonly number[], map: (raw: Raw) => T): (T | null)[] {
    return byId(ids, this.all(sql, JSON.stringify(ids)).map(map));
  }

  async entitiesByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id IN ${KEYS}`, ids, same<EntityRow>);
  }
  async documentsByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id IN ${KEYS}`, ids, same<DocumentRow>);
  }
  async eventsByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${EVENT_COLUMNS} FROM events v WHERE v.id IN ${KEYS}`, ids, same<EventRow>);
  }
  async statementsByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id IN ${KEYS}`, ids, toStatement);
  }
  async claimsByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.id IN ${KEYS}`, ids, same<ClaimRow>);
  }
  async reviewsByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${REVIEW_COLUMNS} FROM reviews r WHERE r.id IN ${KEYS}`, ids, toReview);
  }
  async relationshipsByIds(ids: readonly number[]) {
    return this.rowsByIds(
      `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships l WHERE l.id IN ${KEYS}`,
      ids,
      same<RelationshipRow>,
    );
  }

  async idsBySlugs(table: NodeTable, slugs: readonly string[]) {
    const rows = this.all(`SELECT id, slug FROM ${NODE_TABLE_NAMES[table]} WHERE slug IN ${KEYS}`, JSON.stringify(slugs));
    const found = new Map(rows.map((row) => [row.slug as string, row.id as number]));
    return slugs.map((slug) => found.get(slug) ?? null);
  }

  async entityIdsByNames(names: readonly string[]) {
    const normalised = names.map(sortableText);
    // A name can be shared (two people called "West"); the entity whose own name or slug it is wins, then the
    // earliest recorded alias.
    const rows = this.all(
      `SELECT name_norm AS norm, entity_id AS id FROM entity_names WHERE name_norm IN ${KEYS}
       ORDER BY is_alias DESC, position DESC, entity_id DESC`,
      JSON.stringify(normalised),
    );
    const found = new Map(rows.map((row) => [row.norm as string, row.id as number]));
    return normalised.map((name) => found.get(name) ?? null);
  }

  async aliasesByEntityIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT entity_id AS entityId, name FROM entity_names WHERE is_alias = 1 AND entity_id IN ${KEYS}
       ORDER BY entity_id, position`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, 'entityId', (raw) => raw.name as string);
  }

  async sameAsByEntityIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT entity_id AS entityId, uri, source_url, source_title, source_accessed FROM same_as
       WHERE entity_id IN ${KEYS} ORDER BY entity_id, uri`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, 'entityId', (raw): SameAsRow => ({
      entityId: raw.entityId as number,
      uri: raw.uri as string,
      source: {
        url: raw.source_url as string,
        title: raw.source_title as string,
        accessed: raw.source_accessed as string | null,
      },
    }));
  }

  async evidenceByOwners(owners: readonly EvidenceOwner[]) {
    const keys = owners.map((owner) => `${owner.kind}:${owner.id}`);
    // (kind, id) pairs joined on evidence_owner: matching on a computed "kind:id" text would read every span
    const pairs = [...new Map(owners.map((owner) => [`${owner.kind}:${owner.id}`, [owner.kind, owner.id]])).values()];
    const rows = this.all(
      `SELECT ${EVIDENCE_COLUMNS}, x.owner_kind || ':' || x.owner_id AS ownerKey
       FROM json_each(?) k JOIN evidence x ON x.owner_kind = k.value ->> 0 AND x.owner_id = k.value ->> 1
       ORDER BY x.owner_kind, x.owner_id, x.position`,
      JSON.stringify(pairs),
    );
    const groups = new Map<string, EvidenceRow[]>();
    for (const { ownerKey, ...row } of rows) {
      const group = groups.get(ownerKey as string) ?? [];
      group.push(row as unknown as EvidenceRow);
      groups.set(ownerKey as string, group);
    }
    return keys.map((key) => groups.get(key) ?? []);
  }

  async mentionsByStatementIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT statement_id AS statementId, entity_id AS entityId, stance FROM mentions
       WHERE statement_id IN ${KEYS} ORDER BY statement_id, position`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, 'statementId', same<MentionRow>);
  }

  async participantIdsByEventIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT event_id AS eventId, entity_id AS entityId FROM event_participants
       WHERE event_id IN ${KEYS} ORDER BY event_id, position`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, 'eventId', (raw) => raw.entityId as number);
  }

  async eventsByParticipantIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT ${EVENT_COLUMNS}, p.entity_id AS _key FROM event_participants p JOIN events v ON v.id = p.event_id
       WHERE p.entity_id IN ${KEYS} ORDER BY p.entity_id, v.date_sort, v.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, '_key', withoutKey<EventRow>);
  }

  async eventsByOutletIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT ${EVENT_COLUMNS}, v.outlet_id AS _key FROM events v WHERE v.outlet_id IN ${KEYS}
       ORDER BY v.outlet_id, v.date_sort, v.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, '_key', withoutKey<EventRow>);
  }

  async claimsByClaimantIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT ${CLAIM_COLUMNS}, c.claimant_id AS _key FROM claims c WHERE c.claimant_id IN ${KEYS} AND c.retracted_at IS NULL
       ORDER BY c.claimant_id, c.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, '_key', withoutKey<ClaimRow>);
  }

  async claimsByAboutIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT ${CLAIM_COLUMNS}, a.entity_id AS _key FROM claim_about a JOIN claims c ON c.id = a.claim_id
       WHERE a.entity_id IN ${KEYS} AND c.retracted_at IS NULL ORDER BY a.entity_id, c.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, '_key', withoutKey<ClaimRow>);
  }

  async aboutIdsByClaimIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT claim_id AS claimId, entity_id AS entityId FROM claim_about WHERE claim_id IN ${KEYS}
       ORDER BY claim_id, position`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, 'claimId', (raw) => raw.entityId as number);
  }

  async appearancesByClaimIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT a.claim_id AS claimId, a.statement_id AS statementId, ${EVIDENCE_COLUMNS}
       FROM claim_appearances a JOIN evidence x ON x.id = a.evidence_id
       WHERE a.claim_id IN ${KEYS} ORDER BY a.claim_id, a.position`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, 'claimId', ({ claimId, statementId, ...evidence }): ClaimAppearanceRow => ({
      claimId: claimId as number,
      statementId: statementId as number | null,
      evidence: evidence as unknown as EvidenceRow,
    }));
  }

  async claimsByAppearingStatementIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT DISTINCT ${CLAIM_COLUMNS}, a.statement_id AS _key FROM claim_appearances a
       JOIN claims c ON c.id = a.claim_id WHERE a.statement_id IN ${KEYS} AND c.retracted_at IS NULL
       ORDER BY a.statement_id, c.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, '_key', withoutKey<ClaimRow>);
  }

  async disputedClaimsByStatementIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT ${CLAIM_COLUMNS}, sd.statement_id AS _key FROM statement_disputes sd JOIN claims c ON c.id = sd.claim_id
       WHERE sd.statement_id IN ${KEYS} AND c.retracted_at IS NULL ORDER BY sd.statement_id, c.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, '_key', withoutKey<ClaimRow>);
  }

  async disputingStatementsByClaimIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT ${STATEMENT_COLUMNS}, sd.claim_id AS _key FROM statement_disputes sd
       JOIN statements s ON s.id = sd.statement_id WHERE sd.claim_id IN ${KEYS} AND s.retracted_at IS NULL
       ORDER BY sd.claim_id, s.said_on_sort, s.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, '_key', toStatement);
  }

  async respondedToByStatementIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT ${STATEMENT_COLUMNS}, r.statement_id AS _key FROM statement_responses r
       JOIN statements s ON s.id = r.responds_to_id WHERE r.statement_id IN ${KEYS} AND s.retracted_at IS NULL
       ORDER BY r.statement_id, s.said_on_sort, s.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, '_key', toStatement);
  }

  async responsesByStatementIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT ${STATEMENT_COLUMNS}, r.responds_to_id AS _key FROM statement_responses r
       JOIN statements s ON s.id = r.statement_id WHERE r.responds_to_id IN ${KEYS} AND s.retracted_at IS NULL
       ORDER BY r.responds_to_id, s.said_on_sort, s.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, '_key', toStatement);
  }

  async reportingDocumentsByStatementIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT DISTINCT ${DOCUMENT_COLUMNS}, x.owner_id AS _key FROM evidence x JOIN documents d ON d.id = x.document_id
       WHERE x.owner_kind = 'statement' AND x.owner_id IN ${KEYS} AND d.retracted_at IS NULL
       ORDER BY x.owner_id, d.title_sort, d.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, '_key', withoutKey<DocumentRow>);
  }

  async reviewsByClaimIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT ${REVIEW_COLUMNS} FROM reviews r WHERE r.claim_id IN ${KEYS} AND r.retracted_at IS NULL
       ORDER BY r.claim_id, r.reviewed_at, r.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, 'claimId', toReview);
  }

  async relationshipsByEntityIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT ${RELATIONSHIP_COLUMNS}, k.value AS _key FROM json_each(?) k
       JOIN relationships l ON (l.from_id = k.value OR l.to_id = k.value) AND l.retracted_at IS NULL ORDER BY k.value, l.id`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, '_key', withoutKey<RelationshipRow>);
  }

  async statesByRelationshipIds(ids: readonly number[]) {
    const rows = this.all(
      `SELECT id, relationship_id AS relationshipId, status, start, "end" FROM relationship_states
       WHERE relationship_id IN ${KEYS} ORDER BY relationship_id, position`,
      JSON.stringify(ids),
    );
    return groupByKey(ids, rows, 'relationshipId', same<RelationshipStateRow>);
  }

  async pathEdgesByEntityIds(ids: readonly number[], kinds: readonly PathEdgeKind[]) {
    if (kinds.length === 0) return ids.map(() => []);
    const rows = this.all(pathEdgesSql(kinds), JSON.stringify(ids));
    return groupByKey(ids, rows, 'entityId', (raw): PathEdgeRow => ({
      ...(raw as unknown as PathEdgeRow),
      outward: raw.outward === 1,
    }));
  }

  async statementPage(request: StatementListRequest): Promise<Page<StatementRow>> {
    return keysetPage(this.db, statementListSql(request.filter, request.order), request.page, toStatement);
  }

  async statementPagesByParent(parent: StatementParent, parentIds: readonly number[], request: StatementListRequest) {
    const { list, partition } = statementListByParentSql(parent, request.filter, request.order);
    // statements_speaker and statements_occasion order each speaker's and each occasion's statements by date
    const indexed = parent === 'speaker' || parent === 'occasion';
    return keysetPagesByParent(this.db, list, partition, parentIds, request.page, toStatement, { indexed });
  }

  async countStatements(filter: StatementQueryFilter) {
    return countRows(this.db, statementListSql(filter, 'SAID_ON_ASC'));
  }

  async countStatementsByParent(parent: StatementParent, parentIds: readonly number[], filter: StatementQueryFilter) {
    const { list, partition } = statementListByParentSql(parent, filter, 'SAID_ON_ASC');
    return countRowsByParent(this.db, list, partition, parentIds);
  }

  async entityPage(type: EntityType, order: SortDirection, page: PageQuery) {
    return keysetPage(this.db, ordered(entityListSql(type), order), page, same<EntityRow>);
  }
  async countEntities(type: EntityType) {
    return countRows(this.db, entityListSql(type));
  }
  async eventPage(order: SortDirection, page: PageQuery) {
    return keysetPage(this.db, ordered(EVENT_LIST, order), page, same<EventRow>);
  }
  async countEvents() {
    return countRows(this.db, EVENT_LIST);
  }
  async documentPage(order: SortDirection, page: PageQuery) {
    return keysetPage(this.db, ordered(DOCUMENT_LIST, order), page, same<DocumentRow>);
  }
  async countDocuments() {
    return countRows(this.db, DOCUMENT_LIST);
  }
  async documentPagesByOutletIds(outletIds: readonly number[], page: PageQuery) {
    // documents_outlet orders each outlet's documents by title
    return keysetPagesByParent(this.db, DOCUMENT_LIST, 'd.outlet_id', outletIds, page, same<DocumentRow>, { indexed: true });
  }
  async countDocumentsByOutletIds(outletIds: readonly number[]) {
    return countRowsByParent(this.db, DOCUMENT_LIST, 'd.outlet_id', outletIds);
  }
  async claimPage(filter: ClaimQueryFilter, order: SortDirection, page: PageQuery) {
    return keysetPage(this.db, ordered(claimListSql(filter), order), page, same<ClaimRow>);
  }
  async countClaims(filter: ClaimQueryFilter) {
    return countRows(this.db, claimListSql(filter));
  }

  async relationshipPage(filter: RelationshipQueryFilter, order: SortDirection, page: PageQuery) {
    return keysetPage(this.db, ordered(relationshipListSql(filter), order), page, same<RelationshipRow>);
  }
  async countRelationships(filter: RelationshipQueryFilter) {
    return countRows(this.db, relationshipListSql(filter));
  }

  async timelinePage(entityId: number, range: DayRangeFilter, page: PageQuery) {
    return analytics.timelinePage(this.db, entityId, range, page);
  }
  async countTimeline(entityId: number, range: DayRangeFilter) {
    return analytics.countTimeline(this.db, entityId, range);
  }
  async search(query: string, kinds: readonly SearchKind[], limit: number, offset: number) {
    return analytics.search(this.db, query, kinds, limit, offset);
  }
  async countSearch(query: string, kinds: readonly SearchKind[]) {
    return analytics.countSearch(this.db, query, kinds);
  }
  async claimStatusCounts() {
    return analytics.claimStatusCounts(this.db);
  }
  async claimRatingCounts() {
    return analytics.claimRatingCounts(this.db);
  }
  async mostDisputedClaims(limit: number) {
    return analytics.mostDisputedClaims(this.db, limit);
  }
  async statementCountsBySpeaker(limit: number) {
    return analytics.statementCountsBySpeaker(this.db, limit);
  }
  async mentionCountsByEntity(limit: number) {
    return analytics.mentionCountsByEntity(this.db, limit);
  }

  async isEmpty() {
    return this.db.prepare('SELECT 1 FROM slugs LIMIT 1').get() === undefined;
  }

  async writeDataset(
    dataset: Dataset,
    heldTexts: ReadonlyMap<string, string>,
    author: ChangeAuthor,
    merges: readonly EntityMergeWrite[] = [],
  ) {
    return this.db.transaction(() => writeDatasetSqlite(this.db, dataset, heldTexts, author, merges))();
  }

  async writeDatasetIfEmpty(dataset: Dataset, heldTexts: ReadonlyMap<string, string>, author: ChangeAuthor) {
    // IMMEDIATE takes the write lock before the emptiness check, so a concurrent starter waits, then sees data.
    return this.db
      .transaction(() => {
        if (this.db.prepare('SELECT 1 FROM slugs LIMIT 1').get() !== undefined) return null;
        return writeDatasetSqlite(this.db, dataset, heldTexts, author);
      })
      .immediate();
  }

  async storedRecordsBySlugs(slugs: readonly string[]) {
    return writes.storedRecordsBySlugs(this.db, slugs);
  }
  async retract(table: RetractableTable, id: number, reason: string, author: ChangeAuthor) {
    writes.retract(this.db, table, id, reason, author);
  }
  async startClaimReview(claimId: number, author: ChangeAuthor) {
    return writes.startClaimReview(this.db, claimId, author);
  }
  async changePage(table: NodeTable, id: number, page: PageQuery) {
    return writes.changePage(this.db, table, id, page);
  }
  async countChanges(table: NodeTable, id: number) {
    return writes.countChanges(this.db, table, id);
  }

  async schemaVersion() {
    return (this.db.prepare('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations').get() as { version: number })
      .version;
  }

  async ping() {
    this.db.prepare('SELECT 1').get();
  }

  async close() {
    if (this.db.open) this.db.close();
  }
}

function ordered(list: ListSql, order: SortDirection): ListSql {
  return { ...list, descending: order === 'DESC' };
}

function withoutKey<T>(raw: Raw): T {
  const { _key, ...row } = raw;
  return row as T;
}

function statementConditions(filter: StatementQueryFilter, aboutAlias: string | null) {
  const where: string[] = filter.includeRetracted ? [] : ['s.retracted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.speakerId !== undefined) {
    where.push('s.speaker_id = ?');
    params.push(filter.speakerId);
  }
  if (aboutAlias !== null) {
    // Grouped by mentioned entity: the stance filter applies to that mention.
    if (filter.stance !== undefined) {
      where.push(`${aboutAlias}.stance = ?`);
      params.push(filter.stance);
    }
  } else if (filter.aboutId !== undefined || filter.stance !== undefined) {
    const conditions = ['m.statement_id = s.id'];
    if (filter.aboutId !== undefined) {
      conditions.push('m.entity_id = ?');
      params.push(filter.aboutId);
    }
    if (filter.stance !== undefined) {
      conditions.push('m.stance = ?');
      params.push(filter.stance);
    }
    where.push(`EXISTS (SELECT 1 FROM mentions m WHERE ${conditions.join(' AND ')})`);
  }
  if (filter.outletId !== undefined) {
    where.push(`(s.occasion_id IN (SELECT id FROM events WHERE outlet_id = ?)
      OR s.id IN (SELECT x.owner_id FROM evidence x JOIN documents d ON d.id = x.document_id
                  WHERE x.owner_kind = 'statement' AND d.outlet_id = ?))`);
    params.push(filter.outletId, filter.outletId);
  }
  if (filter.occasionId !== undefined) {
    where.push('s.occasion_id = ?');
    params.push(filter.occasionId);
  }
  if (filter.saidFromDay !== undefined) {
    where.push('s.said_on_last_day >= ?');
    params.push(filter.saidFromDay);
  }
  if (filter.saidToDay !== undefined) {
    where.push('s.said_on_first_day <= ?');
    params.push(filter.saidToDay);
  }
  if (filter.directQuote !== undefined) {
    where.push('s.is_direct_quote = ?');
    params.push(filter.directQuote ? 1 : 0);
  }
  if (filter.text !== undefined) {
    where.push(`s.quote_folded LIKE ? ESCAPE '\\'`);
    params.push(`%${escapeLike(foldText(filter.text))}%`);
  }
  return { where, params };
}

function statementListSql(filter: StatementQueryFilter, order: 'SAID_ON_ASC' | 'SAID_ON_DESC'): ListSql {
  return {
    select: STATEMENT_COLUMNS,
    from: 'statements s',
    ...statementConditions(filter, null),
    sort: 's.said_on_sort',
    id: 's.id',
    descending: order === 'SAID_ON_DESC',
  };
}

function statementListByParentSql(
  parent: StatementParent,
  filter: StatementQueryFilter,
  order: 'SAID_ON_ASC' | 'SAID_ON_DESC',
): { list: ListSql; partition: string } {
  const base = { select: STATEMENT_COLUMNS, sort: 's.said_on_sort', id: 's.id', descending: order === 'SAID_ON_DESC' };
  switch (parent) {
    case 'speaker':
      return { list: { ...base, from: 'statements s', ...statementConditions(filter, null) }, partition: 's.speaker_id' };
    case 'occasion':
      return { list: { ...base, from: 'statements s', ...statementConditions(filter, null) }, partition: 's.occasion_id' };
    case 'about':
      return {
        list: {
          ...base,
          from: 'statements s JOIN mentions pm ON pm.statement_id = s.id',
          ...statementConditions(filter, 'pm'),
        },
        partition: 'pm.entity_id',
      };
    case 'document':
      return {
        list: {
          ...base,
          from: `statements s JOIN (SELECT DISTINCT owner_id, document_id FROM evidence
                 WHERE owner_kind = 'statement') pe ON pe.owner_id = s.id`,
          ...statementConditions(filter, null),
        },
        partition: 'pe.document_id',
      };
  }
}

function entityListSql(type: EntityType): ListSql {
  return {
    select: ENTITY_COLUMNS,
    from: 'entities e',
    where: ['e.type = ?'],
    params: [type],
    sort: 'e.name_sort',
    id: 'e.id',
    descending: false,
  };
}

const EVENT_LIST: ListSql = {
  select: EVENT_COLUMNS,
  from: 'events v',
  where: [],
  params: [],
  sort: 'v.date_sort',
  id: 'v.id',
  descending: false,
};

const DOCUMENT_LIST: ListSql = {
  select: DOCUMENT_COLUMNS,
  from: 'documents d',
  where: ['d.retracted_at IS NULL'],
  params: [],
  sort: 'd.title_sort',
  id: 'd.id',
  descending: false,
};

function relationshipListSql(filter: RelationshipQueryFilter): ListSql {
  const where: string[] = filter.includeRetracted ? [] : ['l.retracted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.betweenIds !== undefined) {
    where.push(`l.from_id IN ${KEYS} AND l.to_id IN ${KEYS}`);
    params.push(JSON.stringify(filter.betweenIds), JSON.stringify(filter.betweenIds));
  }
  if (filter.types !== undefined) {
    where.push(`l.type IN ${KEYS}`);
    params.push(JSON.stringify(filter.types));
  }
  return { select: RELATIONSHIP_COLUMNS, from: 'relationships l', where, params, sort: "''", id: 'l.id', descending: false };
}

function claimListSql(filter: ClaimQueryFilter): ListSql {
  const where: string[] = filter.includeRetracted ? [] : ['c.retracted_at IS NULL'];
  const params: unknown[] = [];
  if (filter.status !== undefined) {
    where.push('c.status = ?');
    params.push(filter.status);
  }
  if (filter.claimantId !== undefined) {
    where.push('c.claimant_id = ?');
    params.push(filter.claimantId);
  }
  if (filter.aboutId !== undefined) {
    where.push('EXISTS (SELECT 1 FROM claim_about a WHERE a.claim_id = c.id AND a.entity_id = ?)');
    params.push(filter.aboutId);
  }
  if (filter.rating !== undefined) {
    where.push(`(SELECT r.rating_value FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL
                 ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1) = ?`);
    params.push(filter.rating);
  }
  return { select: CLAIM_COLUMNS, from: 'claims c', where, params, sort: "''", id: 'c.id', descending: false };
}
