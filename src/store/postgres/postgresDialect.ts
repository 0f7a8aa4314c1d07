/**
 * PostgreSQL's side of the shared SQL. Parameters are $1, $2, ... with casts where the type cannot be inferred; a
 * list of keys is one array parameter (`= ANY($1::bigint[])`), so a statement is the same whatever the number of
 * keys. Sort texts are compared with COLLATE "C", so orders and cursors are SQLite's, byte for byte.
 */
import type { SqlDialect } from '../sql/dialect.js';

/** Opens the text of a statement to run as a named prepared statement (postgresBackend.ts). */
export const PLAN_ONCE_MARK = '/* plan once */ ';

export const postgresDialect: SqlDialect = {
  placeholder: (index, type) => (type === undefined ? `$${index}` : `$${index}::${type}`),
  listPlaceholder: (index, type) => `$${index}::${type}[]`,
  listValue: (values) => values,
  inList: (expr, list) => `${expr} = ANY(${list})`,
  keyTable: (list, alias) => `unnest(${list}) WITH ORDINALITY AS ${alias}(value, key)`,
  // A correlated IN subquery is re-run per joined row; a window function over the parents' rows is cheaper.
  limitsEachParentByIndex: false,
  joinsLateral: true,
  bytewise: (expr) => `(${expr}) COLLATE "C"`,
  typed: (expr, type) => `${expr}::${type}`,
  booleanLiteral: (value) => (value ? 'true' : 'false'),
  planOnce: (sql) => PLAN_ONCE_MARK + sql,
  // PostgreSQL plans a named statement afresh for each run's values until its generic plan costs no more than
  // those; with the array's length in view (unnest of one key) it never does, and a path-search level of one
  // person spent ~1.1 ms planning for ~0.8 ms running at 1M statements. Behind a scalar subquery both plans
  // assume the same length, and from the sixth run on, the connection keeps the generic one.
  keysOfAnyCount: (list) => `(SELECT ${list})`,
  booleanValue: (value) => value,
  toBoolean: (raw) => raw === true,
  // json columns arrive parsed
  fromJson: (raw) => raw,
  withoutDiacritics: (expr) => `regexp_replace(normalize(${expr}, NFD), '[\\u0300-\\u036f]', '', 'g')`,
  // to_char with an explicit format: a ::text cast would follow the server's DateStyle.
  lastDayOfMonth: (yearMonth) =>
    `to_char(to_date(${yearMonth} || '-01', 'YYYY-MM-DD') + interval '1 month' - interval '1 day', 'YYYY-MM-DD')`,
  forUpdate: ' FOR UPDATE',
  // EXCLUSIVE blocks every other writer of slugs (all writes register slugs) but not readers: a second instance
  // starting at the same time waits, then sees the first one's committed data.
  seedingLock: 'LOCK TABLE slugs IN EXCLUSIVE MODE',
  slugWritersLock: 'LOCK TABLE slugs IN EXCLUSIVE MODE',
};
