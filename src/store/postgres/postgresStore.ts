/**
 * The Store over PostgreSQL (node-postgres pool), for deployments where several stateless server instances share
 * one database. Every batched read is one statement with the keys as one array parameter (`= ANY($1)`), so
 * statements stay the same whatever the batch size; results are grouped back into key order here. Answers are
 * those of the SQLite backend, call for call (the shared contract suite checks it).
 */
import type pg from 'pg';
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
  RelationshipRow,
  RelationshipStateRow,
  ReviewRow,
  SameAsRow,
  SearchKind,
  StatementRow,
} from '../rows.js';
import type {
  ChangeAuthor,
  RetractableTable,
  ClaimQueryFilter,
  DatasetWriteSummary,
  DayRangeFilter,
  EntityMergeWrite,
  NodeTable,
  Page,
  PageQuery,
  RelationshipQueryFilter,
  SortDirection,
  StatementListRequest,
  StatementParent,
  StatementQueryFilter,
  Store,
} from '../store.js';
import { sortableText } from '../../domain/foldText.js';
import * as analytics from './analyticsSql.js';
import { countSearch, search } from './fullTextSearch.js';
import { countRows, countRowsByParent, keysetPage, keysetPagesByParent } from './keysetPage.js';
import {
  CLAIM_COLUMNS,
  DOCUMENT_COLUMNS,
  ENTITY_COLUMNS,
  EVENT_COLUMNS,
  EVIDENCE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  REVIEW_COLUMNS,
  STATEMENT_COLUMNS,
  asRow,
  toEvidence,
  withoutKey,
} from './rowColumns.js';
import {
  claimListSql,
  DOCUMENT_LIST,
  entityListSql,
  EVENT_LIST,
  ordered,
  relationshipListSql,
  statementListByParentSql,
  statementListSql,
} from './listSql.js';
import { byId, groupByKey } from './groupRows.js';
import { openPostgresPool } from './openPostgresPool.js';
import { pathEdgesSql } from './pathEdgesSql.js';
import { runQueryOn, type Raw, type RunQuery } from './runQuery.js';
import { SqlParams } from './sqlParams.js';
import { withTransaction } from './withTransaction.js';
import { writeDatasetPostgres } from './writeDatasetPostgres.js';
import * as writes from './writeOperations.js';
import { NODE_TABLE_NAMES } from '../nodeTables.js';

const IDS = '$1::bigint[]';

export class PostgresStore implements Store {
  readonly backend = 'postgres';
  private readonly run: RunQuery;
  private closed = false;

  private constructor(private readonly pool: pg.Pool) {
    this.run = runQueryOn(pool);
  }

  /** Connects to the database at `url` (postgres:// or postgresql://) and brings its schema up to date. */
  static async open(url: string): Promise<PostgresStore> {
    return new PostgresStore(await openPostgresPool(url));
  }

  private async rowsByIds<T extends { id: number }>(sql: string, ids: readonly number[], map: (raw: Raw) => T) {
    return byId(ids, (await this.run(sql, [ids])).map(map));
  }

