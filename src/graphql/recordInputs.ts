/**
 * Mutation inputs for the dataset format's facts (bases, dated facts, claimants), turned into the records the
 * format writes, so that the dataset validator checks them as it checks an import. A date or claimant given in two
 * ways at once is a problem here; anything else about them is left to the validator.
 */
import type {
  BasisInput,
  CitedSourceInput,
  ClaimantInput,
  DatedFactInput,
  EditorialCompletionInput,
  EvidenceInput,
} from '../generated/graphql.js';
import type { EvidenceRecord } from '../domain/dataset.js';
import type { GraphQLContext } from './context.js';
import type { InputProblem } from './inputProblems.js';
import { entitySlug, nodeSlug, optionalEntitySlug, withoutNulls } from './inputReferences.js';

export function evidenceRecord(input: EvidenceInput): EvidenceRecord {
  return withoutNulls({ ...input, document: nodeSlug(input.document, 'Document') });
}

export function citedSourceRecord(input: CitedSourceInput) {
  return withoutNulls({ url: input.url, title: input.title, accessed: input.accessed });
}

export function completionRecords(input: readonly EditorialCompletionInput[] | null | undefined) {
  return input?.map((completion) => ({ text: completion.text, reason: completion.reason }));
}

/** The basis as the format writes it; fields its kind does not take are kept, for the validator to report. */
export function basisRecord(input: BasisInput) {
  return withoutNulls({
    kind: input.kind,
    reason: input.reason,
    evidence: input.evidence?.map(evidenceRecord),
    sources: input.sources?.map(citedSourceRecord),
    documents: input.documents?.map((document) => nodeSlug(document, 'Document')),
  });
}

export function datedFactRecord(input: DatedFactInput) {
  return withoutNulls({
    date: input.date,
    knownBy: input.knownBy ?? undefined,
    basis: input.basis == null ? undefined : basisRecord(input.basis),
  });
}

/** Where a date given either as a partial date (`plain`) or as a dated fact (`fact`) came from. */
export interface DateChoice {
  record: string | ReturnType<typeof datedFactRecord> | undefined;
  /** the input field the record's date came from, when it is the dated fact */
  fromFact: boolean;
  problems: InputProblem[];
}

export function chooseDate(
  plain: string | null | undefined,
  fact: DatedFactInput | null | undefined,
  plainField: string,
  factField: string,
): DateChoice {
  if (fact == null) return { record: plain ?? undefined, fromFact: false, problems: [] };
  const problems =
    plain == null
      ? []
      : [{ field: factField, message: `give ${plainField} or ${factField.split('.').pop()}, not both` }];
  return { record: datedFactRecord(fact), fromFact: true, problems };
}

export async function claimantRecord(context: GraphQLContext, input: ClaimantInput) {
  return withoutNulls({
    entity: await entitySlug(context, input.entity),
    reportedBy: await optionalEntitySlug(context, input.reportedBy),
    evidence: input.evidence.map(evidenceRecord),
  });
}
