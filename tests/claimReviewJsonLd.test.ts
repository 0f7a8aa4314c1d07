/**
 * Publishing verdicts where search engines read them: schema.org ClaimReview JSON-LD, from `Claim.claimReview`,
 * at GET /claims/<slug>/claimreview, and as one feed at GET /claimreview. Each document is checked by a small
 * validator of the fields schema.org's ClaimReview and Google's fact-check markup require (and the validator is
 * itself checked on broken documents, so these tests can fail).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codePointSpan, readFixtureDataset } from './support/testServer.js';
import {
  ARTICLE,
  ARTICLE_TEXT,
  globalId,
  PUBLIC_URL,
  PUBLISHER,
  startWriteServer,
  succeed,
  type Json,
  type WriteServer,
} from './support/writeServer.js';

// ---------------------------------------------------------------------------------------------------------------
// The validator

const isObject = (value: unknown): value is Record<string, any> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function isAbsoluteHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function checkNamed(problems: string[], path: string, value: unknown, types: readonly string[]): void {
  if (!isObject(value)) {
    problems.push(`${path} must be an object`);
    return;
  }
  if (!types.includes(value['@type'])) problems.push(`${path}.@type must be ${types.join(' or ')}`);
  if (!isText(value.name)) problems.push(`${path}.name must be a non-empty text`);
}

/**
 * The problems of a ClaimReview: what schema.org's ClaimReview and Google's fact-check markup require
 * (claimReviewed, reviewRating with alternateName and a numeric scale, url, author) and what this API promises
 * (datePublished as a date, itemReviewed: a Claim with where it appeared, and its authors when any claimant is
 * shown making it: one object, or an array of several). `inGraph`: an item of an @graph, whose @context is the
 * graph's.
 */
function claimReviewProblems(review: unknown, { inGraph = false } = {}): string[] {
  const problems: string[] = [];
  if (!isObject(review)) return ['a ClaimReview must be an object'];
  if (inGraph) {
    if ('@context' in review) problems.push('an item of a @graph takes its @context from the graph');
  } else if (review['@context'] !== 'https://schema.org') {
    problems.push('@context must be https://schema.org');
  }
  if (review['@type'] !== 'ClaimReview') problems.push('@type must be ClaimReview');
  if (!isAbsoluteHttpUrl(review.url)) problems.push('url must be an absolute http(s) URL');
  if (!isText(review.claimReviewed)) problems.push('claimReviewed must be a non-empty text');
  if (!isCalendarDate(review.datePublished)) problems.push('datePublished must be a date YYYY-MM-DD');
  checkNamed(problems, 'author', review.author, ['Organization']);

  const rating = review.reviewRating;
  if (!isObject(rating)) {
    problems.push('reviewRating must be an object');
  } else {
    if (rating['@type'] !== 'Rating') problems.push('reviewRating.@type must be Rating');
    if (!isText(rating.alternateName)) problems.push('reviewRating.alternateName must be a non-empty text');
    const { ratingValue, worstRating, bestRating } = rating;
    if (![ratingValue, worstRating, bestRating].every((n) => typeof n === 'number' && Number.isFinite(n))) {
      problems.push('reviewRating.ratingValue, worstRating and bestRating must be numbers');
    } else {
      if (worstRating !== 1 || bestRating !== 5)
        problems.push('reviewRating must use the scale worstRating 1 to bestRating 5');
      if (ratingValue < worstRating || ratingValue > bestRating) {
        problems.push('reviewRating.ratingValue must be within worstRating..bestRating');
      }
    }
  }

  const claim = review.itemReviewed;
  if (!isObject(claim)) {
    problems.push('itemReviewed must be an object');
  } else {
    if (claim['@type'] !== 'Claim') problems.push('itemReviewed.@type must be Claim');
    if (Array.isArray(claim.author)) {
      if (claim.author.length < 2) problems.push('itemReviewed.author must be an object, or an array of several');
      claim.author.forEach((author: unknown, index: number) =>
        checkNamed(problems, `itemReviewed.author[${index}]`, author, ['Person', 'Organization']),
      );
    } else if (claim.author !== undefined) {
      checkNamed(problems, 'itemReviewed.author', claim.author, ['Person', 'Organization']);
    }
    if (!Array.isArray(claim.appearance) || claim.appearance.length === 0) {
      problems.push('itemReviewed.appearance must be a non-empty array');
    } else {
      claim.appearance.forEach((work: unknown, index: number) => {
        const path = `itemReviewed.appearance[${index}]`;
        if (!isObject(work) || work['@type'] !== 'CreativeWork') problems.push(`${path} must be a CreativeWork`);
        else if (!isText(work.name) && !isText(work.headline) && !isAbsoluteHttpUrl(work.url))
          problems.push(`${path} needs a name, a headline or a url`);
      });
    }
  }
  return problems;
}

