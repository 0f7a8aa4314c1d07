/**
 * "What happened between Legend and West, in order?": `timeline(entity, from, to, kinds)` over real HTTP. The items
 * of a timeline are computed from the fixture JSON (events the entity took part in or hosted, statements it made or
 * that mention it, claims it makes or is reported to make, the reviews of those claims, and the states of its
 * relationships); their order follows the partial dates: the 2018 items, then the 2020 items, undated items last.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, DatedFactRecord, ReviewRecord } from '../src/domain/dataset.js';
import { statusFromReviews } from '../src/domain/claimStatus.js';
import {
  ask,
  askForError,
  fixtureWithGuestsCriticizingLegend,
  pageBackward,
  pageForward,
  PAGE_INFO,
  type Json,
} from './support/queryHelpers.js';
import {
  readFixtureDataset,
  startTestServer,
  writeDatasetVariant,
  type DatasetVariant,
  type TestServer,
} from './support/testServer.js';
import { ON_POSTGRES } from './support/testDatabase.js';
import { globalId, startWriteServer, succeed, type WriteServer } from './support/writeServer.js';

const FIXTURE = readFixtureDataset();
const GUESTS = 30;

/**
 * The grown dataset: 30 guests criticizing Legend in 2021, four of them re-dated to show how partial dates of
 * different precision sort among the fixture's year-only dates.
 */
const REDATED: Record<string, string> = {
  'guest-1-on-legend': '2020-11-03',
  'guest-2-on-legend': '2020-11',
  'guest-3-on-legend': '2019-12-31',
  'guest-4-on-legend': '2020-01-01',
};

function grownDataset(): { dataset: Dataset; texts: Record<string, string> } {
  const { dataset, texts } = fixtureWithGuestsCriticizingLegend(FIXTURE, GUESTS);
  for (const statement of dataset.statements) {
    if (REDATED[statement.slug]) statement.saidOn = REDATED[statement.slug];
  }
  return { dataset, texts };
}

const SOURCE = { url: 'https://example.org/timeline-check', title: 'A timeline check', accessed: '2024-05' };

/**
 * The fixture's claims reviewed: West's "changed their lives" late on 3 November 2020 in New York, which is
 * 4 November in UTC; his "used by the Democrats" in 2021; Legend's undated claim in June 2020.
 */
const REVIEWS: ReviewRecord[] = [
  {
    slug: 'changed-lives-review',
    claim: 'west-changed-their-lives',
    ratingValue: 2,
    ratingLabel: 'Mostly false',
    explanation: 'Their careers were established before.',
    reviewer: 'Timeline Desk',
    reviewedAt: '2020-11-03T23:30:00-05:00',
    sources: [SOURCE],
  },
  {
    slug: 'used-by-democrats-review',
    claim: 'used-by-democrats',
    ratingValue: 3,
    ratingLabel: 'Half true',
    explanation: 'Both spoke for Biden; nothing shows they were used.',
    reviewer: 'Timeline Desk',
    reviewedAt: '2021-02-01T09:00:00Z',
    sources: [SOURCE],
  },
  {
    slug: 'legend-cause-review',
    claim: 'legend-real-cause',
    ratingValue: 4,
    ratingLabel: 'Mostly true',
    explanation: 'West said as much on Drink Champs.',
    reviewer: 'Timeline Desk',
    reviewedAt: '2020-06-15T12:00:00Z',
    sources: [SOURCE],
  },
];

function reviewedDataset(): Dataset {
  const dataset = structuredClone(FIXTURE);
  dataset.reviews = structuredClone(REVIEWS);
  for (const claim of dataset.claims) {
    const ratings = REVIEWS.filter((review) => review.claim === claim.slug).map((review) => review.ratingValue);
    claim.status = statusFromReviews(ratings, claim.status);
  }
  return dataset;
}
const REVIEWED = reviewedDataset();

let server: TestServer;
let grownServer: TestServer;
let reviewedServer: WriteServer;
let variant: DatasetVariant;
let reviewedVariant: DatasetVariant;

beforeAll(async () => {
  const { dataset, texts } = grownDataset();
  variant = writeDatasetVariant(dataset, texts);
  reviewedVariant = writeDatasetVariant(REVIEWED);
  [server, grownServer, reviewedServer] = await Promise.all([
    startTestServer(),
    startTestServer({ seedDataset: variant.datasetFile }),
    startWriteServer({ seedDataset: reviewedVariant.datasetFile }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), grownServer?.close(), reviewedServer?.close()]);
  variant?.remove();
  reviewedVariant?.remove();
});

