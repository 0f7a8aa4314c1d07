/**
 * SQLite writes other than loading a dataset: retraction, starting a review, and reading the audit log. Each runs
 * in one transaction with its log entry, so a change is never made without its record, nor logged without being
 * made.
 */
import type { ChangeRow } from '../rows.js';
import type { ChangeAuthor, NodeTable, Page, PageQuery, RetractableTable, StoredRecord } from '../store.js';
import { countRows, keysetPage, type ListSql } from './keysetPage.js';
import type { SqliteDatabase } from './openSqliteDatabase.js';
import { updateClaimStatus } from './writeDatasetSqlite.js';
import { NODE_TABLE_NAMES } from '../nodeTables.js';

/** The search index rows of a record, which a retraction removes (the index is derived, the record stays). */
const SEARCH_KIND: Partial<Record<RetractableTable, string>> = {
  document: 'DOCUMENT',
  statement: 'STATEMENT',
  claim: 'CLAIM',
};

function logChange(
  db: SqliteDatabase,
  author: ChangeAuthor,
  table: NodeTable,
  id: number,
  slug: string,
  before: unknown,
  after: unknown,
  summary: string,
): void {
  db.prepare(
    `INSERT INTO changes (at, actor, action, node_table, node_id, node_slug, before_json, after_json, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(new Date().toISOString(), author.actor, author.action, table, id, slug, JSON.stringify(before),
    JSON.stringify(after), summary);
}

export function storedRecordsBySlugs(db: SqliteDatabase, slugs: readonly string[]): Map<string, StoredRecord> {
  const rows = db
    .prepare(
      `SELECT s.slug AS slug, s.node_table AS nodeTable, e.type AS entityType, d.text AS text
       FROM slugs s
       LEFT JOIN entities e ON s.node_table = 'entity' AND e.slug = s.slug
       LEFT JOIN documents d ON s.node_table = 'document' AND d.slug = s.slug
       WHERE s.slug IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(slugs)) as { slug: string; nodeTable: NodeTable; entityType: StoredRecord['entityType']; text: string | null }[];
  return new Map(rows.map((row) => [row.slug, { table: row.nodeTable, entityType: row.entityType, text: row.text }]));
}

export function retract(
  db: SqliteDatabase,
  table: RetractableTable,
  id: number,
  reason: string,
  author: ChangeAuthor,
): void {
  db.transaction(() => {
    const name = NODE_TABLE_NAMES[table];
    const row = db.prepare(`SELECT slug, retracted_at AS retractedAt FROM ${name} WHERE id = ?`).get(id) as
      | { slug: string; retractedAt: string | null }
      | undefined;
    if (!row) throw new Error(`retract: no ${table} ${id}`);
    if (row.retractedAt !== null) throw new Error(`retract: ${table} ${row.slug} is already retracted`);
    const at = new Date().toISOString();
    db.prepare(`UPDATE ${name} SET retracted_at = ?, retracted_by = ?, retraction_reason = ? WHERE id = ?`).run(
      at,
      author.actor,
      reason,
      id,
    );
    const kind = SEARCH_KIND[table];
    if (kind) {
      // search_rows (migration 005) says which index rows are the record's: the index cannot look up its own
      // kind and node_id columns without reading every row
      db.prepare(
        'DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_rows WHERE kind = ? AND node_id = ?)',
      ).run(kind, id);
      db.prepare('DELETE FROM search_rows WHERE kind = ? AND node_id = ?').run(kind, id);
    }
    logChange(db, author, table, id, row.slug, { retracted: false }, { retracted: true, reason }, `retracted ${table} ${row.slug}: ${reason}`);
    if (table === 'review') {
      const { claimId } = db.prepare('SELECT claim_id AS claimId FROM reviews WHERE id = ?').get(id) as { claimId: number };
      updateClaimStatus(db, claimId, { actor: author.actor, action: 'STATUS' }, at);
    }
  })();
}

export function startClaimReview(db: SqliteDatabase, claimId: number, author: ChangeAuthor): boolean {
  return db.transaction(() => {
    const claim = db.prepare('SELECT slug, status FROM claims WHERE id = ?').get(claimId) as
      | { slug: string; status: string }
      | undefined;
    if (!claim) throw new Error(`startClaimReview: no claim ${claimId}`);
    if (claim.status === 'UNDER_REVIEW') return false;
    db.prepare(`UPDATE claims SET status = 'UNDER_REVIEW' WHERE id = ?`).run(claimId);
    logChange(db, author, 'claim', claimId, claim.slug, { status: claim.status }, { status: 'UNDER_REVIEW' },
      `review of claim ${claim.slug} started (was ${claim.status})`);
    return true;
  })();
}

function changeList(table: NodeTable, id: number): ListSql {
  return {
    select: `h.id AS id, h.at AS at, h.actor AS actor, h.action AS action, h.node_table AS nodeTable,
      h.node_id AS nodeId, h.node_slug AS nodeSlug, h.before_json AS beforeJson, h.after_json AS afterJson,
      h.summary AS summary`,
    from: 'changes h',
    where: ['h.node_table = ?', 'h.node_id = ?'],
    params: [table, id],
    sort: "''",
    id: 'h.id',
    descending: false,
  };
}

export function changePage(db: SqliteDatabase, table: NodeTable, id: number, page: PageQuery): Page<ChangeRow> {
  return keysetPage(db, changeList(table, id), page, (raw) => {
    const { beforeJson, afterJson, ...rest } = raw as Record<string, unknown>;
    return {
      ...(rest as Omit<ChangeRow, 'before' | 'after'>),
      before: beforeJson == null ? null : JSON.parse(beforeJson as string),
      after: afterJson == null ? null : JSON.parse(afterJson as string),
    };
  });
}

export function countChanges(db: SqliteDatabase, table: NodeTable, id: number): number {
  return countRows(db, changeList(table, id));
}
