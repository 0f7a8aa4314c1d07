import type { StatementResolvers } from '../../generated/graphql.js';
import type { StatementRow } from '../../store/rows.js';
import type { VoiceModel } from '../models.js';
import { datedFactModel } from './bases.js';
import { toGlobalId } from '../globalId.js';
import { toPartialDate } from '../references.js';
import { pagedListConnection } from './listConnection.js';
import { loadOne, loadOptional } from './load.js';

import { retraction } from './retractionField.js';

/** A statement's voice: its speaker's, or for narration its document's, whose voice is the speaker (the outlet). */
export function statementVoice(statement: StatementRow): VoiceModel {
  const narrated = statement.voice === 'DOCUMENT';
  return {
    kind: statement.voice,
    speakerId: statement.speakerId,
    documentId: null,
    statementId: narrated ? statement.id : null,
  };
}

export const Statement: StatementResolvers = {
  id: (statement) => toGlobalId('Statement', statement.slug),
  speaker: (statement, _args, context) => loadOne(context.loaders.entity, statement.speakerId),
  voice: (statement) => statementVoice(statement),
  saidOn: (statement) => toPartialDate(statement.saidOn),
  saidOnFact: (statement) =>
    datedFactModel(
      statement.saidOn,
      statement.saidOnKnownBy,
      statement.saidOnBasis,
      'statement_said_on',
      statement.id,
      {
        kind: 'statement',
        id: statement.id,
      },
    ),
  occasion: (statement, _args, context) => loadOptional(context.loaders.event, statement.occasionId),
  mentions: (statement, _args, context) => context.loaders.mentions.load(statement.id),
  evidence: (statement, _args, context) => context.loaders.evidence.load({ kind: 'statement', id: statement.id }),
  reportedIn: (statement, _args, context) => context.loaders.reportingDocuments.load(statement.id),
  disputes: (statement, _args, context) => context.loaders.disputedClaims.load(statement.id),
  claims: pagedListConnection('statement:claims', 'claimsInStatement'),
  respondsTo: (statement, _args, context) => context.loaders.respondedTo.load(statement.id),
  responses: pagedListConnection('statement:responses', 'responsesToStatement'),
  retraction: (statement) => retraction(statement),
};
