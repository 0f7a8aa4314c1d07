/**
 * A fact-checker's verdicts: a claim goes UNREVIEWED -> UNDER_REVIEW (a reviewer starts) -> REVIEWED (a review)
 * -> DISPUTED (a second review that disagrees) -> REVIEWED again once the disagreeing review is retracted. Reviews
 * are listed oldest first, the latest one is the current verdict, ratings are an ordinal (1-5) with a text label,
 * and the dashboard's filters and counts follow. The tests run in order, as one review story.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  globalId,
  startWriteServer,
  succeed,
  TOKENS,
  type Json,
  type TestRole,
  type WriteServer,
} from './support/writeServer.js';

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer();
});

afterAll(async () => {
  await server?.close();
});

const CLAIM = 'fell-out-over-trump';
const SOURCE = {
  url: 'https://example.org/the-new-yorker-interview',
  title: 'The New Yorker interview',
  accessed: '2024-05',
};

const REVIEW_FIELDS =
  'id ratingValue ratingLabel verdict explanation reviewer reviewedAt sources { url title accessed { iso } }';

const CLAIM_STATE = `query ClaimState($id: ID!) {
  node(id: $id) {
    ... on Claim {
      status
      currentReview { ratingValue ratingLabel verdict }
      reviews { totalCount nodes { ratingValue ratingLabel verdict reviewer } }
    }
  }
}`;

async function claimState(slug: string): Promise<Json> {
  return (await succeed(server.graphql(CLAIM_STATE, { id: globalId('Claim', slug) }))).node;
}

async function review(role: TestRole, claim: string, ratingValue: number, ratingLabel?: string): Promise<Json> {
  const data = await succeed(
    server.as(
      role,
      `mutation Review($input: ReviewClaimInput!) {
        reviewClaim(input: $input) { review { ${REVIEW_FIELDS} } claim { slug status currentReview { id } } }
      }`,
      {
        input: {
          claim,
          ratingValue,
          ...(ratingLabel ? { ratingLabel } : {}),
          explanation: `Rated ${ratingValue} by the review tests.`,
          sources: [SOURCE],
        },
      },
    ),
  );
  return data.reviewClaim;
}

/** Which claims the dashboard's filters list, and its counts. */
async function dashboard(status: string, rating: number): Promise<Json> {
  return succeed(
    server.graphql(
      `query Dashboard($status: ClaimStatus!, $rating: Int!) {
        byStatus: claims(filter: { status: $status }) { nodes { slug } }
        byRating: claims(filter: { rating: $rating }) { nodes { slug } }
        factCheckSummary { byStatus { status count } byRating { ratingValue ratingLabel count } }
      }`,
      { status, rating },
    ),
  );
}

/** How the claim's status is known (Claim.statusBasis), derived from its reviews and disputes. */
async function statusBasis(slug: string): Promise<Json> {
  const data = await succeed(
    server.graphql(
      'query Basis($id: ID!) { node(id: $id) { ... on Claim { statusBasis { kind reason sources { url } evidence { exact } } } } }',
      { id: globalId('Claim', slug) },
    ),
  );
  return data.node.statusBasis;
}

function countOf(summary: Json, status: string): number {
  return summary.factCheckSummary.byStatus.find((entry: Json) => entry.status === status).count;
}

let disagreeingReviewId: string;

