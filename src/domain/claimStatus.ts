/**
 * A claim's review status follows from its reviews: none yet is UNREVIEWED (or UNDER_REVIEW once a reviewer has
 * started), reviews that agree make it REVIEWED, reviews that disagree make it DISPUTED. Ratings agree when they
 * reach the same verdict: false-leaning (1-2), mixed (3) or true-leaning (4-5); "False" and "Mostly false" agree
 * that the claim does not hold, "False" and "True" do not.
 */
import type { ClaimStatus } from './dataset.js';

export const RATING_LABELS: Readonly<Record<number, string>> = {
  1: 'False',
  2: 'Mostly false',
  3: 'Half true',
  4: 'Mostly true',
  5: 'True',
};

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export type Verdict = 'FALSE' | 'MIXED' | 'TRUE';

export function verdictOf(ratingValue: number): Verdict {
  return ratingValue <= 2 ? 'FALSE' : ratingValue === 3 ? 'MIXED' : 'TRUE';
}

/** The status a claim has given its current (not retracted) ratings and its status before the change. */
export function statusFromReviews(ratings: readonly number[], previous: ClaimStatus): ClaimStatus {
  if (ratings.length === 0) return previous === 'UNDER_REVIEW' ? 'UNDER_REVIEW' : 'UNREVIEWED';
  const verdicts = new Set(ratings.map(verdictOf));
  return verdicts.size === 1 ? 'REVIEWED' : 'DISPUTED';
}
