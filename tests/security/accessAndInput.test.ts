/**
 * Access and input: writes need the right token and a refused write changes nothing;
 * hostile input is refused with a typed, non-revealing error or stored literally (parameterised SQL) without harm
 * to the database; a null for a non-null variable is refused before any resolver runs; a list-of-lists query costs
 * a few store round-trips, and loaders never serve one request's data to the next.
 */
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ON_POSTGRES } from '../support/testDatabase.js';
import { bearer, globalId, snapshot, startWriteServer, type WriteServer } from '../support/writeServer.js';
import { captureSql, expectNoInternals, expectRejectedBeforeExecution, type Json } from './helpers.js';

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer();
});

afterAll(async () => {
  await server?.close();
});

afterEach(() => {
  vi.restoreAllMocks();
});

const CLAIM_SLUG = 'used-by-democrats';
const CLAIM = globalId('Claim', CLAIM_SLUG);
const REVIEW = `mutation Review($input: ReviewClaimInput!) {
  reviewClaim(input: $input) { review { id explanation ratingLabel sources { url title } } claim { status } }
}`;

function reviewInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    claim: CLAIM_SLUG,
    ratingValue: 2,
    explanation: 'Nothing in the record supports it.',
    sources: [{ url: 'https://example.org/record', title: 'The record' }],
    ...overrides,
  };
}

/** SQLite's own verdict on the file, and the row counts of every table, read over a second connection. */
function databaseState(file: string): { integrity: string; counts: Record<string, number> } {
  const db = new Database(file);
  try {
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'",
      )
      .all() as { name: string }[];
    const counts = Object.fromEntries(
      tables.map(({ name }) => [name, (db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n]),
    );
    return { integrity, counts };
  } finally {
    db.close();
  }
}

describe('access control', () => {
  it('reviewClaim without a token, with a bad token, with too weak a role, and retracting as a reviewer are refused; nothing is written', async () => {
    const before = await snapshot(server, { historyOf: [CLAIM] });
    const attempts: [string, Record<string, string>, string][] = [
      ['no token (a reader)', {}, 'UNAUTHENTICATED'],
      ['a token that is not valid', { authorization: 'Bearer not-a-real-token-0123456789' }, 'UNAUTHENTICATED'],
      ['a malformed Authorization header', { authorization: 'Basic cml0YTpyaXRh' }, 'UNAUTHENTICATED'],
      ['an editor token (no reviewer role)', bearer('editor'), 'FORBIDDEN'],
    ];
    for (const [label, headers, code] of attempts) {
      const result = await server.graphql(REVIEW, { input: reviewInput() }, { headers });
      expect(
        result.body.errors?.map((e) => e.extensions?.code),
        label,
      ).toEqual([code]);
      expect(result.body.data ?? null, label).toBeNull();
      expect(result.body.extensions?.storeCalls ?? 0, `${label}: refused before any store call`).toBe(0);
      expectNoInternals(result.text);
      expect(result.text, 'the token is never echoed').not.toContain('not-a-real-token');
    }

    // a reviewer's review exists; another fact-checker (a reviewer) may not retract it: that takes the admin role
    const review = await server.as('reviewer', REVIEW, { input: reviewInput({ explanation: 'Rita says false.' }) });
    expect(review.body.errors).toBeUndefined();
    const reviewId = review.body.data.reviewClaim.review.id;
    const afterReview = await snapshot(server, { historyOf: [CLAIM, reviewId] });
    const retract = await server.as(
      'reviewer',
      'mutation R($id: ID!) { retract(id: $id, reason: "mine now") { node { id } } }',
      { id: reviewId },
    );
    expect(retract.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(retract.body.errors![0].message).toContain('needs the admin role');
    expect(await snapshot(server, { historyOf: [CLAIM, reviewId] })).toEqual(afterReview);
    // only the one accepted review changed anything
    expect(afterReview.claims.nodes.find((c: Json) => c.slug === CLAIM_SLUG).reviews.totalCount).toBe(
      before.claims.nodes.find((c: Json) => c.slug === CLAIM_SLUG).reviews.totalCount + 1,
    );
  });

  it('a refused write leaves an audit entry', async () => {
    const lines: string[] = [];
    for (const method of ['log', 'info', 'warn', 'error'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.map(String).join(' ')));
    }
    await server.graphql(REVIEW, { input: reviewInput() });
    await server.as('editor', REVIEW, { input: reviewInput() });
    vi.restoreAllMocks();
    expect(
      lines.filter((line) => /reviewClaim/.test(line) && /UNAUTHENTICATED|FORBIDDEN|refused/i.test(line)),
    ).toHaveLength(2);
  });
});

