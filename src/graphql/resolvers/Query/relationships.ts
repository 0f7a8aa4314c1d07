import type { QueryResolvers } from '../../../generated/graphql.js';
import type { RelationshipQueryFilter } from '../../../store/store.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';
import { requireEntityId } from '../../references.js';

const RELATIONSHIP_LIST = 'relationships';

export const relationships: QueryResolvers['relationships'] = async (_root, { between, types, ...args }, context) => {
  const filter: RelationshipQueryFilter = {
    betweenIds: between
      ? await Promise.all(between.map((reference, index) => requireEntityId(context, reference, `between.${index}`)))
      : undefined,
    types: types?.length ? types : undefined,
  };
  const page = pageQueryFromArgs(RELATIONSHIP_LIST, args);
  const result = await context.store.relationshipPage(filter, page);
  return connectionFromPage(RELATIONSHIP_LIST, result, page, () => context.store.countRelationships(filter));
};
