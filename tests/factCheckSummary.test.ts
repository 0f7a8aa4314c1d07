/**
 * The fact-check dashboard's figures: `factCheckSummary` over real HTTP. Every expected figure is counted from the
 * fixture JSON here (and the main ones are also written out), never read back from the server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/dataset.js';
import { ask, askForError, type Json } from './support/queryHelpers.js';
import {
  readFixtureDataset,
  startTestServer,
  writeDatasetVariant,
  type DatasetVariant,
  type TestServer,
} from './support/testServer.js';
import { ON_POSTGRES } from './support/testDatabase.js';

const FIXTURE = readFixtureDataset();
const STATUSES = ['UNREVIEWED', 'UNDER_REVIEW', 'REVIEWED', 'DISPUTED'];

/**
 * The fixture with reviews, statuses following them: the 60,000 votes rated 4 then 5 (they agree: REVIEWED, the
 * latest rating 5 is current), "used by the Democrats" rated 1 (REVIEWED), "fell out over Trump" rated 5 then 1
 * (they disagree: DISPUTED, the latest rating 1 is current).
 */
function reviewedDataset(): Dataset {
  const dataset = readFixtureDataset();
  const source = { url: 'https://example.org/test-source', title: 'A source cited by the tests' };
  const review = (slug: string, claim: string, ratingValue: number, ratingLabel: string, reviewedAt: string) => ({
    slug,
    claim,
    ratingValue,
    ratingLabel,
    explanation: 'Written for the tests only.',
    reviewer: 'claimgraph tests',
    reviewedAt,
    sources: [source],
  });
  dataset.reviews = [
    review('votes-first-look', 'west-60000-votes', 4, 'Mostly true', '2024-01-01T10:00:00Z'),
    review('votes-second-look', 'west-60000-votes', 5, 'True', '2024-02-01T10:00:00Z'),
    review('democrats-look', 'used-by-democrats', 1, 'False', '2024-01-15T10:00:00Z'),
    review('trump-first-look', 'fell-out-over-trump', 5, 'True', '2024-01-10T10:00:00Z'),
    review('trump-second-look', 'fell-out-over-trump', 1, 'False', '2024-03-01T10:00:00Z'),
  ];
  const statuses: Record<string, 'REVIEWED' | 'DISPUTED'> = {
    'west-60000-votes': 'REVIEWED',
    'used-by-democrats': 'REVIEWED',
    'fell-out-over-trump': 'DISPUTED',
  };
  for (const claim of dataset.claims) claim.status = statuses[claim.slug] ?? claim.status;
  return dataset;
}

let server: TestServer;
let reviewedServer: TestServer;
let variant: DatasetVariant;

beforeAll(async () => {
  variant = writeDatasetVariant(reviewedDataset());
  [server, reviewedServer] = await Promise.all([
    startTestServer(),
    startTestServer({ seedDataset: variant.datasetFile }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), reviewedServer?.close()]);
  variant?.remove();
});

const SUMMARY = `{ factCheckSummary {
  totalClaims
  byStatus { status count }
  byRating { ratingValue ratingLabel count }
  mostDisputed { claim { slug text } disputeCount reviewCount }
  statementsPerSpeaker { speaker { slug name } count }
  mentionsPerEntity { entity { slug name } count byStance { stance count } }
} }`;

function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function expectMostFirst(counts: number[]): void {
  expect([...counts].sort((a, b) => b - a)).toEqual(counts);
}

/** Per claim, how many statements dispute it, from the fixture's statements[].disputes. */
function disputeCounts(dataset: Dataset): Map<string, number> {
  return countBy(
    dataset.statements.flatMap((statement) => statement.disputes ?? []),
    (claim) => claim,
  );
}

/** Per mentioned entity: how many statements mention it, and by stance. */
function mentionFigures(dataset: Dataset): Record<string, { count: number; byStance: Record<string, number> }> {
  const figures: Record<string, { count: number; byStance: Record<string, number> }> = {};
  for (const statement of dataset.statements) {
    for (const entity of new Set(statement.mentions.map((mention) => mention.entity))) {
      figures[entity] ??= { count: 0, byStance: {} };
      figures[entity].count += 1;
    }
    for (const { entity, stance } of statement.mentions) {
      figures[entity].byStance[stance] = (figures[entity].byStance[stance] ?? 0) + 1;
    }
  }
  return figures;
}

