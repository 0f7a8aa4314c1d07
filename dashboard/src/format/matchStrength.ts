/**
 * How a `similarClaims` score reads. The score is the re-ranker's estimate, from 0 to 1, that a claim is the same
 * claim as the text checked; it is a probability the engine gives, not a measured accuracy, and the bands below
 * are this dashboard's reading of it, said in words beside the number so that nobody mistakes 0.4 for "40% true".
 */
export type MatchStrength = 'close' | 'possible' | 'weak';

/** At or above: the engine finds it more likely than not to be the same claim. */
export const CLOSE_MATCH_SCORE = 0.5;
/** At or above (and below close): worth a look. Below: the claims share words, and are likely not the same claim. */
export const POSSIBLE_MATCH_SCORE = 0.1;

export const MATCH_STRENGTH_LABELS: Record<MatchStrength, string> = {
  close: 'Close match',
  possible: 'Possible match',
  weak: 'Shares words only',
};

export function matchStrength(score: number): MatchStrength {
  if (score >= CLOSE_MATCH_SCORE) return 'close';
  if (score >= POSSIBLE_MATCH_SCORE) return 'possible';
  return 'weak';
}

/** "score 0.99 of 1", two decimals (0.004 reads "under 0.01" rather than a misleading 0.00). */
export function scoreText(score: number): string {
  if (score > 0 && score < 0.01) return 'score under 0.01 of 1';
  return `score ${score.toFixed(2)} of 1`;
}

/** What the score is, for a title or a note next to it. */
export const SCORE_EXPLANATION =
  'The score, from 0 to 1, is the search engine’s estimate that a claim is the same claim as the text checked; ' +
  'it says nothing about whether the claim is true.';
