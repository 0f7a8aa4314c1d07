import type { MutationResolvers } from '../../../generated/graphql.js';
import type { GraphQLContext } from '../../context.js';
import { importDataset as importIntoStore } from '../../../ingest/importDataset.js';
import { DatasetValidationError } from '../../../ingest/loadDatasetFile.js';
import { requireRole } from '../../auth.js';
import { inputError } from '../../inputProblems.js';

export const importDataset: MutationResolvers['importDataset'] = async (_root, { dataset, texts }, context) => {
  const actor = requireRole(context, 'admin', 'importDataset');
  return importIntoGraph(context, actor.name, dataset, texts);
};

/** Imports a dataset in one transaction; every problem the dataset has becomes a BAD_USER_INPUT problem. */
export async function importIntoGraph(
  context: GraphQLContext,
  actor: string,
  dataset: unknown,
  texts: readonly { document: string; text: string }[],
) {
  const heldTexts = new Map<string, string>();
  for (const [index, { document, text }] of texts.entries()) {
    if (heldTexts.has(document)) {
      throw inputError([{ field: `texts[${index}].document`, message: `the text of "${document}" is given twice` }]);
    }
    heldTexts.set(document, text);
  }
  try {
    const result = await importIntoStore(context.store, dataset, heldTexts, { actor, action: 'IMPORT' }, 'dataset');
    return {
      counts: Object.entries(result.summary.inserted).map(([kind, count]) => ({ kind, count })),
      merged: result.merged.map((merge) => ({ importedSlug: merge.importedSlug, entityId: merge.existingId })),
    };
  } catch (error) {
    if (error instanceof DatasetValidationError) {
      throw inputError(
        error.problems.map((problem) => ({
          field:
            problem.record === 'dataset'
              ? `dataset${problem.field ? `.${problem.field}` : ''}`
              : `dataset.${problem.record}${problem.field ? `.${problem.field}` : ''}`,
          message: problem.message,
        })),
      );
    }
    throw error;
  }
}
