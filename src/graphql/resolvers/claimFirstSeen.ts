/**
 * A claim's first-seen date: the earliest date of the statements and documents it appears in, compared as ISO
 * partial dates ("2020" before "2020-03"), as the store's FIRST_SEEN order compares them.
 */
import type { ClaimRow } from '../../store/rows.js';
import type { GraphQLContext } from '../context.js';
import { loadExisting } from './load.js';

export async function claimFirstSeenIso(context: GraphQLContext, claim: ClaimRow): Promise<string | null> {
  const appearances = await context.loaders.appearances.load(claim.id);
  const statementIds = appearances.flatMap((appearance) =>
    appearance.statementId === null ? [] : [appearance.statementId],
  );
  const [statements, documents] = await Promise.all([
    loadExisting(context.loaders.statement, [...new Set(statementIds)]),
    loadExisting(context.loaders.document, [
      ...new Set(appearances.map((appearance) => appearance.evidence.documentId)),
    ]),
  ]);
  const days = [...statements.map((statement) => statement.saidOn), ...documents.map((document) => document.published)];
  let earliest: string | null = null;
  for (const day of days) if (day !== null && (earliest === null || day < earliest)) earliest = day;
  return earliest;
}
