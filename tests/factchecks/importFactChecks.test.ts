/**
 * Importing fact-checks other organizations published, through the admin mutations over HTTP (on the test
 * backend: SQLite, or PostgreSQL with CLAIMGRAPH_TEST_BACKEND=postgres): each becomes a claim with its publisher,
 * verdict and held record; re-importing changes nothing, or updates in place what the publisher changed; refused
 * items are listed and the rest imported. Every fact-check here is invented.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedItemSlug } from '../../src/factcheckImport/factCheckRecord.js';
import { codePointSlice } from '../support/testServer.js';
import { globalId, refuse, startWriteServer, succeed, type Json, type WriteServer } from '../support/writeServer.js';

const FIRST_URL = 'https://checks.example.org/2023/moon-cheese';
const SECOND_URL = 'https://checks.example.org/2023/sellout-song';

/** A complete ClaimReview as Google's markup guidelines describe it; `overrides` replace top-level fields. */
function claimReview(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@type': 'ClaimReview',
    url: FIRST_URL,
    claimReviewed: 'The moon is made of cheese.',
    datePublished: '2023-04-05',
    name: 'No, the moon is not made of cheese',
    inLanguage: 'en',
    author: { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example.org' },
    reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Kanye West' },
      datePublished: '2023-03-30',
      appearance: [{ '@type': 'CreativeWork', url: 'https://social.example.net/post/1' }],
    },
    ...overrides,
  };
}

function feed(...reviews: Record<string, unknown>[]): string {
  return JSON.stringify({ '@context': 'https://schema.org', '@graph': reviews });
}

const TWO_REVIEWS = feed(
  claimReview(),
  claimReview({
    url: SECOND_URL,
    claimReviewed: 'John Legend wrote a song called Sellout.',
    name: 'Legend never released a song called Sellout',
    datePublished: '2023-05-01',
    reviewRating: { '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Mostly false' },
    itemReviewed: { '@type': 'Claim', author: 'Some Blogger' },
  }),
);

const IMPORT_FEED = `mutation ($feed: String!) { importClaimReviews(feed: $feed) {
  created updated unchanged problemCount problems { position message } factChecks { slug url } } }`;

const IMPORT_TSV = `mutation ($tsv: String!, $publisher: String!, $prefix: String) {
  importVerifiedClaims(tsv: $tsv, publisher: $publisher, slugPrefix: $prefix) {
    created updated unchanged problemCount problems { position message } factChecks { slug } } }`;

const FACT_CHECK = `query ($id: ID!) { node(id: $id) { ... on PublishedFactCheck {
  id slug url headline textualRating ratingValue verdict languageCode claimantNames appearanceUrls
  reviewedOn { iso precision } claimDate { iso }
  publisher { __typename name slug evidence { start end exact document { slug } } }
  record { slug title url isHeld text sha256 length }
  claim { slug text status statusBasis { kind } claimant { name } appearances { totalCount } factChecks { slug }
    claimantAttributions { claimant { name } reportedBy { name } reported evidence { start end exact document { slug } } } }
} } }`;

const HISTORY = `query ($id: ID!) { history(id: $id) { totalCount nodes { action actor summary before after } } }`;

function factCheckId(url: string): string {
  return globalId('PublishedFactCheck', feedItemSlug(url));
}

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer();
});

afterAll(async () => {
  await server?.close();
});

