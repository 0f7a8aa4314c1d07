/**
 * Subscriptions: each event names the records by slug; they are loaded with fresh loaders, so what a client
 * receives is the state after the write (a claim's new status), never an earlier event's cached rows.
 */
import type { SubscriptionResolvers } from '../../generated/graphql.js';
import type { EventOf } from '../../events/eventBus.js';
import { refreshLoaders, type GraphQLContext } from '../context.js';
import { loadOne } from './load.js';

async function idOf(context: GraphQLContext, table: 'review' | 'claim' | 'statement', slug: string): Promise<number> {
  const id = await context.loaders.idBySlug[table].load(slug);
  if (id === null) throw new Error(`an event names ${table} "${slug}", which is not stored`);
  return id;
}

export const Subscription: SubscriptionResolvers = {
  claimReviewed: {
    subscribe: (_root, _args, context) => context.events.subscribe('claimReviewed') as never,
    resolve: async (event: EventOf<'claimReviewed'>, _args: unknown, context: GraphQLContext) => {
      refreshLoaders(context);
      const [reviewId, claimId] = await Promise.all([
        idOf(context, 'review', event.reviewSlug),
        idOf(context, 'claim', event.claimSlug),
      ]);
      const [review, claim] = await Promise.all([
        loadOne(context.loaders.review, reviewId),
        loadOne(context.loaders.claim, claimId),
      ]);
      return { review, claim };
    },
  },
  statementAdded: {
    subscribe: (_root, _args, context) => context.events.subscribe('statementAdded') as never,
    resolve: async (event: EventOf<'statementAdded'>, _args: unknown, context: GraphQLContext) => {
      refreshLoaders(context);
      return {
        statement: await loadOne(context.loaders.statement, await idOf(context, 'statement', event.statementSlug)),
      };
    },
  },
};
