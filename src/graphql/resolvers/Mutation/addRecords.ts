import type { EvidenceInput, MutationResolvers } from '../../../generated/graphql.js';
import { sha256Hex } from '../../../domain/spans.js';
import type { EvidenceRecord } from '../../../domain/dataset.js';
import { requireRole } from '../../auth.js';
import { entitySlug, nodeSlug, optionalEntitySlug, optionalNodeSlug, withoutNulls } from '../../inputReferences.js';
import { generateSlug, writeRecord } from '../../writeRecord.js';
import { announce } from '../../announce.js';
import { loadOne } from '../load.js';

function evidence(input: EvidenceInput): EvidenceRecord {
  return withoutNulls({ ...input, document: nodeSlug(input.document, 'Document') });
}

export const addDocument: MutationResolvers['addDocument'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'editor', 'addDocument');
  const slug = input.slug ?? generateSlug('document', input.title);
  const held = input.text != null;
  const record = withoutNulls({
    slug,
    title: input.title,
    url: input.url,
    outlet: await optionalEntitySlug(context, input.outlet),
    published: input.published,
    // the format names a held text by file; a mutation carries the text itself
    textFile: held ? `${slug}.txt` : undefined,
    sha256: held ? sha256Hex(input.text!) : undefined,
    evidence: input.evidence?.map(evidence),
  });
  const heldTexts = new Map(held ? [[slug, input.text!]] : []);
  const id = await writeRecord(context, actor, 'documents', record, { heldTexts });
  return { document: await loadOne(context.loaders.document, id) };
};

export const addStatement: MutationResolvers['addStatement'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'editor', 'addStatement');
  const record = withoutNulls({
    slug: input.slug ?? generateSlug('statement', input.quote),
    speaker: await entitySlug(context, input.speaker),
    quote: input.quote,
    isDirectQuote: input.isDirectQuote,
    attributionConfidence: input.attributionConfidence,
    saidOn: input.saidOn,
    occasion: optionalNodeSlug(input.occasion, 'Event'),
    mentions: await Promise.all(
      input.mentions.map(async (mention) => ({
        entity: await entitySlug(context, mention.entity),
        stance: mention.stance,
      })),
    ),
    disputes: input.disputes?.map((claim) => nodeSlug(claim, 'Claim')),
    respondsTo: input.respondsTo?.map((statement) => nodeSlug(statement, 'Statement')),
    evidence: input.evidence.map(evidence),
  });
  const id = await writeRecord(context, actor, 'statements', record);
  const statement = await loadOne(context.loaders.statement, id);
  await announce(context, { type: 'statementAdded', statementSlug: statement.slug });
  return { statement };
};

export const addClaim: MutationResolvers['addClaim'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'editor', 'addClaim');
  const record = withoutNulls({
    slug: input.slug ?? generateSlug('claim', input.text),
    text: input.text,
    claimant: await entitySlug(context, input.claimant),
    about: await Promise.all(input.about.map((reference) => entitySlug(context, reference))),
    status: 'UNREVIEWED' as const,
    appearances: input.appearances.map((appearance) =>
      withoutNulls({
        statement: optionalNodeSlug(appearance.statement, 'Statement'),
        evidence: evidence(appearance.evidence),
      }),
    ),
  });
  const id = await writeRecord(context, actor, 'claims', record);
  return { claim: await loadOne(context.loaders.claim, id) };
};

export const addRelationship: MutationResolvers['addRelationship'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'editor', 'addRelationship');
  const [from, to] = await Promise.all([entitySlug(context, input.from), entitySlug(context, input.to)]);
  const record = withoutNulls({
    slug: input.slug ?? generateSlug('relationship', `${from} ${input.type} ${to}`),
    type: input.type,
    from,
    to,
    assertion: input.assertion ?? 'STATED',
    states: input.states.map((state) => withoutNulls({ ...state, evidence: state.evidence.map(evidence) })),
  });
  const id = await writeRecord(context, actor, 'relationships', record);
  return { relationship: await loadOne(context.loaders.relationship, id) };
};
