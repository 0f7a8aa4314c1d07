/**
 * GraphQL operations the server runs for its own HTTP routes (ClaimReview JSON-LD, claim exports): through Apollo,
 * so they pass the same resolvers, loaders and store as a client's query, with a fresh request context each.
 */
import type { ApolloServer } from '@apollo/server';
import type { GraphQLContext } from '../graphql/context.js';

export type Execute = (
  query: string,
  variables: Record<string, unknown>,
) => Promise<{ data?: unknown; errors?: unknown }>;

export function internalOperations<C extends GraphQLContext>(
  apollo: ApolloServer<C>,
  contextFor: () => Promise<C>,
): Execute {
  return async (query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: await contextFor() });
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response');
    return response.body.singleResult;
  };
}
