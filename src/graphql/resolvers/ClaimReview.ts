import type { ClaimReviewResolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../globalId.js';
import { verdictOf } from '../../domain/claimStatus.js';
import { loadOne } from './load.js';
import { retraction } from './retractionField.js';

export const ClaimReview: ClaimReviewResolvers = {
  id: (review) => toGlobalId('ClaimReview', review.slug),
  claim: (review, _args, context) => loadOne(context.loaders.claim, review.claimId),
  verdict: (review) => verdictOf(review.ratingValue),
  retraction: (review) => retraction(review),
};
