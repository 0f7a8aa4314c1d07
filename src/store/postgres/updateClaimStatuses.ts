/**
 * A claim's status follows from its current reviews (src/domain/claimStatus.ts): after reviews are written (or
 * retracted), the claims they concern are recomputed, and each transition is logged in `changes`.
 */
import type { ClaimStatus } from '../../domain/dataset.js';
import { statusFromReviews } from '../../domain/claimStatus.js';
import type { ChangeAuthor } from '../store.js';
import { BulkInsert } from './bulkInsert.js';
import { CHANGE_COLUMNS } from './datasetTables.js';
import type { RunQuery } from './runQuery.js';

/** Recomputes the claims' statuses, logging the transitions in the order of `claimIds`. */
export async function updateClaimStatuses(
  run: RunQuery,
  claimIds: readonly number[],
  author: ChangeAuthor,
  at: string,
): Promise<void> {
  if (claimIds.length === 0) return;
  const rows = await run(
    `SELECT c.id, c.slug, c.status,
       COALESCE(array_agg(r.rating_value ORDER BY r.id) FILTER (WHERE r.id IS NOT NULL), '{}') AS ratings
     FROM claims c LEFT JOIN reviews r ON r.claim_id = c.id AND r.retracted_at IS NULL
     WHERE c.id = ANY($1::bigint[]) GROUP BY c.id`,
    [claimIds],
  );
  const claims = new Map(rows.map((row) => [row.id as number, row]));
  const log = new BulkInsert('changes', CHANGE_COLUMNS);
  const changed: { id: number; status: ClaimStatus }[] = [];
  for (const id of claimIds) {
    const claim = claims.get(id);
    if (claim === undefined) continue;
    const before = claim.status as ClaimStatus;
    const status = statusFromReviews(claim.ratings as number[], before);
    if (status === before) continue;
    changed.push({ id, status });
    const slug = claim.slug as string;
    log.add(at, author.actor, 'STATUS', 'claim', id, slug, JSON.stringify({ status: before }), JSON.stringify({ status }),
      `status of claim ${slug} changed from ${before} to ${status}`);
  }
  if (changed.length === 0) return;
  await run(
    `UPDATE claims c SET status = u.status FROM unnest($1::bigint[], $2::text[]) AS u(id, status) WHERE c.id = u.id`,
    [changed.map((entry) => entry.id), changed.map((entry) => entry.status)],
  );
  await log.write(run);
}