interface Item {
  /** a record's slug; a relationship change's relationship slug and status ("legend-west-friendship:STRAINED") */
  key: string;
  kind: 'Event' | 'Statement' | 'Claim' | 'ClaimReview' | 'RelationshipChange';
  date: string | null;
}

/** A dataset's date (a partial date, or one with how it is known) as the timeline dates it. */
function dateOf(fact: DatedFactRecord | undefined): string | null {
  return fact === undefined ? null : typeof fact === 'string' ? fact : fact.date;
}

/** The earliest of ISO partial dates ("2020" before "2020-03"), as Claim.firstSeen takes it; null for none. */
function earliest(dates: (string | null)[]): string | null {
  const known = dates.filter((date): date is string => date !== null).sort();
  return known[0] ?? null;
}

/** The timeline's items according to the dataset, by date (iso, or null when undated). */
function timelineItems(dataset: Dataset, entity: string): Item[] {
  const events = dataset.events
    .filter((event) => event.participants?.includes(entity) || event.outlet === entity)
    .map((event): Item => ({ key: event.slug, kind: 'Event', date: dateOf(event.date) }));
  const statements = dataset.statements
    .filter((s) => s.speaker === entity || s.mentions.some((mention) => mention.entity === entity))
    .map((s): Item => ({ key: s.slug, kind: 'Statement', date: dateOf(s.saidOn) }));
  const saidOn = new Map(dataset.statements.map((s) => [s.slug, dateOf(s.saidOn)]));
  const published = new Map(dataset.documents.map((document) => [document.slug, document.published ?? null]));
  const claimsMade = dataset.claims.filter((claim) => claim.claimants.some((c) => c.entity === entity));
  const claims = claimsMade.map((claim): Item => ({
    key: claim.slug,
    kind: 'Claim',
    date: earliest(
      claim.appearances.flatMap((appearance) => [
        appearance.statement === undefined ? null : saidOn.get(appearance.statement)!,
        published.get(appearance.evidence.document)!,
      ]),
    ),
  }));
  const reviews = (dataset.reviews ?? [])
    .filter((review) => claimsMade.some((claim) => claim.slug === review.claim))
    .map((review): Item => ({
      key: review.slug,
      kind: 'ClaimReview',
      date: new Date(review.reviewedAt).toISOString().slice(0, 10),
    }));
  const changes = dataset.relationships
    .filter((relationship) => relationship.from === entity || relationship.to === entity)
    .flatMap((relationship) =>
      relationship.states.map((state): Item => ({
        key: `${relationship.slug}:${state.status}`,
        kind: 'RelationshipChange',
        date: dateOf(state.start),
      })),
    );
  return [...events, ...statements, ...claims, ...reviews, ...changes];
}

/** ISO dates in timeline order: by partial-date sort key ("2020" before "2020-01-01"), undated last. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  const key = (iso: string) => (iso + '-00-00').slice(0, 10);
  return key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
}

/** The keys of the items with each date, in date order (undated last). */
function groupsByDate(items: Item[]): { date: string | null; keys: string[] }[] {
  const dates = [...new Set(items.map((item) => item.date))].sort(compareDates);
  return dates.map((date) => ({
    date,
    keys: items
      .filter((item) => item.date === date)
      .map((item) => item.key)
      .sort(),
  }));
}

function group(date: string | null, keys: string[]): { date: string | null; keys: string[] } {
  return { date, keys: [...keys].sort() };
}

const NODE = `node {
  __typename
  ... on Event { slug title date { iso } outlet { name } }
  ... on Statement { slug quote saidOn { iso } speaker { name } occasion { slug } }
  ... on Claim { slug status firstSeen { iso } claimants { slug } }
  ... on ClaimReview { slug ratingValue ratingLabel reviewer reviewedAt claim { slug } }
  ... on RelationshipChange {
    relationship { slug type from { slug } to { slug } }
    state { status start { iso } }
    previousStatus
  }
}`;
const EDGE_FIELDS = `cursor date { iso precision year month day } ${NODE}`;

/** The item's key: its slug, or for a relationship change its relationship's slug and the status it entered. */
function keyOf(node: Json): string {
  return node.__typename === 'RelationshipChange' ? `${node.relationship.slug}:${node.state.status}` : node.slug;
}

function slugOf(edge: Json): string {
  return keyOf(edge.node);
}

/** The item's own date, as its type gives it. */
function ownDate(node: Json): string | null {
  switch (node.__typename) {
    case 'Event':
      return node.date?.iso ?? null;
    case 'Statement':
      return node.saidOn?.iso ?? null;
    case 'Claim':
      return node.firstSeen?.iso ?? null;
    case 'ClaimReview':
      return new Date(node.reviewedAt).toISOString().slice(0, 10);
    case 'RelationshipChange':
      return node.state.start?.iso ?? null;
  }
  throw new Error(`not a timeline item: ${node.__typename}`);
}

