import { isPostgresUrl } from '../store/databaseSetting.js';

/** A database setting as it may be shown in logs: a PostgreSQL URL without its password. */
export function redactDatabase(database: string): string {
  if (!isPostgresUrl(database)) return database;
  try {
    const url = new URL(database);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}
