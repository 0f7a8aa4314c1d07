/**
 * The Store over a SQL engine: every read and write is written once here and in the modules beside it, over the
 * engine's SqlBackend. Every batched read is one statement with its keys in one list parameter, so statements stay
 * the same whatever the batch size; results are grouped back into key order here.
 */
import type { Dataset } from '../../domain/dataset.js';
import { sortableText } from '../../domain/foldText.js';
import { nameTokens, type NamedEntity } from '../../domain/nameLookup.js';
import type * as rowTypes from '../rows.js';
import type { FactCheckWrite } from '../factCheckImport.js';
import type {
  ChangeAuthor,
  ClaimOrder,
  ClaimQueryFilter,
  DashboardFigureRead,
  EntityMergeWrite,
  NodeTable,
  PageQuery,
  ParentList,
  ParentListRows,
  RelationshipQueryFilter,
  RetractableTable,
  SortDirection,
  StatementListRequest,
  StatementParent,
  StatementQueryFilter,
  Store,
  StoredClaimVectors,
  TimelineFilter,
} from '../store.js';
import * as analytics from './analyticsSql.js';
import { batchedReads, type BatchedReads } from './batchedReads.js';
import type { Raw, SqlDialect, SqlExecutor } from './dialect.js';
import { byId, groupBy, groupByKey } from './groupRows.js';
import { countRows, countRowsByParent, keysetPage, keysetPagesByParent, type BoundList } from './keysetPage.js';
import {
  claimListSql,
  documentListSql,
  entityListSql,
  eventListSql,
  ordered,
  relationshipListSql,
  statementListByParentSql,
  statementListSql,
} from './listSql.js';
import { PARENT_LISTS } from './parentListSql.js';
import { countParentLists, parentPages } from './parentPages.js';
import { pathEdgeOf, pathEdgesSql } from './pathEdgesSql.js';
import { toEvidence, type RowReaders } from './rowColumns.js';
import { figureStatements, type FigureStatement } from './dashboardFigureSql.js';
import type { SqlBackend } from './sqlBackend.js';
import { DEFAULT_SEARCH_RANK_WINDOW } from './searchTiers.js';
import { writeDataset } from './writeDataset.js';
import { factCheckReads } from './factCheckReads.js';
import { writeFactChecks } from './writeFactChecks.js';
import * as writes from './writeOperations.js';
import * as sameClaimLinks from './sameClaimLinks.js';

/** How a store is opened beyond its database. */
export interface SqlStoreOptions {
  /**
   * Search's ranking window in index rows (src/store/sql/searchTiers.ts; CLAIMGRAPH_SEARCH_RANK_WINDOW): a query
   * matching more rows ranks the newest this many first. null ranks every match, however many.
   */
  searchRankWindow?: number | null;
}

export class SqlStore implements Store {
  readonly backend: string;
  private readonly d: SqlDialect;
  private readonly reads: BatchedReads;
  private readonly read: RowReaders;
  private readonly pathEdgesSql: (kinds: readonly rowTypes.PathEdgeKind[]) => string;
  private readonly pathEdgeOf: (row: unknown[]) => rowTypes.PathEdgeRow;
  private readonly figureStatement: (read: DashboardFigureRead) => FigureStatement;
  private readonly factChecks: ReturnType<typeof factCheckReads>;

  private readonly searchRankWindow: number | null;

  protected constructor(
    private readonly db: SqlBackend,
    options: SqlStoreOptions = {},
  ) {
    this.backend = db.name;
    this.searchRankWindow =
      options.searchRankWindow === undefined ? DEFAULT_SEARCH_RANK_WINDOW : options.searchRankWindow;
    this.d = db.dialect;
    this.reads = batchedReads(this.d);
    this.read = this.reads.read;
    this.pathEdgesSql = pathEdgesSql(this.d);
    this.pathEdgeOf = pathEdgeOf(this.d);
    this.figureStatement = figureStatements(this.d);
    this.factChecks = factCheckReads(this.d);
  }

  private readKeys(sql: string, keys: readonly unknown[]): Promise<Raw[]> {
    return this.db.all(sql, [this.d.listValue(keys)]);
  }

  private page<T>(list: BoundList, page: PageQuery, read: (raw: Raw) => T) {
    return keysetPage(this.db, this.d, list, page, read);
  }

  private pagesByParent<T>(
    list: BoundList,
    partition: string,
    parentIds: readonly number[],
    page: PageQuery,
    read: (raw: Raw) => T,
  ) {
    return keysetPagesByParent(this.db, this.d, list, partition, parentIds, page, read);
  }

