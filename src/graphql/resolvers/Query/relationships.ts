import type { QueryResolvers } from '../../../generated/graphql.js';
import type { RelationshipQueryFilter } from '../../../store/store.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';
import { requireEntityId } from '../../references.js';

export const relationships: QueryResolvers['relationships'] = async (
  _root,
  { between, types, includeRetracted, orderBy, ...args },
  context,
) => {
  const filter: RelationshipQueryFilter = {
    betweenIds: between
      ? await Promise.all(between.map((reference, index) => requireEntityId(context, reference, `between.${index}`)))
      : undefined,
    types: types?.length ? types : undefined,
    includeRetracted: includeRetracted ?? undefined,
  };
  const order = orderBy === 'RECORDED_DESC' ? 'DESC' : 'ASC';
  const list = `relationships:${order}`;
  const page = pageQueryFromArgs(list, args);
  const result = await context.store.relationshipPage(filter, order, page);
  return connectionFromPage(list, result, page, () => context.store.countRelationships(filter));
};
