/**
 * No N+1: a query's store round-trips grow with its depth, not with the number of nodes it returns
 * (DESIGN.md, "Performance budget"). Every response carries `extensions.storeCalls`; the same query against the
 * article's fixture and against a much larger dataset must make exactly the same number of store calls.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, EvidenceRecord } from '../src/domain/dataset.js';
import {
  readFixtureDataset,
  startTestServer,
  writeDatasetVariant,
  type DatasetVariant,
  type TestServer,
} from './support/testServer.js';
import { ON_POSTGRES } from './support/testDatabase.js';

type Json = any;

const EXTRA_TEXT_FILE = 'extra-interviews.txt';
const EXTRA_DOCUMENT = 'extra-interviews';
const GUESTS = 40;

/**
 * The fixture plus GUESTS guests, each a person with a dated, directly quoted statement on a Drink Champs episode
 * that mentions John Legend and the next guest, a paraphrase by Drink Champs that mentions the guest, a claim
 * appearing in the quote, and a friendship with Kanye West that became strained: every kind of record the fixture
 * has, with many times more people and statements. Spans point into
 * a second held text; an emoji on every line makes code-point and UTF-16 offsets differ.
 */
function enlargedFixture(): { dataset: Dataset; text: string } {
  const dataset = readFixtureDataset();
  let text = '';
  let offset = 0; // in code points
  const span = (exact: string, at: number): EvidenceRecord => ({
    document: EXTRA_DOCUMENT,
    start: at,
    end: at + Array.from(exact).length,
    exact,
  });
  dataset.reviews = dataset.reviews ?? [];
  for (let i = 1; i <= GUESTS; i++) {
    const name = `Guest ${i}`;
    const next = `guest-${(i % GUESTS) + 1}`;
    const opening = `🎤 ${name} said: “`;
    const quote = `John Legend let me down, and so did guest ${(i % GUESTS) + 1} (${i}).`;
    const line = `${opening}${quote}”\n`;
    const nameSpan = span(name, offset + 2);
    const quoteSpan = span(quote, offset + Array.from(opening).length);
    text += line;
    offset += Array.from(line).length;

    dataset.people.push({ slug: `guest-${i}`, name, aliases: [`G${i}`], evidence: [nameSpan] });
    dataset.events.push({
      slug: `guest-${i}-episode`,
      kind: 'PODCAST_EPISODE',
      title: `${name} on Drink Champs`,
      date: '2021',
      participants: [`guest-${i}`, 'drink-champs'],
      outlet: 'drink-champs',
      evidence: [nameSpan],
    });
    dataset.statements.push({
      slug: `guest-${i}-statement`,
      speaker: `guest-${i}`,
      voice: 'SPEAKER',
      quote,
      isDirectQuote: true,
      attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
      saidOn: '2021',
      occasion: `guest-${i}-episode`,
      mentions: [
        { entity: 'john-legend', stance: 'CRITICIZES' },
        { entity: next, stance: 'CRITICIZES' },
      ],
      evidence: [quoteSpan],
    });
    // an outlet speaking about the guest: its statements' mentions lead to people not reached from it otherwise
    dataset.statements.push({
      slug: `drink-champs-on-guest-${i}`,
      speaker: 'drink-champs',
      voice: 'SPEAKER',
      quote: `Drink Champs had ${name} on the show`,
      isDirectQuote: false,
      attributionConfidence: 'PARAPHRASED_BY_SOURCE',
      saidOn: '2021',
      occasion: `guest-${i}-episode`,
      mentions: [{ entity: `guest-${i}`, stance: 'NEUTRAL' }],
      evidence: [nameSpan],
    });
    dataset.claims.push({
      slug: `guest-${i}-claim`,
      text: `John Legend let ${name} down.`,
      claimants: [{ entity: `guest-${i}`, evidence: [quoteSpan] }],
      about: ['john-legend', `guest-${i}`],
      status: 'UNREVIEWED',
      appearances: [{ statement: `guest-${i}-statement`, evidence: quoteSpan }],
    });
    dataset.relationships.push({
      slug: `guest-${i}-friendship`,
      type: 'FRIENDSHIP',
      from: `guest-${i}`,
      to: 'kanye-west',
      states: [
        { status: 'ACTIVE', basis: { kind: 'STATED' }, evidence: [nameSpan] },
        {
          status: 'STRAINED',
          basis: { kind: 'INFERRED', reason: 'the guest says Legend let them down', evidence: [quoteSpan] },
          start: { date: '2021', knownBy: true },
          evidence: [quoteSpan],
        },
      ],
    });
  }
  dataset.documents.push({
    slug: EXTRA_DOCUMENT,
    title: 'Extra interviews (test data)',
    outlet: 'drink-champs',
    unknown: (['url', 'published', 'headline'] as const).map((field) => ({ field, reason: 'test data' })),
    textFile: EXTRA_TEXT_FILE,
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  });
  return { dataset, text };
}

