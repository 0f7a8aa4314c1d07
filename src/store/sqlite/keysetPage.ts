/**
 * Keyset pagination in SQLite: pages are found by (sort text, id) position, never by OFFSET, so a page costs the
 * same wherever it is in the list, and a batched variant pages many parents' lists in one statement with a window
 * function.
 */
import type { Page, PageQuery, SortPosition } from '../store.js';
import type { SqliteDatabase } from './openSqliteDatabase.js';

export interface ListSql {
  /** columns of the row, e.g. "s.id AS id, s.slug AS slug" */
  select: string;
  /** FROM clause body, e.g. "statements s" */
  from: string;
  /** conditions joined with AND */
  where: string[];
  params: unknown[];
  /** expression of the sort text */
  sort: string;
  /** expression of the tie-breaking integer id */
  id: string;
  descending: boolean;
}

interface RawRow {
  _sort: string;
  _id: number;
  _part?: number;
  [column: string]: unknown;
}

function keysetConditions(list: ListSql, page: PageQuery): { where: string[]; params: unknown[] } {
  const where = [...list.where];
  const params = [...list.params];
  const bound = (position: SortPosition, after: boolean) => {
    // "after" in list order means greater for an ascending list, smaller for a descending one.
    const op = after !== list.descending ? '>' : '<';
    where.push(`(${list.sort} ${op} ? OR (${list.sort} = ? AND ${list.id} ${op} ?))`);
    params.push(position.sort, position.sort, position.id);
  };
  if (page.after) bound(page.after, true);
  if (page.before) bound(page.before, false);
  return { where, params };
}

function orderBy(list: ListSql, page: PageQuery): string {
  const descending = list.descending !== page.fromEnd;
  const direction = descending ? 'DESC' : 'ASC';
  return `${list.sort} ${direction}, ${list.id} ${direction}`;
}

function toPage<T>(raw: RawRow[], page: PageQuery, mapRow: (row: RawRow) => T): Page<T> {
  const hasMore = raw.length > page.limit;
  const kept = raw.slice(0, page.limit);
  if (page.fromEnd) kept.reverse();
  return {
    hasMore,
    rows: kept.map((row) => ({ row: mapRow(row), position: { sort: row._sort, id: row._id } })),
  };
}

function whereClause(where: string[]): string {
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

export function keysetPage<T>(db: SqliteDatabase, list: ListSql, page: PageQuery, mapRow: (row: RawRow) => T): Page<T> {
  const { where, params } = keysetConditions(list, page);
  const sql = `SELECT ${list.select}, ${list.sort} AS _sort, ${list.id} AS _id FROM ${list.from}
    ${whereClause(where)} ORDER BY ${orderBy(list, page)} LIMIT ?`;
  const raw = db.prepare(sql).all(...params, page.limit + 1) as RawRow[];
  return toPage(raw, page, mapRow);
}

/**
 * One page per parent (by the `partition` expression), in parent order, in one statement.
 *
 * `indexed` says that an index on (partition, sort, id) orders each parent's rows, as `list.id` being the rowid of
 * `list.from`'s only table: each parent's page is then a LIMITed walk of that index (a correlated subquery per
 * parent), so a page costs the same for a parent with millions of rows as for one with ten. Otherwise a window
 * function numbers every row of the parents, which reads all of them.
 */
export function keysetPagesByParent<T>(
  db: SqliteDatabase,
  list: ListSql,
  partition: string,
  parentIds: readonly number[],
  page: PageQuery,
  mapRow: (row: RawRow) => T,
  { indexed = false } = {},
): Page<T>[] {
  const { where, params } = keysetConditions(list, page);
  let sql: string;
  let values: unknown[];
  if (indexed) {
    sql = `SELECT ${list.select}, ${list.sort} AS _sort, ${list.id} AS _id, p.value AS _part
      FROM json_each(?) p JOIN ${list.from} ON ${list.id} IN (
        SELECT ${list.id} FROM ${list.from} ${whereClause([...where, `${partition} = p.value`])}
        ORDER BY ${orderBy(list, page)} LIMIT ?)
      ORDER BY p.key, ${orderBy(list, page)}`;
    values = [JSON.stringify([...new Set(parentIds)]), ...params, page.limit + 1];
  } else {
    where.push(`${partition} IN (SELECT value FROM json_each(?))`);
    sql = `SELECT * FROM (
      SELECT ${list.select}, ${list.sort} AS _sort, ${list.id} AS _id, ${partition} AS _part,
        ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY ${orderBy(list, page)}) AS _rn
      FROM ${list.from} ${whereClause(where)}
    ) WHERE _rn <= ? ORDER BY _part, _rn`;
    values = [...params, JSON.stringify(parentIds), page.limit + 1];
  }
  const raw = db.prepare(sql).all(...values) as RawRow[];
  const byParent = new Map<number, RawRow[]>();
  for (const row of raw) {
    const rows = byParent.get(row._part!) ?? [];
    rows.push(row);
    byParent.set(row._part!, rows);
  }
  return parentIds.map((id) => toPage(byParent.get(id) ?? [], page, mapRow));
}

export function countRows(db: SqliteDatabase, list: Pick<ListSql, 'from' | 'where' | 'params' | 'id'>): number {
  const sql = `SELECT COUNT(DISTINCT ${list.id}) AS n FROM ${list.from} ${whereClause(list.where)}`;
  return (db.prepare(sql).get(...list.params) as { n: number }).n;
}

export function countRowsByParent(
  db: SqliteDatabase,
  list: Pick<ListSql, 'from' | 'where' | 'params' | 'id'>,
  partition: string,
  parentIds: readonly number[],
): number[] {
  const where = [...list.where, `${partition} IN (SELECT value FROM json_each(?))`];
  const sql = `SELECT ${partition} AS part, COUNT(DISTINCT ${list.id}) AS n FROM ${list.from}
    ${whereClause(where)} GROUP BY ${partition}`;
  const rows = db.prepare(sql).all(...list.params, JSON.stringify(parentIds)) as { part: number; n: number }[];
  const counts = new Map(rows.map((row) => [row.part, row.n]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}
