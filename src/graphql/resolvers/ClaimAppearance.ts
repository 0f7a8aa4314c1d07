import type { ClaimAppearanceResolvers } from '../../generated/graphql.js';
import { loadOne, loadOptional } from './load.js';

export const ClaimAppearance: ClaimAppearanceResolvers = {
  statement: (appearance, _args, context) => loadOptional(context.loaders.statement, appearance.statementId),
  document: (appearance, _args, context) => loadOne(context.loaders.document, appearance.evidence.documentId),
};
