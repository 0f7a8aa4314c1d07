/** Connection fields over per-parent lists: those the store pages, and those a loader returns whole. */
import type { ParentList, ParentListRows } from '../../store/store.js';
import {
  connectionFromArray,
  connectionFromPage,
  pageInfoOf,
  pageQueryFromArgs,
  type ConnectionArgs,
  type ConnectionModel,
} from '../connection.js';
import type { GraphQLContext } from '../context.js';

export function listConnection<P, T>(
  list: string,
  load: (parent: P, context: GraphQLContext) => Promise<readonly T[]>,
  idOf: (row: T) => number = (row) => (row as { id: number }).id,
) {
  return async (parent: P, args: ConnectionArgs, context: GraphQLContext): Promise<ConnectionModel<T>> =>
    connectionFromArray(list, await load(parent, context), args, idOf);
}

/**
 * A connection over a per-parent list the store pages (one batched call per field and depth), answering as
 * `listConnection` did when the list was loaded whole: the same order and cursors, and a cursor at the far end
 * of the page (`before` when paging forwards, `after` when paging backwards) shows that rows lie beyond it.
 */
export function pagedListConnection<P extends { id: number }, L extends ParentList>(name: string, list: L) {
  return async (
    parent: P,
    args: ConnectionArgs,
    context: GraphQLContext,
  ): Promise<ConnectionModel<ParentListRows[L]>> => {
    const query = pageQueryFromArgs(name, args);
    const loaders = context.loaders;
    const page = await loaders.parentListPages[list].load({ parentId: parent.id, request: query });
    const connection = connectionFromPage(name, page, query, () =>
      loaders.parentListCounts[list].load({ parentId: parent.id, request: null }),
    );
    const { pageInfo } = connection;
    return {
      ...connection,
      pageInfo: pageInfoOf(
        connection.edges,
        pageInfo.hasNextPage || query.before !== undefined,
        pageInfo.hasPreviousPage || query.after !== undefined,
      ),
    };
  };
}
