import type { RelationshipRow } from '../../store/rows.js';
import type { GraphQLContext } from '../context.js';

/** The evidence of every state of a relationship, oldest state first. */
export async function relationshipEvidence(context: GraphQLContext, relationshipId: RelationshipRow['id']) {
  const states = await context.loaders.states.load(relationshipId);
  const evidence = await context.loaders.evidence.loadMany(
    states.map((state) => ({ kind: 'relationship_state' as const, id: state.id })),
  );
  return evidence.flatMap((spans) => {
    if (spans instanceof Error) throw spans;
    return spans;
  });
}
