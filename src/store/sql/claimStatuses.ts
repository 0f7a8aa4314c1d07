/**
 * A claim's status follows from its current reviews (src/domain/claimStatus.ts): after reviews are written (or
 * retracted), the claims they concern are recomputed, and each transition is logged in `changes`.
 */
import type { ClaimStatus } from '../../domain/dataset.js';
import { statusFromReviews } from '../../domain/claimStatus.js';
import type { ChangeAuthor } from '../store.js';
import type { SqlExecutor } from './dialect.js';
import { CHANGE_COLUMNS } from './datasetTables.js';
import type { SqlBackend } from './sqlBackend.js';
import { SqlParams } from './sqlParams.js';
import { TableRows } from './tableRows.js';

/** Recomputes the claims' statuses, logging the transitions in the order of `claimIds`. */
export async function updateClaimStatuses(
  tx: SqlExecutor,
  backend: SqlBackend,
  claimIds: readonly number[],
  author: ChangeAuthor,
  at: string,
): Promise<void> {
  if (claimIds.length === 0) return;
  const d = backend.dialect;
  const claimsParams = new SqlParams(d);
  const claimsSql = `SELECT id, slug, status FROM claims WHERE ${claimsParams.in('id', claimIds)}`;
  const claimRows = await tx.all(claimsSql, claimsParams.values);
  const reviewsParams = new SqlParams(d);
  const ratingRows = await tx.all(
    `SELECT claim_id AS "claimId", rating_value AS rating FROM reviews
     WHERE ${reviewsParams.in('claim_id', claimIds)} AND retracted_at IS NULL ORDER BY claim_id, id`,
    reviewsParams.values,
  );
  const ratings = new Map<number, number[]>();
  for (const row of ratingRows) {
    const list = ratings.get(row.claimId as number);
    if (list === undefined) ratings.set(row.claimId as number, [row.rating as number]);
    else list.push(row.rating as number);
  }
  const claims = new Map(claimRows.map((row) => [row.id as number, row]));
  const log = new TableRows('changes', CHANGE_COLUMNS);
  const claimsByStatus = new Map<ClaimStatus, number[]>();
  for (const id of claimIds) {
    const claim = claims.get(id);
    if (claim === undefined) continue;
    const before = claim.status as ClaimStatus;
    const status = statusFromReviews(ratings.get(id) ?? [], before);
    if (status === before) continue;
    claimsByStatus.set(status, [...(claimsByStatus.get(status) ?? []), id]);
    const slug = claim.slug as string;
    const summary = `status of claim ${slug} changed from ${before} to ${status}`;
    const [beforeJson, afterJson] = [JSON.stringify({ status: before }), JSON.stringify({ status })];
    log.add(at, author.actor, 'STATUS', 'claim', id, slug, beforeJson, afterJson, summary);
  }
  // one statement per new status (there are a handful), whatever the number of claims
  for (const [status, ids] of claimsByStatus) {
    const params = new SqlParams(d);
    const sql = `UPDATE claims SET status = ${params.add(status, 'text')} WHERE ${params.in('id', ids)}`;
    await tx.run(sql, params.values);
  }
  if (log.rows.length > 0) await backend.insertRows(tx, log);
}