describe('the dashboard on the article’s fixture', () => {
  let summary: Json;
  let storeCalls: number;

  beforeAll(async () => {
    ({
      data: { factCheckSummary: summary },
      storeCalls,
    } = await ask(server, SUMMARY));
  });

  it('five claims, all UNREVIEWED, every status listed', () => {
    expect(summary.totalClaims).toBe(FIXTURE.claims.length);
    expect(summary.totalClaims).toBe(5);
    const expected = countBy(FIXTURE.claims, (claim) => claim.status);
    expect(summary.byStatus).toHaveLength(4);
    expect(summary.byStatus.map((row: Json) => row.status).sort()).toEqual([...STATUSES].sort());
    for (const row of summary.byStatus) expect(row.count, row.status).toBe(expected.get(row.status) ?? 0);
    expect(Object.fromEntries(summary.byStatus.map((row: Json) => [row.status, row.count]))).toEqual({
      UNREVIEWED: 5,
      UNDER_REVIEW: 0,
      REVIEWED: 0,
      DISPUTED: 0,
    });
  });

  it('no ratings yet: one row of unrated claims', () => {
    expect(FIXTURE.reviews ?? []).toEqual([]);
    expect(summary.byRating).toEqual([{ ratingValue: null, ratingLabel: null, count: 5 }]);
  });

  it('the most disputed claim is "fell out over Trump", disputed by Legend’s two New Yorker statements', () => {
    const disputes = disputeCounts(FIXTURE);
    expect([...disputes.keys()]).toEqual(['fell-out-over-trump']);
    expect(disputes.get('fell-out-over-trump')).toBe(2);
    expect(summary.mostDisputed).toEqual([
      {
        claim: {
          slug: 'fell-out-over-trump',
          text: 'John Legend and Kanye West stopped being friends because West supported Donald Trump.',
        },
        disputeCount: disputes.get('fell-out-over-trump'),
        reviewCount: 0,
      },
    ]);
  });

  it('statements per speaker: Legend 5, West 2, The Source 2 (its own narration), The New Yorker 1', () => {
    const expected = countBy(FIXTURE.statements, (statement) => statement.speaker);
    expect(summary.statementsPerSpeaker).toHaveLength(expected.size);
    for (const row of summary.statementsPerSpeaker)
      expect(row.count, row.speaker.slug).toBe(expected.get(row.speaker.slug));
    expectMostFirst(summary.statementsPerSpeaker.map((row: Json) => row.count));
    const rows = summary.statementsPerSpeaker.map((row: Json) => [row.speaker.name, row.count]);
    expect(rows[0]).toEqual(['John Legend', 5]);
    // West and The Source tie at two: the order between them is not part of the contract
    expect(rows.slice(1, 3).sort()).toEqual([
      ['Kanye West', 2],
      ['The Source', 2],
    ]);
    expect(rows[3]).toEqual(['The New Yorker', 1]);
  });

  it('mentions per entity, with the stance breakdown the fixture gives, most mentioned first', () => {
    const expected = mentionFigures(FIXTURE);
    expect(Object.keys(expected)).toHaveLength(9); // under the default first: 10, so every entity is listed
    expect(summary.mentionsPerEntity).toHaveLength(9);
    expectMostFirst(summary.mentionsPerEntity.map((row: Json) => row.count));
    for (const row of summary.mentionsPerEntity) {
      const want = expected[row.entity.slug];
      expect(row.count, row.entity.slug).toBe(want.count);
      expect(Object.fromEntries(row.byStance.map((s: Json) => [s.stance, s.count])), row.entity.slug).toEqual(
        want.byStance,
      );
      expectMostFirst(row.byStance.map((s: Json) => s.count));
    }
    const byName = Object.fromEntries(
      summary.mentionsPerEntity.map((row: Json) => [
        row.entity.name,
        Object.fromEntries(row.byStance.map((s: Json) => [s.stance, s.count])),
      ]),
    );
    // West is in eight statements: seven neutral, and The Source's "bizarre tweets" narration criticizes him; Trump in
    // four, opposed only in Legend's tweet; West criticizes Legend and Big Sean twice, The Source's narration of the
    // "sellouts" names them neutrally
    expect(summary.mentionsPerEntity[0]).toMatchObject({ entity: { name: 'Kanye West' }, count: 8 });
    expect(byName['Kanye West']).toEqual({ NEUTRAL: 7, CRITICIZES: 1 });
    expect(summary.mentionsPerEntity[0].byStance[0]).toEqual({ stance: 'NEUTRAL', count: 7 });
    expect(summary.mentionsPerEntity[1]).toMatchObject({ entity: { name: 'Donald Trump' }, count: 4 });
    expect(byName['Donald Trump']).toEqual({ NEUTRAL: 3, OPPOSES: 1 });
    expect(summary.mentionsPerEntity[1].byStance[0]).toEqual({ stance: 'NEUTRAL', count: 3 });
    expect(byName['John Legend']).toEqual({ CRITICIZES: 2, NEUTRAL: 1 });
    expect(byName['Big Sean']).toEqual({ CRITICIZES: 2, NEUTRAL: 1 });
    expect(byName['The Democrats']).toEqual({ SUPPORTS: 1, CRITICIZES: 1 });
    expect(byName['Rupert Murdoch']).toEqual({ DISPUTES: 1 });
  });

  // Exact store-call counts depend on how resolvers' loads fall into event-loop ticks, which real network I/O
  // (PostgreSQL) reorders; the counts are proven on the embedded store, the batched store methods by the contract suite.
  it.skipIf(ON_POSTGRES)('costs one store call for all its figures and one per nested level (claims, entities)', () => {
    expect(storeCalls).toBe(1 + 2);
  });
});

