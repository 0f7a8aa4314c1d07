import type { RelationshipStateResolvers } from '../../generated/graphql.js';
import { toPartialDate } from '../references.js';

export const RelationshipState: RelationshipStateResolvers = {
  start: (state) => toPartialDate(state.start),
  end: (state) => toPartialDate(state.end),
  evidence: (state, _args, context) => context.loaders.evidence.load({ kind: 'relationship_state', id: state.id }),
};
