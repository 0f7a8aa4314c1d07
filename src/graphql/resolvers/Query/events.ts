import type { QueryResolvers } from '../../../generated/graphql.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';

export const events: QueryResolvers['events'] = async (_root, { orderBy, ...args }, context) => {
  const order = orderBy === 'DATE_DESC' ? 'DESC' : 'ASC';
  const list = `events:date:${order}`;
  const page = pageQueryFromArgs(list, args);
  const result = await context.store.eventPage(order, page);
  return connectionFromPage(list, result, page, () => context.store.countEvents());
};
