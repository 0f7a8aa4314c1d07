/**
 * Keyset pagination in PostgreSQL: pages are found by (sort text, id) position, never by OFFSET, so a page costs
 * the same wherever it is in the list, and a batched variant pages many parents' lists in one statement with a
 * window function. Positions are the same as SQLite's: sort texts compare bytewise (COLLATE "C"), so a cursor
 * means the same row in both backends.
 */
import type { Page, PageQuery, SortPosition } from '../store.js';
import type { Raw, RunQuery } from './runQuery.js';
import { whereClause, type SqlParams } from './sqlParams.js';

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
}

/** The sort expression as compared and ordered: bytewise, whatever the column's or database's collation. */
function sortText(list: ListSql): string {
  return `(${list.sort}) COLLATE "C"`;
}

function keysetConditions(list: ListSql, params: SqlParams, page: PageQuery): string[] {
  const where = [...list.where];
  const addBound = (position: SortPosition, after: boolean) => {
    // "after" in list order means greater for an ascending list, smaller for a descending one.
    const op = after !== list.descending ? '>' : '<';
    const bound = `(${params.add(position.sort, 'text')}, ${params.add(position.id, 'bigint')})`;
    where.push(`(${sortText(list)}, ${list.id}) ${op} ${bound}`);
  };
  if (page.after) addBound(page.after, true);
  if (page.before) addBound(page.before, false);
  return where;
}

function orderBy(list: ListSql, page: PageQuery): string {
  const direction = list.descending !== page.fromEnd ? 'DESC' : 'ASC';
  return `${sortText(list)} ${direction}, ${list.id} ${direction}`;
}

function toPage<T>(raw: Raw[], page: PageQuery, mapRow: (row: Raw) => T): Page<T> {
  const hasMore = raw.length > page.limit;
  const kept = raw.slice(0, page.limit);
  if (page.fromEnd) kept.reverse();
  return {
    hasMore,
    rows: kept.map(({ _sort, _id, _part, _rn, ...row }) => ({
      row: mapRow(row),
      position: { sort: _sort as string, id: _id as number },
    })),
  };
}

export async function keysetPage<T>(
  run: RunQuery,
  list: ListSql,
  params: SqlParams,
  page: PageQuery,
  mapRow: (row: Raw) => T,
): Promise<Page<T>> {
  const where = keysetConditions(list, params, page);
  const sql = `SELECT ${list.select}, ${sortText(list)} AS _sort, ${list.id} AS _id FROM ${list.from}
    ${whereClause(where)} ORDER BY ${orderBy(list, page)} LIMIT ${params.add(page.limit + 1, 'bigint')}`;
  return toPage(await run(sql, params.values), page, mapRow);
}

/** One page per parent (by the `partition` expression), in parent order, in one statement. */
export async function keysetPagesByParent<T>(
  run: RunQuery,
  list: ListSql,
  params: SqlParams,
  partition: string,
  parentIds: readonly number[],
  page: PageQuery,
  mapRow: (row: Raw) => T,
): Promise<Page<T>[]> {
  const where = keysetConditions(list, params, page);
  where.push(`${partition} = ANY(${params.add(parentIds, 'bigint[]')})`);
  const sql = `SELECT * FROM (
      SELECT ${list.select}, ${sortText(list)} AS _sort, ${list.id} AS _id, ${partition} AS _part,
        ROW_NUMBER() OVER (PARTITION BY ${partition} ORDER BY ${orderBy(list, page)}) AS _rn
      FROM ${list.from} ${whereClause(where)}
    ) numbered WHERE _rn <= ${params.add(page.limit + 1, 'bigint')} ORDER BY _part, _rn`;
  const byParent = new Map<number, Raw[]>();
  for (const row of await run(sql, params.values)) {
    const part = row._part as number;
    const rows = byParent.get(part) ?? [];
    rows.push(row);
    byParent.set(part, rows);
  }
  return parentIds.map((id) => toPage(byParent.get(id) ?? [], page, mapRow));
}

export async function countRows(run: RunQuery, list: ListSql, params: SqlParams): Promise<number> {
  const sql = `SELECT COUNT(DISTINCT ${list.id}) AS n FROM ${list.from} ${whereClause(list.where)}`;
  const [row] = await run(sql, params.values);
  return row!.n as number;
}

export async function countRowsByParent(
  run: RunQuery,
  list: ListSql,
  params: SqlParams,
  partition: string,
  parentIds: readonly number[],
): Promise<number[]> {
  const where = [...list.where, `${partition} = ANY(${params.add(parentIds, 'bigint[]')})`];
  const sql = `SELECT ${partition} AS part, COUNT(DISTINCT ${list.id}) AS n FROM ${list.from}
    ${whereClause(where)} GROUP BY ${partition}`;
  const counts = new Map((await run(sql, params.values)).map((row) => [row.part as number, row.n as number]));
  return parentIds.map((id) => counts.get(id) ?? 0);
}
