/**
 * Fact-checks published by others, read from their feeds and files: the public surface of this folder. Pure:
 * values and strings in, records and problems out; no I/O.
 */
export { parseClaimReviewFeed } from './claimReviewFeed.js';
export type { ClaimReviewFeed } from './claimReviewFeed.js';
export { parseVerifiedClaimsTsv } from './verifiedClaimsTsv.js';
export type { VerifiedClaimRow, VerifiedClaimsTsv } from './verifiedClaimsTsv.js';
export type { ImportedClaimant, ImportedFactCheck, ImportedReview } from './importedFactCheck.js';
export { describeFeedProblem, TOP_LEVEL } from './feedProblem.js';
export type { FeedProblem } from './feedProblem.js';
export { MAX_CLAIM_TEXT_LENGTH, MAX_FEED_ITEMS } from './limits.js';