describe('the review story of "they fell out over Trump"', () => {
  it('starts UNREVIEWED with no review and no verdict', async () => {
    expect(await claimState(CLAIM)).toEqual({
      status: 'UNREVIEWED',
      currentReview: null,
      reviews: { totalCount: 0, nodes: [] },
    });
    const board = await dashboard('UNREVIEWED', 4);
    expect(board.byStatus.nodes.map((c: Json) => c.slug)).toContain(CLAIM);
    expect(countOf(board, 'UNREVIEWED')).toBe(5);
    expect(board.factCheckSummary.byRating).toEqual([{ ratingValue: null, ratingLabel: null, count: 5 }]);
    // no published review: the status is inferred, shown where the claim is made
    expect(await statusBasis(CLAIM)).toEqual({
      kind: 'INFERRED',
      reason: 'no published review is recorded',
      sources: [],
      evidence: [
        {
          exact:
            'it appeared that famous artists John Legend and Kanye West had a traditional Democrat vs. Republican fallout',
        },
        { exact: 'we stopped being friends because he supported Trump' },
      ],
    });
  });

  it('a reviewer starts the review: UNDER_REVIEW', async () => {
    const data = await succeed(
      server.as('reviewer', 'mutation { startClaimReview(claim: "fell-out-over-trump") { claim { slug status } } }'),
    );
    expect(data.startClaimReview.claim).toEqual({ slug: CLAIM, status: 'UNDER_REVIEW' });
    const board = await dashboard('UNDER_REVIEW', 4);
    expect(board.byStatus.nodes).toEqual([{ slug: CLAIM }]);
    expect(countOf(board, 'UNDER_REVIEW')).toBe(1);
    expect(countOf(board, 'UNREVIEWED')).toBe(4);
    expect(await statusBasis(CLAIM)).toMatchObject({
      kind: 'INFERRED',
      reason: 'a review has been started; no published review is recorded',
    });
  });

  it('a first review rated 4 makes it REVIEWED, "Mostly true", verdict TRUE', async () => {
    const result = await review('reviewer', CLAIM, 4);
    expect(result.review).toEqual({
      id: expect.any(String),
      ratingValue: 4,
      ratingLabel: 'Mostly true',
      verdict: 'TRUE',
      explanation: 'Rated 4 by the review tests.',
      reviewer: TOKENS.reviewer.name,
      reviewedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/),
      sources: [{ url: SOURCE.url, title: SOURCE.title, accessed: { iso: '2024-05' } }],
    });
    expect(result.claim).toEqual({ slug: CLAIM, status: 'REVIEWED', currentReview: { id: result.review.id } });
    expect(await claimState(CLAIM)).toEqual({
      status: 'REVIEWED',
      currentReview: { ratingValue: 4, ratingLabel: 'Mostly true', verdict: 'TRUE' },
      reviews: {
        totalCount: 1,
        nodes: [{ ratingValue: 4, ratingLabel: 'Mostly true', verdict: 'TRUE', reviewer: TOKENS.reviewer.name }],
      },
    });
    const board = await dashboard('REVIEWED', 4);
    expect(board.byStatus.nodes).toEqual([{ slug: CLAIM }]);
    expect(board.byRating.nodes).toEqual([{ slug: CLAIM }]);
    expect(countOf(board, 'REVIEWED')).toBe(1);
    expect(countOf(board, 'UNDER_REVIEW')).toBe(0);
    expect(board.factCheckSummary.byRating).toEqual([
      { ratingValue: null, ratingLabel: null, count: 4 },
      { ratingValue: 4, ratingLabel: 'Mostly true', count: 1 },
    ]);
    // a review cites sources outside the article: the status is known externally, from them
    expect(await statusBasis(CLAIM)).toEqual({
      kind: 'EXTERNAL',
      reason: null,
      sources: [{ url: SOURCE.url }],
      evidence: [],
    });
  });

  it('a second review rated 1 disagrees: DISPUTED, and the latest review is the current verdict', async () => {
    const result = await review('admin', CLAIM, 1);
    disagreeingReviewId = result.review.id;
    expect(result.review).toMatchObject({
      ratingValue: 1,
      ratingLabel: 'False',
      verdict: 'FALSE',
      reviewer: TOKENS.admin.name,
    });
    expect(result.claim).toEqual({ slug: CLAIM, status: 'DISPUTED', currentReview: { id: disagreeingReviewId } });
    expect(await claimState(CLAIM)).toEqual({
      status: 'DISPUTED',
      currentReview: { ratingValue: 1, ratingLabel: 'False', verdict: 'FALSE' },
      reviews: {
        totalCount: 2,
        nodes: [
          { ratingValue: 4, ratingLabel: 'Mostly true', verdict: 'TRUE', reviewer: TOKENS.reviewer.name },
          { ratingValue: 1, ratingLabel: 'False', verdict: 'FALSE', reviewer: TOKENS.admin.name },
        ],
      },
    });
    const board = await dashboard('DISPUTED', 1);
    expect(board.byStatus.nodes).toEqual([{ slug: CLAIM }]);
    expect(board.byRating.nodes).toEqual([{ slug: CLAIM }]);
    expect((await dashboard('REVIEWED', 4)).byRating.nodes).toEqual([]);
    expect(countOf(board, 'DISPUTED')).toBe(1);
    expect(countOf(board, 'REVIEWED')).toBe(0);
    expect(board.factCheckSummary.byRating).toEqual([
      { ratingValue: null, ratingLabel: null, count: 4 },
      { ratingValue: 1, ratingLabel: 'False', count: 1 },
    ]);
    // the reviewers disagree: both reviews' sources (one here, cited twice), and the ratings as the reason
    expect(await statusBasis(CLAIM)).toEqual({
      kind: 'EXTERNAL',
      reason: `the reviews disagree: Mostly true (${TOKENS.reviewer.name}), False (${TOKENS.admin.name})`,
      sources: [{ url: SOURCE.url }],
      evidence: [],
    });
  });

  it('retracting the disagreeing review (admin) makes it REVIEWED again, the first review current', async () => {
    const data = await succeed(
      server.as(
        'admin',
        'mutation Retract($id: ID!) { retract(id: $id, reason: "Rated the wrong claim.") { node { id } } }',
        {
          id: disagreeingReviewId,
        },
      ),
    );
    expect(data.retract.node).toEqual({ id: disagreeingReviewId });
    expect(await claimState(CLAIM)).toEqual({
      status: 'REVIEWED',
      currentReview: { ratingValue: 4, ratingLabel: 'Mostly true', verdict: 'TRUE' },
      reviews: {
        totalCount: 1,
        nodes: [{ ratingValue: 4, ratingLabel: 'Mostly true', verdict: 'TRUE', reviewer: TOKENS.reviewer.name }],
      },
    });
    const board = await dashboard('REVIEWED', 4);
    expect(board.byStatus.nodes).toEqual([{ slug: CLAIM }]);
    expect(board.byRating.nodes).toEqual([{ slug: CLAIM }]);
    expect((await dashboard('DISPUTED', 1)).byStatus.nodes).toEqual([]);
    expect(countOf(board, 'DISPUTED')).toBe(0);
    expect(countOf(board, 'REVIEWED')).toBe(1);
    // the retracted review is kept, marked
    const kept = await succeed(
      server.graphql(
        'query Review($id: ID!) { node(id: $id) { ... on ClaimReview { ratingValue retraction { reason retractedBy } claim { slug } } } }',
        {
          id: disagreeingReviewId,
        },
      ),
    );
    expect(kept.node).toEqual({
      ratingValue: 1,
      retraction: { reason: 'Rated the wrong claim.', retractedBy: TOKENS.admin.name },
      claim: { slug: CLAIM },
    });
  });
});

