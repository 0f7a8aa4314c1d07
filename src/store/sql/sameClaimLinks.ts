/**
 * Claims an editor linked as the same claim (migration 009): linking, unlinking (a retraction of the link) and
 * reading each claim's current links. A pair is stored once, the lower claim id first, so a link reads the same
 * from either claim. Each link and unlink runs in one transaction with its change log entries, one on each claim,
 * so both claims' histories show it.
 */
import type { ChangeAuthor } from '../store.js';
import { SameClaimLinkError } from '../errors.js';
import type { Raw, SqlExecutor } from './dialect.js';
import { groupByKey } from './groupRows.js';
import type { SqlBackend } from './sqlBackend.js';
import { logChange } from './writeOperations.js';

interface LockedClaim {
  id: number;
  slug: string;
}

/** The pair as stored: lower id first. */
function storedPair(claimId: number, otherId: number): [number, number] {
  return claimId < otherId ? [claimId, otherId] : [otherId, claimId];
}

/**
 * Both claims, locked (PostgreSQL) in id order so two writers on one pair queue instead of deadlocking; refused
 * when either is missing or retracted, or when they are one claim.
 */
async function lockClaims(
  tx: SqlExecutor,
  backend: SqlBackend,
  claimId: number,
  otherId: number,
): Promise<[LockedClaim, LockedClaim]> {
  const d = backend.dialect;
  if (claimId === otherId) throw new SameClaimLinkError('same', `claim ${claimId} cannot be linked to itself`);
  const sql = `SELECT slug, retracted_at AS "retractedAt" FROM claims WHERE id = ${d.placeholder(1, 'bigint')}${d.forUpdate}`;
  const found = new Map<number, LockedClaim>();
  for (const id of storedPair(claimId, otherId)) {
    const [row] = await tx.all(sql, [id]);
    if (!row) throw new SameClaimLinkError('missing', `no claim ${id}`);
    const slug = row.slug as string;
    if (row.retractedAt !== null) throw new SameClaimLinkError('retracted', `claim ${slug} is retracted`);
    found.set(id, { id, slug });
  }
  return [found.get(claimId)!, found.get(otherId)!];
}

async function currentLinkId(tx: SqlExecutor, backend: SqlBackend, pair: [number, number]): Promise<number | null> {
  const $ = (index: number) => backend.dialect.placeholder(index, 'bigint');
  const [row] = await tx.all(
    `SELECT id FROM same_claim_links WHERE claim_id = ${$(1)} AND other_claim_id = ${$(2)} AND retracted_at IS NULL`,
    pair,
  );
  return row ? Number(row.id) : null;
}

/** One entry on each claim's history, each naming the other claim. */
async function logOnBoth(
  tx: SqlExecutor,
  backend: SqlBackend,
  author: ChangeAuthor,
  claims: [LockedClaim, LockedClaim],
  change: (other: LockedClaim) => { before: unknown; after: unknown; summary: string },
): Promise<void> {
  const [claim, other] = claims;
  for (const [node, linked] of [
    [claim, other],
    [other, claim],
  ]) {
    const { before, after, summary } = change(linked);
    await logChange(tx, backend.dialect, author, { table: 'claim', ...node }, before, after, summary);
  }
}

export function linkSameClaims(
  backend: SqlBackend,
  claimId: number,
  otherId: number,
  reason: string | null,
  author: ChangeAuthor,
): Promise<boolean> {
  const d = backend.dialect;
  return backend.transaction(async (tx) => {
    const claims = await lockClaims(tx, backend, claimId, otherId);
    const pair = storedPair(claimId, otherId);
    if ((await currentLinkId(tx, backend, pair)) !== null) return false;
    const at = new Date().toISOString();
    await tx.run(
      `INSERT INTO same_claim_links (claim_id, other_claim_id, linked_at, linked_by, reason)
       VALUES (${d.placeholder(1, 'bigint')}, ${d.placeholder(2, 'bigint')}, ${d.placeholder(3)}, ${d.placeholder(4)}, ${d.placeholder(5, 'text')})`,
      [...pair, at, author.actor, reason],
    );
    await logOnBoth(tx, backend, author, claims, (other) => ({
      before: null,
      after: { sameClaim: other.slug, reason },
      summary: `linked as the same claim as claim ${other.slug}${reason === null ? '' : `: ${reason}`}`,
    }));
    return true;
  });
}

export function unlinkSameClaims(
  backend: SqlBackend,
  claimId: number,
  otherId: number,
  reason: string,
  author: ChangeAuthor,
): Promise<boolean> {
  const d = backend.dialect;
  return backend.transaction(async (tx) => {
    const claims = await lockClaims(tx, backend, claimId, otherId);
    const linkId = await currentLinkId(tx, backend, storedPair(claimId, otherId));
    if (linkId === null) return false;
    await tx.run(
      `UPDATE same_claim_links SET retracted_at = ${d.placeholder(1)}, retracted_by = ${d.placeholder(2)},
       retraction_reason = ${d.placeholder(3)} WHERE id = ${d.placeholder(4, 'bigint')}`,
      [new Date().toISOString(), author.actor, reason, linkId],
    );
    await logOnBoth(tx, backend, author, claims, (other) => ({
      before: { sameClaim: other.slug },
      after: { sameClaim: null, unlinked: other.slug, reason },
      summary: `unlinked from claim ${other.slug}: ${reason}`,
    }));
    return true;
  });
}

/** Each claim's current links to current claims, whichever side holds it, oldest link first. */
export async function sameClaimIdsByClaimIds(backend: SqlBackend, ids: readonly number[]): Promise<number[][]> {
  if (ids.length === 0) return [];
  const d = backend.dialect;
  const keys = (expr: string) => d.inList(expr, d.listPlaceholder(1, 'bigint'));
  const sides = (mine: string, theirs: string) =>
    `SELECT l.${mine} AS "key", l.${theirs} AS "sameId", l.id AS "linkId"
     FROM same_claim_links l JOIN claims c ON c.id = l.${theirs}
     WHERE ${keys(`l.${mine}`)} AND l.retracted_at IS NULL AND c.retracted_at IS NULL`;
  const rows = await backend.all(
    `SELECT "key", "sameId" FROM (${sides('claim_id', 'other_claim_id')} UNION ALL ${sides('other_claim_id', 'claim_id')}) links
     ORDER BY "key", "linkId"`,
    [d.listValue(ids)],
  );
  return groupByKey(
    ids,
    rows.map((raw): Raw => ({ key: Number(raw.key), sameId: Number(raw.sameId) })),
    'key',
    (raw) => raw.sameId as number,
  );
}
