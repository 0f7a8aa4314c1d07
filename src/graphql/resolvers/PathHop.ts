import type { PathHopResolvers } from '../../generated/graphql.js';
import { loadOne, loadOptional } from './load.js';
import { relationshipEvidence } from './relationshipEvidence.js';

const RELATIONSHIP_VERBS: Record<string, string> = {
  FRIENDSHIP: 'is or was friends with',
  SUPPORTED: 'supported',
  ENDORSED: 'endorsed',
  CRITICIZED: 'criticized',
  URGED: 'urged',
  OWNS: 'owns',
  APPEARED_ON: 'appeared on',
  RAN_FOR: 'ran for',
  MEMBER_OF: 'is a member of',
};

export const PathHop: PathHopResolvers = {
  from: (hop, _args, context) => loadOne(context.loaders.entity, hop.fromId),
  to: (hop, _args, context) => loadOne(context.loaders.entity, hop.toId),
  kind: (hop) => hop.edge.kind,
  // The edge row is seen from the entity whose expansion found it, which may be either end of the hop.
  forward: (hop) => hop.edge.kind === 'EVENT' || (hop.edge.entityId === hop.fromId) === hop.edge.outward,
  relationship: (hop, _args, context) => loadOptional(context.loaders.relationship, hop.edge.relationshipId),
  statement: (hop, _args, context) => loadOptional(context.loaders.statement, hop.edge.statementId),
  event: (hop, _args, context) => loadOptional(context.loaders.event, hop.edge.eventId),
  document: (hop, _args, context) => loadOptional(context.loaders.document, hop.edge.documentId),
  description: async (hop, _args, context) => {
    const { edge } = hop;
    const [entity, neighbor] = await Promise.all([
      loadOne(context.loaders.entity, edge.entityId),
      loadOne(context.loaders.entity, edge.neighborId),
    ]);
    const [source, target] = edge.outward ? [entity.name, neighbor.name] : [neighbor.name, entity.name];
    switch (edge.kind) {
      case 'RELATIONSHIP': {
        const relationship = await loadOne(context.loaders.relationship, edge.relationshipId!);
        const implied = relationship.assertion === 'IMPLIED' ? ' (implied, not stated, by the source)' : '';
        return `${source} ${RELATIONSHIP_VERBS[relationship.type] ?? relationship.type} ${target}${implied}`;
      }
      case 'STATEMENT':
        return `${source} made a statement about ${target}`;
      case 'EVENT': {
        const event = await loadOne(context.loaders.event, edge.eventId!);
        return `${source} and ${target} both took part in “${event.title}”`;
      }
      case 'PUBLICATION': {
        const document = await loadOne(context.loaders.document, edge.documentId!);
        return `${source} published “${document.title}”, which reports a statement by or about ${target}`;
      }
    }
  },
  evidence: async (hop, _args, context) => {
    const { edge } = hop;
    switch (edge.kind) {
      case 'RELATIONSHIP':
        return relationshipEvidence(context, edge.relationshipId!);
      case 'STATEMENT':
        return context.loaders.evidence.load({ kind: 'statement', id: edge.statementId! });
      case 'EVENT':
        return context.loaders.evidence.load({ kind: 'event', id: edge.eventId! });
      case 'PUBLICATION': {
        const spans = await context.loaders.evidence.load({ kind: 'statement', id: edge.statementId! });
        return spans.filter((span) => span.documentId === edge.documentId);
      }
    }
  },
};
