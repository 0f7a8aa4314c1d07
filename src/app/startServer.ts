/**
 * Starts claimgraph: opens the store, seeds an empty database with the configured dataset (the article by
 * default), serves HTTP, and shuts down cleanly on SIGTERM/SIGINT (in-flight requests finish, then the database
 * closes).
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config/config.js';
import { redactDatabase } from '../config/redactDatabase.js';
import { loadDatasetFile } from '../ingest/loadDatasetFile.js';
import type { EventBus } from '../events/eventBus.js';
import { openEventBus } from '../events/openEventBus.js';
import { openStore } from '../store/openStore.js';
import type { Store } from '../store/store.js';
import { createHttpServer } from '../http/createHttpServer.js';

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  store: Store;
  close(): Promise<void>;
}

/** Seeds an empty database; a database that already holds data is left as it is (no duplicates on restart). */
export async function seedIfEmpty(store: Store, datasetFile: string | null): Promise<string> {
  if (datasetFile === null || !(await store.isEmpty())) return 'existing data kept';
  const { dataset, heldTexts } = await loadDatasetFile(datasetFile);
  const summary = await store.writeDatasetIfEmpty(dataset, heldTexts, {
    actor: 'claimgraph (first start)',
    action: 'IMPORT',
  });
  if (summary === null) return 'existing data kept';
  const counts = Object.entries(summary.inserted)
    .map(([table, count]) => `${count} ${table}`)
    .join(', ');
  return `loaded ${datasetFile} (${counts})`;
}

export interface StartOptions {
  /** where the JSON log lines go instead of stdout (tests read them) */
  logStream?: { write(line: string): void };
}

export async function startServer(
  config: Config,
  log: (line: string) => void = console.log,
  start: StartOptions = {},
): Promise<RunningServer> {
  const store = await openStore(config.database, {
    searchRankWindow: config.searchRankWindow,
    sqliteCacheMiB: config.sqliteCacheMiB,
  });
  let app: FastifyInstance | undefined;
  let events: EventBus | undefined;
  try {
    const seeded = await seedIfEmpty(store, config.seedDataset);
    // read at each request, so the default can name the port the server really got
    const site = { publicUrl: config.publicUrl ?? `http://localhost:${config.port}`, publisher: config.publisher };
    events = await openEventBus(config.database);
    const http = await createHttpServer({
      store,
      events,
      dev: config.dev,
      reportStoreCalls: config.reportStoreCalls,
      tokens: config.tokens,
      site,
      introspection: config.introspection,
      queryLimits: config.queryLimits,
      http: config.http,
      log: { level: config.observability.logLevel, stream: start.logStream },
      metrics: { enabled: config.observability.metrics, token: config.observability.metricsToken },
      semanticRanking: config.semanticRanking,
    });
    app = http.app;
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    if (config.publicUrl === null) site.publicUrl = `http://localhost:${port}`;
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`;
    log(
      `claimgraph serving ${url} (database ${redactDatabase(config.database)}; ${seeded}; ${config.tokens.size} write token(s); ${config.dev ? 'development' : 'production'} mode, introspection ${config.introspection ? 'on' : 'off'})`,
    );
    let closing: Promise<void> | null = null;
    const server = app;
    const bus = events;
    const close = () =>
      (closing ??= (async () => {
        // readiness fails first, then in-flight requests finish while new connections are refused
        http.startDraining();
        await server.close();
        await bus.close();
        await store.close();
      })());
    return { url, app: server, store, close };
  } catch (error) {
    await app?.close();
    await events?.close();
    await store.close();
    throw error;
  }
}