  /** A read of rows by id: one row or null per id. */
  private byIds<K extends keyof BatchedReads['byId']>(name: K) {
    type Row = ReturnType<BatchedReads['byId'][K]['read']>;
    return async (ids: readonly number[]): Promise<(Row | null)[]> => {
      const { sql, read } = this.reads.byId[name];
      return byId(ids, (await this.readKeys(sql, ids)).map(read as (raw: Raw) => Row));
    };
  }

  /** A read of many keys' rows: one list per key, in key order. */
  private grouped<K extends keyof BatchedReads['grouped']>(name: K) {
    type Row = ReturnType<BatchedReads['grouped'][K]['read']>;
    return async (ids: readonly number[]): Promise<Row[][]> => {
      const { sql, read, key } = this.reads.grouped[name];
      return groupByKey(ids, await this.readKeys(sql, ids), key, read as (raw: Raw) => Row);
    };
  }

  readonly entitiesByIds = this.byIds('entitiesByIds');
  readonly documentsByIds = this.byIds('documentsByIds');
  readonly eventsByIds = this.byIds('eventsByIds');
  readonly statementsByIds = this.byIds('statementsByIds');
  readonly claimsByIds = this.byIds('claimsByIds');
  readonly reviewsByIds = this.byIds('reviewsByIds');
  readonly relationshipsByIds = this.byIds('relationshipsByIds');
  readonly aliasesByEntityIds = this.grouped('aliasesByEntityIds');
  readonly sameAsByEntityIds = this.grouped('sameAsByEntityIds');
  readonly mentionsByStatementIds = this.grouped('mentionsByStatementIds');
  readonly participantIdsByEventIds = this.grouped('participantIdsByEventIds');
  readonly eventsByParticipantIds = this.grouped('eventsByParticipantIds');
  readonly eventsByOutletIds = this.grouped('eventsByOutletIds');
  readonly claimsByClaimantIds = this.grouped('claimsByClaimantIds');
  readonly claimantsByClaimIds = this.grouped('claimantsByClaimIds');
  readonly claimsByAboutIds = this.grouped('claimsByAboutIds');
  readonly aboutIdsByClaimIds = this.grouped('aboutIdsByClaimIds');
  readonly appearancesByClaimIds = this.grouped('appearancesByClaimIds');
  readonly claimsByAppearingStatementIds = this.grouped('claimsByAppearingStatementIds');
  readonly disputedClaimsByStatementIds = this.grouped('disputedClaimsByStatementIds');
  readonly disputingStatementsByClaimIds = this.grouped('disputingStatementsByClaimIds');
  readonly respondedToByStatementIds = this.grouped('respondedToByStatementIds');
  readonly responsesByStatementIds = this.grouped('responsesByStatementIds');
  readonly reportingDocumentsByStatementIds = this.grouped('reportingDocumentsByStatementIds');
  readonly reviewsByClaimIds = this.grouped('reviewsByClaimIds');
  readonly relationshipsByEntityIds = this.grouped('relationshipsByEntityIds');
  readonly statesByRelationshipIds = this.grouped('statesByRelationshipIds');

  async idsBySlugs(table: NodeTable, slugs: readonly string[]) {
    const rows = await this.readKeys(this.reads.idsBySlugs[table], slugs);
    const found = new Map(rows.map((row) => [row.slug as string, row.id as number]));
    return slugs.map((slug) => found.get(slug) ?? null);
  }

  async entityIdsByNames(names: readonly string[]) {
    const normalised = names.map(sortableText);
    const rows = await this.readKeys(this.reads.entityIdsByNames, normalised);
    const found = new Map(rows.map((row) => [row.norm as string, row.id as number]));
    return normalised.map((name) => found.get(name) ?? null);
  }

