/**
 * DataLoaders over the Store, built anew for each request. Every resolver reads through these, so all reads of one
 * kind made while resolving one level of a query become one store call.
 */
import DataLoader from 'dataloader';
import type { EvidenceOwner } from '../store/rows.js';
import type {
  DashboardFigure,
  DashboardFigureRead,
  NodeTable,
  Page,
  PageQuery,
  ParentList,
  ParentListRows,
  StatementListRequest,
  StatementParent,
  StatementQueryFilter,
  Store,
} from '../store/store.js';

/** A key for a per-parent list: the parent and the list arguments shared by every parent in the batch. */
export interface ParentListKey<R> {
  parentId: number;
  request: R;
}

function loader<K extends number | string, V>(batch: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V> {
  return new DataLoader<K, V>(batch);
}

/**
 * Batches per-parent lists: keys asking with the same arguments (the usual case: one field of a query) go to the
 * store in one call; keys with different arguments make one call per distinct set of arguments.
 */
function parentListLoader<R, V>(
  fetch: (parentIds: number[], request: R) => Promise<V[]>,
): DataLoader<ParentListKey<R>, V, string> {
  return new DataLoader<ParentListKey<R>, V, string>(
    async (keys) => {
      const groups = new Map<string, { request: R; parentIds: number[]; positions: number[] }>();
      keys.forEach((key, position) => {
        const signature = JSON.stringify(key.request);
        const group = groups.get(signature) ?? { request: key.request, parentIds: [], positions: [] };
        group.parentIds.push(key.parentId);
        group.positions.push(position);
        groups.set(signature, group);
      });
      const results = new Array<V>(keys.length);
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const values = await fetch(group.parentIds, group.request);
          group.positions.forEach((position, index) => (results[position] = values[index]));
        }),
      );
      return results;
    },
    { cacheKeyFn: (key) => `${JSON.stringify(key.request)}|${key.parentId}` },
  );
}

const PARENT_LISTS: readonly ParentList[] = [
  'relationshipsOfEntity',
  'claimsOfClaimant',
  'claimsAboutEntity',
  'eventsOfParticipant',
  'eventsOfOutlet',
  'disputingStatementsOfClaim',
  'reviewsOfClaim',
  'responsesToStatement',
  'claimsInStatement',
];

/** Pages of each per-parent list, batched across the parents that ask for the same page. */
function parentListPageLoaders(store: Store) {
  return Object.fromEntries(
    PARENT_LISTS.map((list) => [
      list,
      parentListLoader((parentIds, page: PageQuery) => store.parentListPages(list, parentIds, page)),
    ]),
  ) as { [L in ParentList]: DataLoader<ParentListKey<PageQuery>, Page<ParentListRows[L]>, string> };
}

/** Lengths of each per-parent list, batched across parents. */
function parentListCountLoaders(store: Store) {
  return Object.fromEntries(
    PARENT_LISTS.map((list) => [
      list,
      parentListLoader((parentIds, _none: null) => store.countParentLists(list, parentIds)),
    ]),
  ) as Record<ParentList, DataLoader<ParentListKey<null>, number, string>>;
}

function slugLoaders(store: Store): Record<NodeTable, DataLoader<string, number | null>> {
  const tables: NodeTable[] = [
    'entity',
    'document',
    'event',
    'statement',
    'claim',
    'review',
    'relationship',
    'factCheck',
  ];
  return Object.fromEntries(
    tables.map((table) => [table, loader<string, number | null>((slugs) => store.idsBySlugs(table, slugs))]),
  ) as Record<NodeTable, DataLoader<string, number | null>>;
}

