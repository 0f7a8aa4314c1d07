import type { ClaimResolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../globalId.js';
import { loadExisting, loadOne } from './load.js';

export const Claim: ClaimResolvers = {
  id: (claim) => toGlobalId('Claim', claim.slug),
  claimant: (claim, _args, context) => loadOne(context.loaders.entity, claim.claimantId),
  about: async (claim, _args, context) =>
    loadExisting(context.loaders.entity, await context.loaders.aboutIds.load(claim.id)),
  appearances: (claim, _args, context) => context.loaders.appearances.load(claim.id),
  disputedBy: (claim, _args, context) => context.loaders.disputingStatements.load(claim.id),
  reviews: (claim, _args, context) => context.loaders.reviewsByClaim.load(claim.id),
};
