/**
 * "Who called whom a sell-out, however it is spelled?": `search` and the statements' `text` filter find a compound
 * whether it is written as one word, two words or hyphenated, and rank a speaker's own words above a paraphrase of
 * them. Over real HTTP, on the article's fixture (West's "sellout" quote and the article's "sellouts" paraphrase)
 * plus a FICTIONAL speaker imported for the test, Nora Vale, whose quote says "sell out" and whose paraphrase says
 * "sell-out", both from one interview.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeldText, type Json } from './support/queryHelpers.js';
import { readFixtureDataset } from './support/testServer.js';
import { startWriteServer, succeed, type WriteServer } from './support/writeServer.js';

const FIXTURE = readFixtureDataset();

const held = new HeldText('search-variants-test-text', 'search-variants-test-text.txt');
held.append('FICTIONAL TEST TEXT — not a real event. It spells a compound every way for the search tests.');
const VALE_QUOTE = 'Artists who sell out to a label lose the room, and I will never do it';
const VALE_PARAPHRASE = 'Vale called the label deal a sell-out';
const nameSpan = held.append('Nora Vale, a fictional singer, spoke on a fictional radio show.', 'Nora Vale');
const eventSpan = held.append('In 2024 Vale spoke on a fictional radio show.', 'spoke on a fictional radio show');
const quoteSpan = held.append(`“${VALE_QUOTE},” Vale said.`, VALE_QUOTE);
const paraphraseSpan = held.append(`${VALE_PARAPHRASE} in the same interview.`, VALE_PARAPHRASE);

/** In the earliest dataset format, which every later release still imports. */
const DATASET = {
  format: 'claimgraph-dataset/1',
  documents: [held.document('FICTIONAL: a compound spelled three ways')],
  people: [{ slug: 'nora-vale', name: 'Nora Vale', evidence: [nameSpan] }],
  outlets: [],
  organizations: [],
  events: [
    {
      slug: 'nora-vale-radio-interview',
      kind: 'INTERVIEW',
      title: 'Nora Vale on a fictional radio show',
      participants: ['nora-vale'],
      evidence: [eventSpan],
    },
  ],
  statements: [
    {
      slug: 'vale-sell-out-quote',
      speaker: 'nora-vale',
      quote: VALE_QUOTE,
      isDirectQuote: true,
      attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
      occasion: 'nora-vale-radio-interview',
      mentions: [],
      evidence: [quoteSpan],
    },
    {
      slug: 'vale-sell-out-paraphrase',
      speaker: 'nora-vale',
      quote: VALE_PARAPHRASE,
      isDirectQuote: false,
      attributionConfidence: 'PARAPHRASED_BY_SOURCE',
      occasion: 'nora-vale-radio-interview',
      mentions: [],
      evidence: [paraphraseSpan],
    },
  ],
  claims: [],
  relationships: [],
};

const IMPORT = `mutation Import($dataset: JSON!, $texts: [HeldTextInput!]!) {
  importDataset(dataset: $dataset, texts: $texts) { counts { kind count } }
}`;

/** The article's statements whose words match `pattern`, by slug. */
function fixtureStatements(pattern: RegExp, directOnly = false): string[] {
  return FIXTURE.statements
    .filter((statement) => pattern.test(statement.quote) && (!directOnly || statement.isDirectQuote))
    .map((statement) => statement.slug);
}

/** Every statement with the compound in any spelling: the article's ("sellout", "sellouts") and the test's. */
const COMPOUND_STATEMENTS = [
  ...fixtureStatements(/\bsell[- ]?outs?\b/i),
  'vale-sell-out-paraphrase',
  'vale-sell-out-quote',
].sort();
// Not plurals split in two ("sell outs"): PostgreSQL's english configuration stems "outs" to the stop word "out",
// which its index leaves out, so only SQLite finds "sell out" for them.
const SPELLINGS = ['sellout', 'sell out', 'sell-out', 'Sell-Out', 'SELLOUT', 'sell   out'];

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer();
  await succeed(
    server.as('admin', IMPORT, { dataset: DATASET, texts: [{ document: held.slug, text: held.content() }] }),
  );
});

afterAll(async () => {
  await server?.close();
});

