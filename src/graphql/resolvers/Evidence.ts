import type { EvidenceResolvers } from '../../generated/graphql.js';
import { loadOne } from './load.js';

export const Evidence: EvidenceResolvers = {
  document: (evidence, _args, context) => loadOne(context.loaders.document, evidence.documentId),
};
