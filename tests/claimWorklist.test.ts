/**
 * The claims list as a fact-checker's worklist, over GraphQL on the configured backend: every order pages through
 * every claim exactly once, forwards and backwards, in its documented order (ties by the order recorded); the text
 * and verdict filters, and totalCount under them; cursors are bound to their order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PAGE_INFO,
  ask,
  askForError,
  pageBackward,
  pageForward,
  type ConnectionJson,
  type Json,
} from './support/queryHelpers.js';
import { readFixtureDataset, startTestServer, writeDatasetVariant, type TestServer } from './support/testServer.js';
import { WORKLIST_CLAIM_COUNT, worklistDataset } from './support/worklistDataset.js';

const NODE = `slug text status firstSeen { iso } lastReviewedAt currentReview { ratingValue }
  appearances { totalCount } disputedBy { totalCount }`;

const CLAIMS = `query ($filter: ClaimFilter, $order: ClaimOrder, $first: Int, $after: String, $last: Int, $before: String) {
  claims(filter: $filter, order: $order, first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { ${NODE} } } ${PAGE_INFO}
  }
}`;

interface ClaimNode {
  slug: string;
  text: string;
  status: string;
  firstSeen: { iso: string } | null;
  lastReviewedAt: string | null;
  currentReview: { ratingValue: number } | null;
  appearances: { totalCount: number };
  disputedBy: { totalCount: number };
}

let server: TestServer;
let removeDataset: () => void;
/** every current claim, in the order recorded */
let recorded: ClaimNode[];

async function claimsPage(variables: Record<string, unknown>): Promise<ConnectionJson<ClaimNode>> {
  return (await ask(server, CLAIMS, variables)).data.claims;
}

async function allClaims(variables: Record<string, unknown>): Promise<ClaimNode[]> {
  return pageForward((first, after) => claimsPage({ ...variables, first, after }), 100);
}

beforeAll(async () => {
  const { dataset, texts } = worklistDataset(readFixtureDataset());
  const variant = writeDatasetVariant(dataset, texts);
  removeDataset = variant.remove;
  server = await startTestServer({ seedDataset: variant.datasetFile });
  recorded = await allClaims({});
});

afterAll(async () => {
  await server?.close();
  removeDataset?.();
});

const STATUS_RANK: Record<string, number> = { DISPUTED: 0, UNDER_REVIEW: 1, UNREVIEWED: 2, REVIEWED: 3 };

/** Compares two values of a sort key, the missing ones (null) last whatever the direction. */
function compareKeys(a: string | number | null, b: string | number | null, descending: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const ascending = a < b ? -1 : 1;
  return descending ? -ascending : ascending;
}

/** Each order's key and direction, as the schema documents them; ties by the order recorded, same direction. */
const ORDERS: Record<string, { key: (claim: ClaimNode) => string | number | null; descending: boolean }> = {
  FIRST_SEEN_ASC: { key: (claim) => claim.firstSeen?.iso ?? null, descending: false },
  FIRST_SEEN_DESC: { key: (claim) => claim.firstSeen?.iso ?? null, descending: true },
  LAST_REVIEWED_DESC: { key: (claim) => claim.lastReviewedAt, descending: true },
  LAST_REVIEWED_ASC: { key: (claim) => claim.lastReviewedAt, descending: false },
  STATUS: { key: (claim) => STATUS_RANK[claim.status], descending: false },
  DISPUTES_DESC: { key: (claim) => claim.disputedBy.totalCount, descending: true },
  APPEARANCES_DESC: { key: (claim) => claim.appearances.totalCount, descending: true },
};

function expectedOrder(order: string): string[] {
  const { key, descending } = ORDERS[order];
  const place = new Map(recorded.map((claim, index) => [claim.slug, index]));
  return [...recorded]
    .sort(
      (a, b) =>
        compareKeys(key(a), key(b), descending) || (descending ? -1 : 1) * (place.get(a.slug)! - place.get(b.slug)!),
    )
    .map((claim) => claim.slug);
}

