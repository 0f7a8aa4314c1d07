import type { ClaimResolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../globalId.js';
import { listConnection } from './listConnection.js';
import { loadExisting, loadOne } from './load.js';

export const Claim: ClaimResolvers = {
  id: (claim) => toGlobalId('Claim', claim.slug),
  claimant: (claim, _args, context) => loadOne(context.loaders.entity, claim.claimantId),
  about: async (claim, _args, context) =>
    loadExisting(context.loaders.entity, await context.loaders.aboutIds.load(claim.id)),
  appearances: listConnection(
    'claim:appearances',
    (claim, context) => context.loaders.appearances.load(claim.id),
    (appearance) => appearance.evidence.id,
  ),
  disputedBy: listConnection('claim:disputedBy', (claim, context) => context.loaders.disputingStatements.load(claim.id)),
  reviews: listConnection('claim:reviews', (claim, context) => context.loaders.reviewsByClaim.load(claim.id)),
};
