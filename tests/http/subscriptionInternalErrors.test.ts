/**
 * An internal error while a subscription delivers an event (here: an event naming a statement that is not stored)
 * is masked like any other, and both what the client gets and the log carry the subscribe's own request id, the one
 * on its request line, so support can go from the client's error to the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InProcessEventBus } from '../../src/events/eventBus.js';
import { createHttpServer, type HttpServer } from '../../src/http/createHttpServer.js';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/store.js';
import { newTestDatabase, type TestDatabaseLocation } from '../support/testDatabase.js';
import { connectGraphQLSocket, subscribe, waitFor } from './graphqlSocket.js';
import type { Json } from './loggedServer.js';

let database: TestDatabaseLocation;
let store: Store;
let http: HttpServer;
let url: string;
const events = new InProcessEventBus();
const written: string[] = [];
const logLines = (): Json[] => written.map((line) => JSON.parse(line));

beforeAll(async () => {
  database = await newTestDatabase();
  store = await openStore(database.database);
  http = await createHttpServer({
    store,
    events,
    dev: false,
    reportStoreCalls: false,
    log: { level: 'info', stream: { write: (line) => void written.push(line) } },
  });
  await http.app.listen({ port: 0, host: '127.0.0.1' });
  const address = http.app.server.address();
  url = `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
});

afterAll(async () => {
  await http?.app.close();
  await events.close();
  await store?.close();
  await database?.remove();
});

describe('an internal error during a subscription', () => {
  it('reaches the client masked, with the subscribe’s request id, and the log under that id', async () => {
    const { socket, messages } = await connectGraphQLSocket(url);
    try {
      subscribe(socket, 'watch', 'subscription Watch { statementAdded { statement { quote } } }');
      const accepted = await waitFor(() =>
        logLines().find((line) => line.msg === 'graphql request' && line.operationName === 'Watch'),
      );

      await events.publish({ type: 'statementAdded', statementSlug: 'no-such-statement' });
      const next = await waitFor(() => messages.find((message) => message.id === 'watch' && message.type === 'next'));

      const [error] = next.payload.errors as Json[];
      const errorId = /\(error id ([0-9a-f-]{36})\)/.exec(error.message)?.[1];
      expect(errorId, error.message).toBeDefined();
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId, requestId: accepted.reqId });
      expect(JSON.stringify(next)).not.toContain('no-such-statement');
      const logged = logLines().filter((line) => line.msg === `internal error ${errorId}`);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ level: 50, reqId: accepted.reqId });
      expect(logged[0].err.message).toContain('no-such-statement');
    } finally {
      socket.terminate();
    }
  });
});