describe('claims(order:)', () => {
  it('lists the fixture and the added claims', () => {
    expect(recorded.length).toBe(5 + WORKLIST_CLAIM_COUNT);
    expect(new Set(recorded.map((claim) => claim.slug)).size).toBe(recorded.length);
  });

  it('has ties, undated and unreviewed claims to order', () => {
    const fields = (pick: (claim: ClaimNode) => unknown) => recorded.map(pick);
    const repeated = (values: unknown[]) => new Set(values).size < values.length;
    expect(fields((claim) => claim.firstSeen)).toContain(null);
    expect(fields((claim) => claim.lastReviewedAt)).toContain(null);
    expect(repeated(fields((claim) => claim.firstSeen?.iso).filter((iso) => iso !== undefined))).toBe(true);
    expect(repeated(fields((claim) => claim.lastReviewedAt).filter((at) => at !== null))).toBe(true);
    expect(new Set(fields((claim) => claim.status)).size).toBeGreaterThanOrEqual(3);
  });

  for (const order of Object.keys(ORDERS)) {
    it(`${order} pages through every claim exactly once, forwards and backwards, in order`, async () => {
      const expected = expectedOrder(order);
      const forward = await pageForward((first, after) => claimsPage({ order, first, after }), 4);
      const backward = await pageBackward((last, before) => claimsPage({ order, last, before }), 4);
      expect(forward.map((claim) => claim.slug)).toEqual(expected);
      expect(backward.map((claim) => claim.slug)).toEqual(expected);
    });
  }

  it('sorts claims never reviewed last, in both directions', async () => {
    for (const order of ['LAST_REVIEWED_ASC', 'LAST_REVIEWED_DESC']) {
      const claims = await allClaims({ order });
      const firstUnreviewed = claims.findIndex((claim) => claim.lastReviewedAt === null);
      expect(firstUnreviewed).toBeGreaterThan(0);
      expect(claims.slice(firstUnreviewed).every((claim) => claim.lastReviewedAt === null)).toBe(true);
    }
  });

  it('refuses a cursor made by another order', async () => {
    const page = await claimsPage({ order: 'FIRST_SEEN_ASC', first: 2 });
    const { error } = await askForError(server, CLAIMS, 'BAD_USER_INPUT', {
      order: 'DISPUTES_DESC',
      first: 2,
      after: page.pageInfo.endCursor,
    });
    expect(error.message).toMatch(/cursor/i);
    await askForError(server, CLAIMS, 'BAD_USER_INPUT', { first: 2, after: page.pageInfo.endCursor });
  });

  it('gives lastReviewedAt as the current review, firstSeen as the earliest dated appearance', async () => {
    const { data } = await ask(
      server,
      `{ claim: node(id: "${Buffer.from('Claim:worklist-1').toString('base64')}") { ... on Claim {
          firstSeen { iso year precision } lastReviewedAt
          appearances { nodes { statement { saidOn { iso } } } }
          reviews { nodes { reviewedAt } } } } }`,
    );
    const claim: Json = data.claim;
    const days = claim.appearances.nodes.map((appearance: Json) => appearance.statement.saidOn.iso).sort();
    expect(claim.firstSeen.iso).toBe(days[0]);
    expect(claim.lastReviewedAt).toBe(claim.reviews.nodes.at(-1).reviewedAt);
  });
});

describe('claims(filter: { text, verdict })', () => {
  it('finds claims containing every word, case aside, with totalCount to match', async () => {
    const page = await claimsPage({ filter: { text: 'WORKLIST tally' }, first: 100 });
    const expected = recorded.filter((claim) => /worklist/i.test(claim.text) && /tally/i.test(claim.text));
    expect(expected.length).toBeGreaterThan(2);
    expect(page.edges.map((edge) => edge.node.slug)).toEqual(expected.map((claim) => claim.slug));
    expect(page.totalCount).toBe(expected.length);
  });

  it('matches % and _ literally, not as patterns', async () => {
    const percent = await claimsPage({ filter: { text: '100%' }, first: 100 });
    expect(percent.edges.map((edge) => edge.node.slug)).toEqual(['worklist-2']);
    const underscore = await claimsPage({ filter: { text: '1_00' }, first: 100 });
    expect(underscore.totalCount).toBe(0);
    expect(underscore.edges).toEqual([]);
  });

  it('treats a text of white space as no filter', async () => {
    const page = await claimsPage({ filter: { text: '   ' }, first: 1 });
    expect(page.totalCount).toBe(recorded.length);
  });

  it('refuses a text longer than the text-filter cap', async () => {
    const { error } = await askForError(server, CLAIMS, 'BAD_USER_INPUT', { filter: { text: 'x'.repeat(501) } });
    expect(error.message).toContain('text');
  });

  const VERDICTS: Record<string, [number, number]> = { FALSE: [1, 2], MIXED: [3, 3], TRUE: [4, 5] };
  for (const [verdict, [min, max]] of Object.entries(VERDICTS)) {
    it(`verdict ${verdict} lists the claims whose current rating is ${min}-${max}, with totalCount`, async () => {
      const page = await claimsPage({ filter: { verdict }, first: 100 });
      const expected = recorded.filter(
        (claim) =>
          claim.currentReview !== null &&
          claim.currentReview.ratingValue >= min &&
          claim.currentReview.ratingValue <= max,
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(page.edges.map((edge) => edge.node.slug)).toEqual(expected.map((claim) => claim.slug));
      expect(page.totalCount).toBe(expected.length);
    });
  }

  it('combines text, verdict and order, paging backwards too', async () => {
    const variables = { filter: { text: 'worklist', verdict: 'TRUE' }, order: 'LAST_REVIEWED_DESC' };
    const forward = await pageForward((first, after) => claimsPage({ ...variables, first, after }), 2);
    const backward = await pageBackward((last, before) => claimsPage({ ...variables, last, before }), 2);
    expect(forward.length).toBeGreaterThan(0);
    expect(backward).toEqual(forward);
    expect(forward.every((claim) => claim.currentReview!.ratingValue >= 4 && /worklist/i.test(claim.text))).toBe(true);
  });

  it('refuses a verdict that is not one of the enum', async () => {
    const { body } = await server.graphql(CLAIMS, { filter: { verdict: 'MOSTLY' } });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
