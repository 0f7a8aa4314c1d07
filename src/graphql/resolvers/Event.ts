import type { EventResolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../globalId.js';
import { toPartialDate } from '../references.js';
import { childStatementConnection } from '../statementLists.js';
import { datedFactModel } from './bases.js';
import { loadExisting, loadOptional } from './load.js';

export const Event: EventResolvers = {
  id: (event) => toGlobalId('Event', event.slug),
  date: (event) => toPartialDate(event.date),
  dateFact: (event) =>
    datedFactModel(event.date, event.dateKnownBy, event.dateBasis, 'event_date', event.id, {
      kind: 'event',
      id: event.id,
    }),
  participants: async (event, _args, context) =>
    loadExisting(context.loaders.entity, await context.loaders.participantIds.load(event.id)),
  outlet: (event, _args, context) => loadOptional(context.loaders.entity, event.outletId),
  statements: (event, args, context) => childStatementConnection(context, 'occasion', event.id, {}, args),
  evidence: (event, _args, context) => context.loaders.evidence.load({ kind: 'event', id: event.id }),
};