/**
 * People -> their statements -> the entities mentioned -> their statements, with mentions, speaker and evidence at
 * each level. The inner level also asks for fields the outer one does not (occasion, reporting documents, the
 * evidence document's title), so that it cannot be answered from the loaders' caches alone.
 */
const NESTED_QUERY = `{
  people(first: 100) {
    nodes {
      name
      statements(first: 100) {
        nodes {
          quote
          speaker { name }
          evidence { start end exact document { slug } }
          mentions {
            stance
            entity {
              name
              statements(first: 100) {
                nodes {
                  quote
                  speaker { name }
                  evidence { start end exact document { slug title } }
                  mentions { stance entity { name } }
                  occasion { title outlet { name } }
                  reportedIn { title }
                }
              }
            }
          }
        }
      }
    }
  }
}`;

/**
 * Outlets -> their own statements -> the entities mentioned -> those entities' statements. The inner statements are
 * not statements of outlets, so none of them is in the loaders' caches: every inner read is a real, batched one.
 */
const OUTLET_VOICES_QUERY = `{
  outlets(first: 100) {
    nodes {
      name
      statements(first: 100) {
        nodes {
          quote
          speaker { name }
          evidence { exact document { slug } }
          mentions {
            stance
            entity {
              name
              statements(first: 100) {
                nodes {
                  quote
                  speaker { name }
                  evidence { exact document { title } }
                  mentions { stance entity { name } }
                }
              }
            }
          }
        }
      }
    }
  }
}`;

/** The other lists and links, each at the same depth, with totals. */
const WIDE_QUERY = `{
  claims(first: 100) {
    totalCount
    nodes {
      text status
      claimant { name }
      about { name }
      disputedBy(first: 100) { totalCount nodes { quote } }
      reviews(first: 100) { totalCount nodes { ratingValue } }
      appearances(first: 100) { totalCount nodes { statement { quote speaker { name } } document { slug } evidence { exact } } }
    }
  }
  events(first: 100) {
    totalCount
    nodes {
      title date { iso }
      outlet { name }
      participants { name events(first: 100) { totalCount nodes { title } } }
      statements(first: 100) { totalCount nodes { quote } }
      evidence { exact document { slug } }
    }
  }
  outlets(first: 100) {
    totalCount
    nodes {
      name aliases
      documents(first: 100) { totalCount nodes { title outlet { name } statementsReported(first: 100) { totalCount } } }
      hostedEvents(first: 100) { totalCount nodes { title } }
      statementsAbout(first: 100) { totalCount nodes { quote } }
      relationships(first: 100) { totalCount nodes { type states { status evidence { exact } } from { name } to { name } } }
    }
  }
}`;

function countStatementNodes(data: Json): number {
  let count = 0;
  for (const person of data.people.nodes) {
    count += person.statements.nodes.length;
    for (const statement of person.statements.nodes) {
      for (const mention of statement.mentions) count += mention.entity.statements.nodes.length;
    }
  }
  return count;
}

let fixtureServer: TestServer;
let largeServer: TestServer;
let variant: DatasetVariant;

beforeAll(async () => {
  const { dataset, text } = enlargedFixture();
  variant = writeDatasetVariant(dataset, { [EXTRA_TEXT_FILE]: text });
  // These queries ask for everything, nested, with default page sizes: in the worst case (a large graph) far
  // more than the default cost limit allows. The limit is lifted here to measure batching, not limits.
  const env = { CLAIMGRAPH_MAX_COST: '2000000000' };
  [fixtureServer, largeServer] = await Promise.all([
    startTestServer({ env }),
    startTestServer({ seedDataset: variant.datasetFile, env }),
  ]);
});

afterAll(async () => {
  await Promise.all([fixtureServer?.close(), largeServer?.close()]);
  variant?.remove();
});

async function run(server: TestServer, query: string): Promise<{ data: Json; storeCalls: number }> {
  const { status, body } = await server.graphql(query);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  expect(typeof body.extensions?.storeCalls).toBe('number');
  return { data: body.data, storeCalls: body.extensions!.storeCalls! };
}

