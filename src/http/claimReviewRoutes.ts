/**
 * ClaimReview JSON-LD at plain HTTP URLs, for publishing verdicts where search engines read them:
 * `/claims/:slug/claimreview` for one claim, `/claimreview` for every claim that has a current review. Both are
 * answered through the public GraphQL API (the same resolvers, the same masking of errors).
 */
import type { ApolloServer } from '@apollo/server';
import type { FastifyInstance } from 'fastify';
import type { GraphQLContext } from '../graphql/context.js';
import { internalOperations } from './internalOperation.js';
import { MAX_PAGE_SIZE } from '../graphql/connection.js';
import { toGlobalId } from '../graphql/globalId.js';

const JSON_LD = 'application/ld+json; charset=utf-8';

const ONE_CLAIM = `query ClaimReviewOf($id: ID!) { node(id: $id) { ... on Claim { claimReview retraction { reason } } } }`;

const REVIEWED_CLAIMS = `query ReviewedClaims($status: ClaimStatus!, $after: String) {
  claims(filter: { status: $status }, first: ${MAX_PAGE_SIZE}, after: $after) {
    nodes { claimReview }
    pageInfo { hasNextPage endCursor }
  }
}`;

export function registerClaimReviewRoutes<C extends GraphQLContext>(
  app: FastifyInstance,
  apollo: ApolloServer<C>,
  contextFor: () => Promise<C>,
): void {
  const execute = internalOperations(apollo, contextFor);

  app.get<{ Params: { slug: string } }>('/claims/:slug/claimreview', async (request, reply) => {
    const result = await execute(ONE_CLAIM, { id: toGlobalId('Claim', request.params.slug) });
    const codes = ((result.errors ?? []) as { extensions?: { code?: string } }[]).map((e) => e.extensions?.code);
    if (codes.includes('NOT_FOUND') || codes.includes('BAD_USER_INPUT')) {
      return reply.code(404).send({ error: `no claim has the slug "${request.params.slug}"` });
    }
    if (result.errors) return reply.code(500).send({ errors: result.errors });
    const node = (result.data as { node: { claimReview: unknown; retraction: { reason: string } | null } }).node;
    if (node.retraction !== null) {
      return reply.code(410).send({ error: `claim "${request.params.slug}" was retracted: ${node.retraction.reason}` });
    }
    if (node.claimReview === null) {
      return reply.code(404).send({ error: `claim "${request.params.slug}" has no review yet` });
    }
    return reply.type(JSON_LD).send(JSON.stringify(node.claimReview, null, 2));
  });

  app.get('/claimreview', async (_request, reply) => {
    const reviews: unknown[] = [];
    for (const status of ['REVIEWED', 'DISPUTED', 'UNDER_REVIEW']) {
      let after: string | null = null;
      do {
        const result = await execute(REVIEWED_CLAIMS, { status, after });
        if (result.errors) return reply.code(500).send({ errors: result.errors });
        const page = (
          result.data as {
            claims: { nodes: { claimReview: unknown }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
          }
        ).claims;
        for (const { claimReview } of page.nodes) {
          // one @context for the whole graph
          if (claimReview !== null) reviews.push(withoutContext(claimReview as Record<string, unknown>));
        }
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after !== null);
    }
    return reply.type(JSON_LD).send(JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews }, null, 2));
  });
}

function withoutContext(review: Record<string, unknown>): Record<string, unknown> {
  const { ['@context']: _context, ...rest } = review;
  return rest;
}