describe('ratings: labels, verdicts and agreement', () => {
  it('the default labels are False, Mostly false, Half true, Mostly true and True', async () => {
    const labels: [string, number, string, string][] = [
      ['used-by-democrats', 1, 'False', 'FALSE'],
      ['used-by-democrats', 2, 'Mostly false', 'FALSE'],
      ['legend-real-cause', 3, 'Half true', 'MIXED'],
      ['west-60000-votes', 4, 'Mostly true', 'TRUE'],
      ['west-60000-votes', 5, 'True', 'TRUE'],
    ];
    for (const [claim, value, label, verdict] of labels) {
      const result = await review('reviewer', claim, value);
      expect(result.review).toMatchObject({ ratingValue: value, ratingLabel: label, verdict });
    }
  });

  it('1 and 2 agree (both FALSE), 4 and 5 agree (both TRUE): those claims are REVIEWED, not DISPUTED', async () => {
    expect((await claimState('used-by-democrats')).status).toBe('REVIEWED');
    expect((await claimState('west-60000-votes')).status).toBe('REVIEWED');
    expect((await claimState('west-60000-votes')).currentReview).toEqual({
      ratingValue: 5,
      ratingLabel: 'True',
      verdict: 'TRUE',
    });
  });

  it('a MIXED rating disagrees with a TRUE one: DISPUTED', async () => {
    await review('reviewer', 'legend-real-cause', 5);
    expect((await claimState('legend-real-cause')).status).toBe('DISPUTED');
  });

  it('a review may give its own label; the ordinal still decides the verdict', async () => {
    const result = await review('reviewer', 'west-changed-their-lives', 2, 'Exaggerated');
    expect(result.review).toMatchObject({ ratingValue: 2, ratingLabel: 'Exaggerated', verdict: 'FALSE' });
    expect((await claimState('west-changed-their-lives')).currentReview).toEqual({
      ratingValue: 2,
      ratingLabel: 'Exaggerated',
      verdict: 'FALSE',
    });
  });

  it('the summary counts every claim once, by status and by current rating', async () => {
    const data = await succeed(
      server.graphql(`{
        factCheckSummary { totalClaims byStatus { status count } byRating { ratingValue ratingLabel count } }
        rated2: claims(filter: { rating: 2 }) { nodes { slug } }
        disputed: claims(filter: { status: DISPUTED }) { nodes { slug } }
      }`),
    );
    expect(data.factCheckSummary).toEqual({
      totalClaims: 5,
      byStatus: [
        { status: 'UNREVIEWED', count: 0 },
        { status: 'UNDER_REVIEW', count: 0 },
        { status: 'REVIEWED', count: 4 },
        { status: 'DISPUTED', count: 1 },
      ],
      byRating: [
        { ratingValue: 2, ratingLabel: 'Exaggerated', count: 1 },
        { ratingValue: 2, ratingLabel: 'Mostly false', count: 1 },
        { ratingValue: 4, ratingLabel: 'Mostly true', count: 1 },
        { ratingValue: 5, ratingLabel: 'True', count: 2 },
      ],
    });
    expect(data.rated2.nodes.map((c: Json) => c.slug).sort()).toEqual([
      'used-by-democrats',
      'west-changed-their-lives',
    ]);
    expect(data.disputed.nodes).toEqual([{ slug: 'legend-real-cause' }]);
  });
});