  async entityCandidatesByNames(names: readonly string[]) {
    // Exact slugs, names and aliases first, by their index; only names with none go on to a search by their words.
    const normalised = names.map((name) => sortableText(name.trim()));
    const exact = groupIds(await this.readKeys(this.reads.entityIdsByNames, [...new Set(normalised)]), 'norm');
    const idsPerName = normalised.map((name) => [...(exact.get(name) ?? [])]);
    const byWords = names
      .map((name, index) => ({ index, words: nameTokens(name).filter((word) => /[\p{L}\p{N}]/u.test(word)) }))
      .filter(({ index, words }) => idsPerName[index].length === 0 && words.length > 0);
    if (byWords.length > 0) {
      // a name's longest word is its most selective; the names that contain it are a superset of those with all
      const longest = byWords.map(({ words }) => words.reduce((a, b) => (b.length > a.length ? b : a)));
      const found = groupIds(await this.readKeys(this.reads.entityIdsByNameWords, [...new Set(longest)]), 'word');
      byWords.forEach(({ index }, position) => (idsPerName[index] = [...(found.get(longest[position]) ?? [])]));
    }
    const ids = [...new Set(idsPerName.flat())];
    if (ids.length === 0) return names.map(() => []);
    const entities = new Map<number, NamedEntity>();
    for (const raw of await this.readKeys(this.reads.namedEntitiesByIds, ids)) {
      const id = raw.id as number;
      let entity = entities.get(id);
      if (entity === undefined) {
        const { slug, name, type } = raw as { slug: string; name: string; type: NamedEntity['type'] };
        entity = { id, slug, name, type, aliases: [] };
        entities.set(id, entity);
      }
      if (raw.alias != null) (entity.aliases as string[]).push(raw.alias as string);
    }
    return idsPerName.map((list) => list.flatMap((id) => entities.get(id) ?? []));
  }

