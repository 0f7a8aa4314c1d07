/**
 * "Has this been checked before?": `similarClaims(text, first, after)` over real HTTP, on the fixture's claims. The
 * index follows writes at once (a claim added or retracted through the API, a review recorded), and every bad
 * argument is a BAD_USER_INPUT naming it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config/config.js';
import { MAX_QUERY_LENGTH } from '../src/retrieval/index.js';
import { ask, askForError, PAGE_INFO, type Json } from './support/queryHelpers.js';
import { untilSemanticRanking } from './support/semanticRanking.js';
import { articleSpan, globalId, startWriteServer, succeed, type WriteServer } from './support/writeServer.js';

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer();
});

afterAll(async () => {
  await server?.close();
});

const SIMILAR = `query Similar($text: String!, $first: Int, $after: String) {
  similarClaims(text: $text, first: $first, after: $after) {
    totalCount
    edges { cursor node { score matchedTerms claim { slug text currentReview { ratingValue } } } }
    nodes { claim { slug } }
    ${PAGE_INFO}
  }
}`;

async function similar(text: string, variables: Record<string, unknown> = {}): Promise<Json> {
  const data = await succeed(server.graphql(SIMILAR, { text, ...variables }));
  return data.similarClaims;
}

const slugs = (connection: Json): string[] => connection.edges.map((edge: Json) => edge.node.claim.slug);

/** An editor adds a claim Kanye West makes, appearing in the article (its evidence span is a real one). */
async function addClaim(on: WriteServer, slug: string, text: string): Promise<void> {
  await succeed(
    on.as('editor', `mutation ($input: AddClaimInput!) { addClaim(input: $input) { claim { slug } } }`, {
      input: {
        slug,
        text,
        claimant: 'kanye-west',
        about: ['kanye-west'],
        appearances: [{ evidence: articleSpan('I changed this man’s family') }],
      },
    }),
  );
}

const TWEET = 'Kanye got like 60k votes out of 160 MILLION in 2020 lol 😂 https://t.co/abc123 @kanyewest #Election2020';

