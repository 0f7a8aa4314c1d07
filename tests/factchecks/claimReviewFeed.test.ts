/**
 * parseClaimReviewFeed on schema.org ClaimReview JSON-LD: the shapes publishers wrap it in, the fields read, and a
 * problem per bad item with its position. Every fact-check here is invented.
 */
import { describe, expect, it } from 'vitest';
import {
  describeFeedProblem,
  MAX_CLAIM_TEXT_LENGTH,
  MAX_FEED_ITEMS,
  parseClaimReviewFeed,
} from '../../src/factchecks/index.js';

/** A complete ClaimReview as Google's markup guidelines describe it; `overrides` replace top-level fields. */
function claimReview(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    url: 'https://checks.example.org/moon-cheese',
    claimReviewed: 'The moon is made of cheese.',
    datePublished: '2023-04-05',
    name: 'No, the moon is not made of cheese',
    inLanguage: 'en',
    author: { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example.org' },
    reviewRating: { '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' },
    itemReviewed: {
      '@type': 'Claim',
      author: { '@type': 'Person', name: 'Pat Example' },
      datePublished: '2023-03-30',
      appearance: [{ '@type': 'CreativeWork', url: 'https://social.example.net/post/1' }],
    },
    ...overrides,
  };
}

/** The problems as one line each, the way an editor reads them. */
function problemLines(value: unknown): string[] {
  return parseClaimReviewFeed(value).problems.map(describeFeedProblem);
}

function positions(value: unknown): string[] {
  return parseClaimReviewFeed(value).items.map((item) => item.position);
}

