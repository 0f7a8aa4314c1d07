import type { MutationResolvers } from '../../../generated/graphql.js';
import { sha256Hex } from '../../../domain/spans.js';
import { requireRole } from '../../auth.js';
import type { InputProblem } from '../../inputProblems.js';
import { entitySlug, nodeSlug, optionalEntitySlug, optionalNodeSlug, withoutNulls } from '../../inputReferences.js';
import {
  basisRecord,
  chooseDate,
  claimantRecord,
  completionRecords,
  evidenceRecord as evidence,
} from '../../recordInputs.js';
import { generateSlug, writeRecord } from '../../writeRecord.js';
import { announce } from '../../announce.js';
import { loadOne } from '../load.js';

/** Renames the record field `from` (and the fields inside it) to the input field `to`. */
function renamed(field: string, from: string, to: string): string {
  return field === from || field.startsWith(`${from}.`) || field.startsWith(`${from}[`)
    ? to + field.slice(from.length)
    : field;
}

/**
 * The input field of a claim's record field when its one claimant came from the deprecated `claimant`: the
 * claimant's evidence is the appearances', whose problems are reported on `appearances` already.
 */
function shortcutClaimantField(field: string): string | null {
  if (field.startsWith('claimants[0].evidence')) return null;
  return renamed(renamed(field, 'claimants[0].entity', 'claimant'), 'claimants', 'claimant');
}

/** The reason given to a state that addRelationship's deprecated `assertion: IMPLIED` leaves without a basis. */
const IMPLIED_REASON = 'recorded as implied, not stated, by the source';

export const addDocument: MutationResolvers['addDocument'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'editor', 'addDocument');
  const slug = input.slug ?? generateSlug('document', input.title);
  const held = input.text != null;
  const record = withoutNulls({
    slug,
    title: input.title,
    headline: input.headline,
    url: input.url,
    outlet: await optionalEntitySlug(context, input.outlet),
    outletBasis: input.outletBasis == null ? undefined : basisRecord(input.outletBasis),
    published: input.published,
    unknown: input.unknownFacts?.map(({ field, reason }) => ({ field, reason })),
    // the format names a held text by file; a mutation carries the text itself
    textFile: held ? `${slug}.txt` : undefined,
    sha256: held ? sha256Hex(input.text!) : undefined,
    evidence: input.evidence?.map(evidence),
  });
  const heldTexts = new Map(held ? [[slug, input.text!]] : []);
  const id = await writeRecord(context, actor, 'documents', record, {
    heldTexts,
    inputField: (field) => renamed(field, 'unknown', 'unknownFacts'),
  });
  return { document: await loadOne(context.loaders.document, id) };
};

export const addStatement: MutationResolvers['addStatement'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'editor', 'addStatement');
  const saidOn = chooseDate(input.saidOn, input.saidOnFact, 'saidOn', 'input.saidOnFact');
  const record = withoutNulls({
    slug: input.slug ?? generateSlug('statement', input.quote),
    speaker: await entitySlug(context, input.speaker),
    voice: input.voice ?? 'SPEAKER',
    quote: input.quote,
    isDirectQuote: input.isDirectQuote,
    attributionConfidence: input.attributionConfidence,
    completions: completionRecords(input.completions),
    saidOn: saidOn.record,
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
  const id = await writeRecord(context, actor, 'statements', record, {
    extraProblems: saidOn.problems,
    inputField: (field) => (saidOn.fromFact ? renamed(field, 'saidOn', 'saidOnFact') : field),
  });
  const statement = await loadOne(context.loaders.statement, id);
  await announce(context, { type: 'statementAdded', statementSlug: statement.slug });
  return { statement };
};

export const addClaim: MutationResolvers['addClaim'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'editor', 'addClaim');
  const appearances = input.appearances.map((appearance) =>
    withoutNulls({
      statement: optionalNodeSlug(appearance.statement, 'Statement'),
      evidence: evidence(appearance.evidence),
    }),
  );
  // with neither, the validator reports that a claim needs at least one claimant, on `claimants`
  const problems: InputProblem[] =
    input.claimant != null && input.claimants != null
      ? [{ field: 'input.claimant', message: 'give claimants or claimant, not both' }]
      : [];
  // the deprecated shortcut: one claimant, shown making the claim where it appears
  const shortcut = input.claimants == null && input.claimant != null;
  const claimants = shortcut
    ? [{ entity: await entitySlug(context, input.claimant!), evidence: appearances.map((a) => a.evidence) }]
    : await Promise.all((input.claimants ?? []).map((claimant) => claimantRecord(context, claimant)));
  const record = withoutNulls({
    slug: input.slug ?? generateSlug('claim', input.text),
    text: input.text,
    claimants,
    completions: completionRecords(input.completions),
    about: await Promise.all(input.about.map((reference) => entitySlug(context, reference))),
    status: 'UNREVIEWED' as const,
    appearances,
  });
  const id = await writeRecord(context, actor, 'claims', record, {
    extraProblems: problems,
    inputField: (field) => (shortcut ? shortcutClaimantField(field) : field),
  });
  return { claim: await loadOne(context.loaders.claim, id) };
};

export const addRelationship: MutationResolvers['addRelationship'] = async (_root, { input }, context) => {
  const actor = requireRole(context, 'editor', 'addRelationship');
  const [from, to] = await Promise.all([entitySlug(context, input.from), entitySlug(context, input.to)]);
  const problems: InputProblem[] = [];
  const factFields: string[] = [];
  const states = input.states.map((state, index) => {
    const field = `states[${index}]`;
    const start = chooseDate(state.start, state.startFact, 'start', `input.${field}.startFact`);
    const end = chooseDate(state.end, state.endFact, 'end', `input.${field}.endFact`);
    problems.push(...start.problems, ...end.problems);
    if (start.fromFact) factFields.push(`${field}.start`);
    if (end.fromFact) factFields.push(`${field}.end`);
    const stateEvidence = state.evidence.map(evidence);
    const implied = input.assertion === 'IMPLIED' && state.basis == null;
    return withoutNulls({
      status: state.status,
      basis: implied
        ? { kind: 'INFERRED' as const, reason: IMPLIED_REASON, evidence: stateEvidence }
        : state.basis == null
          ? { kind: 'STATED' as const }
          : basisRecord(state.basis),
      start: start.record,
      end: end.record,
      evidence: stateEvidence,
    });
  });
  const record = {
    slug: input.slug ?? generateSlug('relationship', `${from} ${input.type} ${to}`),
    type: input.type,
    from,
    to,
    states,
  };
  const id = await writeRecord(context, actor, 'relationships', record, {
    extraProblems: problems,
    inputField: (field) => factFields.reduce((renaming, fact) => renamed(renaming, fact, `${fact}Fact`), field),
  });
  return { relationship: await loadOne(context.loaders.relationship, id) };
};
