/**
 * `claimgraph verify FILE`: loads a dataset exactly as `import` would (shape, references, dates, held texts and
 * their SHA-256, every evidence span) without touching a database, and says what it holds or what is wrong.
 */
import type { Dataset } from '../domain/dataset.js';
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
    [countEvidenceSpans(dataset), 'evidence span', 'evidence spans'],
  ];
  return `${counts.map(([count, one, many]) => `${count} ${count === 1 ? one : many}`).join(', ')} checked`;
}

/** Every span validateDataset checked against a held text. */
export function countEvidenceSpans(dataset: Dataset): number {
  const lists = [
    ...dataset.documents.map((document) => document.evidence ?? []),
    ...dataset.people.map((person) => person.evidence),
    ...dataset.outlets.map((outlet) => outlet.evidence),
    ...dataset.organizations.map((organization) => organization.evidence),
    ...dataset.events.map((event) => event.evidence),
    ...dataset.statements.map((statement) => statement.evidence),
    ...dataset.claims.map((claim) => claim.appearances.map((appearance) => appearance.evidence)),
    ...dataset.relationships.flatMap((relationship) => relationship.states.map((state) => state.evidence)),
  ];
  return lists.reduce((total, list) => total + list.length, 0);
}
