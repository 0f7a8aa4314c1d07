/**
 * Statement lists: the root `statements` query and the per-entity, per-event and per-document lists share one
 * way of turning arguments into a store request and a connection.
 */
import type { StatementRow } from '../store/rows.js';
import type { StatementListRequest, StatementOrder, StatementParent, StatementQueryFilter } from '../store/store.js';
import { connectionFromPage, pageQueryFromArgs, type ConnectionArgs, type ConnectionModel } from './connection.js';
import type { GraphQLContext } from './context.js';

export function statementListName(order: StatementOrder): string {
  return `statements:${order}`;
}

export async function statementConnection(
  context: GraphQLContext,
  filter: StatementQueryFilter,
  order: StatementOrder,
  args: ConnectionArgs,
): Promise<ConnectionModel<StatementRow>> {
  const list = statementListName(order);
  const page = pageQueryFromArgs(list, args);
  const result = await context.store.statementPage({ filter, order, page });
  return connectionFromPage(list, result, page, () => context.store.countStatements(filter));
}

/** A parent's statements (a speaker's, an entity's mentions, an event's, a document's), batched across parents. */
export async function childStatementConnection(
  context: GraphQLContext,
  parent: StatementParent,
  parentId: number,
  filter: StatementQueryFilter,
  args: ConnectionArgs,
): Promise<ConnectionModel<StatementRow>> {
  const order: StatementOrder = 'SAID_ON_ASC';
  const list = statementListName(order);
  const page = pageQueryFromArgs(list, args);
  const request: StatementListRequest = { filter, order, page };
  const result = await context.loaders.statementPages[parent].load({ parentId, request });
  return connectionFromPage(list, result, page, () =>
    context.loaders.statementCounts[parent].load({ parentId, request: filter }),
  );
}
