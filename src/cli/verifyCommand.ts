/**
 * `claimgraph verify FILE`: loads a dataset exactly as `import` would (shape, references, dates, held texts and
 * their SHA-256, every evidence span) without touching a database, and says what it holds or what is wrong.
 */
import type { BasisRecord, Dataset, DatedFactRecord } from '../domain/dataset.js';
import { DatasetValidationError, loadDatasetFile } from '../ingest/loadDatasetFile.js';
import { helpOption, parseCommandArgs, usageError } from './arguments.js';

export const verifyUsage = 'usage: claimgraph verify FILE';

/** Exit codes: 0 valid, 1 invalid (problems on stderr), 2 bad usage. */
export async function verifyCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('verify', verifyUsage, args, {
    options: { help: helpOption },
    allowPositionals: true,
  });
  if (typeof parsed === 'number') return parsed;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) return usageError('verify', verifyUsage, 'FILE is missing');
  if (extra.length > 0)
    return usageError('verify', verifyUsage, `one FILE at a time, got ${parsed.positionals.length}`);
  try {
    const { dataset } = await loadDatasetFile(file);
    console.log(`OK ${file}: ${summarizeDataset(dataset)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof DatasetValidationError)) throw error;
    console.error(error.message);
    return 1;
  }
}

/** "2 documents, 6 people, ..., 9 relationships, 84 evidence spans checked" */
export function summarizeDataset(dataset: Dataset): string {
  const counts: [number, string, string][] = [
    [dataset.documents.length, 'document', 'documents'],
    [dataset.people.length, 'person', 'people'],
    [dataset.outlets.length, 'outlet', 'outlets'],
    [dataset.organizations.length, 'organization', 'organizations'],
    [dataset.events.length, 'event', 'events'],
    [dataset.statements.length, 'statement', 'statements'],
    [dataset.claims.length, 'claim', 'claims'],
    [dataset.reviews?.length ?? 0, 'review', 'reviews'],
    [dataset.relationships.length, 'relationship', 'relationships'],
    // only when there are some: most datasets are articles, which have none
    ...(dataset.factChecks?.length
      ? [[dataset.factChecks.length, 'published fact-check', 'published fact-checks'] as [number, string, string]]
      : []),
    [countEvidenceSpans(dataset), 'evidence span', 'evidence spans'],
  ];
  return `${counts.map(([count, one, many]) => `${count} ${count === 1 ? one : many}`).join(', ')} checked`;
}

/** Every span validateDataset checked against a held text: records', claimants', bases' and dates' spans. */
export function countEvidenceSpans(dataset: Dataset): number {
  const basisSpans = (basis: BasisRecord | undefined) =>
    basis && basis.kind !== 'EXTERNAL' ? (basis.evidence ?? []) : [];
  const dateSpans = (date: DatedFactRecord | undefined) => (typeof date === 'object' ? basisSpans(date.basis) : []);
  const lists = [
    ...dataset.documents.flatMap((document) => [document.evidence ?? [], basisSpans(document.outletBasis)]),
    ...dataset.people.map((person) => person.evidence),
    ...dataset.outlets.map((outlet) => outlet.evidence),
    ...dataset.organizations.map((organization) => organization.evidence),
    ...dataset.events.flatMap((event) => [event.evidence, dateSpans(event.date)]),
    ...dataset.statements.flatMap((statement) => [statement.evidence, dateSpans(statement.saidOn)]),
    ...dataset.claims.flatMap((claim) => [
      claim.appearances.map((appearance) => appearance.evidence),
      ...claim.claimants.map((claimant) => claimant.evidence),
    ]),
    ...dataset.relationships.flatMap((relationship) =>
      relationship.states.flatMap((state) => [
        state.evidence,
        basisSpans(state.basis),
        dateSpans(state.start),
        dateSpans(state.end),
      ]),
    ),
  ];
  return lists.reduce((total, list) => total + list.length, 0);
}
