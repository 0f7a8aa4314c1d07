import type { Actor } from '../../../auth/tokens.js';
import type { CitedSourceInput, MutationResolvers } from '../../../generated/graphql.js';
import type { ClaimRow, ReviewRow } from '../../../store/rows.js';
import type { GraphQLContext } from '../../context.js';
import { RATING_LABELS } from '../../../domain/claimStatus.js';
import { requireRole } from '../../auth.js';
import { inputError } from '../../inputProblems.js';
import { nodeSlug, withoutNulls } from '../../inputReferences.js';
import { requireNodeId } from '../../references.js';
import { generateSlug, writeRecord } from '../../writeRecord.js';
import { announce } from '../../announce.js';
import { loadOne } from '../load.js';

export const startClaimReview: MutationResolvers['startClaimReview'] = async (_root, { claim }, context) => {
  const actor = requireRole(context, 'reviewer', 'startClaimReview');
  const claimId = await requireNodeId(context, 'claim', 'claim', claim, 'claim');
  const row = await loadOne(context.loaders.claim, claimId);
  if (row.retractedAt !== null) throw inputError([{ field: 'claim', message: `claim ${row.slug} is retracted` }]);
  await context.store.startClaimReview(claimId, { actor: actor.name, action: 'START_REVIEW' });
  context.loaders.claim.clear(claimId);
  return { claim: await loadOne(context.loaders.claim, claimId) };
};

/** What a review says, as reviewClaim and reviseReview take it. */
export interface ReviewContent {
  ratingValue: number;
  ratingLabel?: string | null;
  explanation: string;
  sources: readonly CitedSourceInput[];
}

/**
 * Writes a new review of the claim with this slug, signed with the actor's display name when the token has one
 * (the history keeps the token's name as the actor), and announces it. Validation problems write nothing.
 */
export async function publishReview(
  context: GraphQLContext,
  actor: Actor,
  claimSlug: string,
  content: ReviewContent,
): Promise<{ review: ReviewRow; claim: ClaimRow }> {
  const { ratingValue } = content;
  const claimId = await context.loaders.idBySlug.claim.load(claimSlug);
  const extraProblems =
    claimId !== null && (await loadOne(context.loaders.claim, claimId)).retractedAt !== null
      ? [{ field: 'input.claim', message: `claim ${claimSlug} is retracted and cannot be reviewed` }]
      : [];
  const record = {
    slug: generateSlug('review', claimSlug),
    claim: claimSlug,
    ratingValue,
    // an out-of-range value has no default label; the validator reports the value itself
    ratingLabel: content.ratingLabel ?? RATING_LABELS[ratingValue] ?? 'Unrated',
    explanation: content.explanation,
    reviewer: actor.displayName ?? actor.name,
    reviewedAt: new Date().toISOString(),
    sources: content.sources.map((source) => withoutNulls(source)),
  };
  const reviewId = await writeRecord(context, actor, 'reviews', record, { action: 'REVIEW', extraProblems });
  const review = await loadOne(context.loaders.review, reviewId);
  context.loaders.claim.clear(review.claimId);
  const claim = await loadOne(context.loaders.claim, review.claimId);
  await announce(context, { type: 'claimReviewed', reviewSlug: review.slug, claimSlug: claim.slug });
  return { review, claim };
}

export const reviewClaim: MutationResolvers['reviewClaim'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'reviewer', 'reviewClaim');
  return publishReview(context, actor, nodeSlug(input.claim, 'Claim'), input);
};
