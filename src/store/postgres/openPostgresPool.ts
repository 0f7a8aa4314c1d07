/**
 * Opens a node-postgres pool configured the way the store reads rows, and brings the schema up to date.
 *
 * Ids and counts are int8 in PostgreSQL, which node-postgres returns as strings by default (they can exceed 2^53);
 * the store's row types promise numbers, so int8 is parsed to a number here, refusing any value a number cannot
 * hold exactly rather than silently rounding an id. The parser is set on this pool only, never globally, so other
 * users of `pg` in the process are unaffected.
 */
import pg from 'pg';
import { migratePostgres } from './migratePostgres.js';

const INT8_OID = 20;
const CONNECTION_TIMEOUT_MS = 10_000;

function parseSafeInteger(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`int8 value ${text} is beyond JavaScript's safe integers`);
  return value;
}

// pg-types' getTypeParser is overloaded; this one keeps its behaviour for every type but int8.
const getTypeParser = ((oid: number, format?: 'text' | 'binary'): unknown =>
  oid === INT8_OID && format !== 'binary'
    ? parseSafeInteger
    : (pg.types.getTypeParser as (oid: number, format?: 'text' | 'binary') => unknown)(
        oid,
        format,
      )) as pg.CustomTypesConfig['getTypeParser'];

export async function openPostgresPool(url: string): Promise<pg.Pool> {
  const pool = new pg.Pool({
    connectionString: url,
    types: { getTypeParser },
    // An unreachable server fails a query (and a readiness check) after this long instead of hanging it.
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
  });
  // An idle client whose connection drops (a server restart, a network blip) is removed from the pool, which then
  // emits 'error'; without a listener Node would treat that as an uncaught error and stop the whole server. The
  // next query simply opens a new connection, so this is worth a line in the log, no more.
  pool.on('error', (error) => {
    console.warn(`claimgraph: an idle PostgreSQL connection was lost: ${error.message}`);
  });
  try {
    await migratePostgres(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}
