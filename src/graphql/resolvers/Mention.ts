import type { MentionResolvers } from '../../generated/graphql.js';
import { loadOne } from './load.js';

export const Mention: MentionResolvers = {
  entity: (mention, _args, context) => loadOne(context.loaders.entity, mention.entityId),
};
