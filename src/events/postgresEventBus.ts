/**
 * Several instances on one PostgreSQL: events travel through LISTEN/NOTIFY on one channel, so a subscription on
 * any instance sees a write made through any other. An instance hears its own notifications too, so it delivers
 * only what comes back from the database, never twice.
 */
import pg from 'pg';
import { LocalFanOut, type ClaimgraphEvent, type EventBus, type EventType } from './eventBus.js';

export const EVENT_CHANNEL = 'claimgraph_events';

export class PostgresEventBus implements EventBus {
  private readonly fanOut = new LocalFanOut();

  private constructor(private readonly client: pg.Client) {
    client.on('notification', (message) => {
      if (message.channel !== EVENT_CHANNEL || !message.payload) return;
      try {
        this.fanOut.deliver(JSON.parse(message.payload) as ClaimgraphEvent);
      } catch (error) {
        console.error('ignoring a malformed claimgraph event notification', error);
      }
    });
    // a lost listening connection must not crash the server; subscriptions then stay silent until restart
    client.on('error', (error) => console.error('claimgraph event listener connection failed', error));
  }

  static async connect(url: string): Promise<PostgresEventBus> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`LISTEN ${EVENT_CHANNEL}`);
    return new PostgresEventBus(client);
  }

  async publish(event: ClaimgraphEvent): Promise<void> {
    await this.client.query('SELECT pg_notify($1, $2)', [EVENT_CHANNEL, JSON.stringify(event)]);
  }

  subscribe<T extends EventType>(type: T) {
    return this.fanOut.subscribe(type);
  }

  async close(): Promise<void> {
    this.fanOut.close();
    await this.client.end();
  }
}
