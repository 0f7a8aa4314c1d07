/**
 * Many rows written by the PostgreSQL backend's bulk insert (each column sent as one array) arrive whole and in
 * order, however many there are: past a chunk's size they go in several statements of the same transaction, and a
 * failure in a later chunk leaves none of the earlier ones behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresBackend } from '../../src/store/postgres/postgresBackend.js';
import { TableRows } from '../../src/store/sql/tableRows.js';
import { POSTGRES_REQUIRED, postgresUnavailableReason } from './postgresTestDatabase.js';
import { openTestBackend, type TestBackend } from './postgresTestBackend.js';

const unavailable = await postgresUnavailableReason();
if (unavailable !== null && POSTGRES_REQUIRED) throw new Error(`PostgreSQL is required: ${unavailable}`);

describe.skipIf(unavailable !== null)(
  `PostgreSQL bulk insert${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let opened: TestBackend | undefined;
    let backend: PostgresBackend;

    beforeAll(async () => {
      opened = await openTestBackend(2);
      backend = opened.backend;
      await backend.run('CREATE TABLE bulk (id bigint PRIMARY KEY, body text NOT NULL)');
    });

    afterAll(async () => {
      await opened?.close();
    });

    function rowsOf(count: number, firstId: number): TableRows {
      const rows = new TableRows('bulk', [
        ['id', 'bigint'],
        ['body', 'text'],
      ]);
      for (let i = 0; i < count; i++) rows.add(firstId + i, `row ${firstId + i}: ${'x'.repeat(i % 50)}`);
      return rows;
    }

    it('writes more rows than one statement carries, every one of them, with its values', async () => {
      await backend.transaction((tx) => backend.insertRows(tx, rowsOf(45_001, 1)));
      const [summary] = await backend.all(
        'SELECT COUNT(*)::int AS n, MIN(id)::int AS lo, MAX(id)::int AS hi FROM bulk',
      );
      expect(summary).toEqual({ n: 45_001, lo: 1, hi: 45_001 });
      const [last] = await backend.all('SELECT body FROM bulk WHERE id = 45001');
      expect(last.body).toBe(`row 45001: ${'x'.repeat(45_000 % 50)}`);
    });

    it('leaves nothing behind when a later chunk fails', async () => {
      const rows = rowsOf(30_000, 100_000);
      rows.add(1, 'a duplicate of a stored id, in the second chunk');
      await expect(backend.transaction((tx) => backend.insertRows(tx, rows))).rejects.toThrow(/duplicate key/);
      const [after] = await backend.all('SELECT COUNT(*)::int AS n FROM bulk WHERE id >= 100000');
      expect(after.n).toBe(0);
    });
  },
);