describe('importClaimReviews: a ClaimReview JSON-LD feed', () => {
  let imported: Json;

  beforeAll(async () => {
    imported = (await succeed(server.as('admin', IMPORT_FEED, { feed: TWO_REVIEWS }))).importClaimReviews;
  });

  it('creates one fact-check per review, listed in the feed’s order', () => {
    expect(imported).toMatchObject({ created: 2, updated: 0, unchanged: 0, problemCount: 0, problems: [] });
    expect(imported.factChecks).toEqual([
      { slug: feedItemSlug(FIRST_URL), url: FIRST_URL },
      { slug: feedItemSlug(SECOND_URL), url: SECOND_URL },
    ]);
  });

  it('gives each fact-check its publisher, rating, verdict, dates and url, reachable by node(id)', async () => {
    const { node } = await succeed(server.graphql(FACT_CHECK, { id: factCheckId(FIRST_URL) }));
    expect(node).toMatchObject({
      id: factCheckId(FIRST_URL),
      url: FIRST_URL,
      headline: 'No, the moon is not made of cheese',
      textualRating: 'False',
      ratingValue: 1,
      verdict: 'FALSE',
      languageCode: 'en',
      reviewedOn: { iso: '2023-04-05', precision: 'DAY' },
      claimDate: { iso: '2023-03-30' },
      claimantNames: ['Kanye West'],
      appearanceUrls: ['https://social.example.net/post/1'],
      publisher: { __typename: 'Organization', name: 'Example Checks', slug: 'example-checks' },
    });
    expect(node.record).toMatchObject({
      url: FIRST_URL,
      isHeld: true,
      title: 'Fact-check by Example Checks: No, the moon is not made of cheese',
    });
  });

  it('keeps the feed item verbatim as the held record, one field per line', async () => {
    const { node } = await succeed(server.graphql(FACT_CHECK, { id: factCheckId(FIRST_URL) }));
    expect(node.record.text).toBe(
      [
        `Fact-check: ${FIRST_URL}`,
        'Publisher: Example Checks',
        'Claim reviewed: The moon is made of cheese.',
        'Claimant: Kanye West',
        'Claim date: 2023-03-30',
        'Appeared at: https://social.example.net/post/1',
        'Rating: False',
        'Headline: No, the moon is not made of cheese',
        'Reviewed on: 2023-04-05',
        'Language: en',
      ].join('\n'),
    );
    expect(node.record.length).toBe(Array.from(node.record.text as string).length);
  });

  it('points every span into the record, at the exact text it quotes', async () => {
    const { node } = await succeed(server.graphql(FACT_CHECK, { id: factCheckId(FIRST_URL) }));
    const spans = [
      ...node.publisher.evidence,
      ...node.claim.claimantAttributions.flatMap((attribution: Json) => attribution.evidence),
    ].filter((span: Json) => span.document.slug === node.record.slug);
    expect(spans.map((span: Json) => span.exact)).toEqual(['Example Checks', 'Kanye West']);
    for (const span of spans) expect(codePointSlice(node.record.text, span.start, span.end)).toBe(span.exact);
  });

  it('makes the claim an unreviewed claim with no appearance, reported by the publisher of a typed claimant', async () => {
    const { node } = await succeed(server.graphql(FACT_CHECK, { id: factCheckId(FIRST_URL) }));
    expect(node.claim).toMatchObject({
      text: 'The moon is made of cheese.',
      status: 'UNREVIEWED',
      statusBasis: { kind: 'INFERRED' },
      appearances: { totalCount: 0 },
      claimant: { name: 'Kanye West' },
      factChecks: [{ slug: feedItemSlug(FIRST_URL) }],
    });
    expect(node.claim.claimantAttributions).toMatchObject([
      { claimant: { name: 'Kanye West' }, reportedBy: { name: 'Example Checks' }, reported: true },
    ]);
  });

  it('keeps an untyped claimant no entity answers to as a name only, with no claimant', async () => {
    const { node } = await succeed(server.graphql(FACT_CHECK, { id: factCheckId(SECOND_URL) }));
    expect(node).toMatchObject({ claimantNames: ['Some Blogger'], verdict: 'FALSE', ratingValue: 2 });
    expect(node.claim).toMatchObject({ claimant: null, claimantAttributions: [] });
    expect(node.publisher.slug).toBe('example-checks');
  });

  it('logs each record it creates in the history', async () => {
    const { history } = await succeed(server.graphql(HISTORY, { id: factCheckId(FIRST_URL) }));
    expect(history.nodes).toMatchObject([{ action: 'IMPORT', actor: 'adam' }]);
  });

  it('changes nothing when the same feed is imported again', async () => {
    const again = (await succeed(server.as('admin', IMPORT_FEED, { feed: TWO_REVIEWS }))).importClaimReviews;
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 2, problemCount: 0 });
    const { history } = await succeed(server.graphql(HISTORY, { id: factCheckId(FIRST_URL) }));
    expect(history.totalCount).toBe(1);
  });

  it('updates a fact-check in place when its publisher changed the rating, and logs the change', async () => {
    const changed = feed(
      claimReview({
        reviewRating: { '@type': 'Rating', ratingValue: 3, bestRating: 5, worstRating: 1, alternateName: 'Half true' },
      }),
    );
    const result = (await succeed(server.as('admin', IMPORT_FEED, { feed: changed }))).importClaimReviews;
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const { node } = await succeed(server.graphql(FACT_CHECK, { id: factCheckId(FIRST_URL) }));
    expect(node).toMatchObject({ textualRating: 'Half true', ratingValue: 3, verdict: 'MIXED' });
    expect(node.record.text).toContain('\nRating: Half true\n');
    for (const attribution of node.claim.claimantAttributions) {
      for (const span of attribution.evidence)
        expect(codePointSlice(node.record.text, span.start, span.end)).toBe(span.exact);
    }
    const { history } = await succeed(server.graphql(HISTORY, { id: factCheckId(FIRST_URL) }));
    expect(history.totalCount).toBe(2);
    expect(history.nodes[1]).toMatchObject({
      action: 'IMPORT',
      before: { textualRating: 'False', ratingValue: 1 },
      after: { textualRating: 'Half true', ratingValue: 3 },
    });
  });

  it('updates the claim’s text in place, under the same id, when the publisher reworded it', async () => {
    const reworded = feed(claimReview({ claimReviewed: 'The moon is made entirely of cheese.' }));
    const before = (await succeed(server.graphql(FACT_CHECK, { id: factCheckId(FIRST_URL) }))).node;
    const result = (await succeed(server.as('admin', IMPORT_FEED, { feed: reworded }))).importClaimReviews;
    expect(result).toMatchObject({ created: 0, updated: 1 });
    const { node } = await succeed(server.graphql(FACT_CHECK, { id: factCheckId(FIRST_URL) }));
    expect(node.claim).toMatchObject({ slug: before.claim.slug, text: 'The moon is made entirely of cheese.' });
    expect(node.record.slug).toBe(before.record.slug);
  });
});

