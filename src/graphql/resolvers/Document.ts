import type { DocumentResolvers } from '../../generated/graphql.js';
import { toGlobalId } from '../globalId.js';
import { toPartialDate } from '../references.js';
import { childStatementConnection } from '../statementLists.js';
import { basisModel } from './bases.js';
import { loadOptional } from './load.js';

import { retraction } from './retractionField.js';

export const Document: DocumentResolvers = {
  id: (document) => toGlobalId('Document', document.slug),
  outlet: (document, _args, context) => loadOptional(context.loaders.entity, document.outletId),
  outletBasis: (document) =>
    document.outletId === null
      ? null
      : basisModel(document.outletBasis, 'document_outlet', document.id, { kind: 'document', id: document.id }),
  published: (document) => toPartialDate(document.published),
  isHeld: (document) => document.text !== null,
  evidence: (document, _args, context) => context.loaders.evidence.load({ kind: 'document', id: document.id }),
  statementsReported: (document, args, context) => childStatementConnection(context, 'document', document.id, {}, args),
  retraction: (document) => retraction(document),
};
