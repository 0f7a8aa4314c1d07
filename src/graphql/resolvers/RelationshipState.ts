import type { RelationshipStateResolvers } from '../../generated/graphql.js';
import { toPartialDate } from '../references.js';
import { basisModel, datedFactModel } from './bases.js';

export const RelationshipState: RelationshipStateResolvers = {
  basis: (state) =>
    basisModel(state.basis, 'relationship_state_basis', state.id, { kind: 'relationship_state', id: state.id }),
  start: (state) => toPartialDate(state.start),
  startFact: (state) =>
    datedFactModel(state.start, state.startKnownBy, state.startBasis, 'relationship_state_start', state.id, {
      kind: 'relationship_state',
      id: state.id,
    }),
  end: (state) => toPartialDate(state.end),
  endFact: (state) =>
    datedFactModel(state.end, state.endKnownBy, state.endBasis, 'relationship_state_end', state.id, {
      kind: 'relationship_state',
      id: state.id,
    }),
  evidence: (state, _args, context) => context.loaders.evidence.load({ kind: 'relationship_state', id: state.id }),
};
