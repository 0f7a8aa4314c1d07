import type { QueryResolvers, TimelineItemKind } from '../../../generated/graphql.js';
import { partialDateDayRange } from '../../../domain/partialDateRange.js';
import type { TimelineItemKind as StoredTimelineItemKind } from '../../../store/rows.js';
import type { TimelineFilter } from '../../../store/store.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';
import { badUserInput } from '../../errors.js';
import { parseDateArgument, requireEntityId } from '../../references.js';

const STORED_KIND: Record<TimelineItemKind, StoredTimelineItemKind> = {
  EVENT: 'event',
  STATEMENT: 'statement',
  CLAIM: 'claim',
  CLAIM_REVIEW: 'review',
  RELATIONSHIP_CHANGE: 'relationshipState',
};

/** The store's kinds for `kinds:`; omitted (or null) is every kind. */
function storedKinds(kinds: readonly TimelineItemKind[] | null | undefined): StoredTimelineItemKind[] | undefined {
  if (kinds == null) return undefined;
  // An empty list would ask for a timeline that can hold nothing: surely a client's mistake, not a question.
  if (kinds.length === 0) throw badUserInput('`kinds` must name at least one kind; omit it for every kind', 'kinds');
  return kinds.map((kind) => STORED_KIND[kind]);
}

export const timeline: QueryResolvers['timeline'] = async (_root, { entity, from, to, kinds, ...args }, context) => {
  const entityId = await requireEntityId(context, entity, 'entity');
  const filter: TimelineFilter = {
    fromDay: from != null ? partialDateDayRange(parseDateArgument(from, 'from')).firstDay : undefined,
    toDay: to != null ? partialDateDayRange(parseDateArgument(to, 'to')).lastDay : undefined,
    kinds: storedKinds(kinds),
  };
  if (filter.fromDay && filter.toDay && filter.fromDay > filter.toDay) {
    throw badUserInput(`\`from\` (${from}) is after \`to\` (${to})`, 'from');
  }
  // A cursor names a position in one entity's timeline, and no other; it holds whichever kinds are asked for.
  const list = `timeline:${entityId}`;
  const page = pageQueryFromArgs(list, args);
  const result = await context.store.timelinePage(entityId, filter, page);
  return connectionFromPage(list, result, page, () => context.store.countTimeline(entityId, filter));
};