describe('parseClaimReviewFeed: accepted JSON-LD shapes', () => {
  it('reads a single ClaimReview into every field of an ImportedFactCheck', () => {
    expect(parseClaimReviewFeed(claimReview())).toEqual({
      items: [
        {
          position: '(top level)',
          claimText: 'The moon is made of cheese.',
          claimant: { name: 'Pat Example', isPerson: true },
          claimants: [{ name: 'Pat Example', type: 'Person' }],
          claimDate: '2023-03-30',
          appearanceUrls: ['https://social.example.net/post/1'],
          review: {
            url: 'https://checks.example.org/moon-cheese',
            title: 'No, the moon is not made of cheese',
            publisher: { name: 'Example Checks', url: 'https://checks.example.org' },
            reviewDate: '2023-04-05',
            textualRating: 'False',
            ratingValue: 1,
            languageCode: 'en',
          },
        },
      ],
      problems: [],
    });
  });

  it('reads an array of ClaimReviews, positioning each by its index', () => {
    const feed = [claimReview(), claimReview({ claimReviewed: 'Second claim.' })];
    expect(positions(feed)).toEqual(['[0]', '[1]']);
    expect(parseClaimReviewFeed(feed).items[1].claimText).toBe('Second claim.');
  });

  it('reads the ClaimReviews of a @graph and passes over its other nodes, typed or not', () => {
    const feed = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': '#org', name: 'Example Checks' },
        claimReview(),
        { '@id': '#untyped', name: 'a node only referenced' },
        { '@type': 'WebPage', url: 'https://checks.example.org/' },
        claimReview({ claimReviewed: 'Another claim.' }),
      ],
    };
    expect(positions(feed)).toEqual(['@graph[1]', '@graph[4]']);
    expect(parseClaimReviewFeed(feed).problems).toEqual([]);
  });

  it('reads a @graph given as a single node', () => {
    expect(positions({ '@graph': claimReview() })).toEqual(['@graph[0]']);
  });

  it('reads a DataFeed of ClaimReviews and of DataFeedItems holding one or several ClaimReviews', () => {
    const feed = {
      '@context': 'https://schema.org',
      '@type': 'DataFeed',
      dataFeedElement: [
        claimReview(),
        { '@type': 'DataFeedItem', dateCreated: '2023-04-05', item: claimReview() },
        { '@type': 'DataFeedItem', item: [claimReview(), claimReview()] },
        { '@type': 'DataFeedItem' },
      ],
    };
    expect(positions(feed)).toEqual([
      'dataFeedElement[0]',
      'dataFeedElement[1].item',
      'dataFeedElement[2].item[0]',
      'dataFeedElement[2].item[1]',
    ]);
    expect(parseClaimReviewFeed(feed).problems).toEqual([]);
  });

  it('reads a DataFeed inside a @graph or an array, with the path through both in the position', () => {
    const dataFeed = { '@type': 'DataFeed', dataFeedElement: [{ '@type': 'DataFeedItem', item: claimReview() }] };
    expect(positions({ '@graph': [dataFeed] })).toEqual(['@graph[0].dataFeedElement[0].item']);
    expect(positions([dataFeed])).toEqual(['[0].dataFeedElement[0].item']);
  });

  it('accepts @type as an array, and types written prefixed or as full schema.org IRIs', () => {
    const feed = [
      claimReview({ '@type': ['ClaimReview', 'Review'] }),
      claimReview({ '@type': 'schema:ClaimReview' }),
      claimReview({ '@type': 'http://schema.org/ClaimReview' }),
      { '@type': 'https://schema.org/DataFeed', dataFeedElement: [claimReview()] },
    ];
    expect(positions(feed)).toEqual(['[0]', '[1]', '[2]', '[3].dataFeedElement[0]']);
  });

  it('reads properties written with the schema: prefix or as full schema.org IRIs', () => {
    const [item] = parseClaimReviewFeed({
      '@type': 'schema:ClaimReview',
      'schema:claimReviewed': 'Prefixed claim.',
      'https://schema.org/url': 'https://checks.example.org/prefixed',
      'schema:author': { 'schema:name': 'Prefixed Checks' },
      'http://schema.org/reviewRating': { 'schema:ratingValue': '2', 'schema:alternateName': 'Mostly false' },
    }).items;
    expect(item.claimText).toBe('Prefixed claim.');
    expect(item.review).toMatchObject({
      url: 'https://checks.example.org/prefixed',
      publisher: { name: 'Prefixed Checks', url: null },
      ratingValue: 2,
      textualRating: 'Mostly false',
    });
  });

  it('ignores a nested @context', () => {
    const feed = [
      claimReview({
        '@context': { '@vocab': 'https://schema.org/' },
        itemReviewed: { '@context': 'https://schema.org', '@type': 'Claim', author: 'Pat Example' },
      }),
    ];
    const { items, problems } = parseClaimReviewFeed(feed);
    expect(problems).toEqual([]);
    expect(items[0].claimants).toEqual([{ name: 'Pat Example', type: null }]);
  });

  it('unwraps value objects and reads the first of several values of a single-valued field', () => {
    const [item] = parseClaimReviewFeed(
      claimReview({
        claimReviewed: [{ '@value': 'A claim in a value object.', '@language': 'en' }, 'Ignored second value.'],
        datePublished: { '@value': '2023-04-05T09:00:00+02:00', '@type': 'Date' },
        url: ['https://checks.example.org/first', 'https://checks.example.org/second'],
      }),
    ).items;
    expect(item.claimText).toBe('A claim in a value object.');
    expect(item.review.reviewDate).toBe('2023-04-05');
    expect(item.review.url).toBe('https://checks.example.org/first');
  });
});