  async evidenceByOwners(owners: readonly rowTypes.EvidenceOwner[]) {
    const keyOf = (kind: unknown, id: unknown) => `${kind as string}:${id as number}`;
    const wanted = new Set(owners.map((owner) => keyOf(owner.kind, owner.id)));
    const kinds = [...new Set(owners.map((owner) => owner.kind))];
    const ids = [...new Set(owners.map((owner) => owner.id))];
    const rows = await this.db.all(this.reads.evidenceByOwners, [this.d.listValue(kinds), this.d.listValue(ids)]);
    const groups = new Map<string, rowTypes.EvidenceRow[]>();
    for (const raw of rows) {
      const key = keyOf(raw.ownerKind, raw.ownerId);
      if (!wanted.has(key)) continue;
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [toEvidence(raw)]);
      else group.push(toEvidence(raw));
    }
    return owners.map((owner) => groups.get(keyOf(owner.kind, owner.id)) ?? []);
  }

  async pathEdgesByEntityIds(ids: readonly number[], kinds: readonly rowTypes.PathEdgeKind[]) {
    if (kinds.length === 0) return ids.map(() => []);
    // thousands of rows for a well-connected person: read as arrays, not as the engine's keyed objects
    const rows = await this.db.allArrays(this.pathEdgesSql(kinds), [this.d.listValue(ids)]);
    return groupBy(ids, rows, (row) => row[0] as number, this.pathEdgeOf);
  }

  async statementPage(request: StatementListRequest) {
    const list = statementListSql(this.d, request.filter, request.order);
    return this.page(list, request.page, this.read.statement);
  }
  async statementPagesByParent(parent: StatementParent, parentIds: readonly number[], request: StatementListRequest) {
    const { partition, ...list } = statementListByParentSql(this.d, parent, request.filter, request.order);
    return this.pagesByParent(list, partition, parentIds, request.page, this.read.statement);
  }
  async parentListPages<L extends ParentList>(list: L, parentIds: readonly number[], page: PageQuery) {
    const read = this.parentListReaders[list] as (raw: Raw) => ParentListRows[L];
    return parentPages(this.db, this.d, PARENT_LISTS[list], parentIds, page, read);
  }
  async countParentLists(list: ParentList, parentIds: readonly number[]) {
    return countParentLists(this.db, this.d, PARENT_LISTS[list], parentIds);
  }
  private get parentListReaders(): { [L in ParentList]: (raw: Raw) => ParentListRows[L] } {
    const { relationship, claim, event, statement, review } = this.read;
    return {
      relationshipsOfEntity: relationship,
      claimsOfClaimant: claim,
      claimsAboutEntity: claim,
      eventsOfParticipant: event,
      eventsOfOutlet: event,
      disputingStatementsOfClaim: statement,
      reviewsOfClaim: review,
      responsesToStatement: statement,
      claimsInStatement: claim,
    };
  }
  async countStatements(filter: StatementQueryFilter) {
    return countRows(this.db, statementListSql(this.d, filter, 'SAID_ON_ASC'));
  }
  async countStatementsByParent(parent: StatementParent, parentIds: readonly number[], filter: StatementQueryFilter) {
    const { partition, ...list } = statementListByParentSql(this.d, parent, filter, 'SAID_ON_ASC');
    return countRowsByParent(this.db, list, partition, parentIds);
  }

  async entityPage(type: rowTypes.EntityType, order: SortDirection, page: PageQuery) {
    return this.page(ordered(entityListSql(this.d, type), order), page, this.read.entity);
  }
  async countEntities(type: rowTypes.EntityType) {
    return countRows(this.db, entityListSql(this.d, type));
  }
  async eventPage(order: SortDirection, page: PageQuery) {
    return this.page(ordered(eventListSql(this.d), order), page, this.read.event);
  }
  async countEvents() {
    return countRows(this.db, eventListSql(this.d));
  }
  async documentPage(order: SortDirection, page: PageQuery) {
    return this.page(ordered(documentListSql(this.d), order), page, this.read.document);
  }
  async countDocuments() {
    return countRows(this.db, documentListSql(this.d));
  }
  async documentPagesByOutletIds(outletIds: readonly number[], page: PageQuery) {
    return this.pagesByParent(documentListSql(this.d), 'd.outlet_id', outletIds, page, this.read.document);
  }
  async countDocumentsByOutletIds(outletIds: readonly number[]) {
    return countRowsByParent(this.db, documentListSql(this.d), 'd.outlet_id', outletIds);
  }
  async claimPage(filter: ClaimQueryFilter, order: SortDirection | ClaimOrder, page: PageQuery) {
    return this.page(claimListSql(this.d, filter, order), page, this.read.claim);
  }
  async countClaims(filter: ClaimQueryFilter) {
    if (analytics.isCountedClaimFilter(filter)) return analytics.countCurrentClaims(this.db, this.d, filter.status);
    return countRows(this.db, claimListSql(this.d, filter));
  }
  async relationshipPage(filter: RelationshipQueryFilter, order: SortDirection, page: PageQuery) {
    const list = ordered(relationshipListSql(this.d, filter), order);
    return this.page(list, page, this.read.relationship);
  }
  async countRelationships(filter: RelationshipQueryFilter) {
    return countRows(this.db, relationshipListSql(this.d, filter));
  }

  async timelinePage(entityId: number, filter: TimelineFilter, page: PageQuery) {
    return analytics.timelinePage(this.db, this.d, entityId, filter, page);
  }
  async countTimeline(entityId: number, filter: TimelineFilter) {
    return analytics.countTimeline(this.db, this.d, entityId, filter);
  }
  async search(query: string, kinds: readonly rowTypes.SearchKind[], limit: number, offset: number) {
    return this.db.fullText.search(this.db, query, kinds, limit, offset, this.searchRankWindow);
  }
  async countSearch(query: string, kinds: readonly rowTypes.SearchKind[]) {
    return this.db.fullText.countSearch(this.db, query, kinds);
  }
  async claimRetrievalSource() {
    const [claims, names, headlineRows] = await Promise.all([
      this.db.all('SELECT c.id AS id, c.text AS text FROM claims c WHERE c.retracted_at IS NULL ORDER BY c.id'),
      this.db.all(
        `SELECT e.id AS id, e.name AS name, n.name AS alias
         FROM entities e LEFT JOIN entity_names n ON n.entity_id = e.id AND n.is_alias = ${this.d.booleanLiteral(true)}
         ORDER BY e.id, n.position`,
      ),
      this.db.all(this.factChecks.headlines),
    ]);
    const headlines = groupByKey(
      claims.map((row) => row.id),
      headlineRows,
      'claimId',
      (row) => row.headline as string,
    );
    const entities = new Map<number, { name: string; aliases: string[] }>();
    for (const row of names) {
      const id = Number(row.id);
      let entity = entities.get(id);
      if (!entity) entities.set(id, (entity = { name: row.name as string, aliases: [] }));
      if (row.alias != null) entity.aliases.push(row.alias as string);
    }
    return {
      claims: claims.map((row, index) => ({
        id: Number(row.id),
        text: row.text as string,
        headlines: headlines[index],
      })),
      entities: [...entities.values()],
    };
  }
  async changeLogVersion() {
    const [row] = await this.db.all('SELECT version FROM change_log_version WHERE only_row = 1');
    return String(row.version);
  }
  async claimVectors(model: string) {
    const rows = await this.db.all(
      `SELECT claim_id AS id, source, vectors FROM claim_vectors WHERE model = ${this.d.placeholder(1)}`,
      [model],
    );
    // The drivers' own bytes (a Buffer is a Uint8Array), not a copy: unpackVectors copies them once, aligned.
    return rows.map((row) => ({
      claimId: Number(row.id),
      source: row.source as string,
      vectors: row.vectors as Uint8Array,
    }));
  }
  async saveClaimVectors(model: string, rows: readonly StoredClaimVectors[]) {
    if (rows.length === 0) return;
    const $ = (index: number) => this.d.placeholder(index);
    await this.db.transaction(async (tx) => {
      for (const row of rows) {
        await tx.run(
          `INSERT INTO claim_vectors (claim_id, model, source, vectors) VALUES (${$(1)}, ${$(2)}, ${$(3)}, ${$(4)})
           ON CONFLICT (claim_id) DO UPDATE SET model = excluded.model, source = excluded.source, vectors = excluded.vectors`,
          [
            row.claimId,
            model,
            row.source,
            Buffer.from(row.vectors.buffer, row.vectors.byteOffset, row.vectors.byteLength),
          ],
        );
      }
    });
  }
  async importFactChecks(items: readonly FactCheckWrite[], author: ChangeAuthor) {
    return writeFactChecks(this.db, items, author);
  }
  async publishedFactChecksByIds(ids: readonly number[]) {
    return byId(ids, (await this.readKeys(this.factChecks.byIds, ids)).map(this.factChecks.read));
  }
  async factChecksByClaimIds(ids: readonly number[]) {
    return groupByKey(ids, await this.readKeys(this.factChecks.byClaimIds, ids), '_key', this.factChecks.read);
  }
  async linkSameClaims(claimId: number, otherId: number, reason: string | null, author: ChangeAuthor) {
    return sameClaimLinks.linkSameClaims(this.db, claimId, otherId, reason, author);
  }
  async unlinkSameClaims(claimId: number, otherId: number, reason: string, author: ChangeAuthor) {
    return sameClaimLinks.unlinkSameClaims(this.db, claimId, otherId, reason, author);
  }
  async sameClaimIdsByClaimIds(ids: readonly number[]) {
    return sameClaimLinks.sameClaimIdsByClaimIds(this.db, ids);
  }

  async dashboardFigures(reads: readonly DashboardFigureRead[]) {
    const statements = reads.map(this.figureStatement);
    const results = await this.db.allEach(statements);
    return statements.map((statement, index) => statement.toFigure(results[index]));
  }

  async isEmpty() {
    return isEmpty(this.db);
  }

  async writeDataset(
    dataset: Dataset,
    heldTexts: ReadonlyMap<string, string>,
    author: ChangeAuthor,
    merges: readonly EntityMergeWrite[] = [],
  ) {
    return this.db.transaction((tx) => writeDataset(tx, this.db, dataset, heldTexts, author, merges));
  }

  async writeDatasetIfEmpty(dataset: Dataset, heldTexts: ReadonlyMap<string, string>, author: ChangeAuthor) {
    return this.db.transaction(async (tx) => {
      if (this.d.seedingLock !== null) await tx.run(this.d.seedingLock);
      if (!(await isEmpty(tx))) return null;
      return writeDataset(tx, this.db, dataset, heldTexts, author);
    });
  }

  async storedRecordsBySlugs(slugs: readonly string[]) {
    return writes.storedRecordsBySlugs(this.db, this.d, slugs);
  }
  async retract(table: RetractableTable, id: number, reason: string, author: ChangeAuthor) {
    await writes.retract(this.db, table, id, reason, author);
  }
  async startClaimReview(claimId: number, author: ChangeAuthor) {
    return writes.startClaimReview(this.db, claimId, author);
  }
  async changePage(table: NodeTable, id: number, page: PageQuery) {
    return writes.changePage(this.db, this.d, table, id, page);
  }
  async countChanges(table: NodeTable, id: number) {
    return writes.countChanges(this.db, this.d, table, id);
  }

  async schemaVersion() {
    const [row] = await this.db.all('SELECT COALESCE(MAX(version), 0) AS version FROM schema_migrations');
    return row.version as number;
  }

  async ping() {
    await this.db.all('SELECT 1 AS ok');
  }

  async close() {
    await this.db.close();
  }
}

/** Ids by the value of a key column, each id once, in the order read. */
function groupIds(rows: readonly Raw[], key: string): Map<unknown, Set<number>> {
  const groups = new Map<unknown, Set<number>>();
  for (const row of rows) {
    const group = groups.get(row[key]) ?? new Set<number>();
    group.add(row.id as number);
    groups.set(row[key], group);
  }
  return groups;
}

async function isEmpty(db: SqlExecutor): Promise<boolean> {
  return (await db.all('SELECT 1 AS present FROM slugs LIMIT 1')).length === 0;
}
