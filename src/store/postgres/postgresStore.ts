/**
 * The shared SQL store over PostgreSQL (node-postgres pool), for deployments where several stateless server
 * instances share one database.
 */
import { SqlStore, type SqlStoreOptions } from '../sql/sqlStore.js';
import { openPostgresPool } from './openPostgresPool.js';
import { PostgresBackend } from './postgresBackend.js';

export class PostgresStore extends SqlStore {
  /** Connects to the database at `url` (postgres:// or postgresql://) and brings its schema up to date. */
  static async open(url: string, options: SqlStoreOptions = {}): Promise<PostgresStore> {
    return new PostgresStore(new PostgresBackend(await openPostgresPool(url)), options);
  }
}
