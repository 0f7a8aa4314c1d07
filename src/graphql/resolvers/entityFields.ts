/**
 * Fields every entity (Person, Outlet, Organization) has, resolved the same way for each.
 */
import type { EntityRow } from '../../store/rows.js';
import type { Stance } from '../../generated/graphql.js';
import type { ConnectionArgs } from '../connection.js';
import type { GraphQLContext } from '../context.js';
import { toGlobalId } from '../globalId.js';
import { requireEntityId } from '../references.js';
import { childStatementConnection } from '../statementLists.js';
import { pagedListConnection } from './listConnection.js';
import { entityTypeName } from './nodeTypeName.js';

export const entityFieldResolvers = {
  id: (entity: EntityRow) => toGlobalId(entityTypeName(entity), entity.slug),
  entityType: (entity: EntityRow) => entity.type,
  aliases: (entity: EntityRow, _args: unknown, context: GraphQLContext) => context.loaders.aliases.load(entity.id),
  evidence: (entity: EntityRow, _args: unknown, context: GraphQLContext) =>
    context.loaders.evidence.load({ kind: 'entity', id: entity.id }),
  statements: (entity: EntityRow, args: ConnectionArgs, context: GraphQLContext) =>
    childStatementConnection(context, 'speaker', entity.id, {}, args),
  statementsAbout: (
    entity: EntityRow,
    { stance, ...args }: ConnectionArgs & { stance?: Stance | null },
    context: GraphQLContext,
  ) => childStatementConnection(context, 'about', entity.id, stance ? { stance } : {}, args),
  saidAbout: async (
    entity: EntityRow,
    { subject, stance, ...args }: ConnectionArgs & { subject: string; stance?: Stance | null },
    context: GraphQLContext,
  ) => {
    const aboutId = await requireEntityId(context, subject, 'subject');
    return childStatementConnection(context, 'speaker', entity.id, { aboutId, ...(stance ? { stance } : {}) }, args);
  },
  claims: pagedListConnection('entity:claims', 'claimsOfClaimant'),
  claimsAbout: pagedListConnection('entity:claimsAbout', 'claimsAboutEntity'),
  events: pagedListConnection('entity:events', 'eventsOfParticipant'),
  relationships: pagedListConnection('entity:relationships', 'relationshipsOfEntity'),
};
