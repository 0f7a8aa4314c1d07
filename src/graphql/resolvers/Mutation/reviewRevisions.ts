/**
 * A reviewer's second thoughts: revising a review (a new review supersedes it, and the old one is retracted with a
 * reason that names its successor) or withdrawing it (retracted with the reviewer's reason). Only the review's own
 * author, known by the token name its first history entry records, or an admin may do either.
 */
import { GraphQLError } from 'graphql';
import { roleAllows, type Actor } from '../../../auth/tokens.js';
import type { MutationResolvers } from '../../../generated/graphql.js';
import type { ReviewRow } from '../../../store/rows.js';
import { requireRole } from '../../auth.js';
import type { GraphQLContext } from '../../context.js';
import { badUserInput, notFound } from '../../errors.js';
import { decodeGlobalId } from '../../globalId.js';
import { loadOne } from '../load.js';
import { findNode } from '../Query/node.js';
import { MAX_REASON_LENGTH } from './retract.js';
import { publishReview } from './reviews.js';

/** The token name that wrote the review: the actor of its first history entry. */
async function authorOf(context: GraphQLContext, review: ReviewRow): Promise<string | null> {
  const first = await context.store.changePage('review', review.id, { limit: 1, fromEnd: false });
  return first.rows[0]?.row.actor ?? null;
}

/** The current review `id` names, when the actor may change it: its author or an admin. */
async function requireOwnReview(
  context: GraphQLContext,
  actor: Actor,
  id: string,
  operation: string,
): Promise<ReviewRow> {
  const { typeName } = decodeGlobalId(id, 'input.review');
  if (typeName !== 'ClaimReview')
    throw badUserInput(`${operation} takes a ClaimReview id, not a ${typeName}`, 'input.review');
  const found = (await findNode(context, id, 'input.review')) as ReviewRow | null;
  if (found === null) throw notFound(`no review has the id ${JSON.stringify(id)}`, 'input.review');
  const review = await loadOne(context.loaders.review, found.id);
  if (review.retractedAt !== null) {
    throw badUserInput(`review ${review.slug} is already retracted: ${review.retractionReason}`, 'input.review');
  }
  if (!roleAllows(actor.role, 'admin') && (await authorOf(context, review)) !== actor.name) {
    console.error(`refused ${operation}: FORBIDDEN (${actor.name}, not the author of ${review.slug})`);
    throw new GraphQLError(`${operation}: only the review's own author or an admin may change review ${review.slug}`, {
      extensions: { code: 'FORBIDDEN' },
    });
  }
  return review;
}

export const reviseReview: MutationResolvers['reviseReview'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'reviewer', 'reviseReview');
  const old = await requireOwnReview(context, actor, input.review, 'reviseReview');
  const claimRow = await loadOne(context.loaders.claim, old.claimId);
  // the new review first: if its input is refused nothing is written and the old review stays current
  const published = await publishReview(context, actor, claimRow.slug, input);
  await context.store.retract('review', old.id, `revised by ${published.review.slug}`, {
    actor: actor.name,
    action: 'RETRACT',
  });
  context.loaders.review.clear(old.id);
  context.loaders.claim.clear(old.claimId);
  return {
    review: published.review,
    revised: await loadOne(context.loaders.review, old.id),
    claim: await loadOne(context.loaders.claim, old.claimId),
  };
};

export const withdrawReview: MutationResolvers['withdrawReview'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'reviewer', 'withdrawReview');
  const why = input.reason.trim();
  if (why === '') throw badUserInput('give the reason for withdrawing the review', 'input.reason');
  if (why.length > MAX_REASON_LENGTH) {
    throw badUserInput(`the reason may be at most ${MAX_REASON_LENGTH} characters`, 'input.reason');
  }
  const review = await requireOwnReview(context, actor, input.review, 'withdrawReview');
  await context.store.retract('review', review.id, why, { actor: actor.name, action: 'RETRACT' });
  context.loaders.review.clear(review.id);
  context.loaders.claim.clear(review.claimId);
  return {
    review: await loadOne(context.loaders.review, review.id),
    claim: await loadOne(context.loaders.claim, review.claimId),
  };
};
