/**
 * SQLite's side of the shared SQL. Parameters are numbered (?1, ?2, ...) so that parts of a statement can add
 * them in any order and use one twice; a list of keys is one JSON array parameter read with json_each, so a
 * statement's text, and so its cached prepared statement, is the same whatever the number of keys.
 */
import type { SqlDialect } from '../sql/dialect.js';

export const sqliteDialect: SqlDialect = {
  placeholder: (index) => `?${index}`,
  listPlaceholder: (index) => `?${index}`,
  listValue: (values) => JSON.stringify(values),
  inList: (expr, list) => `${expr} IN (SELECT value FROM json_each(${list}))`,
  keyTable: (list, alias) => `json_each(${list}) ${alias}`,
  limitsEachParentByIndex: true,
  joinsLateral: false,
  // text compares bytewise (BINARY) unless a column says otherwise, and none of the sorted ones does
  bytewise: (expr) => expr,
  typed: (expr) => expr,
  booleanLiteral: (value) => (value ? '1' : '0'),
  // every statement is prepared once and kept (statementCache.ts)
  planOnce: (sql) => sql,
  // a prepared statement keeps its one plan anyway
  keysOfAnyCount: (list) => list,
  booleanValue: (value) => (value ? 1 : 0),
  toBoolean: (raw) => raw === 1,
  fromJson: (raw) => JSON.parse(raw as string) as unknown,
  // the domain's own function, registered on every connection (openSqliteDatabase)
  withoutDiacritics: (expr) => `without_diacritics(${expr})`,
  lastDayOfMonth: (yearMonth) => `date(${yearMonth} || '-01', '+1 month', '-1 day')`,
  // the write lock is taken when a transaction begins (BEGIN IMMEDIATE), before anything is read
  forUpdate: '',
  seedingLock: null,
  slugWritersLock: null,
};
