import type { ClaimantAttributionResolvers } from '../../generated/graphql.js';
import { loadOne, loadOptional } from './load.js';

export const ClaimantAttribution: ClaimantAttributionResolvers = {
  claimant: (claimant, _args, context) => loadOne(context.loaders.entity, claimant.entityId),
  reportedBy: (claimant, _args, context) => loadOptional(context.loaders.entity, claimant.reportedById),
  reported: (claimant) => claimant.reportedById !== null,
  evidence: (claimant, _args, context) => context.loaders.evidence.load({ kind: 'claim_claimant', id: claimant.id }),
};
