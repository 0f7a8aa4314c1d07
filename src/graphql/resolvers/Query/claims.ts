import type { QueryResolvers } from '../../../generated/graphql.js';
import { VERDICT_RATINGS } from '../../../domain/verdictRatings.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';
import { badUserInput } from '../../errors.js';
import { requireEntityId } from '../../references.js';

export const claims: QueryResolvers['claims'] = async (_root, { filter, orderBy, order, ...args }, context) => {
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
    ratingRange: filter?.verdict != null ? VERDICT_RATINGS[filter.verdict] : undefined,
    text: filter?.text != null && filter.text.trim() !== '' ? filter.text : undefined,
    claimantId,
    aboutId,
    includeRetracted: filter?.includeRetracted ?? undefined,
  };
  // The list name is in every cursor, so a cursor of one order is refused by another.
  const storeOrder = order ?? (orderBy === 'RECORDED_DESC' ? 'DESC' : 'ASC');
  const list = `claims:${storeOrder}`;
  const page = pageQueryFromArgs(list, args);
  const result = await context.store.claimPage(claimFilter, storeOrder, page);
  return connectionFromPage(list, result, page, () => context.store.countClaims(claimFilter));
};
