/**
 * A backend's reads as arrays (SqlBackend.allArrays, used for the path search's thousands of edge rows): each row
 * its column values in the SELECT's order, typed as `all` types them, and a statement read as arrays still reads
 * as keyed rows through `all` afterwards (SQLite's prepared statements are cached and shared between the two).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import type { SqlBackend } from '../../src/store/sql/sqlBackend.js';
import { postgresDialect } from '../../src/store/postgres/postgresDialect.js';
import { SqliteBackend } from '../../src/store/sqlite/sqliteBackend.js';
import { cachePreparedStatements } from '../../src/store/sqlite/statementCache.js';
import { POSTGRES_REQUIRED, postgresUnavailableReason } from './postgresTestDatabase.js';
import { openTestBackend, type TestBackend } from './postgresTestBackend.js';

function arrayReads(open: () => Promise<{ backend: SqlBackend; close(): Promise<void> }>) {
  let opened: { backend: SqlBackend; close(): Promise<void> } | undefined;
  let backend: SqlBackend;
  const p = (index: number) => backend.dialect.placeholder(index, 'bigint');

  beforeAll(async () => {
    opened = await open();
    backend = opened.backend;
    await backend.run('CREATE TABLE figures (id integer PRIMARY KEY, label text NOT NULL, n integer)');
    await backend.run("INSERT INTO figures VALUES (1, 'one', 10), (2, 'two', NULL), (3, 'three', 30)");
  });

  afterAll(async () => {
    await opened?.close();
  });

  it('returns each row as its values in the order the SELECT lists them, nulls included', async () => {
    expect(await backend.allArrays(`SELECT n, label, id FROM figures WHERE id <= ${p(1)} ORDER BY id`, [2])).toEqual([
      [10, 'one', 1],
      [null, 'two', 2],
    ]);
    expect(await backend.allArrays('SELECT id FROM figures WHERE id > 5', [])).toEqual([]);
  });

  it('leaves the same statement reading keyed rows through `all`, before and after', async () => {
    const sql = `SELECT id, label FROM figures WHERE id = ${p(1)}`;
    expect(await backend.all(sql, [3])).toEqual([{ id: 3, label: 'three' }]);
    expect(await backend.allArrays(sql, [3])).toEqual([[3, 'three']]);
    expect(await backend.all(sql, [3])).toEqual([{ id: 3, label: 'three' }]);
  });

  it('leaves the statement reading keyed rows when the read as arrays fails', async () => {
    const sql = `SELECT id, label FROM figures WHERE id = ${p(1)}`;
    await expect(backend.allArrays(sql, [])).rejects.toThrow();
    expect(await backend.all(sql, [1])).toEqual([{ id: 1, label: 'one' }]);
  });
}

describe('SQLite reads as arrays', () => {
  arrayReads(async () => {
    const backend = new SqliteBackend(cachePreparedStatements(new Database(':memory:')));
    return { backend, close: () => backend.close() };
  });
});

const unavailable = await postgresUnavailableReason();
if (unavailable !== null && POSTGRES_REQUIRED) throw new Error(`PostgreSQL is required: ${unavailable}`);

describe.skipIf(unavailable !== null)(
  `PostgreSQL reads as arrays${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let opened: TestBackend | undefined;
    arrayReads(async () => {
      opened = await openTestBackend(1);
      return opened;
    });

    it('reads a statement marked to be planned once as arrays too', async () => {
      const sql = postgresDialect.planOnce('SELECT label, id FROM figures WHERE id = ANY($1::int[]) ORDER BY id');
      expect(await opened!.backend.allArrays(sql, [[3, 1]])).toEqual([
        ['one', 1],
        ['three', 3],
      ]);
      expect(await opened!.backend.all(sql, [[3]])).toEqual([{ label: 'three', id: 3 }]);
    });
  },
);