describe('parseClaimReviewFeed: fields', () => {
  it('keeps every claimant of an array, the first as `claimant`, with isPerson only when the type says', () => {
    const [item] = parseClaimReviewFeed(
      claimReview({
        itemReviewed: {
          '@type': 'Claim',
          author: [
            'Sam Plain',
            { '@type': 'Person', name: 'Pat Example' },
            { '@type': 'NewsMediaOrganization', name: 'Example Gazette' },
            { '@type': 'Organization' },
            { '@type': 'Thing', name: 'Some Thing' },
          ],
        },
      }),
    ).items;
    expect(item.claimant).toEqual({ name: 'Sam Plain' });
    expect(item.claimants).toEqual([
      { name: 'Sam Plain', type: null },
      { name: 'Pat Example', type: 'Person' },
      { name: 'Example Gazette', type: 'Organization' },
      { name: 'Some Thing', type: null },
    ]);
  });

  it('gives an organisation claimant isPerson false, and no claimant when the claim has no author', () => {
    const organisation = claimReview({
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Organization', name: 'Example Party' } },
    });
    expect(parseClaimReviewFeed(organisation).items[0].claimant).toEqual({ name: 'Example Party', isPerson: false });
    const anonymous = claimReview({ itemReviewed: { '@type': 'Claim' } });
    expect(parseClaimReviewFeed(anonymous).items[0]).toMatchObject({ claimant: null, claimants: [] });
    const noClaim = claimReview({ itemReviewed: undefined });
    expect(parseClaimReviewFeed(noClaim).items[0]).toMatchObject({
      claimant: null,
      claimants: [],
      claimDate: null,
      appearanceUrls: [],
    });
  });

  it('reduces the claim’s and the review’s date-times to dates, and leaves unreadable dates null', () => {
    const [readable, unreadable] = parseClaimReviewFeed([
      claimReview({
        datePublished: '2023-04-05T18:00:00Z',
        itemReviewed: { '@type': 'Claim', datePublished: '2023-03' },
      }),
      claimReview({ datePublished: 'April 5, 2023', itemReviewed: { '@type': 'Claim', datePublished: 2023 } }),
    ]).items;
    expect([readable.review.reviewDate, readable.claimDate]).toEqual(['2023-04-05', '2023-03']);
    expect([unreadable.review.reviewDate, unreadable.claimDate]).toEqual([null, null]);
  });

  it('collects appearance, firstAppearance and sameAs addresses once each, keeping only http(s)', () => {
    const [item] = parseClaimReviewFeed(
      claimReview({
        itemReviewed: {
          '@type': 'Claim',
          appearance: [
            { '@type': 'CreativeWork', url: 'https://social.example.net/post/1' },
            'http://video.example.net/watch/2',
            { '@type': 'CreativeWork', url: 'javascript:alert(1)' },
            { '@type': 'CreativeWork', headline: 'no address' },
          ],
          firstAppearance: { '@type': 'CreativeWork', url: 'https://social.example.net/post/1' },
          sameAs: ['https://archive.example.org/post-1', 'not an address'],
        },
      }),
    ).items;
    expect(item.appearanceUrls).toEqual([
      'https://social.example.net/post/1',
      'http://video.example.net/watch/2',
      'https://archive.example.org/post-1',
    ]);
  });

  it('names the publisher from author as a string, else from publisher, and drops a non-http(s) publisher url', () => {
    const [fromString, fromPublisher, badUrl] = parseClaimReviewFeed([
      claimReview({ author: 'Example Checks' }),
      claimReview({ author: undefined, publisher: { '@type': 'Organization', name: 'Example Desk' } }),
      claimReview({ author: { '@type': 'Organization', name: 'Example Checks', url: 'ftp://checks.example.org' } }),
    ]).items;
    expect(fromString.review.publisher).toEqual({ name: 'Example Checks', url: null });
    expect(fromPublisher.review.publisher).toEqual({ name: 'Example Desk', url: null });
    expect(badUrl.review.publisher).toEqual({ name: 'Example Checks', url: null });
  });

  it('takes the title from headline when there is no name', () => {
    const [item] = parseClaimReviewFeed(claimReview({ name: undefined, headline: 'Cheese moon? No' })).items;
    expect(item.review.title).toBe('Cheese moon? No');
  });

  it('gives ratingValue null for a textual verdict only, and normalises another scale', () => {
    const [textual, tenPoint, none] = parseClaimReviewFeed([
      claimReview({ reviewRating: { '@type': 'Rating', alternateName: 'Missing context' } }),
      claimReview({ reviewRating: { '@type': 'Rating', ratingValue: '8', bestRating: '10', worstRating: '0' } }),
      claimReview({ reviewRating: undefined }),
    ]).items;
    expect(textual.review).toMatchObject({ textualRating: 'Missing context', ratingValue: null });
    expect(tenPoint.review).toMatchObject({ textualRating: null, ratingValue: 4.2 });
    expect(none.review).toMatchObject({ textualRating: null, ratingValue: null });
  });

  it('trims every text and collapses its runs of whitespace and line breaks to one space', () => {
    const [item] = parseClaimReviewFeed(
      claimReview({
        claimReviewed: '  The moon\n\tis   made of cheese.  ',
        name: '\n  No, it is not \n',
        url: '  https://checks.example.org/moon-cheese ',
        reviewRating: { '@type': 'Rating', alternateName: ' Pants  on fire ' },
      }),
    ).items;
    expect(item.claimText).toBe('The moon is made of cheese.');
    expect(item.review).toMatchObject({
      title: 'No, it is not',
      url: 'https://checks.example.org/moon-cheese',
      textualRating: 'Pants on fire',
    });
  });
});

