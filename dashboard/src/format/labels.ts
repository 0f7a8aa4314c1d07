/** Words for the API's enums, as a fact-checker reads them. */
import type { BasisKind, ClaimStatus, EntityType, Stance, Verdict } from '../generated/graphql.js';

/** Every claim status, in the order of a claim's life (for pickers); `satisfies` keeps it to the schema's values. */
export const CLAIM_STATUSES = [
  'UNREVIEWED',
  'UNDER_REVIEW',
  'REVIEWED',
  'DISPUTED',
] as const satisfies readonly ClaimStatus[];

export const STATUS_LABELS: Record<ClaimStatus, string> = {
  UNREVIEWED: 'Unreviewed',
  UNDER_REVIEW: 'Under review',
  REVIEWED: 'Reviewed',
  // reviewers whose verdicts differ; a claim that statements argue against is "contested" (contestedText)
  DISPUTED: 'Reviewers disagree',
};

export const STANCE_LABELS: Record<Stance, string> = {
  SUPPORTS: 'supports',
  OPPOSES: 'opposes',
  CRITICIZES: 'criticizes',
  DISPUTES: 'disputes',
  NEUTRAL: 'neutral',
};

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'Person',
  OUTLET: 'Outlet',
  ORGANIZATION: 'Organization',
};

/** How a fact is known. */
export const BASIS_LABELS: Record<BasisKind, string> = { STATED: 'Stated', INFERRED: 'Inferred', EXTERNAL: 'External' };

export const VERDICT_LABELS: Record<Verdict, string> = { FALSE: 'False', MIXED: 'Mixed', TRUE: 'True' };

/** Which ratings each verdict bucket holds, as the API's `verdict` documents it. */
export const VERDICT_RATINGS: Record<Verdict, string> = { FALSE: '1-2', MIXED: '3', TRUE: '4-5' };

/**
 * The verdict as the bucket it is, never as a rating word: a 4 ("Mostly true") is in the bucket "true (4-5)", which
 * must not read as the rating "True".
 */
export function verdictBucketText(verdict: Verdict): string {
  return `verdict bucket: ${VERDICT_LABELS[verdict].toLowerCase()} (${VERDICT_RATINGS[verdict]})`;
}

/** A rating in the scale's own words: "4 · Mostly true"; a reviewer's own label is kept, with the number. */
export function ratingWords(ratingValue: number, ratingLabel?: string | null): string {
  return `${ratingValue} · ${ratingLabel ?? RATING_LABELS[ratingValue] ?? 'Unrated'}`;
}

/** The server's default labels for ratings 1-5 (src/domain/claimStatus.ts), the scale's own words. */
export const RATING_LABELS: Record<number, string> = {
  1: 'False',
  2: 'Mostly false',
  3: 'Half true',
  4: 'Mostly true',
  5: 'True',
};

/** "UNDER_REVIEW" -> "under review", for enums without a table here. */
export function enumWords(value: string): string {
  return value.toLowerCase().replace(/_/g, ' ');
}

/**
 * A claim argued against by statements (the API's `disputedBy`): "Contested in 2 statements". A different word
 * from the DISPUTED status on purpose: that one says reviewers disagree, not that someone argued.
 */
export function contestedText(count: number): string {
  return count === 0 ? 'Contested in no statement' : `Contested in ${count} statement${count === 1 ? '' : 's'}`;
}