describe('rankings are cut at `first`', () => {
  it('first: 1 keeps the top row of each ranking', async () => {
    const { data } = await ask(
      server,
      `{ factCheckSummary {
        mostDisputed(first: 1) { claim { slug } }
        statementsPerSpeaker(first: 1) { speaker { name } count }
        mentionsPerEntity(first: 1) { entity { name } count byStance { stance count } }
      } }`,
    );
    expect(data.factCheckSummary).toEqual({
      mostDisputed: [{ claim: { slug: 'fell-out-over-trump' } }],
      statementsPerSpeaker: [{ speaker: { name: 'John Legend' }, count: 5 }],
      mentionsPerEntity: [
        {
          entity: { name: 'Kanye West' },
          count: 8,
          byStance: [
            { stance: 'NEUTRAL', count: 7 },
            { stance: 'CRITICIZES', count: 1 },
          ],
        },
      ],
    });
  });

  it('first: 50 is allowed; first: 0 and first: 51 are BAD_USER_INPUT on each ranking', async () => {
    const { data } = await ask(server, '{ factCheckSummary { mentionsPerEntity(first: 50) { count } } }');
    expect(data.factCheckSummary.mentionsPerEntity).toHaveLength(9);
    for (const field of ['mostDisputed', 'statementsPerSpeaker', 'mentionsPerEntity']) {
      for (const first of [0, 51, -1]) {
        const { error } = await askForError(
          server,
          `{ factCheckSummary { totalClaims ${field}(first: ${first}) { __typename } } }`,
          'BAD_USER_INPUT',
        );
        expect(error.extensions?.argumentPath, `${field}(first: ${first})`).toBe('first');
        expect(error.path).toEqual(['factCheckSummary', field]);
        expect(error.message).toContain(String(first));
      }
    }
  });
});

// Exact store-call counts depend on how resolvers' loads fall into event-loop ticks, which real network I/O
// (PostgreSQL) reorders; the counts are proven on the embedded store, the batched store methods by the contract suite.
describe.skipIf(ON_POSTGRES)('store calls: one for every figure asked, one per nested level', () => {
  it.each([
    ['totalClaims', 1],
    ['totalClaims byStatus { status count }', 1],
    ['byRating { count } mostDisputed { disputeCount reviewCount }', 1],
    [
      'totalClaims byStatus { count } byRating { count } mostDisputed { disputeCount } statementsPerSpeaker { count } mentionsPerEntity { count byStance { stance count } }',
      1,
    ],
    ['top3: mostDisputed(first: 3) { disputeCount } top5: mostDisputed(first: 5) { disputeCount } totalClaims', 1],
    [
      'mostDisputed { claim { slug } } statementsPerSpeaker { speaker { name } } mentionsPerEntity { entity { name } }',
      1 + 2,
    ],
    ['mostDisputed { claim { slug claimant { name } } }', 1 + 2],
  ])('{ %s } costs %i', async (selection, calls) => {
    const { storeCalls } = await ask(server, `{ factCheckSummary { ${selection} } }`);
    expect(storeCalls).toBe(calls);
  });
});

describe('the dashboard once claims are reviewed (a copy of the fixture with five reviews)', () => {
  it('counts statuses and current ratings, the latest review of a claim being its rating, unrated first', async () => {
    const dataset = reviewedDataset();
    const { data } = await ask(reviewedServer, SUMMARY);
    const summary = data.factCheckSummary;
    expect(summary.totalClaims).toBe(5);
    const expectedStatuses = countBy(dataset.claims, (claim) => claim.status);
    expect(Object.fromEntries(summary.byStatus.map((row: Json) => [row.status, row.count]))).toEqual(
      Object.fromEntries(STATUSES.map((status) => [status, expectedStatuses.get(status) ?? 0])),
    );
    expect(Object.fromEntries(summary.byStatus.map((row: Json) => [row.status, row.count]))).toEqual({
      UNREVIEWED: 2,
      UNDER_REVIEW: 0,
      REVIEWED: 2,
      DISPUTED: 1,
    });
    // current ratings: 60,000 votes True (4 then 5); used by the Democrats False; fell out over Trump False (5 then
    // 1); two claims unrated
    expect(summary.byRating).toEqual([
      { ratingValue: null, ratingLabel: null, count: 2 },
      { ratingValue: 1, ratingLabel: 'False', count: 2 },
      { ratingValue: 5, ratingLabel: 'True', count: 1 },
    ]);
    expect(summary.mostDisputed).toEqual([
      { claim: expect.objectContaining({ slug: 'fell-out-over-trump' }), disputeCount: 2, reviewCount: 2 },
    ]);
  });
});