describe('parseClaimReviewFeed: @id references within a @graph', () => {
  it('resolves author and itemReviewed, and the claim’s author, to the @graph nodes they name', () => {
    const feed = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': 'https://checks.example.org/#org', name: 'Example Checks' },
        { '@type': 'Person', '@id': '#pat', name: 'Pat Example' },
        { '@type': 'Claim', '@id': '#claim', author: { '@id': '#pat' }, datePublished: '2023-03-30' },
        claimReview({ author: { '@id': 'https://checks.example.org/#org' }, itemReviewed: { '@id': '#claim' } }),
      ],
    };
    const { items, problems } = parseClaimReviewFeed(feed);
    expect(problems).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      position: '@graph[3]',
      claimant: { name: 'Pat Example', isPerson: true },
      claimDate: '2023-03-30',
      review: { publisher: { name: 'Example Checks', url: null } },
    });
  });

  it('reads a ClaimReview of the @graph that a DataFeed there refers to once, at its first position', () => {
    const feed = {
      '@graph': [
        { '@type': 'DataFeed', dataFeedElement: [{ '@id': '#review' }] },
        { ...claimReview(), '@id': '#review' },
      ],
    };
    expect(positions(feed)).toEqual(['@graph[0].dataFeedElement[0]']);
    expect(parseClaimReviewFeed(feed).problems).toEqual([]);
  });

  it('reports an author that refers to no node of the @graph, naming the @id', () => {
    const feed = { '@graph': [claimReview({ author: { '@id': '#nobody' } })] };
    expect(problemLines(feed)).toEqual(['@graph[0]: author refers to @id "#nobody", which is no node of this @graph']);
  });

  it('does not resolve references outside a @graph: there is nothing for them to point at', () => {
    const feed = [
      { '@type': 'Organization', '@id': '#org', name: 'Example Checks' },
      claimReview({ author: { '@id': '#org' } }),
    ];
    expect(problemLines(feed)).toEqual(['[1]: author refers to @id "#org", which is no node of this @graph']);
  });

  it('leaves the claim empty, not the item refused, when itemReviewed refers to nothing', () => {
    const feed = { '@graph': [claimReview({ itemReviewed: { '@id': '#missing' } })] };
    const { items, problems } = parseClaimReviewFeed(feed);
    expect(problems).toEqual([]);
    expect(items[0]).toMatchObject({ claimant: null, claimDate: null, appearanceUrls: [] });
  });
});

