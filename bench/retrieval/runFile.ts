/**
 * The CheckThat! lab's run format, one line per ranked claim: `query_id 0 claim_id rank score tag`, tab-separated,
 * ranks from 1 in each query's order. Shared by the engine's and the GraphQL API's evaluations.
 */
export interface RankedClaim {
  id: string;
  score: number;
}

export const RUN_TAG = 'claimgraph';

/** The run file's text for queries in the given order (a query without a ranking writes no lines). */
export function formatRunFile(
  queryIds: readonly string[],
  rankings: ReadonlyMap<string, readonly RankedClaim[]>,
  tag = RUN_TAG,
): string {
  const lines: string[] = [];
  for (const queryId of queryIds) {
    (rankings.get(queryId) ?? []).forEach((hit, i) =>
      lines.push(`${queryId}\t0\t${hit.id}\t${i + 1}\t${hit.score}\t${tag}`),
    );
  }
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

/**
 * The verified claim's id in the data files, from the slug the import gave it (prefix + id). A slug without the
 * prefix is not one of the imported claims: an error, since scoring it as a miss would hide a broken import.
 */
export function claimIdFromSlug(slug: string, prefix: string): string {
  if (!slug.startsWith(prefix) || slug.length === prefix.length) {
    throw new Error(
      `claim slug ${JSON.stringify(slug)} does not start with the import's prefix ${JSON.stringify(prefix)}`,
    );
  }
  return slug.slice(prefix.length);
}