  async entitiesByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${ENTITY_COLUMNS} FROM entities e WHERE e.id = ANY(${IDS})`, ids, asRow<EntityRow>);
  }
  async documentsByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${DOCUMENT_COLUMNS} FROM documents d WHERE d.id = ANY(${IDS})`, ids, asRow<DocumentRow>);
  }
  async eventsByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${EVENT_COLUMNS} FROM events v WHERE v.id = ANY(${IDS})`, ids, asRow<EventRow>);
  }
  async statementsByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id = ANY(${IDS})`, ids, asRow<StatementRow>);
  }
  async claimsByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${CLAIM_COLUMNS} FROM claims c WHERE c.id = ANY(${IDS})`, ids, asRow<ClaimRow>);
  }
  async reviewsByIds(ids: readonly number[]) {
    return this.rowsByIds(`SELECT ${REVIEW_COLUMNS} FROM reviews r WHERE r.id = ANY(${IDS})`, ids, asRow<ReviewRow>);
  }
  async relationshipsByIds(ids: readonly number[]) {
    return this.rowsByIds(
      `SELECT ${RELATIONSHIP_COLUMNS} FROM relationships l WHERE l.id = ANY(${IDS})`,
      ids,
      asRow<RelationshipRow>,
    );
  }

  async idsBySlugs(table: NodeTable, slugs: readonly string[]) {
    const rows = await this.run(`SELECT id, slug FROM ${NODE_TABLE_NAMES[table]} WHERE slug = ANY($1::text[])`, [slugs]);
    const found = new Map(rows.map((row) => [row.slug as string, row.id as number]));
    return slugs.map((slug) => found.get(slug) ?? null);
  }

  async entityIdsByNames(names: readonly string[]) {
    const normalised = names.map(sortableText);
    // A name can be shared (two people called "West"); the entity whose own name or slug it is wins, then the
    // earliest recorded alias, then the earliest entity.
    const rows = await this.run(
      `SELECT DISTINCT ON (name_norm) name_norm AS norm, entity_id AS id FROM entity_names
       WHERE name_norm = ANY($1::text[]) ORDER BY name_norm, is_alias, position, entity_id`,
      [normalised],
    );
    const found = new Map(rows.map((row) => [row.norm as string, row.id as number]));
    return normalised.map((name) => found.get(name) ?? null);
  }

  async aliasesByEntityIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT entity_id AS "entityId", name FROM entity_names WHERE is_alias AND entity_id = ANY(${IDS})
       ORDER BY entity_id, position`,
      [ids],
    );
    return groupByKey(ids, rows, 'entityId', (raw) => raw.name as string);
  }

  async sameAsByEntityIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT entity_id AS "entityId", uri, source_url, source_title, source_accessed FROM same_as
       WHERE entity_id = ANY(${IDS}) ORDER BY entity_id, uri`,
      [ids],
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
    const rows = await this.run(
      `SELECT ${EVIDENCE_COLUMNS}, x.owner_kind AS "ownerKind", x.owner_id AS "ownerId" FROM evidence x
       WHERE (x.owner_kind, x.owner_id) IN (SELECT * FROM unnest($1::text[], $2::bigint[]))
       ORDER BY x.owner_kind, x.owner_id, x.position`,
      [owners.map((owner) => owner.kind), owners.map((owner) => owner.id)],
    );
    const groups = new Map<string, EvidenceRow[]>();
    for (const raw of rows) {
      const key = `${raw.ownerKind as string}:${raw.ownerId as number}`;
      const group = groups.get(key) ?? [];
      group.push(toEvidence(raw));
      groups.set(key, group);
    }
    return owners.map((owner) => groups.get(`${owner.kind}:${owner.id}`) ?? []);
  }

  async mentionsByStatementIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT statement_id AS "statementId", entity_id AS "entityId", stance FROM mentions
       WHERE statement_id = ANY(${IDS}) ORDER BY statement_id, position`,
      [ids],
    );
    return groupByKey(ids, rows, 'statementId', asRow<MentionRow>);
  }

  async participantIdsByEventIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT event_id AS "eventId", entity_id AS "entityId" FROM event_participants
       WHERE event_id = ANY(${IDS}) ORDER BY event_id, position`,
      [ids],
    );
    return groupByKey(ids, rows, 'eventId', (raw) => raw.entityId as number);
  }

  async eventsByParticipantIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT ${EVENT_COLUMNS}, p.entity_id AS _key FROM event_participants p JOIN events v ON v.id = p.event_id
       WHERE p.entity_id = ANY(${IDS}) ORDER BY p.entity_id, v.date_sort, v.id`,
      [ids],
    );
    return groupByKey(ids, rows, '_key', withoutKey<EventRow>);
  }

  async eventsByOutletIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT ${EVENT_COLUMNS}, v.outlet_id AS _key FROM events v WHERE v.outlet_id = ANY(${IDS})
       ORDER BY v.outlet_id, v.date_sort, v.id`,
      [ids],
    );
    return groupByKey(ids, rows, '_key', withoutKey<EventRow>);
  }

  async claimsByClaimantIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT ${CLAIM_COLUMNS}, c.claimant_id AS _key FROM claims c WHERE c.claimant_id = ANY(${IDS}) AND c.retracted_at IS NULL
       ORDER BY c.claimant_id, c.id`,
      [ids],
    );
    return groupByKey(ids, rows, '_key', withoutKey<ClaimRow>);
  }

  async claimsByAboutIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT ${CLAIM_COLUMNS}, a.entity_id AS _key FROM claim_about a JOIN claims c ON c.id = a.claim_id
       WHERE a.entity_id = ANY(${IDS}) AND c.retracted_at IS NULL ORDER BY a.entity_id, c.id`,
      [ids],
    );
    return groupByKey(ids, rows, '_key', withoutKey<ClaimRow>);
  }

  async aboutIdsByClaimIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT claim_id AS "claimId", entity_id AS "entityId" FROM claim_about WHERE claim_id = ANY(${IDS})
       ORDER BY claim_id, position`,
      [ids],
    );
    return groupByKey(ids, rows, 'claimId', (raw) => raw.entityId as number);
  }

  async appearancesByClaimIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT a.claim_id AS "claimId", a.statement_id AS "statementId", ${EVIDENCE_COLUMNS}
       FROM claim_appearances a JOIN evidence x ON x.id = a.evidence_id
       WHERE a.claim_id = ANY(${IDS}) ORDER BY a.claim_id, a.position`,
      [ids],
    );
    return groupByKey(ids, rows, 'claimId', (raw): ClaimAppearanceRow => ({
      claimId: raw.claimId as number,
      statementId: raw.statementId as number | null,
      evidence: toEvidence(raw),
    }));
  }

  async claimsByAppearingStatementIds(ids: readonly number[]) {
    // A claim can appear in one statement more than once (several spans); it is listed once.
    const rows = await this.run(
      `SELECT ${CLAIM_COLUMNS}, a.statement_id AS _key
       FROM (SELECT DISTINCT claim_id, statement_id FROM claim_appearances WHERE statement_id = ANY(${IDS})) a
       JOIN claims c ON c.id = a.claim_id WHERE c.retracted_at IS NULL ORDER BY a.statement_id, c.id`,
      [ids],
    );
    return groupByKey(ids, rows, '_key', withoutKey<ClaimRow>);
  }

  async disputedClaimsByStatementIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT ${CLAIM_COLUMNS}, sd.statement_id AS _key FROM statement_disputes sd JOIN claims c ON c.id = sd.claim_id
       WHERE sd.statement_id = ANY(${IDS}) AND c.retracted_at IS NULL ORDER BY sd.statement_id, c.id`,
      [ids],
    );
    return groupByKey(ids, rows, '_key', withoutKey<ClaimRow>);
  }

  async disputingStatementsByClaimIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT ${STATEMENT_COLUMNS}, sd.claim_id AS _key FROM statement_disputes sd
       JOIN statements s ON s.id = sd.statement_id WHERE sd.claim_id = ANY(${IDS}) AND s.retracted_at IS NULL
       ORDER BY sd.claim_id, s.said_on_sort, s.id`,
      [ids],
    );
    return groupByKey(ids, rows, '_key', withoutKey<StatementRow>);
  }

  async respondedToByStatementIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT ${STATEMENT_COLUMNS}, r.statement_id AS _key FROM statement_responses r
       JOIN statements s ON s.id = r.responds_to_id WHERE r.statement_id = ANY(${IDS}) AND s.retracted_at IS NULL
       ORDER BY r.statement_id, s.said_on_sort, s.id`,
      [ids],
    );
    return groupByKey(ids, rows, '_key', withoutKey<StatementRow>);
  }

  async responsesByStatementIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT ${STATEMENT_COLUMNS}, r.responds_to_id AS _key FROM statement_responses r
       JOIN statements s ON s.id = r.statement_id WHERE r.responds_to_id = ANY(${IDS}) AND s.retracted_at IS NULL
       ORDER BY r.responds_to_id, s.said_on_sort, s.id`,
      [ids],
    );
    return groupByKey(ids, rows, '_key', withoutKey<StatementRow>);
  }

  async reportingDocumentsByStatementIds(ids: readonly number[]) {
    // A statement can cite one document in several spans; each document is listed once.
    const rows = await this.run(
      `SELECT ${DOCUMENT_COLUMNS}, x.owner_id AS _key
       FROM (SELECT DISTINCT owner_id, document_id FROM evidence
             WHERE owner_kind = 'statement' AND owner_id = ANY(${IDS})) x
       JOIN documents d ON d.id = x.document_id WHERE d.retracted_at IS NULL ORDER BY x.owner_id, d.title_sort, d.id`,
      [ids],
    );
    return groupByKey(ids, rows, '_key', withoutKey<DocumentRow>);
  }

  async reviewsByClaimIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT ${REVIEW_COLUMNS} FROM reviews r WHERE r.claim_id = ANY(${IDS}) AND r.retracted_at IS NULL
       ORDER BY r.claim_id, r.reviewed_at, r.id`,
      [ids],
    );
    return groupByKey(ids, rows, 'claimId', asRow<ReviewRow>);
  }

  async relationshipsByEntityIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT ${RELATIONSHIP_COLUMNS}, k.id AS _key FROM (SELECT DISTINCT unnest(${IDS}) AS id) k
       JOIN relationships l ON (l.from_id = k.id OR l.to_id = k.id) AND l.retracted_at IS NULL ORDER BY k.id, l.id`,
      [ids],
    );
    return groupByKey(ids, rows, '_key', withoutKey<RelationshipRow>);
  }

  async statesByRelationshipIds(ids: readonly number[]) {
    const rows = await this.run(
      `SELECT id, relationship_id AS "relationshipId", status, start, "end" FROM relationship_states
       WHERE relationship_id = ANY(${IDS}) ORDER BY relationship_id, position`,
      [ids],
    );
    return groupByKey(ids, rows, 'relationshipId', asRow<RelationshipStateRow>);
  }

  async pathEdgesByEntityIds(ids: readonly number[], kinds: readonly PathEdgeKind[]) {
    if (kinds.length === 0) return ids.map(() => []);
    const rows = await this.run(pathEdgesSql(kinds), [ids]);
    return groupByKey(ids, rows, 'entityId', asRow<PathEdgeRow>);
  }

  async statementPage(request: StatementListRequest): Promise<Page<StatementRow>> {
    const params = new SqlParams();
    return keysetPage(this.run, statementListSql(params, request.filter, request.order), params, request.page, asRow<StatementRow>);
  }

  async statementPagesByParent(parent: StatementParent, parentIds: readonly number[], request: StatementListRequest) {
    const params = new SqlParams();
    const { list, partition } = statementListByParentSql(params, parent, request.filter, request.order);
    return keysetPagesByParent(this.run, list, params, partition, parentIds, request.page, asRow<StatementRow>);
  }

  async countStatements(filter: StatementQueryFilter) {
    const params = new SqlParams();
    return countRows(this.run, statementListSql(params, filter, 'SAID_ON_ASC'), params);
  }

  async countStatementsByParent(parent: StatementParent, parentIds: readonly number[], filter: StatementQueryFilter) {
    const params = new SqlParams();
    const { list, partition } = statementListByParentSql(params, parent, filter, 'SAID_ON_ASC');
    return countRowsByParent(this.run, list, params, partition, parentIds);
  }

  async entityPage(type: EntityType, order: SortDirection, page: PageQuery) {
    const params = new SqlParams();
    return keysetPage(this.run, ordered(entityListSql(params, type), order), params, page, asRow<EntityRow>);
  }
  async countEntities(type: EntityType) {
    const params = new SqlParams();
    return countRows(this.run, entityListSql(params, type), params);
  }
  async eventPage(order: SortDirection, page: PageQuery) {
    return keysetPage(this.run, ordered(EVENT_LIST, order), new SqlParams(), page, asRow<EventRow>);
  }
  async countEvents() {
    return countRows(this.run, EVENT_LIST, new SqlParams());
  }
  async documentPage(order: SortDirection, page: PageQuery) {
    return keysetPage(this.run, ordered(DOCUMENT_LIST, order), new SqlParams(), page, asRow<DocumentRow>);
  }
  async countDocuments() {
    return countRows(this.run, DOCUMENT_LIST, new SqlParams());
  }
  async documentPagesByOutletIds(outletIds: readonly number[], page: PageQuery) {
    return keysetPagesByParent(this.run, DOCUMENT_LIST, new SqlParams(), 'd.outlet_id', outletIds, page, asRow<DocumentRow>);
  }
  async countDocumentsByOutletIds(outletIds: readonly number[]) {
    return countRowsByParent(this.run, DOCUMENT_LIST, new SqlParams(), 'd.outlet_id', outletIds);
  }
  async claimPage(filter: ClaimQueryFilter, order: SortDirection, page: PageQuery) {
    const params = new SqlParams();
    return keysetPage(this.run, ordered(claimListSql(params, filter), order), params, page, asRow<ClaimRow>);
  }
  async countClaims(filter: ClaimQueryFilter) {
    const params = new SqlParams();
    return countRows(this.run, claimListSql(params, filter), params);
  }

  async relationshipPage(filter: RelationshipQueryFilter, order: SortDirection, page: PageQuery) {
    const params = new SqlParams();
    return keysetPage(this.run, ordered(relationshipListSql(params, filter), order), params, page, asRow<RelationshipRow>);
  }
  async countRelationships(filter: RelationshipQueryFilter) {
    const params = new SqlParams();
    return countRows(this.run, relationshipListSql(params, filter), params);
  }

  async timelinePage(entityId: number, range: DayRangeFilter, page: PageQuery) {
    return analytics.timelinePage(this.run, entityId, range, page);
  }
  async countTimeline(entityId: number, range: DayRangeFilter) {
    return analytics.countTimeline(this.run, entityId, range);
  }
  async search(query: string, kinds: readonly SearchKind[], limit: number, offset: number) {
    return search(this.run, query, kinds, limit, offset);
  }
  async countSearch(query: string, kinds: readonly SearchKind[]) {
    return countSearch(this.run, query, kinds);
  }
  async claimStatusCounts() {
    return analytics.claimStatusCounts(this.run);
  }
  async claimRatingCounts() {
    return analytics.claimRatingCounts(this.run);
  }
  async mostDisputedClaims(limit: number) {
    return analytics.mostDisputedClaims(this.run, limit);
  }
  async statementCountsBySpeaker(limit: number) {
    return analytics.statementCountsBySpeaker(this.run, limit);
  }
  async mentionCountsByEntity(limit: number) {
    return analytics.mentionCountsByEntity(this.run, limit);
  }

  async isEmpty() {
    const [row] = await this.run('SELECT NOT EXISTS (SELECT 1 FROM slugs) AS empty');
    return row!.empty as boolean;
  }

  async writeDataset(
    dataset: Dataset,
    heldTexts: ReadonlyMap<string, string>,
    author: ChangeAuthor,
    merges: readonly EntityMergeWrite[] = [],
  ) {
    return withTransaction(this.pool, (client) =>
      writeDatasetPostgres(runQueryOn(client), dataset, heldTexts, author, merges),
    );
  }

  async writeDatasetIfEmpty(
    dataset: Dataset,
    heldTexts: ReadonlyMap<string, string>,
    author: ChangeAuthor,
  ): Promise<DatasetWriteSummary | null> {
    return withTransaction(this.pool, async (client) => {
      const run = runQueryOn(client);
      // EXCLUSIVE blocks every other writer of slugs (all writes register slugs) but not readers: a second
      // instance starting at the same time waits here, then sees the first one's committed data.
      await run('LOCK TABLE slugs IN EXCLUSIVE MODE');
      const [row] = await run('SELECT EXISTS (SELECT 1 FROM slugs) AS seeded');
      if (row!.seeded) return null;
      return writeDatasetPostgres(run, dataset, heldTexts, author);
    });
  }

  async storedRecordsBySlugs(slugs: readonly string[]) {
    return writes.storedRecordsBySlugs(this.run, slugs);
  }
  async retract(table: RetractableTable, id: number, reason: string, author: ChangeAuthor) {
    await writes.retract(this.pool, table, id, reason, author);
  }
  async startClaimReview(claimId: number, author: ChangeAuthor) {
    return writes.startClaimReview(this.pool, claimId, author);
  }
  async changePage(table: NodeTable, id: number, page: PageQuery) {
    return writes.changePage(this.run, table, id, page);
  }
  async countChanges(table: NodeTable, id: number) {
    return writes.countChanges(this.run, table, id);
  }

  async schemaVersion() {
    const [row] = await this.run('SELECT COALESCE(MAX(version), 0)::integer AS version FROM schema_migrations');
    return row!.version as number;
  }

  async ping() {
    await this.run('SELECT 1');
  }

  async close() {
    // pool.end() rejects a second call; closing twice (a shutdown hook and a test's cleanup) is harmless here.
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
