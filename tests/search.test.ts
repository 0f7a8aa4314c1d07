/**
 * "Where does the article talk about sellouts?": `search(query, kinds)` over real HTTP. Expected hits are computed
 * from the fixture JSON and the article's text where possible; the best hits are spelled out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, askForError, HeldText, pageForward, PAGE_INFO, type Json } from './support/queryHelpers.js';
import {
  ARTICLE_DOCUMENT_SLUG,
  codePointSlice,
  readArticleText,
  readFixtureDataset,
  startTestServer,
  writeDatasetVariant,
  type DatasetVariant,
  type TestServer,
} from './support/testServer.js';
import { ON_POSTGRES } from './support/testDatabase.js';

const ARTICLE = readArticleText();
const FIXTURE = readFixtureDataset();

/** A statement whose words contain markup characters, to check that snippets are escaped as HTML. */
const MARKUP_LINE = 'Tom & "Jerry" said: 🎤 <b>Sellout</b> isn\'t a <script>word</script>';

let server: TestServer;
let markupServer: TestServer;
let markupVariant: DatasetVariant;

beforeAll(async () => {
  const dataset = readFixtureDataset();
  const held = new HeldText('markup-test-document', 'markup-test-document.txt');
  const span = held.append(MARKUP_LINE);
  dataset.documents.push(held.document('A document with markup characters (test data)'));
  dataset.statements.push({
    slug: 'markup-statement',
    speaker: 'big-sean',
    voice: 'SPEAKER',
    quote: MARKUP_LINE,
    isDirectQuote: true,
    attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
    mentions: [{ entity: 'kanye-west', stance: 'NEUTRAL' }],
    evidence: [span],
  });
  markupVariant = writeDatasetVariant(dataset, { [held.fileName]: held.content() });
  [server, markupServer] = await Promise.all([
    startTestServer(),
    startTestServer({ seedDataset: markupVariant.datasetFile }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), markupServer?.close()]);
  markupVariant?.remove();
});

const HIT = `kind score snippet highlights { start end } snippetHtml
  node {
    __typename
    ... on Person { slug name }
    ... on Outlet { slug name }
    ... on Organization { slug name }
    ... on Statement { slug quote }
    ... on Claim { slug text }
    ... on Event { slug title }
    ... on Document { slug title heldText: text }
  }`;

function searchQuery(extraArguments = ''): string {
  return `query ($query: String!) { search(query: $query${extraArguments}) { totalCount edges { cursor node { ${HIT} } } ${PAGE_INFO} } }`;
}

async function search(query: string, extraArguments = '', on: TestServer = server): Promise<Json> {
  const { data } = await ask(on, searchQuery(extraArguments), { query });
  return data.search;
}

