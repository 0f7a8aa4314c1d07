/**
 * Keyset pagination: pages are found by (sort text, id) position, never by OFFSET, so a page costs the same
 * wherever it is in the list, and a batched variant pages many parents' lists in one statement. Sort texts compare
 * bytewise in every engine, so a cursor means the same row in each.
 */
import type { Page, PageQuery, SortPosition } from '../store.js';
import type { Raw, SqlDialect, SqlExecutor } from './dialect.js';
import { SqlParams, whereClause } from './sqlParams.js';

export interface ListSql {
  /** columns of the row, e.g. 's.id AS id, s.slug AS slug' */
  select: string;
  /** FROM clause body, e.g. 'statements s' */
  from: string;
  /** conditions joined with AND; their placeholders are in the SqlParams the list was built with */
  where: string[];
  /** expression of the sort text */
  sort: string;
  /** expression of the tie-breaking integer id */
  id: string;
  descending: boolean;
  /**
   * An index on (parent, sort, id) orders each parent's rows, or an index on the parent finds them for a top-n,
   * `id` being the rowid of `from`'s only table or of `rowFrom`: see keysetPagesByParent.
   */
  indexedByParent?: boolean;
  /**
   * The row's own table (e.g. 'statements s') when `from` joins a link table to reach the parent: each parent's
   * page is found through the link, and its rows read once each from this table.
   */
  rowFrom?: string;
}

/** A list and the parameters its conditions already hold. */
export interface BoundList {
  list: ListSql;
  params: SqlParams;
}

function keysetConditions(dialect: SqlDialect, { list, params }: BoundList, page: PageQuery): string[] {
  const where = [...list.where];
  const addBound = (position: SortPosition, after: boolean) => {
    // "after" in list order means greater for an ascending list, smaller for a descending one.
    const op = after !== list.descending ? '>' : '<';
    const bound = `(${params.add(position.sort, 'text')}, ${params.add(position.id, 'bigint')})`;
    where.push(`(${dialect.bytewise(list.sort)}, ${list.id}) ${op} ${bound}`);
  };
  if (page.after) addBound(page.after, true);
  if (page.before) addBound(page.before, false);
  return where;
}

function orderBy(dialect: SqlDialect, list: ListSql, page: PageQuery): string {
  const direction = list.descending !== page.fromEnd ? 'DESC' : 'ASC';
  return `${dialect.bytewise(list.sort)} ${direction}, ${list.id} ${direction}`;
}

/** `mapRow` reads the row's own columns from a raw row that also holds its position. */
export function toPage<T>(raw: Raw[], page: PageQuery, mapRow: (row: Raw) => T): Page<T> {
  const hasMore = raw.length > page.limit;
  const kept = raw.slice(0, page.limit);
  if (page.fromEnd) kept.reverse();
  return {
    hasMore,
    rows: kept.map((raw) => ({ row: mapRow(raw), position: { sort: raw._sort as string, id: raw._id as number } })),
  };
}

export async function keysetPage<T>(
  db: SqlExecutor,
  dialect: SqlDialect,
  bound: BoundList,
  page: PageQuery,
  mapRow: (row: Raw) => T,
): Promise<Page<T>> {
  const { list, params } = bound;
  const where = keysetConditions(dialect, bound, page);
  const sql = `SELECT ${list.select}, ${dialect.bytewise(list.sort)} AS _sort, ${list.id} AS _id FROM ${list.from}
    ${whereClause(where)} ORDER BY ${orderBy(dialect, list, page)} LIMIT ${params.add(page.limit + 1, 'bigint')}`;
  return toPage(await db.all(sql, params.values), page, mapRow);
}

/**
 * One page per parent (by the `partition` expression), in parent order, in one statement.
 *
 * Where the list is indexed by parent and the engine walks a correlated `IN (... LIMIT n)` by index, each parent's
 * page is a LIMITed walk of that index, so a page costs the same for a parent with millions of rows as for one
 * with ten; where it joins LATERAL, likewise. Otherwise a window function numbers every row of the parents.
 */
export async function keysetPagesByParent<T>(
  db: SqlExecutor,
  dialect: SqlDialect,
  bound: BoundList,
  partition: string,
  parentIds: readonly number[],
  page: PageQuery,
  mapRow: (row: Raw) => T,
): Promise<Page<T>[]> {
  const { list, params } = bound;
  const where = keysetConditions(dialect, bound, page);
  const order = orderBy(dialect, list, page);
  const columns = `${list.select}, ${dialect.bytewise(list.sort)} AS _sort, ${list.id} AS _id`;
  let sql: string;
  if (list.indexedByParent && dialect.limitsEachParentByIndex) {
    const parents = dialect.keyTable(params.list([...new Set(parentIds)]), 'p');
    sql = `SELECT ${columns}, p.value AS _part
      FROM ${parents} JOIN ${list.rowFrom ?? list.from} ON ${list.id} IN (
        SELECT ${list.id} FROM ${list.from} ${whereClause([...where, `${partition} = p.value`])}
        ORDER BY ${order} LIMIT ${params.add(page.limit + 1, 'bigint')})
      ORDER BY p.key, ${order}`;
  } else if (list.indexedByParent && dialect.joinsLateral) {
    // The same walk where the engine takes a LATERAL subquery per parent (PostgreSQL): each parent's LIMITed page
    // is read along the parent's index, never numbering the rest of its rows.
    const parents = dialect.keyTable(params.list([...new Set(parentIds)]), 'p');
    const direction = list.descending !== page.fromEnd ? 'DESC' : 'ASC';
    sql = `SELECT x.*, p.value AS _part FROM ${parents} CROSS JOIN LATERAL (
        SELECT ${columns} FROM ${list.from} ${whereClause([...where, `${partition} = p.value`])}
        ORDER BY ${order} LIMIT ${params.add(page.limit + 1, 'bigint')}) x
      ORDER BY p.key, x._sort ${direction}, x._id ${direction}`;
  } else {
    where.push(params.in(partition, parentIds));
    sql = `SELECT * FROM (
        SELECT ${columns}, ${partition} AS _part, ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY ${order}) AS _rn
        FROM ${list.from} ${whereClause(where)}
      ) numbered WHERE _rn <= ${params.add(page.limit + 1, 'bigint')} ORDER BY _part, _rn`;
  }
  const byParent = new Map<number, Raw[]>();
  for (const row of await db.all(sql, params.values)) {
    const part = row._part as number;
    const rows = byParent.get(part);
    if (rows === undefined) byParent.set(part, [row]);
    else rows.push(row);
  }
  return parentIds.map((id) => toPage(byParent.get(id) ?? [], page, mapRow));
}

export async function countRows(db: SqlExecutor, { list, params }: BoundList): Promise<number> {
  const sql = `SELECT COUNT(DISTINCT ${list.id}) AS n FROM ${list.from} ${whereClause(list.where)}`;
  const [row] = await db.all(sql, params.values);
  return row.n as number;
}

export async function countRowsByParent(
  db: SqlExecutor,
  { list, params }: BoundList,
  partition: string,
  parentIds: readonly number[],
): Promise<number[]> {
  const where = [...list.where, params.in(partition, parentIds)];
  const sql = `SELECT ${partition} AS part, COUNT(DISTINCT ${list.id}) AS n FROM ${list.from}
    ${whereClause(where)} GROUP BY ${partition}`;
  const counts = new Map((await db.all(sql, params.values)).map((row) => [row.part as number, row.n as number]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}
