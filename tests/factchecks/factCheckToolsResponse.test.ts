/**
 * parseClaimReviewFeed on a claims:search response of Google's Fact Check Tools API: one item per claimReview,
 * each carrying its claim. Every claim and review here is invented.
 */
import { describe, expect, it } from 'vitest';
import { describeFeedProblem, parseClaimReviewFeed } from '../../src/factchecks/index.js';

function apiReview(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    publisher: { name: 'Example Checks', site: 'checks.example.org' },
    url: 'https://checks.example.org/2023/moon-cheese',
    title: 'Is the moon made of cheese?',
    reviewDate: '2023-04-05T00:00:00Z',
    textualRating: 'False',
    languageCode: 'en',
    ...overrides,
  };
}

function apiClaim(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    text: 'The moon is made of cheese.',
    claimant: 'Pat Example',
    claimDate: '2023-03-30T12:00:00Z',
    claimReview: [apiReview()],
    ...overrides,
  };
}

function problemLines(value: unknown): string[] {
  return parseClaimReviewFeed(value).problems.map(describeFeedProblem);
}

describe('parseClaimReviewFeed: Fact Check Tools API responses', () => {
  it('reads a claim and its review into every field, with the verdict in words only', () => {
    expect(parseClaimReviewFeed({ claims: [apiClaim()], nextPageToken: 'CAE' })).toEqual({
      items: [
        {
          position: 'claims[0].claimReview[0]',
          claimText: 'The moon is made of cheese.',
          claimant: { name: 'Pat Example' },
          claimants: [{ name: 'Pat Example', type: null }],
          claimDate: '2023-03-30',
          appearanceUrls: [],
          review: {
            url: 'https://checks.example.org/2023/moon-cheese',
            title: 'Is the moon made of cheese?',
            publisher: { name: 'Example Checks', url: 'https://checks.example.org' },
            reviewDate: '2023-04-05',
            textualRating: 'False',
            ratingValue: null,
            languageCode: 'en',
          },
        },
      ],
      problems: [],
    });
  });

  it('makes one item per claimReview, each with its claim’s text, positioned by claim and review', () => {
    const response = {
      claims: [
        apiClaim({ claimReview: [apiReview(), apiReview({ publisher: { name: 'Other Desk' }, languageCode: 'de' })] }),
        apiClaim({ text: 'Second claim.', claimant: undefined, claimDate: undefined }),
      ],
    };
    const { items, problems } = parseClaimReviewFeed(response);
    expect(problems).toEqual([]);
    expect(items.map((item) => [item.position, item.claimText, item.review.publisher.name])).toEqual([
      ['claims[0].claimReview[0]', 'The moon is made of cheese.', 'Example Checks'],
      ['claims[0].claimReview[1]', 'The moon is made of cheese.', 'Other Desk'],
      ['claims[1].claimReview[0]', 'Second claim.', 'Example Checks'],
    ]);
    expect(items[2]).toMatchObject({ claimant: null, claimants: [], claimDate: null });
  });

  it('names the publisher by its site when the response gives no name, and keeps an address given with a scheme', () => {
    const [bySite, withScheme, nameOnly] = parseClaimReviewFeed({
      claims: [
        apiClaim({
          claimReview: [
            apiReview({ publisher: { site: 'checks.example.org' } }),
            apiReview({ publisher: { name: 'Example Checks', site: 'http://checks.example.org/en' } }),
            apiReview({ publisher: { name: 'Example Checks' } }),
          ],
        }),
      ],
    }).items;
    expect(bySite.review.publisher).toEqual({ name: 'checks.example.org', url: 'https://checks.example.org' });
    expect(withScheme.review.publisher).toEqual({ name: 'Example Checks', url: 'http://checks.example.org/en' });
    expect(nameOnly.review.publisher).toEqual({ name: 'Example Checks', url: null });
  });

  it('reads {} (the answer to a search that found nothing) as no items and no problems', () => {
    expect(parseClaimReviewFeed({})).toEqual({ items: [], problems: [] });
    expect(parseClaimReviewFeed({ claims: [] })).toEqual({ items: [], problems: [] });
  });

  it('reports a claim problem once, at the claim, and still reads the other claims', () => {
    const response = {
      claims: [
        apiClaim({ text: undefined, claimReview: [apiReview(), apiReview()] }),
        apiClaim(),
        'not a claim',
        apiClaim({ claimReview: [] }),
        apiClaim({ claimReview: apiReview() }),
        apiClaim({ text: 12 }),
      ],
    };
    const { items, problems } = parseClaimReviewFeed(response);
    expect(items.map((item) => item.position)).toEqual(['claims[1].claimReview[0]']);
    expect(problems.map(describeFeedProblem)).toEqual([
      'claims[0]: claim has no text',
      'claims[2]: expected a claim object, found "not a claim"',
      'claims[3]: claim has no claimReview',
      'claims[4]: claimReview is an object; expected an array of reviews',
      'claims[5]: text is 12, not text',
    ]);
  });

  it('reports a review problem at the review, and still reads the claim’s other reviews', () => {
    const response = {
      claims: [
        apiClaim({
          claimReview: [
            apiReview({ url: undefined }),
            apiReview({ url: 'ftp://x' }),
            apiReview(),
            apiReview({ publisher: {} }),
            null,
            apiReview({ textualRating: 'Fal\u0000se' }),
          ],
        }),
      ],
    };
    const { items, problems } = parseClaimReviewFeed(response);
    expect(items.map((item) => item.position)).toEqual(['claims[0].claimReview[2]']);
    expect(problems.map(describeFeedProblem)).toEqual([
      'claims[0].claimReview[0]: claimReview has no url',
      'claims[0].claimReview[1]: url "ftp://x" is not an http(s) address',
      'claims[0].claimReview[3]: claimReview has no publisher name or site',
      'claims[0].claimReview[4]: expected a claimReview object, found null',
      'claims[0].claimReview[5]: textualRating contains a NUL character',
    ]);
  });

  it('refuses a claim text over the length cap, at the claim', () => {
    expect(problemLines({ claims: [apiClaim({ text: 'x'.repeat(10_001) })] })).toEqual([
      'claims[0]: text is 10001 characters long; at most 10000 are accepted',
    ]);
  });

  it('gives one problem when claims is not an array', () => {
    expect(parseClaimReviewFeed({ claims: { text: 'x' } })).toEqual({
      items: [],
      problems: [{ position: 'claims', message: 'expected an array of claims, found an object' }],
    });
  });
});
