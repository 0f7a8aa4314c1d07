/**
 * The signed-in reviewer's side of reviewing, over GraphQL/HTTP: `viewer` says whom a token belongs to (or refuses a
 * wrong one), reviews are signed with the token's display name, and a review's own author (or an admin) may revise
 * it, which supersedes it with a new review, or withdraw it; any other reviewer is refused. Each change is in the
 * history and the claim's status follows. The tests run in order, as one story on one claim.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  globalId,
  refuse,
  startWriteServer,
  succeed,
  TOKENS,
  TOKENS_VARIABLE,
  type Json,
  type WriteServer,
} from './support/writeServer.js';

/** A reviewer whose token carries a display name, and a second reviewer without one. */
const RUTH = { name: 'ruth', displayName: 'Ruth Example-Okafor', token: 'reviewer-token-of-ruth-0123456789' };
const OTTO = { name: 'otto', token: 'reviewer-token-of-otto-0123456789' };

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer({
    env: {
      CLAIMGRAPH_TOKENS: [
        TOKENS_VARIABLE,
        `${RUTH.name}=${RUTH.displayName}:reviewer:${RUTH.token}`,
        `${OTTO.name}:reviewer:${OTTO.token}`,
      ].join(','),
    },
  });
});

afterAll(async () => {
  await server?.close();
});

const CLAIM = 'legend-real-cause';
const SOURCE = { url: 'https://example.org/interview', title: 'The interview', accessed: '2024-05' };

function withToken(token: string, query: string, variables?: Record<string, unknown>) {
  return server.graphql(query, variables, { headers: { authorization: `Bearer ${token}` } });
}

const VIEWER = 'query { viewer { name displayName role } }';

const CLAIM_STATE = `query ClaimState($id: ID!) {
  node(id: $id) { ... on Claim { status currentReview { slug ratingValue reviewer } reviews { totalCount } } }
}`;

async function claimState(): Promise<Json> {
  return (await succeed(server.graphql(CLAIM_STATE, { id: globalId('Claim', CLAIM) }))).node;
}

const REVIEW_FIELDS = 'id slug ratingValue ratingLabel reviewer retraction { reason retractedBy }';

const REVISE = `mutation Revise($input: ReviseReviewInput!) {
  reviseReview(input: $input) { review { ${REVIEW_FIELDS} } revised { ${REVIEW_FIELDS} } claim { status } }
}`;

const WITHDRAW = `mutation Withdraw($input: WithdrawReviewInput!) {
  withdrawReview(input: $input) { review { ${REVIEW_FIELDS} } claim { status currentReview { slug } } }
}`;

function revision(review: string, ratingValue: number) {
  return { input: { review, ratingValue, explanation: `Revised to ${ratingValue}.`, sources: [SOURCE] } };
}

async function reviewAs(token: string, ratingValue: number): Promise<Json> {
  const data = await succeed(
    withToken(
      token,
      `mutation Review($input: ReviewClaimInput!) { reviewClaim(input: $input) { review { ${REVIEW_FIELDS} } } }`,
      { input: { claim: CLAIM, ratingValue, explanation: `Rated ${ratingValue}.`, sources: [SOURCE] } },
    ),
  );
  return data.reviewClaim.review;
}

async function historyOf(id: string): Promise<[string, string, string][]> {
  const data = await succeed(
    server.graphql('query H($id: ID!) { history(id: $id) { nodes { action actor summary } } }', { id }),
  );
  return data.history.nodes.map((change: Json) => [change.action, change.actor, change.summary]);
}

describe('viewer', () => {
  it('is null without a token', async () => {
    expect((await succeed(server.graphql(VIEWER))).viewer).toBeNull();
  });

  it('gives the name, the display name and the role of a token that has a display name', async () => {
    expect((await succeed(withToken(RUTH.token, VIEWER))).viewer).toEqual({
      name: RUTH.name,
      displayName: RUTH.displayName,
      role: 'reviewer',
    });
  });

  it("falls back to the token's name as the display name", async () => {
    expect((await succeed(server.as('admin', VIEWER))).viewer).toEqual({
      name: TOKENS.admin.name,
      displayName: TOKENS.admin.name,
      role: 'admin',
    });
  });

  it('refuses a token that is not valid with UNAUTHENTICATED, as writes do', async () => {
    const { error } = await refuse(withToken('not-a-token-of-anyone-0123456789', VIEWER), 'UNAUTHENTICATED');
    expect(error.message).toContain('not valid');
    expect(error.message).not.toContain('not-a-token-of-anyone');
  });

  it('refuses an Authorization header that is not a bearer token', async () => {
    await refuse(server.graphql(VIEWER, {}, { headers: { authorization: 'Basic abc' } }), 'UNAUTHENTICATED');
  });
});

