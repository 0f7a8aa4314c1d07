import type { TimelineRow } from '../../store/rows.js';
import type { GraphQLContext } from '../context.js';
import type { TimelineItemModel } from '../models.js';
import { loadOne } from './load.js';

export function loadTimelineItem(context: GraphQLContext, row: TimelineRow): Promise<TimelineItemModel> {
  return row.itemKind === 'event'
    ? loadOne(context.loaders.event, row.itemId)
    : loadOne(context.loaders.statement, row.itemId);
}
