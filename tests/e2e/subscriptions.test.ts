/**
 * Live updates at the protocol level: a graphql-ws client (the one the dashboard uses) on /graphql of a running
 * claimgraph receives `claimReviewed` when a reviewer records a review, with the review and the claim's new status,
 * and `statementAdded` when an editor adds a statement.
 */
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleSpan, startWriteServer, succeed, TOKENS, type WriteServer } from '../support/writeServer.js';

let server: WriteServer;
let client: Client;

/** Subscribes and resolves with the first event, or fails after `timeoutMs`. */
function firstEvent<TData>(
  query: string,
  timeoutMs = 5_000,
): { event: Promise<FormattedExecutionResult<TData, unknown>>; ready: Promise<void> } {
  const iterator = client.iterate<TData>({ query });
  const event = Promise.race([
    iterator.next().then(async (result) => {
      await iterator.return?.();
      if (result.done) throw new Error('the subscription ended without an event');
      return result.value;
    }),
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms for ${query}`)), timeoutMs),
    ),
  ]);
  // graphql-ws does not acknowledge a subscribe message; the server registers it as soon as it reads it, so a short
  // pause after the connection is up is enough on one machine
  const ready = new Promise<void>((resolve) => setTimeout(resolve, 300));
  return { event, ready };
}

beforeAll(async () => {
  server = await startWriteServer();
  client = createClient({
    url: server.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
  });
  await new Promise<void>((resolve, reject) => {
    client.on('connected', () => resolve());
    client.on('error', reject);
  });
});

afterAll(async () => {
  await client?.dispose();
  await server?.close();
});

describe('subscriptions over graphql-ws', () => {
  it('a reviewClaim mutation sends claimReviewed with the review and the claim in its new status', async () => {
    const { event, ready } = firstEvent<{
      claimReviewed: {
        review: { id: string; ratingValue: number; ratingLabel: string; reviewer: string; explanation: string };
        claim: { slug: string; status: string; currentReview: { id: string } | null };
      };
    }>(`subscription {
      claimReviewed {
        review { id ratingValue ratingLabel reviewer explanation }
        claim { slug status currentReview { id } }
      }
    }`);
    await ready;
    const written = await succeed(
      server.as(
        'reviewer',
        `mutation Review($input: ReviewClaimInput!) { reviewClaim(input: $input) { review { id } claim { status } } }`,
        {
          input: {
            claim: 'west-60000-votes',
            ratingValue: 4,
            explanation: 'Close to the official count.',
            sources: [{ url: 'https://example.org/results', title: 'Official results' }],
          },
        },
      ),
    );
    const result = await event;
    expect(result.errors).toBeUndefined();
    const { review, claim } = result.data!.claimReviewed;
    expect(review).toEqual({
      id: written.reviewClaim.review.id,
      ratingValue: 4,
      ratingLabel: 'Mostly true',
      reviewer: TOKENS.reviewer.name,
      explanation: 'Close to the official count.',
    });
    expect(claim).toEqual({ slug: 'west-60000-votes', status: 'REVIEWED', currentReview: { id: review.id } });
    expect(written.reviewClaim.claim.status).toBe('REVIEWED');
  });

  it('an addStatement mutation sends statementAdded with the new statement', async () => {
    const { event, ready } = firstEvent<{
      statementAdded: {
        statement: {
          id: string;
          slug: string;
          quote: string;
          speaker: { slug: string };
          mentions: { entity: { slug: string }; stance: string }[];
        };
      };
    }>(`subscription {
      statementAdded { statement { id slug quote speaker { slug } mentions { entity { slug } stance } } }
    }`);
    await ready;
    const quote = 'I supported Joe Biden';
    const written = await succeed(
      server.as(
        'editor',
        `mutation Add($input: AddStatementInput!) { addStatement(input: $input) { statement { id } } }`,
        {
          input: {
            slug: 'legend-supported-biden-again',
            speaker: 'john-legend',
            quote,
            isDirectQuote: true,
            attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
            mentions: [{ entity: 'joe-biden', stance: 'SUPPORTS' }],
            evidence: [articleSpan(quote)],
          },
        },
      ),
    );
    const result = await event;
    expect(result.errors).toBeUndefined();
    expect(result.data!.statementAdded.statement).toEqual({
      id: written.addStatement.statement.id,
      slug: 'legend-supported-biden-again',
      quote,
      speaker: { slug: 'john-legend' },
      mentions: [{ entity: { slug: 'joe-biden' }, stance: 'SUPPORTS' }],
    });
  });

  it('refuses a subscription that is not in the schema, on the same socket', async () => {
    const iterator = client.iterate({ query: 'subscription { somethingElse }' });
    await expect(iterator.next()).rejects.toBeTruthy();
  });
});
