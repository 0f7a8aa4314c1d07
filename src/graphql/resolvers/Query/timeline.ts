import type { QueryResolvers } from '../../../generated/graphql.js';
import { partialDateDayRange } from '../../../domain/partialDateRange.js';
import type { DayRangeFilter } from '../../../store/store.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';
import { badUserInput } from '../../errors.js';
import { parseDateArgument, requireEntityId } from '../../references.js';

export const timeline: QueryResolvers['timeline'] = async (_root, { entity, from, to, ...args }, context) => {
  const entityId = await requireEntityId(context, entity, 'entity');
  const range: DayRangeFilter = {
    fromDay: from != null ? partialDateDayRange(parseDateArgument(from, 'from')).firstDay : undefined,
    toDay: to != null ? partialDateDayRange(parseDateArgument(to, 'to')).lastDay : undefined,
  };
  if (range.fromDay && range.toDay && range.fromDay > range.toDay) {
    throw badUserInput(`\`from\` (${from}) is after \`to\` (${to})`, 'from');
  }
  // A cursor names a position in one entity's timeline, and no other.
  const list = `timeline:${entityId}`;
  const page = pageQueryFromArgs(list, args);
  const result = await context.store.timelinePage(entityId, range, page);
  return connectionFromPage(list, result, page, () => context.store.countTimeline(entityId, range));
};
