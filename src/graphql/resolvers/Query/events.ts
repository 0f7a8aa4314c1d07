import type { QueryResolvers } from '../../../generated/graphql.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';

const EVENT_LIST = 'events:date';

export const events: QueryResolvers['events'] = async (_root, args, context) => {
  const page = pageQueryFromArgs(EVENT_LIST, args);
  const result = await context.store.eventPage(page);
  return connectionFromPage(EVENT_LIST, result, page, () => context.store.countEvents());
};
