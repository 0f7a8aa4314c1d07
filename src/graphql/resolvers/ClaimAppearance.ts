import type { ClaimAppearanceResolvers } from '../../generated/graphql.js';
import { loadOne, loadOptional } from './load.js';
import { statementVoice } from './Statement.js';

export const ClaimAppearance: ClaimAppearanceResolvers = {
  statement: (appearance, _args, context) => loadOptional(context.loaders.statement, appearance.statementId),
  voice: async (appearance, _args, context) => {
    const statement = await loadOptional(context.loaders.statement, appearance.statementId);
    if (statement !== null) return statementVoice(statement);
    return { kind: 'DOCUMENT', speakerId: null, documentId: appearance.evidence.documentId, statementId: null };
  },
  document: (appearance, _args, context) => loadOne(context.loaders.document, appearance.evidence.documentId),
};
