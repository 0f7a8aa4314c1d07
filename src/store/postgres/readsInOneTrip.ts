/**
 * Several independent reads in one round trip. node-postgres sends one statement per message and waits for its
 * answer, so reads sent separately pay one round trip each (the dashboard's six figures: six). A simple-protocol
 * query may hold several statements; wrapped in a read-only REPEATABLE READ transaction they also share one
 * snapshot. The simple protocol takes no parameters, so each `$n` is replaced by its value, which must be a safe
 * integer: nothing a caller passes can change the statement's meaning.
 */
import type pg from 'pg';
import type { Raw } from '../sql/dialect.js';
import type { SqlRead } from '../sql/sqlBackend.js';

const PLACEHOLDER = /\$(\d+)/g;

/** `read`'s statement with its parameters written in. */
export function withIntegersInlined(read: SqlRead): string {
  for (const value of read.params) {
    if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
      throw new TypeError(`a read sent with others takes only integer parameters, got ${String(value)}`);
    }
  }
  if (read.sql.replace(PLACEHOLDER, '').includes('$')) {
    throw new TypeError('a read sent with others may hold no $ but its placeholders');
  }
  return read.sql.replace(PLACEHOLDER, (_match, digits: string) => {
    const value = read.params[Number(digits) - 1] as number | undefined;
    if (value === undefined) throw new TypeError(`placeholder $${digits} has no parameter`);
    return String(value);
  });
}

export async function readsInOneTrip(pool: pg.Pool, reads: readonly SqlRead[]): Promise<Raw[][]> {
  if (reads.length === 0) return [];
  if (reads.length === 1) return [(await pool.query<Raw>(reads[0].sql, [...reads[0].params])).rows];
  const text = ['BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', ...reads.map(withIntegersInlined), 'COMMIT'].join(
    ';\n',
  );
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    const results = (await client.query(text)) as unknown as pg.QueryResult<Raw>[];
    return results.slice(1, -1).map((result) => result.rows);
  } catch (error) {
    // A failed statement leaves the transaction open and aborted: end it, or drop the connection.
    await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
    throw error;
  } finally {
    client.release(broken);
  }
}
