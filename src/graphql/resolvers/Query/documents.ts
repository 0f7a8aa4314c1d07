import type { QueryResolvers } from '../../../generated/graphql.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';

export const documents: QueryResolvers['documents'] = async (_root, { orderBy, ...args }, context) => {
  const order = orderBy === 'TITLE_DESC' ? 'DESC' : 'ASC';
  const list = `documents:title:${order}`;
  const page = pageQueryFromArgs(list, args);
  const result = await context.store.documentPage(order, page);
  return connectionFromPage(list, result, page, () => context.store.countDocuments());
};
