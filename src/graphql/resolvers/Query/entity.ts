import type { QueryResolvers } from '../../../generated/graphql.js';
import { findEntityId } from '../../references.js';
import { loadOptional } from '../load.js';

export const entity: QueryResolvers['entity'] = async (_root, { name }, context) =>
  loadOptional(context.loaders.entity, await findEntityId(context, name));
