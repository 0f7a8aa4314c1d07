import type { RelationshipResolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../globalId.js';
import { toPartialDate } from '../references.js';
import { loadOne } from './load.js';
import { relationshipEvidence } from './relationshipEvidence.js';

import { retraction } from './retractionField.js';

export const Relationship: RelationshipResolvers = {
  id: (relationship) => toGlobalId('Relationship', relationship.slug),
  from: (relationship, _args, context) => loadOne(context.loaders.entity, relationship.fromId),
  to: (relationship, _args, context) => loadOne(context.loaders.entity, relationship.toId),
  states: (relationship, _args, context) => context.loaders.states.load(relationship.id),
  status: async (relationship, _args, context) => {
    const states = await context.loaders.states.load(relationship.id);
    return states.at(-1)!.status;
  },
  start: async (relationship, _args, context) => {
    const states = await context.loaders.states.load(relationship.id);
    return toPartialDate(states[0]?.start ?? null);
  },
  end: async (relationship, _args, context) => {
    const states = await context.loaders.states.load(relationship.id);
    return toPartialDate(states.at(-1)?.end ?? null);
  },
  evidence: (relationship, _args, context) => relationshipEvidence(context, relationship.id),
  retraction: (relationship) => retraction(relationship),
};
