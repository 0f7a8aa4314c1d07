import type { SimilarClaimResolvers } from '../../generated/graphql.js';
import { loadOne } from './load.js';

export const SimilarClaim: SimilarClaimResolvers = {
  claim: (hit, _args, context) => loadOne(context.loaders.claim, hit.claimId),
};
