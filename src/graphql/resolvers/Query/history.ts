import type { QueryResolvers } from '../../../generated/graphql.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';
import { notFound } from '../../errors.js';
import { decodeGlobalId, NODE_TYPES } from '../../globalId.js';
import { findNode } from './node.js';

export const history: QueryResolvers['history'] = async (_root, { id, ...args }, context) => {
  const { typeName } = decodeGlobalId(id, 'id');
  const row = await findNode(context, id, 'id');
  if (row === null) throw notFound(`no node has the id ${JSON.stringify(id)}`, 'id');
  const table = NODE_TYPES[typeName];
  const list = `history:${table}:${row.id}`;
  const page = pageQueryFromArgs(list, args);
  const result = await context.store.changePage(table, row.id, page);
  return connectionFromPage(list, result, page, () => context.store.countChanges(table, row.id));
};
