/**
 * The one way a mutation writes: its input becomes a single record of the dataset format, validated by the same
 * validator as a dataset file (against the records already stored), then written in one transaction with its
 * history entry. So a mutation and an import can never disagree on what is valid.
 */
import { randomBytes } from 'node:crypto';
import type { Actor } from '../auth/tokens.js';
import { DATASET_FORMAT, type Dataset } from '../domain/dataset.js';
import { slugify } from '../domain/slugs.js';
import { existingRecordsFor } from '../ingest/existingRecords.js';
import { validateDataset } from '../ingest/validateDataset.js';
import type { ChangeAction } from '../store/rows.js';
import type { GraphQLContext } from './context.js';
import { inputError, problemsOfInput, type InputFieldOf, type InputProblem } from './inputProblems.js';

export type Collection = Exclude<keyof Dataset, 'format'>;

export function emptyDataset(): Dataset {
  return {
    format: DATASET_FORMAT,
    documents: [],
    people: [],
    outlets: [],
    organizations: [],
    events: [],
    statements: [],
    claims: [],
    reviews: [],
    relationships: [],
  };
}

/** A slug for a record the client did not name: its words, made unique with a random suffix. */
export function generateSlug(prefix: string, text: string): string {
  const words = slugify(text);
  return [prefix, ...(words === '' ? [] : [words]), randomBytes(3).toString('hex')].join('-');
}

export async function writeRecord(
  context: GraphQLContext,
  actor: Actor,
  collection: Collection,
  record: { slug: string },
  options: {
    heldTexts?: ReadonlyMap<string, string>;
    action?: ChangeAction;
    extraProblems?: InputProblem[];
    /** the input field of a record field filled from a differently named one (see problemsOfInput) */
    inputField?: InputFieldOf;
  } = {},
): Promise<number> {
  const dataset = emptyDataset();
  (dataset[collection] as unknown[]).push(record);
  const heldTexts = options.heldTexts ?? new Map<string, string>();
  const existing = await existingRecordsFor(context.store, dataset);
  const problems = validateDataset(dataset, heldTexts, existing);
  const all = [...(options.extraProblems ?? []), ...problemsOfInput(problems, 'input', options.inputField)];
  if (all.length > 0) throw inputError(all);
  const summary = await context.store.writeDataset(dataset, heldTexts, {
    actor: actor.name,
    action: options.action ?? 'CREATE',
  });
  const written = summary.created.find((entry) => entry.slug === record.slug);
  if (!written) throw new Error(`writeRecord: ${record.slug} was not written`);
  return written.id;
}
