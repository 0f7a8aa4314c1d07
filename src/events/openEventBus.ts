/**
 * The event bus for a database setting: LISTEN/NOTIFY on PostgreSQL, in-process otherwise. Each is imported when
 * chosen, so a server on SQLite never loads the PostgreSQL driver (a tenth of its start).
 */
import { isPostgresUrl } from '../store/databaseSetting.js';
import type { EventBus } from './eventBus.js';

export async function openEventBus(database: string): Promise<EventBus> {
  if (isPostgresUrl(database)) {
    const { PostgresEventBus } = await import('./postgresEventBus.js');
    return PostgresEventBus.connect(database);
  }
  const { InProcessEventBus } = await import('./eventBus.js');
  return new InProcessEventBus();
}
