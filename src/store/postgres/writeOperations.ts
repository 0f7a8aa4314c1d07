/**
 * PostgreSQL writes other than loading a dataset: retraction, starting a review, and reading the audit log (the
 * counterpart of sqlite/writeOperations.ts). Each change runs in one transaction with its log entry.
 */
import type pg from 'pg';
import type { ChangeRow } from '../rows.js';
import type { ChangeAuthor, NodeTable, Page, PageQuery, RetractableTable, StoredRecord } from '../store.js';
import { countRows, keysetPage, type ListSql } from './keysetPage.js';
import { runQueryOn, type RunQuery } from './runQuery.js';
import { SqlParams } from './sqlParams.js';
import { updateClaimStatuses } from './updateClaimStatuses.js';
import { withTransaction } from './withTransaction.js';
import { NODE_TABLE_NAMES } from '../nodeTables.js';

/** The search index rows of a record, which a retraction removes (the index is derived, the record stays). */
const SEARCH_KIND: Partial<Record<RetractableTable, string>> = {
  document: 'DOCUMENT',
  statement: 'STATEMENT',
  claim: 'CLAIM',
};

async function logChange(
  run: RunQuery,
  author: ChangeAuthor,
  table: NodeTable,
  id: number,
  slug: string,
  before: unknown,
  after: unknown,
  summary: string,
): Promise<void> {
  await run(
    `INSERT INTO changes (at, actor, action, node_table, node_id, node_slug, before_json, after_json, summary)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [new Date().toISOString(), author.actor, author.action, table, id, slug, JSON.stringify(before), JSON.stringify(after), summary],
  );
}

export async function storedRecordsBySlugs(run: RunQuery, slugs: readonly string[]): Promise<Map<string, StoredRecord>> {
  const rows = await run(
    `SELECT s.slug, s.node_table AS "nodeTable", e.type AS "entityType", d.text
     FROM slugs s
     LEFT JOIN entities e ON s.node_table = 'entity' AND e.slug = s.slug
     LEFT JOIN documents d ON s.node_table = 'document' AND d.slug = s.slug
     WHERE s.slug = ANY($1::text[])`,
    [slugs],
  );
  return new Map(
    rows.map((row) => [
      row.slug as string,
      {
        table: row.nodeTable as NodeTable,
        entityType: (row.entityType ?? null) as StoredRecord['entityType'],
        text: (row.text ?? null) as string | null,
      },
    ]),
  );
}

export async function retract(
  pool: pg.Pool,
  table: RetractableTable,
  id: number,
  reason: string,
  author: ChangeAuthor,
): Promise<void> {
  await withTransaction(pool, async (client) => {
    const run = runQueryOn(client);
    const name = NODE_TABLE_NAMES[table];
    const [row] = await run(`SELECT slug, retracted_at FROM ${name} WHERE id = $1 FOR UPDATE`, [id]);
    if (!row) throw new Error(`retract: no ${table} ${id}`);
    if (row.retracted_at !== null) throw new Error(`retract: ${table} ${row.slug as string} is already retracted`);
    const at = new Date().toISOString();
    await run(`UPDATE ${name} SET retracted_at = $1, retracted_by = $2, retraction_reason = $3 WHERE id = $4`, [
      at,
      author.actor,
      reason,
      id,
    ]);
    const kind = SEARCH_KIND[table];
    if (kind) await run('DELETE FROM search_index WHERE kind = $1 AND node_id = $2', [kind, id]);
    await logChange(run, author, table, id, row.slug as string, { retracted: false }, { retracted: true, reason },
      `retracted ${table} ${row.slug as string}: ${reason}`);
    if (table === 'review') {
      const [review] = await run('SELECT claim_id FROM reviews WHERE id = $1', [id]);
      await updateClaimStatuses(run, [review!.claim_id as number], { actor: author.actor, action: 'STATUS' }, at);
    }
  });
}

export async function startClaimReview(pool: pg.Pool, claimId: number, author: ChangeAuthor): Promise<boolean> {
  return withTransaction(pool, async (client) => {
    const run = runQueryOn(client);
    const [claim] = await run('SELECT slug, status FROM claims WHERE id = $1 FOR UPDATE', [claimId]);
    if (!claim) throw new Error(`startClaimReview: no claim ${claimId}`);
    if (claim.status === 'UNDER_REVIEW') return false;
    await run(`UPDATE claims SET status = 'UNDER_REVIEW' WHERE id = $1`, [claimId]);
    await logChange(run, author, 'claim', claimId, claim.slug as string, { status: claim.status }, { status: 'UNDER_REVIEW' },
      `review of claim ${claim.slug as string} started (was ${claim.status as string})`);
    return true;
  });
}

function changeList(params: SqlParams, table: NodeTable, id: number): ListSql {
  return {
    select: `h.id AS id, h.at AS at, h.actor AS actor, h.action AS action, h.node_table AS "nodeTable",
      h.node_id AS "nodeId", h.node_slug AS "nodeSlug", h.before_json AS "beforeJson", h.after_json AS "afterJson",
      h.summary AS summary`,
    from: 'changes h',
    where: [`h.node_table = ${params.add(table, 'text')}`, `h.node_id = ${params.add(id, 'bigint')}`],
    sort: "''",
    id: 'h.id',
    descending: false,
  };
}

export async function changePage(run: RunQuery, table: NodeTable, id: number, page: PageQuery): Promise<Page<ChangeRow>> {
  const params = new SqlParams();
  return keysetPage(run, changeList(params, table, id), params, page, (raw) => {
    // json columns arrive parsed
    const { beforeJson, afterJson, ...rest } = raw;
    return { ...(rest as Omit<ChangeRow, 'before' | 'after'>), before: beforeJson ?? null, after: afterJson ?? null };
  });
}

export async function countChanges(run: RunQuery, table: NodeTable, id: number): Promise<number> {
  const params = new SqlParams();
  return countRows(run, changeList(params, table, id), params);
}
