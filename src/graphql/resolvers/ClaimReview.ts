import type { ClaimReviewResolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../globalId.js';
import { loadOne } from './load.js';

export const ClaimReview: ClaimReviewResolvers = {
  id: (review) => toGlobalId('ClaimReview', review.slug),
  claim: (review, _args, context) => loadOne(context.loaders.claim, review.claimId),
};
