import type { NameOrder, QueryResolvers } from '../../../generated/graphql.js';
import type { EntityType } from '../../../store/rows.js';
import { connectionFromPage, pageQueryFromArgs, type ConnectionArgs } from '../../connection.js';
import type { GraphQLContext } from '../../context.js';

type NameArgs = ConnectionArgs & { orderBy?: NameOrder | null };

async function entityConnection(context: GraphQLContext, type: EntityType, { orderBy, ...args }: NameArgs) {
  const order = orderBy === 'NAME_DESC' ? 'DESC' : 'ASC';
  const list = `entities:${type}:${order}`;
  const page = pageQueryFromArgs(list, args);
  const result = await context.store.entityPage(type, order, page);
  return connectionFromPage(list, result, page, () => context.store.countEntities(type));
}

export const people: QueryResolvers['people'] = (_root, args, context) => entityConnection(context, 'PERSON', args);
export const outlets: QueryResolvers['outlets'] = (_root, args, context) => entityConnection(context, 'OUTLET', args);
export const organizations: QueryResolvers['organizations'] = (_root, args, context) =>
  entityConnection(context, 'ORGANIZATION', args);
