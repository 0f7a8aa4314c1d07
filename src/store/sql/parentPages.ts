/**
 * Pages and counts of per-parent lists (parentListSql.ts) for many parents in one statement each. Each parent's
 * page is a LIMITed walk of its link index (or, for a list sorted by another table's column, a top-n of that
 * parent's links), never a read of the whole list.
 * Cursors of these lists name only the row (sort text ''), so a row's place is found from its id.
 */
import type { Page, PageQuery, SortPosition } from '../store.js';
import type { Raw, SqlDialect, SqlExecutor } from './dialect.js';
import { toPage } from './keysetPage.js';
import type { ParentListSql, ParentWalk } from './parentListSql.js';
import { SqlParams, whereClause } from './sqlParams.js';

type Bounds = (sort: string | null, id: string) => string[];

/** The keyset conditions of a page on a (sort, id) pair of expressions, the list being ascending. */
function keysetBounds(dialect: SqlDialect, list: ParentListSql, params: SqlParams, page: PageQuery): Bounds {
  const bound = (position: SortPosition, op: '>' | '<') => {
    const id = params.add(position.id, 'bigint');
    return (sort: string | null, rowId: string) =>
      sort === null || list.sort === null
        ? `${rowId} ${op} ${id}`
        : `(${dialect.bytewise(sort)}, ${rowId}) ${op} (${dialect.bytewise(list.sort.ofRow(id))}, ${id})`;
  };
  const after = page.after && bound(page.after, '>');
  const before = page.before && bound(page.before, '<');
  return (sort, id) => [after, before].flatMap((condition) => (condition ? [condition(sort, id)] : []));
}

function orderOn(dialect: SqlDialect, list: ParentListSql, id: string, page: PageQuery): string {
  const direction = page.fromEnd ? 'DESC' : 'ASC';
  const sort = list.sort === null ? '' : `${dialect.bytewise(list.sort.expr)} ${direction}, `;
  return `${sort}${id} ${direction}`;
}

function walkFrom(list: ParentListSql, walk: ParentWalk): string {
  return walk.link === undefined ? list.table : `${walk.link} JOIN ${list.table} ON ${list.id} = ${walk.rowId}`;
}

/** Each parent with each row it reaches, as (part, row_id), for the parents in `parentList`. */
function membersOf(dialect: SqlDialect, list: ParentListSql, parentList: string): string {
  return list.walks
    .map(
      (walk) =>
        `SELECT ${walk.repeats ? 'DISTINCT ' : ''}${walk.parent} AS part, ${walk.rowId} AS row_id
         FROM ${walk.link ?? list.table}
         WHERE ${dialect.inList(walk.parent, parentList)}`,
    )
    .join(' UNION ');
}

function byParentPages<T>(
  raw: Raw[],
  parentIds: readonly number[],
  page: PageQuery,
  mapRow: (row: Raw) => T,
): Page<T>[] {
  const byParent = new Map<number, Raw[]>();
  for (const row of raw) {
    const part = Number(row._part);
    const rows = byParent.get(part);
    if (rows === undefined) byParent.set(part, [row]);
    else rows.push(row);
  }
  return parentIds.map((id) => toPage(byParent.get(id) ?? [], page, mapRow));
}

export async function parentPages<T>(
  db: SqlExecutor,
  dialect: SqlDialect,
  list: ParentListSql,
  parentIds: readonly number[],
  page: PageQuery,
  mapRow: (row: Raw) => T,
): Promise<Page<T>[]> {
  const params = new SqlParams(dialect);
  const bounds = keysetBounds(dialect, list, params, page);
  const limit = params.add(page.limit + 1, 'bigint');
  const columns = `${list.select}, ${dialect.typed("''", 'text')} AS _sort, ${list.id} AS _id`;
  const parents = dialect.keyTable(params.list([...new Set(parentIds)]), 'p');
  // Each walk orders by its own link column, which its index holds in order: a list in the order recorded is
  // paged without a sort, one sorted by a column of its rows by a top-n of the parent's links.
  const walks = list.walks.map((walk) => {
    const where = [`${walk.parent} = p.value`, ...list.where, ...bounds(list.sort?.expr ?? null, walk.rowId)];
    return `SELECT ${walk.repeats ? 'DISTINCT ' : ''}${walk.rowId} AS row_id FROM ${walkFrom(list, walk)}
      ${whereClause(where)} ORDER BY ${orderOn(dialect, list, walk.rowId, page)} LIMIT ${limit}`;
  });
  // SQLite runs a correlated `IN (... LIMIT n)` once per parent; PostgreSQL does the same for a LATERAL join.
  const pageOfParent = dialect.limitsEachParentByIndex
    ? `JOIN ${list.table} ON ${walks.map((walk) => `${list.id} IN (${walk})`).join(' OR ')}`
    : `CROSS JOIN LATERAL (${walks.map((walk) => `(${walk})`).join(' UNION ')}) m
       JOIN ${list.table} ON ${list.id} = m.row_id`;
  const sql = `SELECT ${columns}, p.value AS _part FROM ${parents} ${pageOfParent}
    ORDER BY p.key, ${orderOn(dialect, list, list.id, page)}`;
  return byParentPages(await db.all(sql, params.values), parentIds, page, mapRow);
}

/** How many rows each parent's list holds: a count over each parent's index range. */
export async function countParentLists(
  db: SqlExecutor,
  dialect: SqlDialect,
  list: ParentListSql,
  parentIds: readonly number[],
): Promise<number[]> {
  const params = new SqlParams(dialect);
  const members = membersOf(dialect, list, params.list(parentIds));
  const sql = `SELECT m.part AS part, COUNT(*) AS n FROM (${members}) m JOIN ${list.table} ON ${list.id} = m.row_id
    ${whereClause(list.where)} GROUP BY m.part`;
  const counts = new Map((await db.all(sql, params.values)).map((row) => [Number(row.part), Number(row.n)]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}