describe('revising and withdrawing one’s own review', () => {
  let first: Json;
  let second: Json;

  it('signs a new review with the display name of its token', async () => {
    first = await reviewAs(RUTH.token, 4);
    expect(first).toMatchObject({ ratingValue: 4, ratingLabel: 'Mostly true', reviewer: RUTH.displayName });
    expect(await claimState()).toMatchObject({ status: 'REVIEWED', currentReview: { slug: first.slug } });
  });

  it('signs with the token name when the token has no display name', async () => {
    expect((await reviewAs(TOKENS.reviewer.token, 4)).reviewer).toBe(TOKENS.reviewer.name);
  });

  it("refuses another reviewer's revision or withdrawal with FORBIDDEN and changes nothing", async () => {
    const before = await claimState();
    const revised = await refuse(withToken(OTTO.token, REVISE, revision(first.id, 1)), 'FORBIDDEN');
    expect(revised.error.message).toContain(first.slug);
    await refuse(withToken(OTTO.token, WITHDRAW, { input: { review: first.id, reason: 'mine now' } }), 'FORBIDDEN');
    expect(await claimState()).toEqual(before);
    expect((await historyOf(first.id)).map(([action]) => action)).toEqual(['REVIEW']);
  });

  it('refuses an editor and a caller without a token', async () => {
    await refuse(server.as('editor', REVISE, revision(first.id, 1)), 'FORBIDDEN');
    await refuse(server.as(null, WITHDRAW, { input: { review: first.id, reason: 'no' } }), 'UNAUTHENTICATED');
  });

  it('lets the author revise: a new review supersedes the old, which is retracted naming its successor', async () => {
    const data = (await succeed(withToken(RUTH.token, REVISE, revision(first.id, 1)))).reviseReview;
    second = data.review;
    expect(second).toMatchObject({
      ratingValue: 1,
      ratingLabel: 'False',
      reviewer: RUTH.displayName,
      retraction: null,
    });
    expect(second.slug).not.toBe(first.slug);
    expect(data.revised).toMatchObject({
      slug: first.slug,
      retraction: { reason: `revised by ${second.slug}`, retractedBy: RUTH.name },
    });
    // the other reviewer's 4 now disagrees with Ruth's 1
    expect(data.claim.status).toBe('DISPUTED');
    expect(await claimState()).toMatchObject({ status: 'DISPUTED', currentReview: { slug: second.slug } });
  });

  it('records the revision in both reviews’ histories', async () => {
    expect((await historyOf(first.id)).map(([action, actor]) => [action, actor])).toEqual([
      ['REVIEW', RUTH.name],
      ['RETRACT', RUTH.name],
    ]);
    expect((await historyOf(second.id)).map(([action, actor]) => [action, actor])).toEqual([['REVIEW', RUTH.name]]);
  });

  it('refuses to revise or withdraw a review that is already retracted', async () => {
    const { error } = await refuse(withToken(RUTH.token, REVISE, revision(first.id, 2)), 'BAD_USER_INPUT');
    expect(error.message).toContain('already retracted');
    await refuse(withToken(RUTH.token, WITHDRAW, { input: { review: first.id, reason: 'again' } }), 'BAD_USER_INPUT');
  });

  it('refuses a revision with bad input and leaves the old review current', async () => {
    const bad = { input: { ...revision(second.id, 9).input } };
    await refuse(withToken(RUTH.token, REVISE, bad), 'BAD_USER_INPUT');
    expect(await claimState()).toMatchObject({ status: 'DISPUTED', currentReview: { slug: second.slug } });
    expect((await historyOf(second.id)).map(([action]) => action)).toEqual(['REVIEW']);
  });

  it('refuses an id of another type, an unknown review and an empty reason', async () => {
    await refuse(
      withToken(RUTH.token, WITHDRAW, { input: { review: globalId('Claim', CLAIM), reason: 'x' } }),
      'BAD_USER_INPUT',
    );
    await refuse(
      withToken(RUTH.token, WITHDRAW, { input: { review: globalId('ClaimReview', 'review-nothing'), reason: 'x' } }),
      'NOT_FOUND',
    );
    await refuse(withToken(RUTH.token, WITHDRAW, { input: { review: second.id, reason: '   ' } }), 'BAD_USER_INPUT');
    const long = await refuse(
      withToken(RUTH.token, WITHDRAW, { input: { review: second.id, reason: 'x'.repeat(2001) } }),
      'BAD_USER_INPUT',
    );
    expect(long.error.message).toContain('reason');
    expect(await claimState()).toMatchObject({ currentReview: { slug: second.slug } });
  });

  it('lets the author withdraw: the review is retracted with the reason and the claim status recomputed', async () => {
    const data = (
      await succeed(withToken(RUTH.token, WITHDRAW, { input: { review: second.id, reason: 'the source was misread' } }))
    ).withdrawReview;
    expect(data.review.retraction).toEqual({ reason: 'the source was misread', retractedBy: RUTH.name });
    expect(data.claim.status).toBe('REVIEWED');
    expect(data.claim.currentReview.slug).not.toBe(second.slug);
    expect((await historyOf(second.id)).map(([action, actor]) => [action, actor])).toEqual([
      ['REVIEW', RUTH.name],
      ['RETRACT', RUTH.name],
    ]);
  });

  it("lets an admin revise and withdraw another reviewer's review", async () => {
    const ottos = await reviewAs(OTTO.token, 2);
    expect((await claimState()).status).toBe('DISPUTED');
    const revised = (await succeed(server.as('admin', REVISE, revision(ottos.id, 5)))).reviseReview;
    expect(revised.revised.retraction).toEqual({
      reason: `revised by ${revised.review.slug}`,
      retractedBy: TOKENS.admin.name,
    });
    // the admin signs the new version
    expect(revised.review.reviewer).toBe(TOKENS.admin.name);
    expect(revised.claim.status).toBe('REVIEWED');
    const withdrawn = (
      await succeed(server.as('admin', WITHDRAW, { input: { review: revised.review.id, reason: 'duplicate' } }))
    ).withdrawReview;
    expect(withdrawn.review.retraction).toEqual({ reason: 'duplicate', retractedBy: TOKENS.admin.name });
    expect(withdrawn.claim.status).toBe('REVIEWED');
  });
});
