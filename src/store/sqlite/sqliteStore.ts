/** The embedded default Store: the shared SQL store over a SQLite file (better-sqlite3). */
import { SqlStore, type SqlStoreOptions } from '../sql/sqlStore.js';
import { openSqliteDatabase, type SqliteOpenOptions } from './openSqliteDatabase.js';
import { SqliteBackend } from './sqliteBackend.js';
import { cachePreparedStatements } from './statementCache.js';

export class SqliteStore extends SqlStore {
  /** Opens (creating it if need be) the database file at `path` and brings its schema up to date. */
  static open(path: string, options: SqlStoreOptions & SqliteOpenOptions = {}): SqliteStore {
    return new SqliteStore(new SqliteBackend(cachePreparedStatements(openSqliteDatabase(path, options))), options);
  }
}
