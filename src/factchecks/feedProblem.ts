/**
 * What went wrong where, for fact-checks read from others. Problems are per item: one bad item is reported and
 * skipped, and the rest of the feed is still read.
 */

export interface FeedProblem {
  /** where in the input: "[3]", "@graph[2]", "claims[4].claimReview[0]", "line 12", or "(top level)" */
  position: string;
  /** what is wrong, naming the field and the value found, e.g. `url "ftp://x" is not an http(s) address` */
  message: string;
}

/** The position of the input as a whole (a single ClaimReview, or input of the wrong shape). */
export const TOP_LEVEL = '(top level)';

/** One line for a log or an editor: `@graph[2]: ClaimReview has no claimReviewed`. */
export function describeFeedProblem(problem: FeedProblem): string {
  return `${problem.position}: ${problem.message}`;
}

/**
 * Thrown while one item is read and caught where that item began (FeedCollector.read): an item is all or nothing,
 * so the first problem ends it, and throwing keeps each reader a straight line of fields. Never leaves this folder.
 */
export class ItemProblem extends Error {
  override name = 'ItemProblem';
}
