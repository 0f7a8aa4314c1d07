import type { ClaimResolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../globalId.js';
import { claimReviewJsonLd } from '../../domain/claimReviewJsonLd.js';
import { toPartialDate } from '../references.js';
import { claimFirstSeenIso } from './claimFirstSeen.js';
import { claimReviewFacts } from './claimReviewFacts.js';
import { claimStatusBasis } from './claimStatusBasis.js';
import { listConnection, pagedListConnection } from './listConnection.js';
import { retraction } from './retractionField.js';
import { loadExisting, loadOptional } from './load.js';

export const Claim: ClaimResolvers = {
  id: (claim) => toGlobalId('Claim', claim.slug),
  claimant: (claim, _args, context) => loadOptional(context.loaders.entity, claim.claimantId),
  claimants: async (claim, _args, context) => {
    const claimants = await context.loaders.claimants.load(claim.id);
    return loadExisting(
      context.loaders.entity,
      claimants.map((claimant) => claimant.entityId),
    );
  },
  claimantAttributions: (claim, _args, context) => context.loaders.claimants.load(claim.id),
  statusBasis: (claim, _args, context) => claimStatusBasis(context, claim),
  about: async (claim, _args, context) =>
    loadExisting(context.loaders.entity, await context.loaders.aboutIds.load(claim.id)),
  appearances: listConnection(
    'claim:appearances',
    (claim, context) => context.loaders.appearances.load(claim.id),
    (appearance) => appearance.evidence.id,
  ),
  disputedBy: pagedListConnection('claim:disputedBy', 'disputingStatementsOfClaim'),
  currentReview: async (claim, _args, context) => (await context.loaders.reviewsByClaim.load(claim.id)).at(-1) ?? null,
  claimReview: async (claim, _args, context) => {
    // a retracted claim's verdict is withdrawn from publication
    if (claim.retractedAt !== null) return null;
    const facts = await claimReviewFacts(context, claim);
    return facts && claimReviewJsonLd(facts);
  },
  retraction: (claim) => retraction(claim),
  reviews: pagedListConnection('claim:reviews', 'reviewsOfClaim'),
  factChecks: (claim, _args, context) => context.loaders.factChecksByClaim.load(claim.id),
  firstSeen: async (claim, _args, context) => toPartialDate(await claimFirstSeenIso(context, claim)),
  lastReviewedAt: async (claim, _args, context) =>
    (await context.loaders.reviewsByClaim.load(claim.id)).at(-1)?.reviewedAt ?? null,
  sameClaims: async (claim, _args, context) =>
    loadExisting(context.loaders.claim, await context.loaders.sameClaimIds.load(claim.id)),
};
