/**
 * importClaimReviews and importVerifiedClaims: fact-checks published by other organizations, imported through
 * src/factcheckImport as the CLI imports them. Items with problems are skipped and listed in the payload; input of
 * which nothing at all can be imported (malformed JSON, a TSV without its header) is a BAD_USER_INPUT error.
 */
import type { MutationResolvers } from '../../../generated/graphql.js';
import {
  FactCheckImportOptionsError,
  importClaimReviewFeed,
  importVerifiedClaims as importVerifiedClaimsFile,
  type FactCheckImportResult,
} from '../../../factcheckImport/importFactChecks.js';
import type { PublishedFactCheckRow } from '../../../store/rows.js';
import { requireRole } from '../../auth.js';
import type { GraphQLContext } from '../../context.js';
import { inputError } from '../../inputProblems.js';

/** The payload lists at most this many fact-checks and problems; the counts cover them all. */
export const MAX_PAYLOAD_FACT_CHECKS = 100;
export const MAX_PAYLOAD_PROBLEMS = 1000;
/** Problems quoted in the error when nothing could be imported. */
const MAX_ERROR_PROBLEMS = 10;

export const importClaimReviews: MutationResolvers['importClaimReviews'] = async (_root, { feed }, context) => {
  const actor = requireRole(context, 'admin', 'importClaimReviews');
  const result = await importClaimReviewFeed(context.store, feed, { actor: actor.name, action: 'IMPORT' });
  return payload(context, result, 'feed');
};

export const importVerifiedClaims: MutationResolvers['importVerifiedClaims'] = async (
  _root,
  { tsv, publisher, slugPrefix },
  context,
) => {
  const actor = requireRole(context, 'admin', 'importVerifiedClaims');
  let result: FactCheckImportResult;
  try {
    const options = { publisher, slugPrefix: slugPrefix ?? undefined };
    result = await importVerifiedClaimsFile(context.store, tsv, options, { actor: actor.name, action: 'IMPORT' });
  } catch (error) {
    if (error instanceof FactCheckImportOptionsError) {
      throw inputError([{ field: error.option, message: error.message }]);
    }
    throw error;
  }
  return payload(context, result, 'tsv');
};

async function payload(context: GraphQLContext, result: FactCheckImportResult, argument: string) {
  const imported = result.created + result.updated + result.unchanged;
  if (imported === 0 && result.problems.length > 0) {
    throw inputError(
      result.problems
        .slice(0, MAX_ERROR_PROBLEMS)
        .map((problem) => ({ field: argument, message: `${problem.position}: ${problem.message}` })),
    );
  }
  const slugs = result.factChecks.slice(0, MAX_PAYLOAD_FACT_CHECKS).map((factCheck) => factCheck.slug);
  const ids = await context.loaders.idBySlug.factCheck.loadMany(slugs);
  const rows = await context.loaders.factCheck.loadMany(ids.filter((id): id is number => typeof id === 'number'));
  return {
    created: result.created,
    updated: result.updated,
    unchanged: result.unchanged,
    factChecks: rows.filter((row): row is PublishedFactCheckRow => row !== null && !(row instanceof Error)),
    problems: result.problems.slice(0, MAX_PAYLOAD_PROBLEMS),
    problemCount: result.problems.length,
  };
}