/** The date groups of a timeline as returned: consecutive edges with the same date. */
function returnedGroups(edges: Json[]): { date: string | null; keys: string[] }[] {
  const groups: { date: string | null; keys: string[] }[] = [];
  for (const edge of edges) {
    const date = edge.date?.iso ?? null;
    if (groups.at(-1)?.date !== date || groups.length === 0) groups.push({ date, keys: [] });
    groups.at(-1)!.keys.push(slugOf(edge));
  }
  return groups.map((each) => ({ date: each.date, keys: each.keys.sort() }));
}

describe("John Legend's timeline", () => {
  it('is the 2018 items first, then 2020, then the undated New Yorker interview, its quotes and his claim', async () => {
    const { data } = await ask(
      server,
      `{ timeline(entity: "john-legend") { totalCount edges { ${EDGE_FIELDS} } ${PAGE_INFO} } }`,
    );
    const expected = timelineItems(FIXTURE, 'john-legend');
    expect(data.timeline.totalCount).toBe(expected.length);
    expect(data.timeline.totalCount).toBe(19);
    expect(data.timeline.edges).toHaveLength(19);
    expect(data.timeline.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    // every date group in order, each exactly the items the fixture dates so
    expect(returnedGroups(data.timeline.edges)).toEqual(groupsByDate(expected));
    expect(returnedGroups(data.timeline.edges)).toEqual([
      group('2018', ['legend-tweet-reconsider-trump', 'tweets-2018', 'legend-urged-west:ACTIVE']),
      group('2020', [
        'legend-supports-biden-2020',
        'west-calls-legend-big-sean-sellouts',
        'west-drink-champs-quote',
        // the friendship strained, his support of Biden, West's criticism of him
        'legend-west-friendship:STRAINED',
        'legend-supported-biden:ACTIVE',
        'west-criticized-legend:ACTIVE',
      ]),
      group(null, [
        'legend-clarifies-not-about-trump',
        'legend-murdoch-version-mischaracterization',
        'legend-new-yorker-interview',
        'legend-real-impetus',
        'legend-supported-joe-biden',
        // The Source's narration of West calling him a sellout
        'thesource-sellouts-for-not-supporting',
        // his claim, seen only in undated statements
        'legend-real-cause',
        // states whose start the article does not give
        'legend-west-friendship:ACTIVE',
        'legend-supported-democrats:ACTIVE',
        'legend-appeared-on-new-yorker:ACTIVE',
      ]),
    ]);

    // a year-only date shows its precision; undated items have no date
    const [first] = data.timeline.edges;
    expect(first.date).toEqual({ iso: '2018', precision: 'YEAR', year: 2018, month: null, day: null });
    expect(data.timeline.edges.at(-1).date).toBeNull();

    // the edge's date is the item's own date
    for (const edge of data.timeline.edges) expect(ownDate(edge.node), slugOf(edge)).toBe(edge.date?.iso ?? null);
    // the 2018 statement is his tweet, in his words
    const tweet = data.timeline.edges.find((edge: Json) => edge.node.slug === 'legend-tweet-reconsider-trump');
    expect(tweet.node).toMatchObject({
      __typename: 'Statement',
      quote: 'reconsider aligning [himself] with Trump',
      speaker: { name: 'John Legend' },
      occasion: { slug: 'tweets-2018' },
    });
    // the friendship's strain is a change from its first state, on the timeline of both friends
    const strain = data.timeline.edges.find((edge: Json) => slugOf(edge) === 'legend-west-friendship:STRAINED');
    expect(strain.node).toEqual({
      __typename: 'RelationshipChange',
      relationship: {
        slug: 'legend-west-friendship',
        type: 'FRIENDSHIP',
        from: { slug: 'john-legend' },
        to: { slug: 'kanye-west' },
      },
      state: { status: 'STRAINED', start: { iso: '2020' } },
      previousStatus: 'ACTIVE',
    });
  });

  it('from: "2020" drops the 2018 items and the undated ones', async () => {
    const { data } = await ask(
      server,
      `{ timeline(entity: "Legend", from: "2020") { totalCount edges { ${EDGE_FIELDS} } } }`,
    );
    expect(data.timeline.totalCount).toBe(6);
    expect(returnedGroups(data.timeline.edges)).toEqual(
      groupsByDate(timelineItems(FIXTURE, 'john-legend').filter((item) => item.date !== null && item.date >= '2020')),
    );
    expect(data.timeline.edges.every((edge: Json) => edge.date?.iso === '2020')).toBe(true);
  });

  it('to: "2019" keeps only the 2018 items', async () => {
    const { data } = await ask(
      server,
      `{ timeline(entity: "Legend", to: "2019") { totalCount edges { ${EDGE_FIELDS} } } }`,
    );
    expect(data.timeline.totalCount).toBe(3);
    expect(data.timeline.edges.map(slugOf).sort()).toEqual([
      'legend-tweet-reconsider-trump',
      'legend-urged-west:ACTIVE',
      'tweets-2018',
    ]);
  });

  it('a bound inside a year keeps the items dated only by that year: they may fall on either side of it', async () => {
    const june2020 = await ask(server, `{ timeline(entity: "Legend", from: "2020-06") { edges { ${EDGE_FIELDS} } } }`);
    expect(june2020.data.timeline.edges.map(slugOf).sort()).toEqual(
      [
        'legend-supports-biden-2020',
        'west-calls-legend-big-sean-sellouts',
        'west-drink-champs-quote',
        'legend-west-friendship:STRAINED',
        'legend-supported-biden:ACTIVE',
        'west-criticized-legend:ACTIVE',
      ].sort(),
    );
    const inside2018 = await ask(
      server,
      `{ timeline(entity: "Legend", from: "2018-06", to: "2018-06-30") { edges { ${EDGE_FIELDS} } } }`,
    );
    expect(inside2018.data.timeline.edges.map(slugOf).sort()).toEqual([
      'legend-tweet-reconsider-trump',
      'legend-urged-west:ACTIVE',
      'tweets-2018',
    ]);
  });

  it('pages forwards and backwards across every kind to the same sequence as one full page', async () => {
    for (const range of ['', ', from: "2018"', ', to: "2020"']) {
      const full = await ask(
        server,
        `{ timeline(entity: "john-legend"${range}) { totalCount edges { ${EDGE_FIELDS} } } }`,
      );
      const expected = full.data.timeline.edges.map(slugOf);
      for (const size of [1, 3, 4]) {
        const forward = await pageForward(async (first, after) => {
          const { data } = await ask(
            server,
            `query ($first: Int, $after: String) { timeline(entity: "john-legend"${range}, first: $first, after: $after) {
              totalCount edges { ${EDGE_FIELDS} } ${PAGE_INFO} } }`,
            { first, after },
          );
          expect(data.timeline.totalCount).toBe(expected.length);
          return data.timeline;
        }, size);
        expect(forward.map(keyOf), `forward by ${size}${range}`).toEqual(expected);
        const backward = await pageBackward(async (last, before) => {
          const { data } = await ask(
            server,
            `query ($last: Int, $before: String) { timeline(entity: "john-legend"${range}, last: $last, before: $before) {
              totalCount edges { ${EDGE_FIELDS} } ${PAGE_INFO} } }`,
            { last, before },
          );
          expect(data.timeline.totalCount).toBe(expected.length);
          return data.timeline;
        }, size);
        expect(backward.map(keyOf), `backward by ${size}${range}`).toEqual(expected);
      }
    }
  });
});

describe("Kanye West's timeline", () => {
  it('has the Drink Champs episode and his quote on it, among all the items the fixture gives him', async () => {
    const { data } = await ask(
      server,
      `{ timeline(entity: "Ye", first: 100) { totalCount edges { ${EDGE_FIELDS} } } }`,
    );
    const expected = timelineItems(FIXTURE, 'kanye-west');
    expect(data.timeline.totalCount).toBe(expected.length);
    expect(data.timeline.totalCount).toBe(24);
    expect(returnedGroups(data.timeline.edges)).toEqual(groupsByDate(expected));

    const episode = data.timeline.edges.find((edge: Json) => edge.node.slug === 'drink-champs-2020-episode');
    expect(episode.date).toMatchObject({ iso: '2020', precision: 'YEAR' });
    expect(episode.node).toMatchObject({
      __typename: 'Event',
      title: 'Kanye West on a 2020 episode of Drink Champs',
      outlet: { name: 'Drink Champs' },
    });
    const quote = data.timeline.edges.find((edge: Json) => edge.node.slug === 'west-drink-champs-quote');
    expect(quote.date).toMatchObject({ iso: '2020', precision: 'YEAR' });
    expect(quote.node).toMatchObject({
      __typename: 'Statement',
      speaker: { name: 'Kanye West' },
      occasion: { slug: 'drink-champs-2020-episode' },
    });
    expect(quote.node.quote).toMatch(/^I know this man mama, bro\. … I changed this man’s family\./);
    expect(quote.node.quote).toContain('And that’s some sellout sh-t.');
  });

  it('with kinds: [EVENT, STATEMENT] is the events and statements alone, as before claims and changes were added', async () => {
    const { data } = await ask(
      server,
      `{ timeline(entity: "Ye", kinds: [EVENT, STATEMENT]) { totalCount edges { ${EDGE_FIELDS} } } }`,
    );
    const expected = timelineItems(FIXTURE, 'kanye-west').filter((item) => ['Event', 'Statement'].includes(item.kind));
    expect(data.timeline.totalCount).toBe(14);
    expect(returnedGroups(data.timeline.edges)).toEqual(groupsByDate(expected));
  });
});

describe('claims, reviews and relationship changes', () => {
  const timelineOf = async (entity: string, args = '') =>
    (
      await ask(
        reviewedServer,
        `{ timeline(entity: "${entity}", first: 100${args}) { totalCount edges { ${EDGE_FIELDS} } } }`,
      )
    ).data.timeline;

  it("West's claims are dated by when first seen, their reviews by the day (UTC) they were published", async () => {
    const timeline = await timelineOf('kanye-west');
    const expected = timelineItems(REVIEWED, 'kanye-west');
    expect(timeline.totalCount).toBe(expected.length);
    expect(timeline.totalCount).toBe(26);
    expect(returnedGroups(timeline.edges)).toEqual(groupsByDate(expected));
    for (const edge of timeline.edges) expect(ownDate(edge.node), slugOf(edge)).toBe(edge.date?.iso ?? null);

    const byKey = (key: string) => timeline.edges.find((edge: Json) => slugOf(edge) === key);
    // first seen in his 2020 Drink Champs quote
    expect(byKey('west-changed-their-lives')).toMatchObject({
      date: { iso: '2020', precision: 'YEAR' },
      node: {
        __typename: 'Claim',
        status: 'REVIEWED',
        firstSeen: { iso: '2020' },
        claimants: [{ slug: 'kanye-west' }],
      },
    });
    // published at 23:30 in New York on 3 November, which was already 4 November in UTC
    expect(byKey('changed-lives-review')).toMatchObject({
      date: { iso: '2020-11-04', precision: 'DAY', year: 2020, month: 11, day: 4 },
      node: {
        __typename: 'ClaimReview',
        ratingValue: 2,
        ratingLabel: 'Mostly false',
        reviewer: 'Timeline Desk',
        claim: { slug: 'west-changed-their-lives' },
      },
    });
    // the 2020 items (year precision) come before the review of 4 November 2020, and that before the 2021 review
    const keys = timeline.edges.map(slugOf);
    const last2020 = Math.max(
      ...timeline.edges.flatMap((edge: Json, i: number) => (edge.date?.iso === '2020' ? [i] : [])),
    );
    expect(last2020).toBeLessThan(keys.indexOf('changed-lives-review'));
    expect(keys.indexOf('changed-lives-review')).toBeLessThan(keys.indexOf('used-by-democrats-review'));
    expect(keys.indexOf('used-by-democrats-review')).toBeLessThan(keys.indexOf('legend-clarifies-not-about-trump'));
    // his support of Trump began by 2018 and ended, undated
    expect(byKey('west-supported-trump:ENDED')).toMatchObject({
      date: null,
      node: {
        relationship: { type: 'SUPPORTED', from: { slug: 'kanye-west' }, to: { slug: 'donald-trump' } },
        state: { status: 'ENDED', start: null },
        previousStatus: 'ACTIVE',
      },
    });
    expect(byKey('west-supported-trump:ACTIVE')).toMatchObject({
      date: { iso: '2018' },
      node: { previousStatus: null },
    });
  });

  it("Legend's undated claim stays last while its review is dated in June 2020, after the year's own items", async () => {
    const timeline = await timelineOf('john-legend');
    expect(timeline.totalCount).toBe(20);
    expect(returnedGroups(timeline.edges)).toEqual(groupsByDate(timelineItems(REVIEWED, 'john-legend')));
    const keys = timeline.edges.map(slugOf);
    expect(timeline.edges[keys.indexOf('legend-cause-review')].date.iso).toBe('2020-06-15');
    expect(timeline.edges[keys.indexOf('legend-real-cause')].date).toBeNull();
    // the claims reported to be the New York Post's are on its timeline, not on that of Legend who reports them
    expect(keys).not.toContain('fell-out-over-trump');
    const post = await timelineOf('new-york-post', ', kinds: [CLAIM]');
    expect(post.edges.map(slugOf)).toEqual(['fell-out-over-trump']);
  });

  it('kinds: keeps the items of those kinds, in the same order as on the whole timeline', async () => {
    const whole = await timelineOf('kanye-west');
    const counts: Record<string, number> = {};
    for (const [kinds, typenames] of [
      ['CLAIM', ['Claim']],
      ['CLAIM_REVIEW', ['ClaimReview']],
      ['RELATIONSHIP_CHANGE', ['RelationshipChange']],
      ['EVENT', ['Event']],
      ['STATEMENT', ['Statement']],
      ['CLAIM, CLAIM_REVIEW, RELATIONSHIP_CHANGE', ['Claim', 'ClaimReview', 'RelationshipChange']],
    ] as const) {
      const only = await timelineOf('kanye-west', `, kinds: [${kinds}]`);
      const expected = whole.edges.filter((edge: Json) =>
        (typenames as readonly string[]).includes(edge.node.__typename),
      );
      expect(only.edges.map(slugOf), kinds).toEqual(expected.map(slugOf));
      expect(only.totalCount, kinds).toBe(expected.length);
      counts[kinds] = only.totalCount;
    }
    expect(counts).toMatchObject({ CLAIM: 2, CLAIM_REVIEW: 2, RELATIONSHIP_CHANGE: 8, EVENT: 4, STATEMENT: 10 });
    // a kind named twice is still each item once
    const twice = await timelineOf('kanye-west', ', kinds: [CLAIM, CLAIM]');
    expect(twice.totalCount).toBe(2);
  });

  it('pages forwards and backwards over claims, reviews and changes to the same items as one page', async () => {
    for (const args of ['', ', kinds: [CLAIM, CLAIM_REVIEW, RELATIONSHIP_CHANGE]', ', from: "2020-11"']) {
      const expected = (await timelineOf('kanye-west', args)).edges.map(slugOf);
      for (const size of [2, 5]) {
        const forward = await pageForward(async (first, after) => {
          const { data } = await ask(
            reviewedServer,
            `query ($first: Int, $after: String) { timeline(entity: "kanye-west"${args}, first: $first, after: $after) {
              totalCount edges { ${EDGE_FIELDS} } ${PAGE_INFO} } }`,
            { first, after },
          );
          expect(data.timeline.totalCount).toBe(expected.length);
          return data.timeline;
        }, size);
        expect(forward.map(keyOf), `forward by ${size}${args}`).toEqual(expected);
        const backward = await pageBackward(async (last, before) => {
          const { data } = await ask(
            reviewedServer,
            `query ($last: Int, $before: String) { timeline(entity: "kanye-west"${args}, last: $last, before: $before) {
              totalCount edges { ${EDGE_FIELDS} } ${PAGE_INFO} } }`,
            { last, before },
          );
          return data.timeline;
        }, size);
        expect(backward.map(keyOf), `backward by ${size}${args}`).toEqual(expected);
      }
    }
  });

  it('from and to drop the undated claims and changes, and keep a review by its day', async () => {
    const from2020 = await timelineOf('kanye-west', ', from: "2020"');
    expect(from2020.edges.every((edge: Json) => edge.date !== null)).toBe(true);
    expect(from2020.edges.map(slugOf)).toEqual(
      expect.arrayContaining(['west-changed-their-lives', 'changed-lives-review', 'used-by-democrats-review']),
    );
    expect(from2020.edges.map(slugOf)).not.toContain('west-supported-trump:ENDED');
    const toElectionDay = await timelineOf('kanye-west', ', from: "2020-11", to: "2020-11-03"');
    // the review is dated 4 November (UTC); the year-only 2020 items may fall in the range
    expect(toElectionDay.edges.map(slugOf)).not.toContain('changed-lives-review');
    expect(toElectionDay.edges.map(slugOf)).toContain('west-changed-their-lives');
    const fourth = await timelineOf('kanye-west', ', from: "2020-11-04", to: "2020-11-04", kinds: [CLAIM_REVIEW]');
    expect(fourth.edges.map(slugOf)).toEqual(['changed-lives-review']);
  });

  it('a revised review is listed in its new version only, and a withdrawn one not at all', async () => {
    const revised = await succeed(
      reviewedServer.as(
        'admin',
        `mutation ($input: ReviseReviewInput!) { reviseReview(input: $input) { review { slug reviewedAt } } }`,
        {
          input: {
            review: globalId('ClaimReview', 'used-by-democrats-review'),
            ratingValue: 2,
            explanation: 'On a second look, nothing shows they were used.',
            sources: [SOURCE],
          },
        },
      ),
    );
    const newVersion = revised.reviseReview.review;
    const reviews = async () => (await timelineOf('kanye-west', ', kinds: [CLAIM_REVIEW]')).edges;
    const afterRevision = await reviews();
    expect(afterRevision.map(slugOf)).toEqual(['changed-lives-review', newVersion.slug]);
    expect(afterRevision[1].date.iso).toBe(new Date(newVersion.reviewedAt).toISOString().slice(0, 10));

    await succeed(
      reviewedServer.as(
        'admin',
        `mutation ($input: WithdrawReviewInput!) { withdrawReview(input: $input) { review { slug } } }`,
        { input: { review: globalId('ClaimReview', newVersion.slug), reason: 'Checked against the wrong episode.' } },
      ),
    );
    expect((await reviews()).map(slugOf)).toEqual(['changed-lives-review']);
  });
});

describe('partial dates of different precision', () => {
  it('sort year before month before day, each within its period, on the grown dataset', async () => {
    const { data } = await ask(
      grownServer,
      `{ timeline(entity: "john-legend", first: 100) { totalCount edges { ${EDGE_FIELDS} } } }`,
    );
    expect(data.timeline.totalCount).toBe(19 + GUESTS);
    const dates = data.timeline.edges.map((edge: Json) => edge.date?.iso ?? null);
    const firstIndex = (iso: string | null) => dates.indexOf(iso);
    const lastIndex = (iso: string | null) => dates.lastIndexOf(iso);
    // 2018 < 2019-12-31 < 2020 (year) < 2020-01-01 < 2020-11 (month) < 2020-11-03 < 2021 < undated
    const sequence = ['2018', '2019-12-31', '2020', '2020-01-01', '2020-11', '2020-11-03', '2021', null];
    for (let i = 0; i + 1 < sequence.length; i++) {
      expect(lastIndex(sequence[i]), `${sequence[i]} before ${sequence[i + 1]}`).toBeLessThan(
        firstIndex(sequence[i + 1]),
      );
    }
    expect(dates.filter((iso: string | null) => iso === '2021')).toHaveLength(GUESTS - Object.keys(REDATED).length);
    const month = data.timeline.edges.find((edge: Json) => edge.date?.iso === '2020-11');
    expect(month.date).toEqual({ iso: '2020-11', precision: 'MONTH', year: 2020, month: 11, day: null });
    const day = data.timeline.edges.find((edge: Json) => edge.date?.iso === '2020-11-03');
    expect(day.date).toEqual({ iso: '2020-11-03', precision: 'DAY', year: 2020, month: 11, day: 3 });
  });

  it('from and to keep what may fall in the range and drop what cannot', async () => {
    const fromNovember = await ask(
      grownServer,
      `{ timeline(entity: "john-legend", from: "2020-11", first: 100) { edges { ${EDGE_FIELDS} } } }`,
    );
    const fromDates = new Set(fromNovember.data.timeline.edges.map((edge: Json) => edge.date?.iso ?? null));
    expect([...fromDates].sort()).toEqual(['2020', '2020-11', '2020-11-03', '2021']);
    const toJanuary = await ask(
      grownServer,
      `{ timeline(entity: "john-legend", to: "2020-01", first: 100) { edges { ${EDGE_FIELDS} } } }`,
    );
    const toDates = new Set(toJanuary.data.timeline.edges.map((edge: Json) => edge.date?.iso ?? null));
    expect([...toDates].sort()).toEqual(['2018', '2019-12-31', '2020', '2020-01-01']);
  });
});

describe('arguments are checked', () => {
  it('from after to is BAD_USER_INPUT', async () => {
    for (const [from, to] of [
      ['2020', '2019'],
      ['2019-12-31', '2019-01-01'],
      ['2021-01', '2020'],
    ]) {
      const { error } = await askForError(
        server,
        `{ timeline(entity: "john-legend", from: "${from}", to: "${to}") { totalCount } }`,
        'BAD_USER_INPUT',
      );
      expect(error.extensions?.argumentPath).toBe('from');
      expect(error.message).toContain(from);
    }
  });

  it('a date that is not a partial date is BAD_USER_INPUT naming the argument', async () => {
    for (const [argument, value] of [
      ['from', '2020-13'],
      ['from', '2020-02-30'],
      ['to', '20'],
      ['to', 'last year'],
      ['from', ''],
    ]) {
      const { error } = await askForError(
        server,
        `query ($value: String) { timeline(entity: "john-legend", ${argument}: $value) { totalCount } }`,
        'BAD_USER_INPUT',
        { value },
      );
      expect(error.extensions?.argumentPath, `${argument}: ${value}`).toBe(argument);
      expect(error.message).toContain(JSON.stringify(value));
    }
  });

  it('a kind that does not exist is a validation error, in the query or in a variable; no kinds at all is BAD_USER_INPUT', async () => {
    const { error } = await askForError(
      server,
      '{ timeline(entity: "john-legend", kinds: [OPINION]) { totalCount } }',
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(error.message).toContain('OPINION');
    const inVariable = await askForError(
      server,
      'query ($kinds: [TimelineItemKind!]) { timeline(entity: "john-legend", kinds: $kinds) { totalCount } }',
      'BAD_USER_INPUT',
      { kinds: ['CLAIM', 'OPINION'] },
    );
    expect(inVariable.error.message).toContain('OPINION');
    const none = await askForError(
      server,
      '{ timeline(entity: "john-legend", kinds: []) { totalCount } }',
      'BAD_USER_INPUT',
    );
    expect(none.error.extensions?.argumentPath).toBe('kinds');
  });

  it('an unknown entity is NOT_FOUND naming entity', async () => {
    const { error } = await askForError(server, '{ timeline(entity: "Kanye East") { totalCount } }', 'NOT_FOUND');
    expect(error.extensions?.argumentPath).toBe('entity');
  });

  it('first: 101 is BAD_USER_INPUT; a cursor of another list is BAD_USER_INPUT', async () => {
    const tooMany = await askForError(
      server,
      '{ timeline(entity: "john-legend", first: 101) { totalCount } }',
      'BAD_USER_INPUT',
    );
    expect(tooMany.error.extensions?.argumentPath).toBe('first');
    const { data } = await ask(server, '{ statements(first: 1) { pageInfo { endCursor } } }');
    const foreign = await askForError(
      server,
      'query ($after: String) { timeline(entity: "john-legend", after: $after) { totalCount } }',
      'BAD_USER_INPUT',
      { after: data.statements.pageInfo.endCursor },
    );
    expect(foreign.error.extensions?.argumentPath).toBe('after');
  });
});

describe('store calls', () => {
  const QUERY = (entity: string) => `{ timeline(entity: "${entity}", first: 100) {
    totalCount
    edges {
      date { iso }
      node {
        __typename
        ... on Event { title outlet { name } participants { name } evidence { exact document { slug } } }
        ... on Statement { quote speaker { name } occasion { title } mentions { stance entity { name } } evidence { exact document { slug } } }
        ... on Claim { text status claimants { name } }
        ... on ClaimReview { ratingLabel reviewer claim { slug } }
        ... on RelationshipChange { relationship { type from { name } to { name } } state { status start { iso } } previousStatus }
      }
    }
  } }`;

  // Exact store-call counts depend on how resolvers' loads fall into event-loop ticks, which real network I/O
  // (PostgreSQL) reorders; the counts are proven on the embedded store, the batched store methods by the contract suite.
  it.skipIf(ON_POSTGRES)(
    'do not grow with the number of items: Legend (19), West (24) and Legend with 30 more statements (49) cost the same',
    async () => {
      const legend = await ask(server, QUERY('john-legend'));
      const west = await ask(server, QUERY('kanye-west'));
      const grownLegend = await ask(grownServer, QUERY('john-legend'));
      expect(legend.data.timeline.totalCount).toBe(19);
      expect(west.data.timeline.totalCount).toBe(24);
      expect(grownLegend.data.timeline.totalCount).toBe(49);
      expect(grownLegend.data.timeline.edges).toHaveLength(49);
      expect(west.storeCalls).toBe(legend.storeCalls);
      expect(grownLegend.storeCalls).toBe(legend.storeCalls);
      // 3 for the entity's name, the page and the count; 4 for the events, statements, claims and relationships
      // on it; 7 for what those point to, one batch each (outlets and speakers, participant lists, evidence,
      // occasions, mentions, claimants, relationship states); 2 more below (the entities named by participants,
      // mentions, claimants and relationships; the evidence's documents). Neither has a review to load.
      expect(legend.storeCalls).toBe(16);
      // with reviews on both timelines, Legend's one and West's two cost the same
      const reviewedLegend = await ask(reviewedServer, QUERY('john-legend'));
      const reviewedWest = await ask(reviewedServer, QUERY('kanye-west'));
      expect(reviewedWest.storeCalls).toBe(reviewedLegend.storeCalls);
    },
  );

  it('a bare timeline costs three: the entity, the page and the count', async () => {
    const { storeCalls } = await ask(server, '{ timeline(entity: "john-legend") { totalCount edges { cursor } } }');
    expect(storeCalls).toBe(3);
  });
});
