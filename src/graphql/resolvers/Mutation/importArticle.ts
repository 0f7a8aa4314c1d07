/**
 * `importArticle`: the editor's import of one article, typically an accepted draft. An editor may add an article
 * with its people, statements and claims, but not load a whole graph or publish reviews: those stay with
 * importDataset (admin) and reviewClaim (reviewer). Otherwise it is the same import, with the same validation.
 */
import type { MutationResolvers } from '../../../generated/graphql.js';
import { requireRole } from '../../auth.js';
import { inputError, type InputProblem } from '../../inputProblems.js';
import { importIntoGraph } from './importDataset.js';

export const importArticle: MutationResolvers['importArticle'] = async (_root, { dataset, texts }, context) => {
  const actor = requireRole(context, 'editor', 'importArticle');
  const problems = articleProblems(dataset, texts.length);
  if (problems.length > 0) throw inputError(problems);
  return importIntoGraph(context, actor.name, dataset, texts);
};

/** What makes a dataset more than one article; the shape itself is checked by the import's validator. */
function articleProblems(dataset: unknown, textCount: number): InputProblem[] {
  const problems: InputProblem[] = [];
  if (textCount !== 1) {
    problems.push({ field: 'texts', message: `an article has exactly one held text, got ${textCount}` });
  }
  if (typeof dataset !== 'object' || dataset === null || Array.isArray(dataset)) return problems;
  const record = dataset as Record<string, unknown>;
  const documents = Array.isArray(record.documents) ? record.documents : [];
  const held = documents.filter(
    (document) => typeof document === 'object' && document !== null && 'textFile' in document,
  ).length;
  if (held !== 1) {
    problems.push({ field: 'dataset.documents', message: `an article has exactly one held document, got ${held}` });
  }
  if (Array.isArray(record.reviews) && record.reviews.length > 0) {
    problems.push({
      field: 'dataset.reviews',
      message: 'an article import carries no reviews: reviews are published by reviewers through reviewClaim',
    });
  }
  return problems;
}
