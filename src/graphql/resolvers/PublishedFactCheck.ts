import type { PublishedFactCheckResolvers } from '../../generated/graphql.js';
import { verdictOf } from '../../domain/claimStatus.js';
import { toGlobalId } from '../globalId.js';
import { toPartialDate } from '../references.js';
import { loadOne } from './load.js';
import { retraction } from './retractionField.js';

export const PublishedFactCheck: PublishedFactCheckResolvers = {
  id: (factCheck) => toGlobalId('PublishedFactCheck', factCheck.slug),
  claim: (factCheck, _args, context) => loadOne(context.loaders.claim, factCheck.claimId),
  publisher: (factCheck, _args, context) => loadOne(context.loaders.entity, factCheck.publisherId),
  // a normalised rating may fall between whole ratings (2.5 of 1..5): the nearest whole rating picks the bucket
  verdict: (factCheck) => (factCheck.ratingValue === null ? null : verdictOf(Math.round(factCheck.ratingValue))),
  reviewedOn: (factCheck) => toPartialDate(factCheck.reviewedOn),
  claimDate: (factCheck) => toPartialDate(factCheck.claimDate),
  record: (factCheck, _args, context) => loadOne(context.loaders.document, factCheck.recordDocumentId),
  retraction: (factCheck) => retraction(factCheck),
};