describe('similarClaims', () => {
  it('finds the 60,000-votes claim first for a tweet-like rewording, with a score and the terms that matched', async () => {
    const result = await similar(TWEET);
    const [best] = result.edges;
    expect(best.node.claim.slug).toBe('west-60000-votes');
    expect(best.node.score).toBeGreaterThan(0);
    expect(best.node.score).toBeLessThanOrEqual(1);
    expect(best.node.matchedTerms.length).toBeGreaterThan(0);
    expect(best.node.matchedTerms.map((term: string) => term.toLowerCase())).toEqual(expect.arrayContaining(['votes']));
    expect(result.nodes[0]).toEqual({ claim: { slug: 'west-60000-votes' } });
    // Ranked best first.
    const scores = result.edges.map((edge: Json) => edge.node.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(result.pageInfo.hasPreviousPage).toBe(false);
    expect(result.pageInfo.startCursor).toBe(best.cursor);
  });

  it('matches people by their aliases: "Ye" finds Kanye West’s claims', async () => {
    const result = await similar('Ye says he changed their lives', { first: 10 });
    expect(slugs(result)[0]).toBe('west-changed-their-lives');
    // An entity matched through an alias is reported by its name.
    expect(result.edges[0].node.matchedTerms).toContain('Kanye West');
    const byAliasOnly = await similar('Ye', { first: 10 });
    expect(byAliasOnly.edges.length).toBeGreaterThan(0);
    for (const edge of byAliasOnly.edges) {
      expect(edge.node.claim.text).toContain('Kanye West');
      expect(edge.node.matchedTerms).toEqual(['Kanye West']);
    }
  });

  it('keeps its index between queries: a query reads the change-log version and the claims it shows', async () => {
    const query = 'query ($text: String!) { similarClaims(text: $text) { nodes { score claim { slug } } } }';
    await ask(server, query, { text: 'Legend supported Biden' });
    const { storeCalls } = await ask(server, query, { text: 'Trump and West' });
    expect(storeCalls).toBe(2);
  });

  it('pages with first and after, through the whole ranking without repeats', async () => {
    const whole = await similar('Kanye West John Legend Trump', { first: 100 });
    expect(whole.totalCount).toBe(whole.edges.length);
    expect(whole.edges.length).toBeGreaterThanOrEqual(3);
    expect(whole.pageInfo.hasNextPage).toBe(false);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page: Json = await similar('Kanye West John Legend Trump', { first: 2, after });
      expect(page.edges.length).toBeLessThanOrEqual(2);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(page.totalCount).toBe(whole.totalCount);
      seen.push(...slugs(page));
      if (!page.pageInfo.hasNextPage) break;
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(slugs(whole));
  });

  it('finds a claim added through the API at once, with its review once one is recorded', async () => {
    const text = 'Zebras in the parliament garden outnumbered the flamingos three to one.';
    expect(slugs(await similar('zebras flamingos parliament garden'))).not.toContain('zebra-claim');
    await addClaim(server, 'zebra-claim', text);
    const found = await similar('Did zebras really outnumber flamingos in the parliament garden?');
    expect(found.edges[0].node.claim).toEqual({ slug: 'zebra-claim', text, currentReview: null });

    await succeed(
      server.as('reviewer', `mutation ($input: ReviewClaimInput!) { reviewClaim(input: $input) { review { id } } }`, {
        input: {
          claim: 'zebra-claim',
          ratingValue: 1,
          explanation: 'There are no zebras there.',
          sources: [{ url: 'https://example.org/zebras', title: 'Zebra census' }],
        },
      }),
    );
    const reviewed = await similar('zebras outnumber flamingos parliament garden');
    expect(reviewed.edges[0].node.claim.currentReview).toEqual({ ratingValue: 1 });
  });

  it('another server on the same database finds a claim this one added, without a restart', async () => {
    const other = await startWriteServer({ databaseFile: server.databaseFile });
    try {
      const query = 'query ($text: String!) { similarClaims(text: $text) { nodes { claim { slug } } } }';
      const before = await succeed(other.graphql(query, { text: 'penguins ice skating championship' }));
      expect(before.similarClaims.nodes.map((node: Json) => node.claim.slug)).not.toContain('penguin-claim');
      await addClaim(server, 'penguin-claim', 'Penguins won the ice skating championship.');
      const after = await succeed(other.graphql(query, { text: 'penguins ice skating championship' }));
      expect(after.similarClaims.nodes[0]).toEqual({ claim: { slug: 'penguin-claim' } });
    } finally {
      await other.close();
    }
  });

  it('does not find a retracted claim', async () => {
    const text = 'Kanye West ran for office and the Democrats used John Legend and Big Sean to attack him';
    expect(slugs(await similar(text))[0]).toBe('used-by-democrats');
    await succeed(
      server.as(
        'admin',
        'mutation ($id: ID!, $reason: String!) { retract(id: $id, reason: $reason) { node { id } } }',
        {
          id: globalId('Claim', 'used-by-democrats'),
          reason: 'test: retracted to check similarClaims',
        },
      ),
    );
    expect(slugs(await similar(text, { first: 100 }))).not.toContain('used-by-democrats');
  });
});

describe('similarClaims refuses bad input as BAD_USER_INPUT naming the argument', () => {
  const cases: [what: string, variables: Record<string, unknown>, argument: string, reason: RegExp][] = [
    ['text over the cap', { text: 'a'.repeat(MAX_QUERY_LENGTH + 1) }, 'text', /at most \d+ characters/],
    ['empty text', { text: '' }, 'text', /empty/],
    ['blank text', { text: '   \n\t ' }, 'text', /empty/],
    ['punctuation-only text', { text: '?!… — ... 🙄 !!!' }, 'text', /no word/],
    ['first of 0', { text: 'Kanye votes', first: 0 }, 'first', /between 1 and 100/],
    ['negative first', { text: 'Kanye votes', first: -3 }, 'first', /between 1 and 100/],
    ['first over 100', { text: 'Kanye votes', first: 101 }, 'first', /between 1 and 100/],
    ['a made-up cursor', { text: 'Kanye votes', after: 'not-a-cursor' }, 'after', /not a cursor/],
    ['an empty cursor', { text: 'Kanye votes', after: '' }, 'after', /empty/],
    [
      'a cursor of another list',
      { text: 'Kanye votes', after: Buffer.from('["claims:ASC","",1]').toString('base64url') },
      'after',
      /not a cursor/,
    ],
  ];
  it.each(cases)('%s', async (_what, variables, argument, reason) => {
    const { error, text } = await askForError(server, SIMILAR, 'BAD_USER_INPUT', variables);
    expect(error.extensions?.argumentPath).toBe(argument);
    expect(error.message).toMatch(reason);
    expect(text).not.toContain('INTERNAL_SERVER_ERROR');
  });

  it('a 10 MB text is refused before it reaches GraphQL, as a GraphQL error naming the body limit', async () => {
    const { status, text } = await server.graphql(SIMILAR, { text: 'votes '.repeat((10 * 1024 * 1024) / 6) });
    expect(status).toBe(413);
    expect(text).not.toContain('INTERNAL_SERVER_ERROR');
    const [error] = JSON.parse(text).errors;
    expect(error.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(error.message).toMatch(/CLAIMGRAPH_BODY_LIMIT/);
  });
});

describe('similarClaims ranking by meaning', () => {
  const RANKED = `query Ranked($text: String!) {
    similarClaims(text: $text, first: 3) { ranking nodes { claim { slug } score } }
  }`;

  /** The ranking of `text` once the server ranks by meaning (its claims embedded in the background). */
  async function untilSemantic(on: WriteServer, text: string): Promise<Json> {
    await untilSemanticRanking(on, text);
    return (await succeed(on.graphql(RANKED, { text }))).similarClaims;
  }

  it('is on unless CLAIMGRAPH_SEMANTIC_RANKING turns it off, which takes 1/true or 0/false only', () => {
    expect(loadConfig({}).semanticRanking).toBe(true);
    expect(loadConfig({ CLAIMGRAPH_SEMANTIC_RANKING: '0' }).semanticRanking).toBe(false);
    expect(loadConfig({ CLAIMGRAPH_SEMANTIC_RANKING: 'true' }).semanticRanking).toBe(true);
    expect(() => loadConfig({ CLAIMGRAPH_SEMANTIC_RANKING: 'yes' })).toThrow(ConfigError);
    expect(() => loadConfig({ CLAIMGRAPH_SEMANTIC_RANKING: 'yes' })).toThrow(/CLAIMGRAPH_SEMANTIC_RANKING must be/);
  });

  it('says it ranked by words only on a server with semantic ranking off', async () => {
    const data = await succeed(server.graphql(RANKED, { text: TWEET }));
    expect(data.similarClaims.ranking).toBe('LEXICAL');
  });

  it('ranks by meaning once its claims are embedded, and again after a claim is added and embedded', async () => {
    const semantic = await startWriteServer({ env: { CLAIMGRAPH_SEMANTIC_RANKING: '1' } });
    try {
      const first = await untilSemantic(semantic, TWEET);
      expect(first.ranking).toBe('SEMANTIC');
      expect(first.nodes[0].claim.slug).toBe('west-60000-votes');
      expect(first.nodes[0].score).toBeGreaterThan(0);
      expect(first.nodes[0].score).toBeLessThanOrEqual(1);

      // Paged one claim at a time, the ranking by meaning comes out whole, without repeats, and says so past its end.
      const paged: string[] = [];
      let after: string | undefined;
      for (;;) {
        const page = (
          await succeed(
            semantic.graphql(
              `query ($text: String!, $after: String) {
                similarClaims(text: $text, first: 1, after: $after) { ranking edges { cursor node { claim { slug } } } }
              }`,
              { text: TWEET, after },
            ),
          )
        ).similarClaims;
        expect(page.ranking).toBe('SEMANTIC');
        if (page.edges.length === 0) break;
        paged.push(page.edges[0].node.claim.slug);
        after = page.edges[0].cursor;
      }
      expect(paged.slice(0, first.nodes.length)).toEqual(first.nodes.map((n: Json) => n.claim.slug));
      expect(new Set(paged).size).toBe(paged.length);

      // A cursor of that ranking, where claims can only be ranked by words, is refused rather than paged wrongly.
      const semanticCursor = (await succeed(semantic.graphql(SIMILAR, { text: TWEET, first: 1 }))).similarClaims
        .edges[0].cursor;
      const { error, text } = await askForError(server, SIMILAR, 'BAD_USER_INPUT', {
        text: TWEET,
        after: semanticCursor,
      });
      expect(error.extensions?.argumentPath).toBe('after');
      expect(error.message).toMatch(/ranking changed since this cursor was given.*ask for the first page again/);
      expect(text).not.toContain('INTERNAL_SERVER_ERROR');

      await addClaim(semantic, 'heron-claim', 'Herons nested on the roof of the concert hall all winter.');
      const afterWrite = await untilSemantic(semantic, 'Were there really herons nesting on the concert hall roof?');
      expect(afterWrite.ranking).toBe('SEMANTIC');
      expect(afterWrite.nodes[0].claim.slug).toBe('heron-claim');
    } finally {
      await semantic.close();
    }
  });
});
