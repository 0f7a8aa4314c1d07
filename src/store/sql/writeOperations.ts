/**
 * Writes other than loading a dataset: retraction, starting a review, and reading the audit log. Each change runs
 * in one transaction with its log entry, so a change is never made without its record, nor logged without being
 * made.
 */
import type { ChangeRow, SearchKind } from '../rows.js';
import type { ChangeAuthor, NodeTable, Page, PageQuery, RetractableTable, StoredRecord } from '../store.js';
import { NODE_TABLE_NAMES } from '../nodeTables.js';
import { updateClaimStatuses } from './claimStatuses.js';
import type { Raw, SqlDialect, SqlExecutor } from './dialect.js';
import { countRows, keysetPage, type BoundList } from './keysetPage.js';
import { recordedOrder } from './listSql.js';
import { readerOf } from './rowColumns.js';
import type { SqlBackend } from './sqlBackend.js';
import { SqlParams } from './sqlParams.js';

/** The search index rows of a record, which a retraction removes (the index is derived, the record stays). */
const SEARCH_KIND: Partial<Record<RetractableTable, SearchKind>> = {
  document: 'DOCUMENT',
  statement: 'STATEMENT',
  claim: 'CLAIM',
};

export async function logChange(
  tx: SqlExecutor,
  d: SqlDialect,
  author: ChangeAuthor,
  node: { table: NodeTable; id: number; slug: string },
  before: unknown,
  after: unknown,
  summary: string,
): Promise<void> {
  const values = [
    new Date().toISOString(),
    author.actor,
    author.action,
    node.table,
    node.id,
    node.slug,
    JSON.stringify(before),
    JSON.stringify(after),
    summary,
  ];
  const placeholders = values.map((_, index) => d.placeholder(index + 1));
  await tx.run(
    `INSERT INTO changes (at, actor, action, node_table, node_id, node_slug, before_json, after_json, summary)
     VALUES (${placeholders.join(', ')})`,
    values,
  );
}

export async function storedRecordsBySlugs(db: SqlExecutor, d: SqlDialect, slugs: readonly string[]) {
  const params = new SqlParams(d);
  const rows = await db.all(
    `SELECT s.slug AS slug, s.node_table AS "nodeTable", e.type AS "entityType", d.text AS text
     FROM slugs s
     LEFT JOIN entities e ON s.node_table = 'entity' AND e.slug = s.slug
     LEFT JOIN documents d ON s.node_table = 'document' AND d.slug = s.slug
     WHERE ${params.in('s.slug', slugs, 'text')}`,
    params.values,
  );
  return new Map(
    rows.map((row): [string, StoredRecord] => [
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
  backend: SqlBackend,
  table: RetractableTable,
  id: number,
  reason: string,
  author: ChangeAuthor,
): Promise<void> {
  const d = backend.dialect;
  const $ = (index: number) => d.placeholder(index, 'bigint');
  await backend.transaction(async (tx) => {
    const name = NODE_TABLE_NAMES[table];
    const current = `SELECT slug, retracted_at AS "retractedAt" FROM ${name} WHERE id = ${$(1)}${d.forUpdate}`;
    const [row] = await tx.all(current, [id]);
    if (!row) throw new Error(`retract: no ${table} ${id}`);
    const slug = row.slug as string;
    if (row.retractedAt !== null) throw new Error(`retract: ${table} ${slug} is already retracted`);
    const at = new Date().toISOString();
    await tx.run(
      `UPDATE ${name} SET retracted_at = ${d.placeholder(1)}, retracted_by = ${d.placeholder(2)},
       retraction_reason = ${d.placeholder(3)} WHERE id = ${$(4)}`,
      [at, author.actor, reason, id],
    );
    const kind = SEARCH_KIND[table];
    if (kind) await backend.fullText.unindex(tx, kind, id);
    // A retracted claim is never ranked again: its sentence vectors (a cache, migration 013) go with it.
    if (table === 'claim') await tx.run(`DELETE FROM claim_vectors WHERE claim_id = ${$(1)}`, [id]);
    await logChange(
      tx,
      d,
      author,
      { table, id, slug },
      { retracted: false },
      { retracted: true, reason },
      `retracted ${table} ${slug}: ${reason}`,
    );
    if (table === 'review') {
      const [review] = await tx.all(`SELECT claim_id AS "claimId" FROM reviews WHERE id = ${$(1)}`, [id]);
      const statusAuthor: ChangeAuthor = { actor: author.actor, action: 'STATUS' };
      await updateClaimStatuses(tx, backend, [review.claimId as number], statusAuthor, at);
    }
  });
}

export async function startClaimReview(backend: SqlBackend, claimId: number, author: ChangeAuthor): Promise<boolean> {
  const d = backend.dialect;
  return backend.transaction(async (tx) => {
    const current = `SELECT slug, status FROM claims WHERE id = ${d.placeholder(1, 'bigint')}${d.forUpdate}`;
    const [claim] = await tx.all(current, [claimId]);
    if (!claim) throw new Error(`startClaimReview: no claim ${claimId}`);
    if (claim.status === 'UNDER_REVIEW') return false;
    const slug = claim.slug as string;
    await tx.run(`UPDATE claims SET status = 'UNDER_REVIEW' WHERE id = ${d.placeholder(1, 'bigint')}`, [claimId]);
    const summary = `review of claim ${slug} started (was ${claim.status as string})`;
    const node = { table: 'claim' as const, id: claimId, slug };
    await logChange(tx, d, author, node, { status: claim.status }, { status: 'UNDER_REVIEW' }, summary);
    return true;
  });
}

const CHANGE_COLUMNS = `h.id AS id, h.at AS at, h.actor AS actor, h.action AS action, h.node_table AS "nodeTable",
  h.node_id AS "nodeId", h.node_slug AS "nodeSlug", h.before_json AS "beforeJson", h.after_json AS "afterJson",
  h.summary AS summary`;
const readChange = readerOf<Raw>(CHANGE_COLUMNS);

function changeList(d: SqlDialect, table: NodeTable, id: number): BoundList {
  const params = new SqlParams(d);
  const list = {
    select: CHANGE_COLUMNS,
    from: 'changes h',
    where: [`h.node_table = ${params.add(table, 'text')}`, `h.node_id = ${params.add(id, 'bigint')}`],
    sort: recordedOrder(d),
    id: 'h.id',
    descending: false,
  };
  return { params, list };
}

export function changePage(
  db: SqlExecutor,
  d: SqlDialect,
  table: NodeTable,
  id: number,
  page: PageQuery,
): Promise<Page<ChangeRow>> {
  return keysetPage(db, d, changeList(d, table, id), page, (raw) => {
    const { beforeJson, afterJson, ...rest } = readChange(raw);
    return {
      ...(rest as Omit<ChangeRow, 'before' | 'after'>),
      before: beforeJson == null ? null : d.fromJson(beforeJson),
      after: afterJson == null ? null : d.fromJson(afterJson),
    };
  });
}

export function countChanges(db: SqlExecutor, d: SqlDialect, table: NodeTable, id: number): Promise<number> {
  return countRows(db, changeList(d, table, id));
}