describe('parseClaimReviewFeed: problems', () => {
  it('reports each bad item at its position and still returns the good ones', () => {
    const feed = {
      '@graph': [
        claimReview(),
        { '@type': 'Organization', name: 'Example Checks' },
        claimReview({ claimReviewed: undefined }),
        claimReview(),
      ],
    };
    const { items, problems } = parseClaimReviewFeed(feed);
    expect(items.map((item) => item.position)).toEqual(['@graph[0]', '@graph[3]']);
    expect(problems).toEqual([{ position: '@graph[2]', message: 'ClaimReview has no claimReviewed' }]);
  });

  it('refuses a claimReviewed that is missing, blank or not text', () => {
    expect(problemLines([claimReview({ claimReviewed: ' \n ' }), claimReview({ claimReviewed: 42 })])).toEqual([
      '[0]: ClaimReview has no claimReviewed',
      '[1]: claimReviewed is 42, not text',
    ]);
  });

  it('refuses a url that is missing, not text or not an http(s) address', () => {
    expect(
      problemLines([
        claimReview({ url: undefined }),
        claimReview({ url: 'ftp://x' }),
        claimReview({ url: { href: 'https://checks.example.org' } }),
        claimReview({ url: 'checks.example.org/moon' }),
        claimReview({ url: '' }),
      ]),
    ).toEqual([
      '[0]: ClaimReview has no url',
      '[1]: url "ftp://x" is not an http(s) address',
      '[2]: url is an object, not an address',
      '[3]: url "checks.example.org/moon" is not an http(s) address',
      '[4]: ClaimReview has no url',
    ]);
  });

  it('refuses a ClaimReview whose author and publisher name no one', () => {
    expect(
      problemLines([claimReview({ author: undefined }), claimReview({ author: { '@type': 'Organization' } })]),
    ).toEqual([
      '[0]: ClaimReview has no author naming the fact-checker',
      '[1]: ClaimReview has no author naming the fact-checker',
    ]);
  });

  it('refuses a numeric rating off its scale, on a scale with no range, or not a number', () => {
    const rated = (rating: Record<string, unknown>) => claimReview({ reviewRating: { '@type': 'Rating', ...rating } });
    expect(
      problemLines([
        rated({ ratingValue: 7 }),
        rated({ ratingValue: 11, bestRating: 10, worstRating: 0 }),
        rated({ ratingValue: 2, bestRating: 4, worstRating: 4 }),
        rated({ ratingValue: 'mostly false' }),
      ]),
    ).toEqual([
      '[0]: reviewRating.ratingValue 7 is outside worstRating 1 .. bestRating 5',
      '[1]: reviewRating.ratingValue 11 is outside worstRating 0 .. bestRating 10',
      '[2]: reviewRating.bestRating 4 equals worstRating 4: the scale has no range',
      '[3]: reviewRating.ratingValue "mostly false" is not a number',
    ]);
  });

  it('refuses NUL characters in any text it reads, naming the field', () => {
    expect(
      problemLines([
        claimReview({ claimReviewed: 'bad\u0000claim' }),
        claimReview({ name: 'bad\u0000title' }),
        claimReview({ itemReviewed: { '@type': 'Claim', author: 'Pat\u0000' } }),
      ]),
    ).toEqual([
      '[0]: claimReviewed contains a NUL character',
      '[1]: name contains a NUL character',
      '[2]: itemReviewed.author contains a NUL character',
    ]);
  });

  it('reports entries of a list that are not objects, or objects with no @type, and passes over other types', () => {
    const feed = [claimReview(), 'a string', null, { claimReviewed: 'untyped' }, { '@type': 'Organization' }];
    expect(problemLines(feed)).toEqual([
      '[1]: expected a ClaimReview, found "a string"',
      '[2]: expected a ClaimReview, found null',
      '[3]: has no @type; expected a ClaimReview',
    ]);
    expect(positions(feed)).toEqual(['[0]']);
  });

  it('reports a DataFeed element that refers to an @id outside any @graph', () => {
    const feed = { '@type': 'DataFeed', dataFeedElement: [{ '@id': '#review' }] };
    expect(problemLines(feed)).toEqual(['dataFeedElement[0]: refers to @id "#review", which is no node of this feed']);
  });

  it('refuses DataFeeds nested deeper than any real feed, without walking them', () => {
    const feedOf = (element: unknown) => ({ '@type': 'DataFeed', dataFeedElement: [element] });
    const deep = feedOf(feedOf(feedOf(feedOf(feedOf(claimReview())))));
    expect(problemLines(deep)).toEqual([
      'dataFeedElement[0].dataFeedElement[0].dataFeedElement[0].dataFeedElement[0]: DataFeed nested more than 4 levels deep',
    ]);
  });

  it.each([
    ['a string', 'not json-ld', 'found "not json-ld"'],
    ['a number', 3, 'found 3'],
    ['null', null, 'found null'],
    ['an object of another type', { '@type': 'Organization', name: 'x' }, 'found an object of @type Organization'],
    ['an untyped object', { claimReviewed: 'x' }, 'found an object with neither @type nor @graph'],
  ])('gives one top-level problem naming the accepted shapes for %s', (_kind, value, found) => {
    const { items, problems } = parseClaimReviewFeed(value);
    expect(items).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0].position).toBe('(top level)');
    expect(problems[0].message).toMatch(/^expected schema\.org ClaimReview JSON-LD \(a ClaimReview, an array/);
    expect(problems[0].message).toContain('Fact Check Tools API claims:search response');
    expect(problems[0].message.endsWith(`; ${found}`)).toBe(true);
  });

  it('gives no items and no problems for an empty array, @graph or DataFeed', () => {
    for (const empty of [[], { '@graph': [] }, { '@type': 'DataFeed', dataFeedElement: [] }]) {
      expect(parseClaimReviewFeed(empty)).toEqual({ items: [], problems: [] });
    }
  });
});

