import type { MutationResolvers } from '../../../generated/graphql.js';
import { addClaim, addDocument, addRelationship, addStatement } from './addRecords.js';
import { draftDocument } from './draftDocument.js';
import { importArticle } from './importArticle.js';
import { importDataset } from './importDataset.js';
import { importClaimReviews, importVerifiedClaims } from './importFactChecks.js';
import { retract } from './retract.js';
import { reviewClaim, startClaimReview } from './reviews.js';
import { reviseReview, withdrawReview } from './reviewRevisions.js';
import { linkSameClaim, unlinkSameClaim } from './sameClaims.js';

export const Mutation: MutationResolvers = {
  addDocument,
  addStatement,
  addClaim,
  addRelationship,
  startClaimReview,
  reviewClaim,
  retract,
  reviseReview,
  withdrawReview,
  importDataset,
  importArticle,
  importClaimReviews,
  importVerifiedClaims,
  draftDocument,
  linkSameClaim,
  unlinkSameClaim,
};
