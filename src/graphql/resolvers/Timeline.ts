import type {
  TimelineConnectionResolvers,
  TimelineEdgeResolvers,
  TimelineItemResolvers,
} from '../../generated/graphql.js';
import { connectionFieldResolvers } from '../connection.js';
import { toPartialDate } from '../references.js';
import { nodeTypeName } from './nodeTypeName.js';
import { loadTimelineItem } from './timelineItems.js';

export const TimelineConnection: TimelineConnectionResolvers = {
  ...connectionFieldResolvers,
  nodes: (connection, _args, context) =>
    Promise.all(connection.edges.map((edge) => loadTimelineItem(context, edge.node))),
};

export const TimelineEdge: TimelineEdgeResolvers = {
  node: (edge, _args, context) => loadTimelineItem(context, edge.node),
  date: (edge) => toPartialDate(edge.node.date),
};

export const TimelineItem: TimelineItemResolvers = {
  // A relationship change is no store row (no Node): it is the one model with a `state`.
  __resolveType: (item) =>
    'state' in item ? 'RelationshipChange' : (nodeTypeName(item) as 'Event' | 'Statement' | 'Claim' | 'ClaimReview'),
};
