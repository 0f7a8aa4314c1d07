import type { QueryResolvers, StatementFilter } from '../../../generated/graphql.js';
import { partialDateDayRange } from '../../../domain/partialDateRange.js';
import type { StatementQueryFilter } from '../../../store/store.js';
import type { GraphQLContext } from '../../context.js';
import { badUserInput } from '../../errors.js';
import { parseDateArgument, requireEntityId, requireNodeId } from '../../references.js';
import { statementConnection } from '../../statementLists.js';

/** Resolves the API filter (names, ids, partial dates) into the store's terms, rejecting what cannot match. */
export async function statementQueryFilter(
  context: GraphQLContext,
  filter: StatementFilter | null | undefined,
): Promise<StatementQueryFilter> {
  if (!filter) return {};
  const [speakerId, aboutId, outletId, occasionId] = await Promise.all([
    filter.speaker != null ? requireEntityId(context, filter.speaker, 'filter.speaker') : undefined,
    filter.about != null ? requireEntityId(context, filter.about, 'filter.about') : undefined,
    filter.outlet != null ? requireEntityId(context, filter.outlet, 'filter.outlet') : undefined,
    filter.event != null ? requireNodeId(context, 'event', 'event', filter.event, 'filter.event') : undefined,
  ]);
  if (outletId !== undefined) {
    const outlet = await context.loaders.entity.load(outletId);
    if (outlet?.type !== 'OUTLET') {
      throw badUserInput(`${JSON.stringify(filter.outlet)} is not an outlet`, 'filter.outlet');
    }
  }
  const saidFrom = filter.saidFrom != null ? parseDateArgument(filter.saidFrom, 'filter.saidFrom') : undefined;
  const saidTo = filter.saidTo != null ? parseDateArgument(filter.saidTo, 'filter.saidTo') : undefined;
  const saidFromDay = saidFrom && partialDateDayRange(saidFrom).firstDay;
  const saidToDay = saidTo && partialDateDayRange(saidTo).lastDay;
  if (saidFromDay && saidToDay && saidFromDay > saidToDay) {
    throw badUserInput(`saidFrom (${saidFrom.iso}) is after saidTo (${saidTo.iso})`, 'filter.saidFrom');
  }
  const text = filter.text?.trim();
  return {
    speakerId,
    aboutId,
    outletId,
    occasionId,
    stance: filter.stance ?? undefined,
    saidFromDay,
    saidToDay,
    directQuote: filter.directQuotesOnly ?? undefined,
    text: text ? text : undefined,
    includeRetracted: filter.includeRetracted ?? undefined,
  };
}

export const statements: QueryResolvers['statements'] = async (_root, { filter, orderBy, ...args }, context) =>
  statementConnection(context, await statementQueryFilter(context, filter), orderBy ?? 'SAID_ON_ASC', args);
