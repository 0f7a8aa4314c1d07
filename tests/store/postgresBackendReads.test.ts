/**
 * The PostgreSQL backend's reads. Sent together (allEach): each read's rows where it was asked, in one snapshot; a
 * failing read fails the call and leaves the pool's connections usable; parameters other than integers refused
 * before anything is sent. Marked to be planned once: prepared by name on the connection, the rest unnamed; over
 * keys the planner cannot count, planned once for any keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostgresBackend } from '../../src/store/postgres/postgresBackend.js';
import { postgresDialect } from '../../src/store/postgres/postgresDialect.js';
import { withIntegersInlined } from '../../src/store/postgres/readsInOneTrip.js';
import { POSTGRES_REQUIRED, postgresUnavailableReason } from './postgresTestDatabase.js';
import { openTestBackend, type TestBackend } from './postgresTestBackend.js';

describe('a read written out for the simple protocol', () => {
  it('writes each integer parameter in place of its placeholder, casts kept', () => {
    expect(
      withIntegersInlined({
        sql: 'SELECT $1::bigint AS a, $2 + $1 AS b, $10 AS c',
        params: [7, -2, 0, 0, 0, 0, 0, 0, 0, 12],
      }),
    ).toBe('SELECT 7::bigint AS a, -2 + 7 AS b, 12 AS c');
  });

  it('refuses a parameter that is not a safe integer', () => {
    for (const value of ['1; DROP TABLE t', 1.5, 2 ** 60, null, '5']) {
      expect(() => withIntegersInlined({ sql: 'SELECT $1', params: [value] }), String(value)).toThrow(
        /only integer parameters/,
      );
    }
  });

  it('refuses a statement with a dollar sign that is not a placeholder, or a placeholder without its parameter', () => {
    expect(() => withIntegersInlined({ sql: 'SELECT $tag$text$tag$', params: [] })).toThrow(/no \$ but/);
    expect(() => withIntegersInlined({ sql: 'SELECT $2', params: [1] })).toThrow(/\$2 has no parameter/);
  });
});

const unavailable = await postgresUnavailableReason();
if (unavailable !== null && POSTGRES_REQUIRED) throw new Error(`PostgreSQL is required: ${unavailable}`);

describe.skipIf(unavailable !== null)(
  `PostgreSQL reads sent together${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let opened: TestBackend | undefined;
    let backend: PostgresBackend;

    beforeAll(async () => {
      opened = await openTestBackend(1);
      backend = opened.backend;
      await backend.run('CREATE TABLE figures (id integer PRIMARY KEY, n integer NOT NULL)');
      await backend.run('INSERT INTO figures VALUES (1, 10), (2, 20), (3, 30)');
    });

    afterAll(async () => {
      await opened?.close();
    });

    it("returns each read's rows at its position, typed as a read alone returns them", async () => {
      const reads = [
        { sql: 'SELECT id, n FROM figures WHERE id <= $1 ORDER BY id DESC', params: [2] },
        { sql: 'SELECT SUM(n)::int AS total FROM figures', params: [] },
        { sql: 'SELECT id FROM figures WHERE n > $1 ORDER BY id LIMIT $2', params: [5, 1] },
      ];
      expect(await backend.allEach(reads)).toEqual([
        [
          { id: 2, n: 20 },
          { id: 1, n: 10 },
        ],
        [{ total: 60 }],
        [{ id: 1 }],
      ]);
      expect(await backend.allEach([{ sql: 'SELECT $1::text AS word', params: ['any text, alone'] }])).toEqual([
        [{ word: 'any text, alone' }],
      ]);
    });

    it('fails the whole call when one read fails, and the connection serves the next read', async () => {
      await expect(
        backend.allEach([
          { sql: 'SELECT 1 AS one', params: [] },
          { sql: 'SELECT n / 0 AS broken FROM figures', params: [] },
        ]),
      ).rejects.toThrow(/division by zero/);
      // the pool holds one connection: it must have left the failed transaction
      expect(await backend.all('SELECT COUNT(*)::int AS n FROM figures')).toEqual([{ n: 3 }]);
      await backend.run('INSERT INTO figures VALUES (4, 40)');
      expect(await backend.all('SELECT n FROM figures WHERE id = 4')).toEqual([{ n: 40 }]);
    });

    it('refuses to write in a batch of reads', async () => {
      await expect(
        backend.allEach([
          { sql: 'SELECT 1 AS one', params: [] },
          { sql: 'INSERT INTO figures VALUES (5, 50)', params: [] },
        ]),
      ).rejects.toThrow(/read-only transaction/);
      expect(await backend.all('SELECT COUNT(*)::int AS n FROM figures WHERE id = 5')).toEqual([{ n: 0 }]);
    });

    it('prepares a statement marked to be planned once by name, and reuses it; leaves other statements unnamed', async () => {
      const prepared = () =>
        backend.all("SELECT statement FROM pg_prepared_statements WHERE name LIKE 'claimgraph%' ORDER BY statement");
      const before = await prepared();
      const marked = postgresDialect.planOnce('SELECT n FROM figures WHERE id = ANY($1::int[]) ORDER BY id');
      expect(await backend.all(marked, [[1, 3]])).toEqual([{ n: 10 }, { n: 30 }]);
      expect(await backend.all(marked, [[2]])).toEqual([{ n: 20 }]);
      await backend.all('SELECT n FROM figures WHERE id = $1', [1]);
      expect(await prepared()).toEqual([...before, { statement: marked }]);
    });

    it('keeps one generic plan for a planned-once statement whose keys the planner cannot count', async () => {
      const plans = async (sql: string) =>
        (
          await backend.all(
            'SELECT generic_plans::int, custom_plans::int FROM pg_prepared_statements WHERE statement = $1',
            [sql],
          )
        )[0];
      const over = (list: string) =>
        postgresDialect.planOnce(
          `SELECT f.n FROM ${postgresDialect.keyTable(list, 'k')} JOIN figures f ON f.id = k.value ORDER BY k.key`,
        );
      const opaque = over(postgresDialect.keysOfAnyCount('$1::int[]'));
      const counted = over('$1::int[]');
      for (let run = 0; run < 8; run++) {
        expect(await backend.all(opaque, [[3, 1]])).toEqual([{ n: 30 }, { n: 10 }]);
        expect(await backend.all(counted, [[3, 1]])).toEqual([{ n: 30 }, { n: 10 }]);
      }
      // planned for its values five times, then the generic plan from the sixth run on
      expect(await plans(opaque)).toEqual({ generic_plans: 3, custom_plans: 5 });
      // with the array in view, each run is planned for its own keys
      expect(await plans(counted)).toEqual({ generic_plans: 0, custom_plans: 8 });
    });
  },
);