describe('input validation', () => {
  it('oversized, control-character, bad-enum and SQL-injection input is refused or stored literally; the database is intact', async () => {
    const before = ON_POSTGRES ? null : databaseState(server.databaseFile);
    const snapshotBefore = await snapshot(server);

    // 1 MB of text: over the body limit, refused before GraphQL (413); nothing written
    const huge = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer('reviewer') },
      body: JSON.stringify({
        query: REVIEW,
        variables: { input: reviewInput({ explanation: 'x'.repeat(1_048_576) }) },
      }),
    });
    expect(huge.status).toBe(413);
    expectNoInternals(await huge.text());

    // an invalid rating and an invalid enum: typed refusals that reveal nothing
    const rating = await server.as('reviewer', REVIEW, { input: reviewInput({ ratingValue: 7 }) });
    expect(rating.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(rating.body.errors![0].message).toContain(
      'input.ratingValue: must be an integer from 1 (false) to 5 (true), found 7',
    );
    expectNoInternals(rating.text);
    const enumLiteral = await server.as(
      'editor',
      'mutation { addStatement(input: { speaker: "john-legend", quote: "x", isDirectQuote: false, attributionConfidence: MAYBE, mentions: [], evidence: [] }) { statement { id } } }',
    );
    expectRejectedBeforeExecution(enumLiteral, ['GRAPHQL_VALIDATION_FAILED']);
    const enumVariable = await server.as(
      'editor',
      'query S($stance: Stance) { statements(filter: { stance: $stance }) { totalCount } }',
      { stance: "SUPPORTS'; DROP TABLE statements;--" },
    );
    expectRejectedBeforeExecution(enumVariable, ['BAD_USER_INPUT']);

    expect(await snapshot(server)).toEqual(snapshotBefore);

    // control characters, an RTL override and SQL are stored and read back literally (NUL: the next test), up to
    // the explanation's cap (README "Security and limits": 5,000 characters; tests/security/inputCaps.test.ts)
    const hostile = `'); DROP TABLE claims;-- \u202E evil \u0007 \u001B[31m \u200B "quoted" \\ ${'é'.repeat(3)} ${'z'.repeat(4_900)}`;
    const stored = await server.as('reviewer', REVIEW, {
      input: reviewInput({
        explanation: hostile,
        ratingLabel: "Robert'); DROP TABLE reviews;--",
        sources: [{ url: 'https://example.org/?q=1%27%20OR%201=1', title: '" OR ""="' }],
      }),
    });
    expect(stored.body.errors, stored.text.slice(0, 500)).toBeUndefined();
    expect(stored.body.data.reviewClaim.review.explanation).toBe(hostile);
    expect(stored.body.data.reviewClaim.review.ratingLabel).toBe("Robert'); DROP TABLE reviews;--");
    const readBack = await server.graphql(
      'query N($id: ID!) { node(id: $id) { ... on ClaimReview { explanation } } }',
      {
        id: stored.body.data.reviewClaim.review.id,
      },
    );
    expect(readBack.body.data.node.explanation).toBe(hostile);

    // search and filters take the payload as text
    for (const query of [
      `{ statements(filter: { text: "'); DROP TABLE statements;--" }) { totalCount } }`,
      `{ entity(name: "x' OR '1'='1") { name } }`,
    ]) {
      const result = await server.graphql(query);
      expect(result.status).toBe(200);
      expect(result.body.errors).toBeUndefined();
      expectNoInternals(result.text);
    }
    const search = await server.graphql(`{ search(query: "'); DROP TABLE claims;--") { totalCount } }`);
    expect(search.body.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
    expectNoInternals(search.text);

    const after = await snapshot(server);
    expect(after.claims.totalCount).toBe(snapshotBefore.claims.totalCount);
    expect(after.statements.totalCount).toBe(snapshotBefore.statements.totalCount);
    if (!ON_POSTGRES) {
      const state = databaseState(server.databaseFile);
      expect(state.integrity).toBe('ok');
      // exactly one review and its history entries were added; every other table is as it was
      const changed = Object.keys(state.counts).filter((table) => state.counts[table] !== before!.counts[table]);
      expect(changed.sort()).toEqual(expect.arrayContaining(['changes', 'reviews']));
      expect(state.counts.reviews).toBe(before!.counts.reviews + 1);
      for (const table of ['claims', 'statements', 'entities', 'documents', 'evidence']) {
        expect(state.counts[table], table).toBe(before!.counts[table]);
      }
    }
  });

  it('a NUL character in text is refused as BAD_USER_INPUT or stored literally', async () => {
    const withNul = 'before\u0000after';
    const result = await server.as('reviewer', REVIEW, { input: reviewInput({ explanation: withNul }) });
    expectNoInternals(result.text);
    if (result.body.errors) {
      expect(result.body.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    } else {
      expect(result.body.data.reviewClaim.review.explanation).toBe(withNul);
    }
  });

  it('null for a non-null variable is a 400 BAD_USER_INPUT before any resolver runs', async () => {
    for (const [query, variables] of [
      ['query Q($id: ID!) { node(id: $id) { id } }', { id: null }],
      ['query Q($id: ID!) { node(id: $id) { id } }', {}],
      ['query Q($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', null] }],
      [
        'mutation M($input: ReviewClaimInput!) { reviewClaim(input: $input) { review { id } } }',
        { input: { claim: CLAIM_SLUG } },
      ],
    ] as const) {
      const result = await server.as('reviewer', query, variables);
      expectRejectedBeforeExecution(result, ['BAD_USER_INPUT']);
    }
  });
});