// Exact store-call counts depend on how resolvers' loads fall into event-loop ticks, which real network I/O
// (PostgreSQL) reorders; the counts are proven on the embedded store, the batched store methods by the contract suite.
describe.skipIf(ON_POSTGRES)('store calls are bounded by the depth of the query', () => {
  it('the larger dataset really is larger', async () => {
    const { data } = await run(
      largeServer,
      `{ people { totalCount } statements { totalCount } claims { totalCount } }`,
    );
    expect(data).toEqual({
      people: { totalCount: 6 + GUESTS },
      statements: { totalCount: 10 + 2 * GUESTS },
      claims: { totalCount: 5 + GUESTS },
    });
  });

  it('people -> statements -> mentioned entities -> statements: 11 store calls, whatever the size of the graph', async () => {
    // One call per level and kind of read: (1) the people page; (2) their statement pages, in one batch;
    // (3) speakers, (4) evidence, (5) mentions, (6) evidence documents, (7) mentioned entities; (8) the mentioned
    // entities' statement pages; then (9) occasions, (10) reporting documents, (11) the occasions' outlets. The
    // inner level's speakers, evidence and mentions belong to statements already read at the outer level.
    const small = await run(fixtureServer, NESTED_QUERY);
    const large = await run(largeServer, NESTED_QUERY);
    const smallNodes = countStatementNodes(small.data);
    const largeNodes = countStatementNodes(large.data);
    expect(largeNodes).toBeGreaterThan(smallNodes + 3 * GUESTS);
    // the answers are real: every statement listed under a speaker is spoken by that speaker
    for (const person of large.data.people.nodes) {
      for (const statement of person.statements.nodes) expect(statement.speaker.name).toBe(person.name);
    }
    expect(small.storeCalls).toBe(11);
    expect(large.storeCalls).toBe(11);
    expect(large.storeCalls).toBeLessThan(largeNodes);
  });

  it('outlets -> statements -> mentioned entities -> statements: the inner level is batched, not cached', async () => {
    const small = await run(fixtureServer, OUTLET_VOICES_QUERY);
    const large = await run(largeServer, OUTLET_VOICES_QUERY);
    const innerStatements = (data: Json) =>
      data.outlets.nodes.flatMap((outlet: Json) =>
        outlet.statements.nodes.flatMap((statement: Json) =>
          statement.mentions.flatMap((mention: Json) => mention.entity.statements.nodes),
        ),
      );
    // The New Yorker's note and The Source's two narrations mention West, whose two statements are read at the
    // inner level each time; the narration of the "sellouts" remark also mentions Legend, who made five
    expect(innerStatements(small.data).map((s: Json) => s.speaker.name)).toEqual([
      ...Array<string>(6).fill('Kanye West'),
      ...Array<string>(5).fill('John Legend'),
    ]);
    expect(innerStatements(large.data).length).toBe(11 + GUESTS);
    // (1) outlets, (2) their statement pages, (3) speakers, (4) evidence, (5) mentions, (6) evidence documents,
    // (7) mentioned entities, (8) their statement pages, (9) evidence, (10) mentions, (11) the speakers and
    // mentioned entities not read yet, in one batch; the inner evidence is in documents already read
    expect(small.storeCalls).toBe(11);
    expect(large.storeCalls).toBe(11);
  });

  it('claims, events and outlets with their links: the same number of store calls on both datasets', async () => {
    const small = await run(fixtureServer, WIDE_QUERY);
    const large = await run(largeServer, WIDE_QUERY);
    expect(large.data.claims.totalCount).toBe(small.data.claims.totalCount + GUESTS);
    expect(large.data.events.totalCount).toBe(small.data.events.totalCount + GUESTS);
    expect(large.storeCalls).toBe(small.storeCalls);
    // the per-parent lists the store pages (disputing statements, reviews, events, hosted events, relationships)
    // count their totals in a call each
    expect(small.storeCalls).toBe(35);
  });

  it('repeating a query in one request costs nothing more: loaders dedupe the same reads', async () => {
    const once = await run(
      largeServer,
      `{ people(first: 100) { nodes { statements(first: 5) { nodes { speaker { name } mentions { entity { name } } } } } } }`,
    );
    const twice = await run(
      largeServer,
      `{
        a: people(first: 100) { nodes { statements(first: 5) { nodes { speaker { name } mentions { entity { name } } } } } }
        b: people(first: 100) { nodes { statements(first: 5) { nodes { speaker { name } mentions { entity { name } } } } } }
      }`,
    );
    expect(twice.data.a).toEqual(once.data.people);
    expect(twice.data.b).toEqual(once.data.people);
    // the two root lists are two calls; every nested read is shared
    expect(twice.storeCalls).toBe(once.storeCalls + 1);
  });
});
