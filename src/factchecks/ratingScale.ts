/**
 * A schema.org Rating on the publisher's scale, mapped onto claimgraph's 1 (false) .. 5 (true). Fact-checkers use
 * their own scales (1..5, 0..10, 1..7, even reversed ones with 1 as best); a straight line through the two ends
 * keeps each scale's order and its ends, which is all a linear scale promises. Without bestRating/worstRating
 * schema.org's defaults apply: 5 and 1.
 */
import { BEST_RATING, WORST_RATING } from '../domain/claimStatus.js';
import { describeValue } from './feedText.js';

export interface RatingOnScale {
  ratingValue: unknown;
  bestRating: unknown;
  worstRating: unknown;
}

export type NormalisedRating = { ok: true; value: number | null } | { ok: false; message: string };

/** schema.org's defaults for a Rating that does not name its scale */
const SCHEMA_ORG_BEST = 5;
const SCHEMA_ORG_WORST = 1;

/** Decimal numbers as JSON or a feed's text writes them: "4", "-1", "2.5", ".5", "1e1"; not "0x10" or "". */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The rating on claimgraph's scale, rounded to 2 decimals; null when there is no ratingValue (a textual verdict
 * only). A message instead when a value is not a number, the scale has no range, or the value is off the scale:
 * guessing what such a rating meant would put a verdict in the publisher's mouth.
 * `field` names the rating in messages ("reviewRating").
 */
export function normaliseRating(rating: RatingOnScale, field: string): NormalisedRating {
  if (isAbsent(rating.ratingValue)) return { ok: true, value: null };
  const value = numberOf(rating.ratingValue);
  const best = isAbsent(rating.bestRating) ? SCHEMA_ORG_BEST : numberOf(rating.bestRating);
  const worst = isAbsent(rating.worstRating) ? SCHEMA_ORG_WORST : numberOf(rating.worstRating);
  if (value === undefined) return notANumber(field, 'ratingValue', rating.ratingValue);
  if (best === undefined) return notANumber(field, 'bestRating', rating.bestRating);
  if (worst === undefined) return notANumber(field, 'worstRating', rating.worstRating);
  if (best === worst) {
    return { ok: false, message: `${field}.bestRating ${best} equals worstRating ${worst}: the scale has no range` };
  }
  if (value < Math.min(best, worst) || value > Math.max(best, worst)) {
    return {
      ok: false,
      message: `${field}.ratingValue ${value} is outside worstRating ${worst} .. bestRating ${best}`,
    };
  }
  const onOurScale = WORST_RATING + ((BEST_RATING - WORST_RATING) * (value - worst)) / (best - worst);
  return { ok: true, value: Math.round(onOurScale * 100) / 100 };
}

/** Absent, null or blank: the feed does not say. */
function isAbsent(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return DECIMAL.test(text) ? Number(text) : undefined;
}

function notANumber(field: string, name: string, value: unknown): NormalisedRating {
  return { ok: false, message: `${field}.${name} ${describeValue(value)} is not a number` };
}
