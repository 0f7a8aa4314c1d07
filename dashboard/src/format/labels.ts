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

/** The server's default labels for ratings 1-5. */
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