describe('batching and caching', () => {
  it('statements(first: 100) { claims { reviews } } costs at most 4 store calls; no cache outlives its request', async () => {
    const query = '{ statements(first: 100) { nodes { claims { nodes { reviews { nodes { ratingValue } } } } } } }';
    const { result, sql: prepared } = await captureSql(() => server.graphql(query));
    expect(result.body.errors).toBeUndefined();
    const storeCalls = result.body.extensions!.storeCalls!;
    console.log(
      `[n+1] ${storeCalls} store calls${ON_POSTGRES ? '' : `, ${prepared.length} SQL statements`} for statements(first: 100) { claims { reviews } }`,
    );
    expect(storeCalls).toBeLessThanOrEqual(4);
    if (!ON_POSTGRES) expect(prepared.length).toBeLessThanOrEqual(4);

    // loaders live for one request: what one user wrote is what the next request (another user) reads, at once
    const reviewsOf = `{ node(id: "${CLAIM}") { ... on Claim { status reviews { totalCount nodes { id explanation } } } } }`;
    const first = (await server.graphql(reviewsOf)).body.data.node;
    const written = await server.as('reviewer', REVIEW, {
      input: reviewInput({ ratingValue: 5, explanation: 'Rita changed her mind.' }),
    });
    expect(written.body.errors).toBeUndefined();
    const reviewId = written.body.data.reviewClaim.review.id;
    const second = (await server.graphql(reviewsOf)).body.data.node;
    expect(second.reviews.totalCount).toBe(first.reviews.totalCount + 1);
    expect(second.reviews.nodes.map((n: Json) => n.id)).toContain(reviewId);
    const retracted = await server.as(
      'admin',
      'mutation R($id: ID!) { retract(id: $id, reason: "test") { node { id } } }',
      { id: reviewId },
    );
    expect(retracted.body.errors).toBeUndefined();
    const third = (await server.as('reviewer', reviewsOf)).body.data.node;
    expect(third.reviews.nodes.map((n: Json) => n.id)).not.toContain(reviewId);
    expect(third.status).toBe(first.status === 'UNREVIEWED' ? 'REVIEWED' : third.status);
  });
});
