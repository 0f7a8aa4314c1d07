import type { QueryResolvers } from '../../../generated/graphql.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';
import { badUserInput } from '../../errors.js';
import { requireEntityId } from '../../references.js';

export const claims: QueryResolvers['claims'] = async (_root, { filter, orderBy, ...args }, context) => {
  if (filter?.rating != null && (filter.rating < 1 || filter.rating > 5)) {
    throw badUserInput(`rating must be between 1 and 5, got ${filter.rating}`, 'filter.rating');
  }
  const [claimantId, aboutId] = await Promise.all([
    filter?.claimant != null ? requireEntityId(context, filter.claimant, 'filter.claimant') : undefined,
    filter?.about != null ? requireEntityId(context, filter.about, 'filter.about') : undefined,
  ]);
  const claimFilter = {
    status: filter?.status ?? undefined,
    rating: filter?.rating ?? undefined,
    claimantId,
    aboutId,
    includeRetracted: filter?.includeRetracted ?? undefined,
  };
  const order = orderBy === 'RECORDED_DESC' ? 'DESC' : 'ASC';
  const list = `claims:${order}`;
  const page = pageQueryFromArgs(list, args);
  const result = await context.store.claimPage(claimFilter, order, page);
  return connectionFromPage(list, result, page, () => context.store.countClaims(claimFilter));
};
