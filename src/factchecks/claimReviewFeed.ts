/**
 * Fact-checks published by others, from either of the two forms they come in: schema.org ClaimReview JSON-LD
 * (fact-checkers' pages and feeds) or a response of Google's Fact Check Tools API. Pure: a parsed JSON value in,
 * records and problems out. Each problem is about one item, which is skipped; the other items are still read.
 */
import { FeedCollector, type FeedContents } from './feedCollector.js';
import { isFactCheckToolsResponse, readFactCheckToolsResponse } from './factCheckToolsResponse.js';
import { readJsonLdFeed } from './jsonLdFeed.js';

export type ClaimReviewFeed = FeedContents;

export function parseClaimReviewFeed(value: unknown): ClaimReviewFeed {
  const collector = new FeedCollector();
  // an object with "claims" cannot be JSON-LD of a ClaimReview: schema.org has no property of that name
  if (isFactCheckToolsResponse(value)) readFactCheckToolsResponse(value, collector);
  else readJsonLdFeed(value, collector);
  return collector.contents();
}