/** A valid ClaimReview, as a template for the validator's own tests. */
function validReview(): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://factcheck.example.org/claims/x/claimreview',
    claimReviewed: 'Something checkable.',
    datePublished: '2024-05-01',
    author: { '@type': 'Organization', name: 'A fact-checker' },
    reviewRating: { '@type': 'Rating', ratingValue: 2, worstRating: 1, bestRating: 5, alternateName: 'Mostly false' },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Someone' },
      appearance: [{ '@type': 'CreativeWork', headline: 'Where it was said' }],
    },
  };
}

describe('the validator used below', () => {
  it('accepts a complete ClaimReview', () => {
    expect(claimReviewProblems(validReview())).toEqual([]);
  });

  it.each<[string, (review: Json) => void, string]>([
    ['no @context', (r) => delete r['@context'], '@context'],
    ['another @type', (r) => (r['@type'] = 'Review'), '@type'],
    ['a relative url', (r) => (r.url = '/claims/x/claimreview'), 'url'],
    ['no claimReviewed', (r) => delete r.claimReviewed, 'claimReviewed'],
    ['a date-time as datePublished', (r) => (r.datePublished = '2024-05-01T10:00:00Z'), 'datePublished'],
    ['an impossible datePublished', (r) => (r.datePublished = '2024-02-30'), 'datePublished'],
    ['an author that is a Person', (r) => (r.author['@type'] = 'Person'), 'author.@type'],
    ['an author with no name', (r) => delete r.author.name, 'author.name'],
    ['a rating above bestRating', (r) => (r.reviewRating.ratingValue = 6), 'within worstRating..bestRating'],
    ['a rating as text', (r) => (r.reviewRating.ratingValue = '2'), 'must be numbers'],
    ['another scale', (r) => (r.reviewRating.bestRating = 10), 'scale'],
    ['no alternateName', (r) => delete r.reviewRating.alternateName, 'alternateName'],
    ['an itemReviewed that is not a Claim', (r) => (r.itemReviewed['@type'] = 'CreativeWork'), 'itemReviewed.@type'],
    ['a claim author of another type', (r) => (r.itemReviewed.author['@type'] = 'Thing'), 'itemReviewed.author.@type'],
    ['an array of one author', (r) => (r.itemReviewed.author = [r.itemReviewed.author]), 'an array of several'],
    [
      'an unnamed author among several',
      (r) => (r.itemReviewed.author = [r.itemReviewed.author, { '@type': 'Person' }]),
      'itemReviewed.author[1].name',
    ],
    ['no appearance', (r) => (r.itemReviewed.appearance = []), 'appearance'],
    ['an appearance that is a bare text', (r) => (r.itemReviewed.appearance = ['somewhere']), 'appearance[0]'],
  ])('refuses %s', (_what, breakIt, complaint) => {
    const review = validReview();
    breakIt(review);
    const problems = claimReviewProblems(review);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(complaint);
  });

  it('accepts a claim without an author (every claimant only reported), or with several', () => {
    const unattributed = validReview();
    delete unattributed.itemReviewed.author;
    expect(claimReviewProblems(unattributed)).toEqual([]);
    const several = validReview();
    several.itemReviewed.author = [
      { '@type': 'Person', name: 'Someone' },
      { '@type': 'Organization', name: 'Somewhere' },
    ];
    expect(claimReviewProblems(several)).toEqual([]);
  });

  it('refuses an @context inside a graph item', () => {
    expect(claimReviewProblems(validReview(), { inGraph: true })).toEqual([
      'an item of a @graph takes its @context from the graph',
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer();
});

afterAll(async () => {
  await server?.close();
});

/** The article as the graph shows it: its source gives no headline, so its title is an editor's. */
const ARTICLE_RECORD = readFixtureDataset().documents.find((document) => document.slug === ARTICLE)!;

async function reviewClaim(claim: string, ratingValue: number): Promise<Json> {
  const data = await succeed(
    server.as(
      'reviewer',
      `mutation Review($input: ReviewClaimInput!) {
        reviewClaim(input: $input) { review { id reviewedAt ratingLabel } claim { text claimReview } }
      }`,
      {
        input: {
          claim,
          ratingValue,
          explanation: 'The article itself contradicts it.',
          sources: [{ url: 'https://example.org/new-yorker-interview', title: 'The New Yorker interview' }],
        },
      },
    ),
  );
  return data.reviewClaim;
}

async function get(path: string): Promise<{ status: number; contentType: string | null; body: Json }> {
  const response = await fetch(`${server.origin}${path}`);
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), body: JSON.parse(text) };
}

describe('ClaimReview of a claim only reported to be made (New York Post and Fox News, according to Legend)', () => {
  let reviewed: Json;

  beforeAll(async () => {
    reviewed = await reviewClaim('fell-out-over-trump', 1);
  });

  it('Claim.claimReview has every required field, with the configured URL and publisher, and names no author', () => {
    const jsonLd = reviewed.claim.claimReview;
    expect(claimReviewProblems(jsonLd)).toEqual([]);
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${PUBLIC_URL}/claims/fell-out-over-trump/claimreview`,
      claimReviewed: reviewed.claim.text,
      datePublished: reviewed.review.reviewedAt.slice(0, 10),
      author: { '@type': 'Organization', name: PUBLISHER },
      reviewRating: { '@type': 'Rating', ratingValue: 1, worstRating: 1, bestRating: 5, alternateName: 'False' },
      itemReviewed: {
        '@type': 'Claim',
        appearance: [
          {
            '@type': 'CreativeWork',
            name: ARTICLE_RECORD.title,
            publisher: { '@type': 'Organization', name: 'The Source' },
          },
        ],
        firstAppearance: { '@type': 'CreativeWork', name: ARTICLE_RECORD.title },
      },
    });
    // the claimants are only alleged to make it: naming them as authors would state the allegation as fact
    expect(jsonLd.itemReviewed).not.toHaveProperty('author');
    // the source gives no headline: the editor's title is not passed off as one
    expect(jsonLd.itemReviewed.appearance[0]).not.toHaveProperty('headline');
  });

  it('GET /claims/<slug>/claimreview serves the same document as application/ld+json', async () => {
    const response = await get('/claims/fell-out-over-trump/claimreview');
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^application\/ld\+json\b/);
    expect(claimReviewProblems(response.body)).toEqual([]);
    expect(response.body).toEqual(reviewed.claim.claimReview);
  });
});

describe('ClaimReview of a claim made by a person', () => {
  it('names the claimant as a Person, with the date the claim was made', async () => {
    const reviewed = await reviewClaim('west-changed-their-lives', 2);
    const response = await get('/claims/west-changed-their-lives/claimreview');
    expect(response.status).toBe(200);
    expect(claimReviewProblems(response.body)).toEqual([]);
    expect(response.body.itemReviewed).toMatchObject({
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Kanye West' },
      datePublished: '2020',
    });
    expect(response.body.reviewRating).toMatchObject({ ratingValue: 2, alternateName: reviewed.review.ratingLabel });
  });
});

describe('ClaimReview of a claim made by several claimants', () => {
  it('names every claimant shown making it, in order, as an array of authors', async () => {
    const span = (exact: string) => ({ document: ARTICLE, ...codePointSpan(ARTICLE_TEXT, exact), exact });
    await succeed(
      server.as('editor', `mutation Add($input: AddClaimInput!) { addClaim(input: $input) { claim { slug } } }`, {
        input: {
          slug: 'politics-divides-friends',
          text: 'Politics can divide even the closest of friends.',
          claimants: [
            { entity: 'the-source', evidence: [span('Politics has a way of dividing even the closest of friends')] },
            { entity: 'john-legend', evidence: [span('we stopped being friends because he supported Trump')] },
            {
              entity: 'new-york-post',
              reportedBy: 'john-legend',
              evidence: [span('it was all over the New York\u00a0Post')],
            },
          ],
          about: ['john-legend', 'kanye-west'],
          appearances: [{ evidence: span('Politics has a way of dividing even the closest of friends') }],
        },
      }),
    );
    await reviewClaim('politics-divides-friends', 5);
    const response = await get('/claims/politics-divides-friends/claimreview');
    expect(response.status).toBe(200);
    expect(claimReviewProblems(response.body)).toEqual([]);
    expect(response.body.itemReviewed.author).toEqual([
      { '@type': 'Organization', name: 'The Source' },
      { '@type': 'Person', name: 'John Legend' },
    ]);
  });
});

describe('what has no ClaimReview', () => {
  it.each([
    ['an unknown slug', '/claims/no-such-claim/claimreview'],
    ['a slug that cannot be one', '/claims/Not%20A%20Slug/claimreview'],
    ['a claim not yet reviewed', '/claims/legend-real-cause/claimreview'],
  ])('%s is 404', async (_what, path) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.contentType).toMatch(/^application\/json\b/);
    expect(typeof response.body.error).toBe('string');
  });

  it('a claim not yet reviewed has a null claimReview', async () => {
    const data = await succeed(
      server.graphql(`{ node(id: "${globalId('Claim', 'legend-real-cause')}") { ... on Claim { claimReview } } }`),
    );
    expect(data.node.claimReview).toBeNull();
  });
});

describe('the feed at GET /claimreview', () => {
  it('lists exactly the reviewed claims, in one @graph under one @context', async () => {
    const response = await get('/claimreview');
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^application\/ld\+json\b/);
    expect(Object.keys(response.body).sort()).toEqual(['@context', '@graph']);
    expect(response.body['@context']).toBe('https://schema.org');
    const graph: Json[] = response.body['@graph'];
    for (const item of graph) expect(claimReviewProblems(item, { inGraph: true })).toEqual([]);
    expect(graph.map((item) => item.url).sort()).toEqual([
      `${PUBLIC_URL}/claims/fell-out-over-trump/claimreview`,
      `${PUBLIC_URL}/claims/politics-divides-friends/claimreview`,
      `${PUBLIC_URL}/claims/west-changed-their-lives/claimreview`,
    ]);
  });

  it('a claim whose only review is retracted leaves the feed, and its URL is 404', async () => {
    const reviewed = await reviewClaim('west-60000-votes', 4);
    expect((await get('/claimreview')).body['@graph']).toHaveLength(4);
    await succeed(
      server.as('admin', 'mutation R($id: ID!) { retract(id: $id, reason: "Published too early.") { node { id } } }', {
        id: reviewed.review.id,
      }),
    );
    expect((await get('/claims/west-60000-votes/claimreview')).status).toBe(404);
    const urls = (await get('/claimreview')).body['@graph'].map((item: Json) => item.url);
    expect(urls).toHaveLength(3);
    expect(urls).not.toContain(`${PUBLIC_URL}/claims/west-60000-votes/claimreview`);
  });
});

describe('a retracted claim', () => {
  beforeAll(async () => {
    await reviewClaim('legend-real-cause', 3);
    await succeed(
      server.as('admin', 'mutation R($id: ID!) { retract(id: $id, reason: "Withdrawn.") { node { id } } }', {
        id: globalId('Claim', 'legend-real-cause'),
      }),
    );
  });

  it('leaves the feed', async () => {
    const urls = (await get('/claimreview')).body['@graph'].map((item: Json) => item.url);
    expect(urls).not.toContain(`${PUBLIC_URL}/claims/legend-real-cause/claimreview`);
  });

  it('its ClaimReview URL is no longer served (404 or 410)', async () => {
    expect([404, 410]).toContain((await get('/claims/legend-real-cause/claimreview')).status);
  });
});

describe('without CLAIMGRAPH_PUBLIC_URL and CLAIMGRAPH_PUBLISHER', () => {
  let plain: WriteServer;
  let jsonLd: Json;

  beforeAll(async () => {
    plain = await startWriteServer({ env: { CLAIMGRAPH_PUBLIC_URL: '', CLAIMGRAPH_PUBLISHER: '' } });
    const data = await succeed(
      plain.as(
        'reviewer',
        `mutation { reviewClaim(input: {
          claim: "used-by-democrats", ratingValue: 1, explanation: "No.",
          sources: [{ url: "https://example.org/s", title: "S" }]
        }) { claim { claimReview } } }`,
      ),
    );
    jsonLd = data.reviewClaim.claim.claimReview;
  });

  afterAll(async () => {
    await plain?.close();
  });

  it('the author is "claimgraph" and the url is still absolute', () => {
    expect(claimReviewProblems(jsonLd)).toEqual([]);
    expect(jsonLd.author.name).toBe('claimgraph');
  });

  it('the default url points at the port the server actually listens on', () => {
    expect(jsonLd.url).toBe(`http://localhost:${new URL(plain.origin).port}/claims/used-by-democrats/claimreview`);
  });
});
