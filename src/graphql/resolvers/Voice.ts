import type { VoiceResolvers } from '../../generated/graphql.js';
import type { VoiceModel } from '../models.js';
import type { GraphQLContext } from '../context.js';
import { loadOne, loadOptional } from './load.js';

/** The document whose own words they are: the appearance's, or that of the narrating statement's first span. */
async function documentIdOf(voice: VoiceModel, context: GraphQLContext): Promise<number | null> {
  if (voice.kind !== 'DOCUMENT') return null;
  if (voice.documentId !== null) return voice.documentId;
  if (voice.statementId === null) return null;
  const [span] = await context.loaders.evidence.load({ kind: 'statement', id: voice.statementId });
  return span?.documentId ?? null;
}

export const Voice: VoiceResolvers = {
  entity: async (voice, _args, context) => {
    if (voice.speakerId !== null) return loadOne(context.loaders.entity, voice.speakerId);
    const document = await loadOptional(context.loaders.document, await documentIdOf(voice, context));
    return loadOptional(context.loaders.entity, document?.outletId ?? null);
  },
  document: async (voice, _args, context) => loadOptional(context.loaders.document, await documentIdOf(voice, context)),
};
