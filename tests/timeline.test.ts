/**
 * "What happened between Legend and West, in order?": `timeline(entity, from, to)` over real HTTP. The items of a
 * timeline are computed from the fixture JSON (events the entity took part in or hosted, statements it made or that
 * mention it); their order follows the partial dates: the 2018 items, then the 2020 items, undated items last.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, DatedFactRecord } from '../src/domain/dataset.js';
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

let server: TestServer;
let grownServer: TestServer;
let variant: DatasetVariant;

beforeAll(async () => {
  const { dataset, texts } = grownDataset();
  variant = writeDatasetVariant(dataset, texts);
  [server, grownServer] = await Promise.all([startTestServer(), startTestServer({ seedDataset: variant.datasetFile })]);
});

afterAll(async () => {
  await Promise.all([server?.close(), grownServer?.close()]);
  variant?.remove();
});

interface Item {
  slug: string;
  date: string | null;
}

/** A dataset's date (a partial date, or one with how it is known) as the timeline dates it. */
function dateOf(fact: DatedFactRecord | undefined): string | null {
  return fact === undefined ? null : typeof fact === 'string' ? fact : fact.date;
}

/** The timeline's items according to the dataset, by date (iso, or null when undated). */
function timelineItems(dataset: Dataset, entity: string): Item[] {
  const events = dataset.events
    .filter((event) => event.participants?.includes(entity) || event.outlet === entity)
    .map((event) => ({ slug: event.slug, date: dateOf(event.date) }));
  const statements = dataset.statements
    .filter((s) => s.speaker === entity || s.mentions.some((mention) => mention.entity === entity))
    .map((s) => ({ slug: s.slug, date: dateOf(s.saidOn) }));
  return [...events, ...statements];
}

/** The slugs of the items with each date, in date order (for year-only dates: by year, undated last). */
function groupsByYear(items: Item[]): { date: string | null; slugs: string[] }[] {
  const dates = [...new Set(items.map((item) => item.date))].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  return dates.map((date) => ({
    date,
    slugs: items
      .filter((item) => item.date === date)
      .map((item) => item.slug)
      .sort(),
  }));
}

const NODE = `node {
  __typename
  ... on Event { slug title date { iso } outlet { name } }
  ... on Statement { slug quote saidOn { iso } speaker { name } occasion { slug } }
}`;
const EDGE_FIELDS = `cursor date { iso precision year month day } ${NODE}`;

function slugOf(edge: Json): string {
  return edge.node.slug;
}

/** The date groups of a timeline as returned: consecutive edges with the same date. */
function returnedGroups(edges: Json[]): { date: string | null; slugs: string[] }[] {
  const groups: { date: string | null; slugs: string[] }[] = [];
  for (const edge of edges) {
    const date = edge.date?.iso ?? null;
    if (groups.at(-1)?.date !== date || groups.length === 0) groups.push({ date, slugs: [] });
    groups.at(-1)!.slugs.push(slugOf(edge));
  }
  return groups.map((group) => ({ date: group.date, slugs: group.slugs.sort() }));
}

