/** The ratings (1-5) each verdict covers, as `verdictOf` (claimStatus.ts) maps them. */
import type { Verdict } from './claimStatus.js';

export const VERDICT_RATINGS: Readonly<Record<Verdict, { min: number; max: number }>> = {
  FALSE: { min: 1, max: 2 },
  MIXED: { min: 3, max: 3 },
  TRUE: { min: 4, max: 5 },
};