describe('parseClaimReviewFeed: caps', () => {
  it(`accepts a claim of ${MAX_CLAIM_TEXT_LENGTH} characters and refuses one longer, after collapsing whitespace`, () => {
    const longest = 'a'.repeat(MAX_CLAIM_TEXT_LENGTH);
    const tooLong = 'a'.repeat(MAX_CLAIM_TEXT_LENGTH + 1);
    const padded = `   ${'a '.repeat(MAX_CLAIM_TEXT_LENGTH / 2 - 1)}a   `;
    const { items, problems } = parseClaimReviewFeed([
      claimReview({ claimReviewed: longest }),
      claimReview({ claimReviewed: tooLong }),
      claimReview({ claimReviewed: padded.replace(/ /g, '   ') }),
    ]);
    expect(items.map((item) => item.position)).toEqual(['[0]', '[2]']);
    expect(items[1].claimText).toHaveLength(MAX_CLAIM_TEXT_LENGTH - 1);
    expect(problems.map(describeFeedProblem)).toEqual([
      `[1]: claimReviewed is ${MAX_CLAIM_TEXT_LENGTH + 1} characters long; at most ${MAX_CLAIM_TEXT_LENGTH} are accepted`,
    ]);
  });

  it(`reads at most ${MAX_FEED_ITEMS} items and says, at the first one left, that the rest were not read`, () => {
    // the smallest valid ClaimReview: the cap is about counting, and a lean item keeps the test quick
    const review = { '@type': 'ClaimReview', claimReviewed: 'c', url: 'https://checks.example.org/c', author: 'A' };
    const feed = Array.from({ length: MAX_FEED_ITEMS + 5 }, () => review);
    const { items, problems } = parseClaimReviewFeed(feed);
    expect(items).toHaveLength(MAX_FEED_ITEMS);
    expect(problems).toEqual([
      {
        position: `[${MAX_FEED_ITEMS}]`,
        message: `the feed has more than ${MAX_FEED_ITEMS} fact-checks; this one and the rest were not read`,
      },
    ]);
  });

  it('counts refused entries against the cap too', () => {
    const feed = Array.from({ length: MAX_FEED_ITEMS + 1 }, () => 0);
    const { problems } = parseClaimReviewFeed(feed);
    expect(problems).toHaveLength(MAX_FEED_ITEMS + 1);
    expect(problems.at(-1)?.position).toBe(`[${MAX_FEED_ITEMS}]`);
  });
});
