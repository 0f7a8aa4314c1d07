import type { EntityMergeResolvers } from '../../generated/graphql.js';
import { loadOne } from './load.js';

export const EntityMerge: EntityMergeResolvers = {
  entity: (merge, _args, context) => loadOne(context.loaders.entity, merge.entityId),
};