/** How each of a request's loaders is made. */
const LOADER_MAKERS = {
  entity: (store: Store) => loader((ids: readonly number[]) => store.entitiesByIds(ids)),
  document: (store: Store) => loader((ids: readonly number[]) => store.documentsByIds(ids)),
  event: (store: Store) => loader((ids: readonly number[]) => store.eventsByIds(ids)),
  statement: (store: Store) => loader((ids: readonly number[]) => store.statementsByIds(ids)),
  claim: (store: Store) => loader((ids: readonly number[]) => store.claimsByIds(ids)),
  review: (store: Store) => loader((ids: readonly number[]) => store.reviewsByIds(ids)),
  relationship: (store: Store) => loader((ids: readonly number[]) => store.relationshipsByIds(ids)),
  factCheck: (store: Store) => loader((ids: readonly number[]) => store.publishedFactChecksByIds(ids)),
  idBySlug: (store: Store) => slugLoaders(store),
  entityCandidatesByName: (store: Store) => loader((names: readonly string[]) => store.entityCandidatesByNames(names)),

  aliases: (store: Store) => loader((ids: readonly number[]) => store.aliasesByEntityIds(ids)),
  sameAs: (store: Store) => loader((ids: readonly number[]) => store.sameAsByEntityIds(ids)),
  evidence: (store: Store) =>
    new DataLoader<EvidenceOwner, Awaited<ReturnType<Store['evidenceByOwners']>>[number], string>(
      (owners) => store.evidenceByOwners(owners),
      { cacheKeyFn: (owner) => `${owner.kind}:${owner.id}` },
    ),
  mentions: (store: Store) => loader((ids: readonly number[]) => store.mentionsByStatementIds(ids)),
  participantIds: (store: Store) => loader((ids: readonly number[]) => store.participantIdsByEventIds(ids)),
  claimants: (store: Store) => loader((ids: readonly number[]) => store.claimantsByClaimIds(ids)),
  aboutIds: (store: Store) => loader((ids: readonly number[]) => store.aboutIdsByClaimIds(ids)),
  appearances: (store: Store) => loader((ids: readonly number[]) => store.appearancesByClaimIds(ids)),
  disputedClaims: (store: Store) => loader((ids: readonly number[]) => store.disputedClaimsByStatementIds(ids)),
  disputingStatements: (store: Store) => loader((ids: readonly number[]) => store.disputingStatementsByClaimIds(ids)),
  respondedTo: (store: Store) => loader((ids: readonly number[]) => store.respondedToByStatementIds(ids)),
  reportingDocuments: (store: Store) => loader((ids: readonly number[]) => store.reportingDocumentsByStatementIds(ids)),
  reviewsByClaim: (store: Store) => loader((ids: readonly number[]) => store.reviewsByClaimIds(ids)),
  factChecksByClaim: (store: Store) => loader((ids: readonly number[]) => store.factChecksByClaimIds(ids)),
  sameClaimIds: (store: Store) => loader((ids: readonly number[]) => store.sameClaimIdsByClaimIds(ids)),
  states: (store: Store) => loader((ids: readonly number[]) => store.statesByRelationshipIds(ids)),

  statementPages: (store: Store) =>
    Object.fromEntries(
      (['speaker', 'about', 'occasion', 'document'] as const).map((parent) => [
        parent,
        parentListLoader((parentIds, request: StatementListRequest) =>
          store.statementPagesByParent(parent, parentIds, request),
        ),
      ]),
    ) as Record<
      StatementParent,
      DataLoader<ParentListKey<StatementListRequest>, Awaited<ReturnType<Store['statementPage']>>, string>
    >,
  statementCounts: (store: Store) =>
    Object.fromEntries(
      (['speaker', 'about', 'occasion', 'document'] as const).map((parent) => [
        parent,
        parentListLoader((parentIds, filter: StatementQueryFilter) =>
          store.countStatementsByParent(parent, parentIds, filter),
        ),
      ]),
    ) as Record<StatementParent, DataLoader<ParentListKey<StatementQueryFilter>, number, string>>,
  parentListPages: (store: Store) => parentListPageLoaders(store),
  parentListCounts: (store: Store) => parentListCountLoaders(store),
  documentPagesByOutlet: (store: Store) =>
    parentListLoader((parentIds, page: PageQuery) => store.documentPagesByOutletIds(parentIds, page)),
  /** every dashboard figure a request asks for, read in one store call */
  dashboardFigures: (store: Store) =>
    new DataLoader<DashboardFigureRead, DashboardFigure, string>((reads) => store.dashboardFigures(reads), {
      cacheKeyFn: (read) => ('limit' in read ? `${read.figure}:${read.limit}` : read.figure),
    }),
  documentCountsByOutlet: (store: Store) =>
    parentListLoader((parentIds, _none: null) => store.countDocumentsByOutletIds(parentIds)),
};

export type Loaders = { readonly [K in keyof typeof LOADER_MAKERS]: ReturnType<(typeof LOADER_MAKERS)[K]> };

/** Where a request's loaders object keeps its store, beside the loaders made so far. */
const STORE = Symbol('store');

/**
 * The loaders' shared prototype: each loader is made on first use and kept on the request's object. A request
 * uses a handful of the ~60; making them all up front was about a tenth of a small request's CPU.
 */
const LAZY_LOADERS: object = Object.create(
  null,
  Object.fromEntries(
    Object.entries(LOADER_MAKERS).map(([name, make]): [string, PropertyDescriptor] => [
      name,
      {
        get(this: { [STORE]: Store }) {
          const made: unknown = make(this[STORE]);
          Object.defineProperty(this, name, { value: made, enumerable: true });
          return made;
        },
      },
    ]),
  ),
) as object;

/** A request's loaders over the store: built anew per request, so nothing is cached across requests. */
export function createLoaders(store: Store): Loaders {
  return Object.create(LAZY_LOADERS, { [STORE]: { value: store } }) as Loaders;
}