describe('retracting a published fact-check', () => {
  it('keeps it, with its retraction, and takes it off its claim’s fact-checks and out of a re-import’s way', async () => {
    const url = 'https://checks.example.org/2023/retracted';
    const item = feed(claimReview({ url, claimReviewed: 'Owls can read.' }));
    await succeed(server.as('admin', IMPORT_FEED, { feed: item }));
    const retract = `mutation ($id: ID!) { retract(id: $id, reason: "wrong publisher") {
      node { ... on PublishedFactCheck { slug retraction { reason retractedBy } claim { factChecks { slug } } } } } }`;
    const { retract: retracted } = await succeed(server.as('admin', retract, { id: factCheckId(url) }));
    expect(retracted.node).toEqual({
      slug: feedItemSlug(url),
      retraction: { reason: 'wrong publisher', retractedBy: 'adam' },
      claim: { factChecks: [] },
    });
    const again = (await succeed(server.as('admin', IMPORT_FEED, { feed: item }))).importClaimReviews;
    expect(again).toMatchObject({ created: 0, unchanged: 1 });
  });
});

describe('importClaimReviews: other forms and refused items', () => {
  it('imports a Fact Check Tools API response, with the verdict in words only', async () => {
    const url = 'https://other.example.org/checks/tunnel';
    const response = {
      claims: [
        {
          text: 'A tunnel links the two stadiums.',
          claimant: 'Pat Example',
          claimDate: '2023-03-30T12:00:00Z',
          claimReview: [
            {
              publisher: { name: 'Other Checks', site: 'other.example.org' },
              url,
              title: 'No tunnel links the stadiums',
              reviewDate: '2023-04-05T00:00:00Z',
              textualRating: 'Pants on fire',
              languageCode: 'en',
            },
          ],
        },
      ],
    };
    const result = await succeed(server.as('admin', IMPORT_FEED, { feed: JSON.stringify(response) }));
    expect(result.importClaimReviews).toMatchObject({ created: 1, problemCount: 0 });
    const { node } = await succeed(server.graphql(FACT_CHECK, { id: factCheckId(url) }));
    expect(node).toMatchObject({
      textualRating: 'Pants on fire',
      ratingValue: null,
      verdict: null,
      claimantNames: ['Pat Example'],
      publisher: { name: 'Other Checks' },
      claim: { text: 'A tunnel links the two stadiums.', claimant: null },
    });
  });

  it('refuses malformed JSON with one problem saying where, and imports nothing', async () => {
    const { error } = await refuse(server.as('admin', IMPORT_FEED, { feed: '{"@graph": [' }), 'BAD_USER_INPUT');
    expect(error.message).toMatch(/feed: \(top level\): invalid JSON at the end of the file \(line 1, column 13\)/);
  });

  it('skips an item without claimReviewed or url, and one rated off its scale, naming their positions', async () => {
    const kept = 'https://checks.example.org/2023/kept';
    const mixed = feed(
      claimReview({ url: 'https://checks.example.org/2023/no-claim', claimReviewed: undefined }),
      claimReview({ url: undefined }),
      claimReview({
        url: 'https://checks.example.org/2023/off-scale',
        reviewRating: { '@type': 'Rating', ratingValue: 7, bestRating: 5, worstRating: 1 },
      }),
      claimReview({ url: kept, claimReviewed: 'The tide is caused by the moon.' }),
    );
    const result = (await succeed(server.as('admin', IMPORT_FEED, { feed: mixed }))).importClaimReviews;
    expect(result).toMatchObject({ created: 1, problemCount: 3 });
    expect(result.factChecks).toEqual([{ slug: feedItemSlug(kept), url: kept }]);
    expect(result.problems.map((problem: Json) => problem.position)).toEqual(['@graph[0]', '@graph[1]', '@graph[2]']);
    expect(result.problems[0].message).toMatch(/claimReviewed/);
    expect(result.problems[1].message).toMatch(/url/);
    expect(result.problems[2].message).toBe('reviewRating.ratingValue 7 is outside worstRating 1 .. bestRating 5');
    const missing = await server.graphql(FACT_CHECK, { id: factCheckId('https://checks.example.org/2023/off-scale') });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a token below admin, and a request without one, writing nothing', async () => {
    const url = 'https://checks.example.org/2023/refused';
    const attempt = feed(claimReview({ url }));
    await refuse(server.as('editor', IMPORT_FEED, { feed: attempt }), 'FORBIDDEN');
    await refuse(server.as(null, IMPORT_FEED, { feed: attempt }), 'UNAUTHENTICATED');
    const tsv = '\tvclaim\ttitle\n1\tA claim.\tA headline\n';
    await refuse(server.as('reviewer', IMPORT_TSV, { tsv, publisher: 'Example Checks' }), 'FORBIDDEN');
    const missing = await server.graphql(FACT_CHECK, { id: factCheckId(url) });
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('importVerifiedClaims: a verified-claims TSV file', () => {
  const TSV = [
    '\tvclaim\ttitle',
    '0\t122 detainees released from Guantanamo Bay have re-engaged in terrorist activities.\tDid 122 Prisoners Return to the Battlefield?',
    '1\tA politician tweeted that penguins can fly.\tDo Penguins Fly in the Antarctic Spring?',
    '2\t\tAn empty claim',
    '',
  ].join('\n');

  it('imports each row as a claim under the slug prefix, refusing the bad row by its line', async () => {
    const result = (await succeed(server.as('admin', IMPORT_TSV, { tsv: TSV, publisher: 'Snopes', prefix: 'sn-' })))
      .importVerifiedClaims;
    expect(result).toMatchObject({ created: 2, updated: 0, unchanged: 0, problemCount: 1 });
    expect(result.factChecks).toEqual([{ slug: 'sn-0-factcheck' }, { slug: 'sn-1-factcheck' }]);
    expect(result.problems).toEqual([{ position: 'line 4', message: 'empty vclaim (id "2")' }]);
    const { node } = await succeed(
      server.graphql(FACT_CHECK, { id: globalId('PublishedFactCheck', 'sn-1-factcheck') }),
    );
    expect(node).toMatchObject({
      url: null,
      headline: 'Do Penguins Fly in the Antarctic Spring?',
      verdict: null,
      publisher: { name: 'Snopes', slug: 'snopes' },
      claim: { slug: 'sn-1', text: 'A politician tweeted that penguins can fly.', claimant: null },
    });
    expect(node.record.text).toBe(
      'Verified claim 1 checked by Snopes\nClaim: A politician tweeted that penguins can fly.\n' +
        'Fact-check headline: Do Penguins Fly in the Antarctic Spring?',
    );
    // the publisher was created by the first row: its span is the name on that row's record's first line
    expect(node.publisher.evidence).toEqual([
      { start: 28, end: 34, exact: 'Snopes', document: { slug: 'sn-0-record' } },
    ]);
  });

  it('finds none of the rows changed when the file is imported again', async () => {
    const result = (await succeed(server.as('admin', IMPORT_TSV, { tsv: TSV, publisher: 'Snopes', prefix: 'sn-' })))
      .importVerifiedClaims;
    expect(result).toMatchObject({ created: 0, updated: 0, unchanged: 2, problemCount: 1 });
  });

  it('lets similarClaims find an imported claim by the words of its fact-check’s headline', async () => {
    const query = `{ similarClaims(text: "Do penguins fly in the antarctic spring?", first: 3) {
      nodes { claim { slug factChecks { publisher { name } headline url verdict } } } } }`;
    const { similarClaims } = await succeed(server.graphql(query));
    expect(similarClaims.nodes[0].claim).toMatchObject({
      slug: 'sn-1',
      factChecks: [{ publisher: { name: 'Snopes' }, headline: 'Do Penguins Fly in the Antarctic Spring?' }],
    });
  });

  it('refuses a slug prefix that makes no slug, and a file without its header', async () => {
    const badPrefix = await refuse(
      server.as('admin', IMPORT_TSV, { tsv: TSV, publisher: 'Snopes', prefix: 'Not A Prefix' }),
      'BAD_USER_INPUT',
    );
    expect(badPrefix.error.extensions?.argumentPath).toBe('slugPrefix');
    const noHeader = await refuse(
      server.as('admin', IMPORT_TSV, { tsv: '0\tA claim.\tA headline\n', publisher: 'Snopes' }),
      'BAD_USER_INPUT',
    );
    expect(noHeader.error.message).toMatch(/tsv: line 1: header is/);
  });
});