describe("John Legend's timeline", () => {
  it('is the 2018 tweets first, then 2020, then the undated New Yorker interview and its quotes', async () => {
    const { data } = await ask(
      server,
      `{ timeline(entity: "john-legend") { totalCount edges { ${EDGE_FIELDS} } ${PAGE_INFO} } }`,
    );
    const expected = timelineItems(FIXTURE, 'john-legend');
    expect(data.timeline.totalCount).toBe(expected.length);
    expect(data.timeline.totalCount).toBe(11);
    expect(data.timeline.edges).toHaveLength(11);
    expect(data.timeline.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    // every date group in order, each exactly the items the fixture dates so
    expect(returnedGroups(data.timeline.edges)).toEqual(groupsByYear(expected));
    expect(returnedGroups(data.timeline.edges)).toEqual([
      { date: '2018', slugs: ['legend-tweet-reconsider-trump', 'tweets-2018'] },
      {
        date: '2020',
        slugs: ['legend-supports-biden-2020', 'west-calls-legend-big-sean-sellouts', 'west-drink-champs-quote'],
      },
      {
        date: null,
        slugs: [
          'legend-clarifies-not-about-trump',
          'legend-murdoch-version-mischaracterization',
          'legend-new-yorker-interview',
          'legend-real-impetus',
          'legend-supported-joe-biden',
          // The Source's narration of West calling him a sellout
          'thesource-sellouts-for-not-supporting',
        ],
      },
    ]);

    // a year-only date shows its precision; undated items have no date
    const [first] = data.timeline.edges;
    expect(first.date).toEqual({ iso: '2018', precision: 'YEAR', year: 2018, month: null, day: null });
    expect(data.timeline.edges.at(-1).date).toBeNull();

    // the edge's date is the item's own date
    for (const edge of data.timeline.edges) {
      const own = edge.node.__typename === 'Event' ? edge.node.date : edge.node.saidOn;
      expect(own?.iso ?? null).toBe(edge.date?.iso ?? null);
    }
    // the 2018 statement is his tweet, in his words
    const tweet = data.timeline.edges.find((edge: Json) => edge.node.slug === 'legend-tweet-reconsider-trump');
    expect(tweet.node).toMatchObject({
      __typename: 'Statement',
      quote: 'reconsider aligning [himself] with Trump',
      speaker: { name: 'John Legend' },
      occasion: { slug: 'tweets-2018' },
    });
  });

  it('from: "2020" drops the 2018 items and the undated ones', async () => {
    const { data } = await ask(
      server,
      `{ timeline(entity: "Legend", from: "2020") { totalCount edges { ${EDGE_FIELDS} } } }`,
    );
    expect(data.timeline.totalCount).toBe(3);
    expect(returnedGroups(data.timeline.edges)).toEqual(
      groupsByYear(timelineItems(FIXTURE, 'john-legend').filter((item) => item.date !== null && item.date >= '2020')),
    );
    expect(data.timeline.edges.every((edge: Json) => edge.date?.iso === '2020')).toBe(true);
  });

  it('to: "2019" keeps only the 2018 items', async () => {
    const { data } = await ask(
      server,
      `{ timeline(entity: "Legend", to: "2019") { totalCount edges { ${EDGE_FIELDS} } } }`,
    );
    expect(data.timeline.totalCount).toBe(2);
    expect(data.timeline.edges.map(slugOf).sort()).toEqual(['legend-tweet-reconsider-trump', 'tweets-2018']);
  });

  it('a bound inside a year keeps the items dated only by that year: they may fall on either side of it', async () => {
    const june2020 = await ask(server, `{ timeline(entity: "Legend", from: "2020-06") { edges { ${EDGE_FIELDS} } } }`);
    expect(june2020.data.timeline.edges.map(slugOf).sort()).toEqual([
      'legend-supports-biden-2020',
      'west-calls-legend-big-sean-sellouts',
      'west-drink-champs-quote',
    ]);
    const inside2018 = await ask(
      server,
      `{ timeline(entity: "Legend", from: "2018-06", to: "2018-06-30") { edges { ${EDGE_FIELDS} } } }`,
    );
    expect(inside2018.data.timeline.edges.map(slugOf).sort()).toEqual(['legend-tweet-reconsider-trump', 'tweets-2018']);
  });

  it('pages forwards and backwards to the same sequence as one full page, with the same totalCount', async () => {
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
        expect(
          forward.map((node: Json) => node.slug),
          `forward by ${size}${range}`,
        ).toEqual(expected);
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
        expect(
          backward.map((node: Json) => node.slug),
          `backward by ${size}${range}`,
        ).toEqual(expected);
      }
    }
  });
});

describe("Kanye West's timeline", () => {
  it('has the Drink Champs episode and his quote on it, among all the items the fixture gives him', async () => {
    const { data } = await ask(server, `{ timeline(entity: "Ye") { totalCount edges { ${EDGE_FIELDS} } } }`);
    const expected = timelineItems(FIXTURE, 'kanye-west');
    expect(data.timeline.totalCount).toBe(expected.length);
    expect(data.timeline.totalCount).toBe(14);
    expect(returnedGroups(data.timeline.edges)).toEqual(groupsByYear(expected));

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
});

describe('partial dates of different precision', () => {
  it('sort year before month before day, each within its period, on the grown dataset', async () => {
    const { data } = await ask(
      grownServer,
      `{ timeline(entity: "john-legend", first: 100) { totalCount edges { ${EDGE_FIELDS} } } }`,
    );
    expect(data.timeline.totalCount).toBe(11 + GUESTS);
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
      }
    }
  } }`;

  // Exact store-call counts depend on how resolvers' loads fall into event-loop ticks, which real network I/O
  // (PostgreSQL) reorders; the counts are proven on the embedded store, the batched store methods by the contract suite.
  it.skipIf(ON_POSTGRES)(
    'do not grow with the number of items: Legend (11), West (14) and Legend with 30 more statements (41) cost the same',
    async () => {
      const legend = await ask(server, QUERY('john-legend'));
      const west = await ask(server, QUERY('kanye-west'));
      const grownLegend = await ask(grownServer, QUERY('john-legend'));
      expect(legend.data.timeline.totalCount).toBe(11);
      expect(west.data.timeline.totalCount).toBe(14);
      expect(grownLegend.data.timeline.totalCount).toBe(41);
      expect(grownLegend.data.timeline.edges).toHaveLength(41);
      expect(west.storeCalls).toBe(legend.storeCalls);
      expect(grownLegend.storeCalls).toBe(legend.storeCalls);
      // 3 for the entity's name, the page and the count; 2 for the events and statements on it; 5 for what those
      // point to, one batch each (outlets and speakers, participant lists, evidence, occasions, mentions); 2 more
      // below (the entities named by participants and mentions; the evidence's documents)
      expect(legend.storeCalls).toBe(12);
    },
  );

  it('a bare timeline costs three: the entity, the page and the count', async () => {
    const { storeCalls } = await ask(server, '{ timeline(entity: "john-legend") { totalCount edges { cursor } } }');
    expect(storeCalls).toBe(3);
  });
});
