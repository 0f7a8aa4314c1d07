import type { TimelineRow } from '../../store/rows.js';
import type { GraphQLContext } from '../context.js';
import type { RelationshipChangeModel, TimelineItemModel } from '../models.js';
import { loadOne } from './load.js';

/** The state a timeline row names, with its relationship and the status the relationship had before it. */
async function loadRelationshipChange(context: GraphQLContext, row: TimelineRow): Promise<RelationshipChangeModel> {
  const relationshipId = row.relationshipId;
  if (relationshipId === null)
    throw new Error(`timeline: relationship state ${row.itemId} came without its relationship`);
  const [relationship, states] = await Promise.all([
    loadOne(context.loaders.relationship, relationshipId),
    context.loaders.states.load(relationshipId),
  ]);
  const index = states.findIndex((state) => state.id === row.itemId);
  if (index < 0) throw new Error(`timeline: relationship state ${row.itemId} is missing`);
  return { relationship, state: states[index], previousStatus: index > 0 ? states[index - 1].status : null };
}

export function loadTimelineItem(context: GraphQLContext, row: TimelineRow): Promise<TimelineItemModel> {
  switch (row.itemKind) {
    case 'event':
      return loadOne(context.loaders.event, row.itemId);
    case 'statement':
      return loadOne(context.loaders.statement, row.itemId);
    case 'claim':
      return loadOne(context.loaders.claim, row.itemId);
    case 'review':
      return loadOne(context.loaders.review, row.itemId);
    case 'relationshipState':
      return loadRelationshipChange(context, row);
  }
}