async function search(query: string, kinds = ''): Promise<{ totalCount: number; hits: Json[] }> {
  const { body } = await server.graphql(
    `query ($query: String!) { search(query: $query, first: 100${kinds}) {
      totalCount nodes { kind score snippet node {
        __typename ... on Statement { slug isDirectQuote } ... on Document { slug } ... on Person { slug }
      } } } }`,
    { query },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return { totalCount: body.data.search.totalCount, hits: body.data.search.nodes };
}

const slugs = (hits: Json[]) => hits.map((hit) => `${hit.kind}:${hit.node.slug}`);

describe('search finds a compound however it is spelled', () => {
  it.each(SPELLINGS)('"%s" finds every statement with sellout, sell out or sell-out', async (query) => {
    expect(COMPOUND_STATEMENTS).toEqual(expect.arrayContaining(['west-drink-champs-quote', 'vale-sell-out-quote']));
    const { totalCount, hits } = await search(query, ', kinds: [STATEMENT]');
    expect(hits.map((hit) => hit.node.slug).sort()).toEqual(COMPOUND_STATEMENTS);
    expect(totalCount).toBe(COMPOUND_STATEMENTS.length);
  });

  it('all spellings find the same results of every kind (the statements and both held texts)', async () => {
    const [first, ...others] = await Promise.all(SPELLINGS.map((query) => search(query)));
    const expected = [
      ...COMPOUND_STATEMENTS.map((slug) => `STATEMENT:${slug}`),
      'DOCUMENT:search-variants-test-text',
      'DOCUMENT:thesource-legend-west',
    ];
    expect(slugs(first.hits).sort()).toEqual(expected.sort());
    for (const other of others) expect(slugs(other.hits).sort()).toEqual(slugs(first.hits).sort());
  });

  it('the variants are alternatives: "Vale sell out" still needs Vale, "label sellout" still needs label', async () => {
    const vale = await search('Vale sell out', ', kinds: [STATEMENT]');
    expect(vale.hits.map((hit) => hit.node.slug)).toEqual(['vale-sell-out-paraphrase']);
    const label = await search('label sellout', ', kinds: [STATEMENT]');
    expect(label.hits.map((hit) => hit.node.slug).sort()).toEqual(['vale-sell-out-paraphrase', 'vale-sell-out-quote']);
  });

  it('a query written in search syntax is searched as written, without variants', async () => {
    const { hits } = await search('sellout OR zyzzyva', ', kinds: [STATEMENT]');
    expect(hits.map((hit) => hit.node.slug).sort()).toEqual(fixtureStatements(/\bsellouts?\b/i).sort());
  });
});

describe('a direct quote ranks above a paraphrase of it', () => {
  it('"sellout": West’s Drink Champs quote first, then the article’s paraphrase "sellouts", both marked', async () => {
    const { hits } = await search('sellout', ', kinds: [STATEMENT]');
    const order = hits.map((hit) => hit.node.slug);
    expect(order.indexOf('west-drink-champs-quote')).toBeLessThan(order.indexOf('west-calls-legend-big-sean-sellouts'));
    const isDirect = Object.fromEntries(hits.map((hit) => [hit.node.slug, hit.node.isDirectQuote]));
    expect(isDirect).toMatchObject({ 'west-drink-champs-quote': true, 'west-calls-legend-big-sean-sellouts': false });
    const scores = hits.map((hit) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it.each(SPELLINGS)('"%s": each speaker’s quote above the paraphrase of the same interview', async (query) => {
    const order = (await search(query)).hits.map((hit) => hit.node.slug);
    expect(order.indexOf('west-drink-champs-quote')).toBeLessThan(order.indexOf('west-calls-legend-big-sean-sellouts'));
    expect(order.indexOf('vale-sell-out-quote')).toBeLessThan(order.indexOf('vale-sell-out-paraphrase'));
  });

  it('on the article alone the quote was the weaker text match: the short paraphrase is what it overtakes', async () => {
    // scores are the quote's, lifted to the paraphrase's: equal, and the quote comes first on the tie
    const { hits } = await search('sellout', ', kinds: [STATEMENT]');
    const score = (slug: string) => hits.find((hit) => hit.node.slug === slug).score;
    expect(score('west-drink-champs-quote')).toBe(score('west-calls-legend-big-sean-sellouts'));
  });
});

describe('the statements’ text filter ignores spaces and hyphens', () => {
  it.each(['sellout', 'sell out', 'sell-out', 'SELL-OUT'])('text: "%s" finds every such statement', async (text) => {
    const { body } = await server.graphql(
      'query ($text: String!) { statements(filter: { text: $text }, first: 100) { totalCount nodes { slug } } }',
      { text },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data.statements.nodes.map((s: Json) => s.slug).sort()).toEqual(COMPOUND_STATEMENTS);
    expect(body.data.statements.totalCount).toBe(COMPOUND_STATEMENTS.length);
  });

  it('with directQuotesOnly, the quotes alone', async () => {
    const { body } = await server.graphql(
      '{ statements(filter: { text: "sell-out", directQuotesOnly: true }) { nodes { slug isDirectQuote } } }',
    );
    const quotes = body.data.statements.nodes;
    expect(quotes.map((s: Json) => s.slug).sort()).toEqual(
      [...fixtureStatements(/\bsell[- ]?outs?\b/i, true), 'vale-sell-out-quote'].sort(),
    );
    expect(quotes.every((s: Json) => s.isDirectQuote)).toBe(true);
  });
});