function hitKey(hit: Json): string {
  return `${hit.kind}:${hit.node.slug}`;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/** The snippet as HTML: escaped text, each highlight wrapped in <mark>. Built here independently of the server. */
function expectedSnippetHtml(snippet: string, highlights: { start: number; end: number }[]): string {
  const chars = Array.from(snippet);
  let html = '';
  let at = 0;
  for (const { start, end } of highlights) {
    html += escapeHtml(chars.slice(at, start).join(''));
    html += `<mark>${escapeHtml(chars.slice(start, end).join(''))}</mark>`;
    at = end;
  }
  return html + escapeHtml(chars.slice(at).join(''));
}

/** Every hit: the snippet is a passage of the node's text, and highlights and HTML agree with it. */
function expectConsistentHit(hit: Json): void {
  const passage = hit.snippet.replace(/^…/, '').replace(/…$/, '');
  const source: string = hit.node.quote ?? hit.node.text ?? hit.node.title ?? hit.node.name ?? '';
  const names = hit.kind === 'DOCUMENT' ? [hit.node.title, hit.node.heldText ?? ''] : [source];
  if (!['PERSON', 'OUTLET', 'ORGANIZATION'].includes(hit.kind)) {
    expect(
      names.some((text: string) => text.includes(passage)),
      `${hitKey(hit)}: ${passage}`,
    ).toBe(true);
  }
  expect(hit.highlights.length).toBeGreaterThan(0);
  let previousEnd = 0;
  for (const { start, end } of hit.highlights) {
    expect(start).toBeGreaterThanOrEqual(previousEnd);
    expect(end).toBeGreaterThan(start);
    expect(end).toBeLessThanOrEqual(Array.from(hit.snippet).length);
    previousEnd = end;
  }
  expect(hit.snippetHtml).toBe(expectedSnippetHtml(hit.snippet, hit.highlights));
}

function highlighted(hit: Json): string[] {
  return hit.highlights.map(({ start, end }: { start: number; end: number }) =>
    codePointSlice(hit.snippet, start, end),
  );
}

describe('who called whom a sellout? search "sellout"', () => {
  it("finds West's Drink Champs quote, the paraphrase of it, The Source's narration and the article, best first", async () => {
    const result = await search('sellout');
    const hits = result.edges.map((edge: Json) => edge.node);
    // from the fixture: the statements and held texts with the word (porter stemming: "sellouts" too; spelling
    // variants: "sell out", "sell-out")
    const word = /\bsell[\s-]?outs?\b/i;
    const expectedStatements = FIXTURE.statements.filter((s) => word.test(s.quote)).map((s) => `STATEMENT:${s.slug}`);
    expect(FIXTURE.claims.filter((c) => word.test(c.text))).toEqual([]);
    expect(FIXTURE.events.filter((e) => word.test(e.title))).toEqual([]);
    expect(word.test(ARTICLE)).toBe(true);
    expect(hits.map(hitKey).sort()).toEqual([...expectedStatements, `DOCUMENT:${ARTICLE_DOCUMENT_SLUG}`].sort());
    // West's quote, his paraphrase, The Source's narration, the article
    expect(result.totalCount).toBe(4);

    // best first: West's own words (the long quote) above the article's paraphrase of them on the same occasion
    // (the Drink Champs episode), though the short paraphrase matches more densely; then The Source's narration,
    // which has no occasion and so lifts no quote, below the shorter paraphrase; then the whole article
    expect(hits.map(hitKey)).toEqual([
      'STATEMENT:west-drink-champs-quote',
      'STATEMENT:west-calls-legend-big-sean-sellouts',
      'STATEMENT:thesource-sellouts-for-not-supporting',
      `DOCUMENT:${ARTICLE_DOCUMENT_SLUG}`,
    ]);
    const scores = hits.map((hit: Json) => hit.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    const [quote, paraphrase, narration, article] = hits;
    expect(highlighted(quote)).toEqual(['sellout']);
    expect(quote.snippet).toContain('And that’s some sellout sh-t.');
    expect(quote.snippetHtml).toContain('some <mark>sellout</mark> sh-t.');

    expect(paraphrase.snippet).toBe('West called both Legend and Big Sean sellouts');
    expect(highlighted(paraphrase)).toEqual(['sellouts']);
    expect(paraphrase.snippetHtml).toBe('West called both Legend and Big Sean <mark>sellouts</mark>');

    expect(narration.snippet).toBe('West called both Legend and Big Sean sellouts for not supporting him');
    expect(highlighted(narration)).toEqual(['sellouts']);
    expect(narration.snippetHtml).toBe(
      'West called both Legend and Big Sean <mark>sellouts</mark> for not supporting him',
    );

    expect(highlighted(article)).toEqual(['sellouts']);
    expect(article.snippet).toContain('West called both Legend and Big Sean sellouts for not supporting him');
    for (const hit of hits) expectConsistentHit(hit);
  });
});

describe('a word ending in * finds the words it begins, on either store', () => {
  it('"sello*" finds what "sellout" finds, each hit with its matched words highlighted', async () => {
    const [prefix, word] = [await search('sello*'), await search('sellout')];
    const hits = prefix.edges.map((edge: Json) => edge.node);
    expect(hits.map(hitKey).sort()).toEqual(word.edges.map((edge: Json) => hitKey(edge.node)).sort());
    expect(prefix.totalCount).toBe(4);
    for (const hit of hits) {
      expect(highlighted(hit).length, hitKey(hit)).toBeGreaterThan(0);
      for (const text of highlighted(hit)) expect(text).toMatch(/^sellouts?$/i);
      expectConsistentHit(hit);
    }
    // without the star it is the word "sello", which no text has
    expect((await search('sello')).totalCount).toBe(0);
  });

  it('prefixes combine like words: "Legen* Kanye*" finds the texts with both names', async () => {
    const both = await search('Legen* Kanye*', ', first: 50');
    const words = await search('Legend Kanye', ', first: 50');
    expect(both.totalCount).toBeGreaterThan(0);
    expect(both.edges.map((edge: Json) => hitKey(edge.node)).sort()).toEqual(
      words.edges.map((edge: Json) => hitKey(edge.node)).sort(),
    );
  });

  it('a query of as many prefixes as its length allows is answered', async () => {
    const prefixes = ['we*', 'leg*', 'sell*'];
    let query = prefixes[0];
    for (let i = 1; `${query} ${prefixes[i % 3]}`.length <= 500; i++) query = `${query} ${prefixes[i % 3]}`;
    expect(query.split(' ').length).toBe(100);
    // the sellout statements name both Legend and West
    expect((await search(query)).totalCount).toBeGreaterThan(0);
  });

  it('a * inside double quotes is part of the phrase, not a prefix', async () => {
    expect((await search('"sello*"')).totalCount).toBe(0);
  });
});

describe('kinds narrows the results', () => {
  it('"Ye" and "west" among people are Kanye West alone', async () => {
    for (const [query, matched] of [
      ['Ye', 'Ye'],
      ['west', 'West'],
      ['KANYE', 'Kanye'],
    ]) {
      const result = await search(query, ', kinds: [PERSON]');
      expect(result.totalCount, query).toBe(1);
      const [hit] = result.edges.map((edge: Json) => edge.node);
      expect(hit).toMatchObject({
        kind: 'PERSON',
        node: { __typename: 'Person', slug: 'kanye-west', name: 'Kanye West' },
      });
      expect(highlighted(hit)).toEqual([matched]);
      expectConsistentHit(hit);
    }
  });

  it('without kinds, "Ye" also finds the 2018 event title and the article', async () => {
    const result = await search('Ye');
    expect(result.edges.map((edge: Json) => hitKey(edge.node)).sort()).toEqual(
      ['DOCUMENT:thesource-legend-west', 'EVENT:tweets-2018', 'PERSON:kanye-west'].sort(),
    );
  });

  it('plain words must all be there: "Legend West" among claims and events', async () => {
    const result = await search('Legend West', ', kinds: [CLAIM, EVENT]');
    const both = (text: string) => /\blegend\b/i.test(text) && /\bwest\b/i.test(text);
    const expected = [
      ...FIXTURE.claims.filter((c) => both(c.text)).map((c) => `CLAIM:${c.slug}`),
      ...FIXTURE.events.filter((e) => both(e.title)).map((e) => `EVENT:${e.slug}`),
    ];
    // four claims name both; of the events, only Legend's support for Biden over West's run (the 2018 tweets'
    // title names West as Ye)
    expect(expected).toHaveLength(5);
    expect(result.edges.map((edge: Json) => hitKey(edge.node)).sort()).toEqual(expected.sort());
    expect(result.totalCount).toBe(5);
    for (const edge of result.edges) expectConsistentHit(edge.node);
  });
});

// SQLite FTS5 behaviour (its query syntax, snippet format and phrase highlighting); PostgreSQL's text search
// differs as docs/deploying.md documents, and the store contract suite checks what both must share.
describe.skipIf(ON_POSTGRES)('names and phrases', () => {
  it('"New York Post" (non-breaking spaces in the article) finds the outlet, Legend’s quote and the article', async () => {
    expect(ARTICLE).toContain('New York\u00a0Post');
    expect(ARTICLE).not.toContain('New York Post');
    const result = await search('New York Post');
    const hits = result.edges.map((edge: Json) => edge.node);
    expect(hits.map(hitKey)).toEqual([
      'OUTLET:new-york-post',
      'STATEMENT:legend-murdoch-version-mischaracterization',
      `DOCUMENT:${ARTICLE_DOCUMENT_SLUG}`,
    ]);
    expect(hits[0].node.name).toBe('New York Post');
    expect(hits[0].snippetHtml).toBe('<mark>New</mark> <mark>York</mark> <mark>Post</mark>');
    // the quote's snippet keeps the article's characters, non-breaking spaces included
    expect(hits[1].snippet).toContain('it was all over the New York\u00a0Post\u00a0and Fox News.');
    expect(highlighted(hits[1]).slice(0, 3)).toEqual(['New', 'York', 'Post']);
    for (const hit of hits) expectConsistentHit(hit);
  });

  it('the phrase "Rupert Murdoch" finds him, Legend’s quote and the article, the phrase highlighted whole', async () => {
    const result = await search('"Rupert Murdoch"');
    const hits = result.edges.map((edge: Json) => edge.node);
    expect(hits.map(hitKey)).toEqual([
      'PERSON:rupert-murdoch',
      'STATEMENT:legend-murdoch-version-mischaracterization',
      `DOCUMENT:${ARTICLE_DOCUMENT_SLUG}`,
    ]);
    for (const hit of hits) {
      expect(highlighted(hit)).toEqual(['Rupert Murdoch']);
      expectConsistentHit(hit);
    }
    expect(hits[1].snippet).toContain('That was kind of the Rupert Murdoch version of the story');
    // the phrase must be in order: "Murdoch Rupert" as a phrase matches nothing
    expect((await search('"Murdoch Rupert"')).totalCount).toBe(0);
  });
});

// SQLite FTS5 behaviour (its query syntax, snippet format and phrase highlighting); PostgreSQL's text search
// differs as docs/deploying.md documents, and the store contract suite checks what both must share.
describe.skipIf(ON_POSTGRES)('snippets are safe HTML', () => {
  it('escapes markup characters and marks only the matched word, highlights counted in code points', async () => {
    const result = await search('sellout', '', markupServer);
    const hit = result.edges.map((edge: Json) => edge.node).find((node: Json) => node.node.slug === 'markup-statement');
    expect(hit).toBeDefined();
    expect(hit.snippet).toBe(MARKUP_LINE);
    // the emoji before the word is one code point (two UTF-16 units)
    expect(highlighted(hit)).toEqual(['Sellout']);
    expect(hit.highlights).toEqual([
      {
        start: Array.from('Tom & "Jerry" said: 🎤 <b>').length,
        end: Array.from('Tom & "Jerry" said: 🎤 <b>Sellout').length,
      },
    ]);
    expect(hit.snippetHtml).toBe(
      'Tom &amp; &quot;Jerry&quot; said: 🎤 &lt;b&gt;<mark>Sellout</mark>&lt;/b&gt; isn&#39;t a &lt;script&gt;word&lt;/script&gt;',
    );
    expect(hit.snippetHtml).not.toContain('<b>');
    expect(hit.snippetHtml).not.toContain('<script>');
    expectConsistentHit(hit);
  });
});

// SQLite FTS5 behaviour (its query syntax, snippet format and phrase highlighting); PostgreSQL's text search
// differs as docs/deploying.md documents, and the store contract suite checks what both must share.
describe.skipIf(ON_POSTGRES)('a query the full-text syntax cannot parse is the user’s mistake', () => {
  const FORBIDDEN = [/fts5/i, /sqlite/i, /SELECT/, /search_index/, /MATCH/, /json_each/, /bm25/i, /at .*\.ts:\d+/];

  it.each(['"unterminated', 'AND', 'sellout AND', '(', 'sellout OR', 'NOT', ')'])(
    '%s is BAD_USER_INPUT on `query`, with a plain message',
    async (query) => {
      const { error, text } = await askForError(server, searchQuery(), 'BAD_USER_INPUT', { query });
      expect(error.extensions?.argumentPath).toBe('query');
      expect(error.message).toMatch(/^the search query is not valid: /);
      for (const pattern of FORBIDDEN) expect(text).not.toMatch(pattern);
      // and the server still answers: West's quote, his paraphrase, The Source's narration and the article
      expect((await search('sellout')).totalCount).toBe(4);
    },
  );

  // FTS5 errors other than syntax errors ("unknown special query", a bad NEAR distance) are the query's fault too
  it.each(['*', '* west', 'NEAR(west legend, x)'])('%s is BAD_USER_INPUT too', async (query) => {
    const { error } = await askForError(server, searchQuery(), 'BAD_USER_INPUT', { query });
    expect(error.extensions?.argumentPath).toBe('query');
  });

  it('an empty or blank query is BAD_USER_INPUT', async () => {
    for (const query of ['', '   ', '\n\t']) {
      const { error } = await askForError(server, searchQuery(), 'BAD_USER_INPUT', { query });
      expect(error.extensions?.argumentPath).toBe('query');
      expect(error.message).toContain('empty');
    }
  });

  it('punctuation alone has no words to look for: BAD_USER_INPUT', async () => {
    for (const query of [',', '.', '+', "'"]) {
      const { error } = await askForError(server, searchQuery(), 'BAD_USER_INPUT', { query });
      expect(error.extensions?.argumentPath, query).toBe('query');
    }
  });
});

describe('paging through results', () => {
  it('first/after walks "west" in pages of 5 with no overlap and no gap, same order as one page', async () => {
    const all = await search('west', ', first: 100');
    expect(all.totalCount).toBe(all.edges.length);
    expect(all.totalCount).toBe(16);
    expect(all.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const expected = all.edges.map((edge: Json) => hitKey(edge.node));
    expect(new Set(expected).size).toBe(expected.length);

    const paged = await pageForward(async (first, after) => {
      const { data } = await ask(
        server,
        `query ($first: Int, $after: String) { search(query: "west", first: $first, after: $after) {
          totalCount edges { cursor node { ${HIT} } } ${PAGE_INFO} } }`,
        { first, after },
      );
      expect(data.search.totalCount).toBe(16);
      return data.search;
    }, 5);
    expect(paged.map(hitKey)).toEqual(expected);
  });

  it('first: 101 is BAD_USER_INPUT; first: 0 is an empty page', async () => {
    const { error } = await askForError(
      server,
      '{ search(query: "west", first: 101) { totalCount } }',
      'BAD_USER_INPUT',
    );
    expect(error.extensions?.argumentPath).toBe('first');
    const empty = await search('west', ', first: 0');
    expect(empty.edges).toEqual([]);
    expect(empty.totalCount).toBe(16);
  });

  it('a cursor from one query is refused by another query, or by the same words with other kinds', async () => {
    const { data } = await ask(server, '{ search(query: "west", first: 2) { pageInfo { endCursor } } }');
    const cursor = data.search.pageInfo.endCursor;
    for (const other of [
      'search(query: "sellout", after: $after)',
      'search(query: "west", kinds: [STATEMENT], after: $after)',
    ]) {
      const { error } = await askForError(
        server,
        `query ($after: String) { ${other} { totalCount } }`,
        'BAD_USER_INPUT',
        {
          after: cursor,
        },
      );
      expect(error.extensions?.argumentPath).toBe('after');
    }
    // the same query (surrounding spaces aside) accepts it
    await ask(server, 'query ($after: String) { search(query: " west ", after: $after) { totalCount } }', {
      after: cursor,
    });
    // and a cursor of another list altogether is refused
    const { data: statements } = await ask(server, '{ statements(first: 1) { pageInfo { endCursor } } }');
    const foreign = await askForError(
      server,
      'query ($after: String) { search(query: "west", after: $after) { totalCount } }',
      'BAD_USER_INPUT',
      {
        after: statements.statements.pageInfo.endCursor,
      },
    );
    expect(foreign.error.extensions?.argumentPath).toBe('after');
  });

  // a search cursor is an offset into the ranking; a tampered negative one is refused
  it('a tampered cursor with a negative offset is BAD_USER_INPUT', async () => {
    const { data } = await ask(server, '{ search(query: "west", first: 1) { pageInfo { endCursor } } }');
    const [list] = JSON.parse(Buffer.from(data.search.pageInfo.endCursor, 'base64url').toString('utf8')) as [string];
    const tampered = Buffer.from(JSON.stringify([list, '', -3]), 'utf8').toString('base64url');
    const { error } = await askForError(
      server,
      'query ($after: String) { search(query: "west", after: $after) { totalCount } }',
      'BAD_USER_INPUT',
      {
        after: tampered,
      },
    );
    expect(error.extensions?.argumentPath).toBe('after');
  });

  it('costs two store calls (hits, count) plus one per kind of node loaded, however many hits', async () => {
    const { storeCalls } = await ask(
      server,
      '{ search(query: "west", first: 100) { totalCount edges { node { kind snippet } } } }',
    );
    expect(storeCalls).toBe(2);
    // the 16 hits are of five kinds (a person, claims, documents, events, statements): one batch per kind
    const withNodes = await ask(
      server,
      `{ search(query: "west", first: 100) { totalCount edges { node { ${HIT} } } } }`,
    );
    expect(new Set(withNodes.data.search.edges.map((edge: Json) => edge.node.kind)).size).toBe(5);
    expect(withNodes.storeCalls).toBe(2 + 5);
  });
});
