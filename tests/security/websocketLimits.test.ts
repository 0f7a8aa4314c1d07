/**
 * The WebSocket transport holds the line HTTP holds: in production mode errors are masked the same way (no "Did
 * you mean" from validation or variable coercion, over either transport); a client's upgrades and subscribes spend
 * the request budget its HTTP requests spend; a flood on one socket is closed with 1008 after a bounded number of
 * messages while /healthz and other clients' queries keep answering; an address may hold only so many sockets; and
 * the depth and cost limits apply to every subscribe. Latencies are printed ([latency] lines), never asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { DEFAULT_HTTP_LIMITS } from '../../src/config/config.js';
import { TOO_MANY_MESSAGES_CLOSE_CODE } from '../../src/http/subscriptionServer.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { logLatency, sleep, type Json } from './helpers.js';

/** A WebSocket message's text, whichever of its binary forms ws delivers it in. */
function textOf(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (Buffer.isBuffer(data) ? data : Buffer.from(data)).toString('utf8');
}

let production: TestServer;
let development: TestServer;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  [production, development] = await Promise.all([startTestServer(), startTestServer({ dev: true })]);
});

afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  await Promise.all([production?.close(), development?.close()]);
});

function wsUrl(server: TestServer): string {
  return server.url.replace(/^http/, 'ws');
}

/** Opens a graphql-transport-ws socket; resolves with it once open, or rejects with the HTTP status of a refusal. */
function open(server: TestServer): Promise<WebSocket> {
  const socket = new WebSocket(wsUrl(server), 'graphql-transport-ws');
  sockets.push(socket);
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () =>
        reject(Object.assign(new Error(`upgrade refused: ${response.statusCode} ${body}`), { response, body })),
      );
    });
    socket.once('error', reject);
  });
}

interface Connection {
  socket: WebSocket;
  /** sends one subscribe; resolves with its messages until complete or error, or with the close if the socket closes */
  operation(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ messages: Json[]; closed?: { code: number; reason: string } }>;
}

/** A graphql-transport-ws connection, acknowledged. */
async function connectTo(server: TestServer): Promise<Connection> {
  const socket = await open(server);
  socket.send(JSON.stringify({ type: 'connection_init' }));
  const ack = await new Promise<Json>((resolve) =>
    socket.once('message', (data: WebSocket.RawData) => resolve(JSON.parse(textOf(data)))),
  );
  expect(ack.type).toBe('connection_ack');
  let next = 0;
  return {
    socket,
    operation: (query, variables) =>
      new Promise((resolve) => {
        const id = String(++next);
        const messages: Json[] = [];
        const onMessage = (data: WebSocket.RawData) => {
          const message = JSON.parse(textOf(data));
          if (message.id !== id) return;
          messages.push(message);
          if (message.type === 'complete' || message.type === 'error') finish();
        };
        const onClose = (code: number, reason: Buffer) => finish({ code, reason: reason.toString() });
        const finish = (closed?: { code: number; reason: string }) => {
          socket.off('message', onMessage);
          socket.off('close', onClose);
          resolve(closed ? { messages, closed } : { messages });
        };
        socket.on('message', onMessage);
        socket.once('close', onClose);
        socket.send(JSON.stringify({ id, type: 'subscribe', payload: variables ? { query, variables } : { query } }));
      }),
  };
}

/** The errors of an operation that was refused with an `error` message. */
function refusedWith(outcome: { messages: Json[] }): Json[] {
  expect(outcome.messages.map((m) => m.type)).toEqual(['error']);
  return outcome.messages[0].payload;
}

function closeOf(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => {
    if (socket.readyState === WebSocket.CLOSED) return resolve({ code: -1, reason: 'already closed' });
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
  });
}

const TYPO_SUBSCRIPTION = 'subscription { claimReviewd { claim { slg } } }';
const TYPO_QUERY = '{ statements { nodes { quot speakr } } }';
const STANCE_VARIABLE =
  'subscription S($s: Stance) { statementAdded { statement { speaker { statementsAbout(stance: $s) { totalCount } } } } }';

describe('production mode masks the same over HTTP and WebSocket', () => {
  it('no "Did you mean" over the socket: validation and variable coercion errors keep their codes', async () => {
    const connection = await connectTo(production);
    const validation = refusedWith(await connection.operation(TYPO_SUBSCRIPTION));
    expect(validation.length).toBeGreaterThan(0);
    for (const error of validation) expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(validation.map((e) => e.message).join(' ')).toMatch(/Cannot query field "claimReviewd"/);

    const coercion = refusedWith(await connection.operation(STANCE_VARIABLE, { s: 'CRITICIZE' }));
    expect(coercion.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(coercion[0].message).toMatch(/Variable "\$s" got invalid value "CRITICIZE"/);

    // the probe of the issue: a query with typos over the socket
    const query = refusedWith(await connection.operation(TYPO_QUERY));
    expect(query.map((e) => e.extensions?.code)).toEqual(['BAD_REQUEST']);

    const text = JSON.stringify([validation, coercion, query]);
    expect(text).not.toMatch(/Did you mean/i);
    expect(text).not.toMatch(/stacktrace|INTERNAL_SERVER_ERROR/);
  });

  it('no "Did you mean" in variable coercion errors over HTTP either (BAD_USER_INPUT)', async () => {
    const result = await production.graphql(
      'query Q($s: Stance) { statements(filter: { stance: $s }) { totalCount } }',
      { s: 'CRITICIZE' },
    );
    expect(result.status).toBe(400);
    expect(result.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(result.body.errors?.[0].message).toMatch(/Variable "\$s" got invalid value "CRITICIZE"/);
    expect(result.text).not.toMatch(/Did you mean/i);

    const inputField = await production.graphql(
      'query Q($f: StatementFilter) { statements(filter: $f) { totalCount } }',
      { f: { stanse: 'CRITICIZES' } },
    );
    expect(inputField.body.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(inputField.body.errors?.[0].message).toMatch(/"stanse" is not defined by type "StatementFilter"/);
    expect(inputField.text).not.toMatch(/Did you mean/i);
  });

  it('in development mode the suggestions are there, over both transports', async () => {
    const connection = await connectTo(development);
    const ws = refusedWith(await connection.operation(TYPO_SUBSCRIPTION)).map((e) => e.message);
    expect(ws.join(' ')).toMatch(/Did you mean "claimReviewed"\?/);
    const http = await development.graphql(
      'query Q($s: Stance) { statements(filter: { stance: $s }) { totalCount } }',
      {
        s: 'CRITICIZE',
      },
    );
    expect(http.body.errors?.[0].message).toMatch(/Did you mean the enum value "CRITICIZES"\?/);
  });
});

describe('the query limits apply to every subscribe', () => {
  it('a depth bomb split into fragments and a cost bomb are refused with QUERY_TOO_COMPLEX', async () => {
    const connection = await connectTo(production);
    let fragments = 'fragment L0 on Entity { slug }';
    for (let i = 1; i <= 6; i++) {
      fragments += `\nfragment L${i} on Entity { statements(first: 1) { nodes { ...on Statement { speaker { ...L${i - 1} } } } } }`;
    }
    // statementAdded > statement > speaker, then 6 x (statements > nodes > speaker), then slug: 22 fields deep
    const deep = refusedWith(
      await connection.operation(`subscription { statementAdded { statement { speaker { ...L6 } } } }\n${fragments}`),
    );
    const depth = deep.find((e) => e.extensions?.limit === 'depth');
    expect(depth?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', max: 12, found: 22 });

    const nested = (levels: number): string =>
      levels === 0 ? 'id' : `speaker { statements(first: 100) { nodes { ${nested(levels - 1)} } } }`;
    const costly = refusedWith(
      await connection.operation(`subscription { statementAdded { statement { ${nested(3)} } } }`),
    );
    expect(costly.find((e) => e.extensions?.limit === 'cost')?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('a flood on one socket', () => {
  it('is closed with 1008 after at most the per-connection budget, while /healthz and queries keep answering', async () => {
    const origin = new URL(production.url).origin;
    const connection = await connectTo(production);
    let answered = 0;
    connection.socket.on('message', () => (answered += 1));
    const closed = closeOf(connection.socket);
    const FLOOD = 5_000;
    for (let i = 0; i < FLOOD; i++) {
      connection.socket.send(
        JSON.stringify({ id: `f${i}`, type: 'subscribe', payload: { query: 'subscription { nope }' } }),
      );
    }

    const health: number[] = [];
    const queries: number[] = [];
    for (let i = 0; i < 20; i++) {
      let started = performance.now();
      const healthz = await fetch(`${origin}/healthz`);
      health.push(performance.now() - started);
      expect(healthz.status).toBe(200);
      expect(await healthz.json()).toEqual({ status: 'ok' });
      started = performance.now();
      const query = await production.graphql('{ people { totalCount } }');
      queries.push(performance.now() - started);
      expect(query.status).toBe(200);
      expect(query.body.data?.people.totalCount).toBe(6);
    }
    const { code, reason } = await closed;
    logLatency('/healthz while one socket floods', health);
    logLatency('a query while one socket floods', queries);
    console.log(
      `[ws] ${FLOOD} subscribe messages on one socket: ${answered} answered, then closed ${code} "${reason}"`,
    );
    expect(code).toBe(TOO_MANY_MESSAGES_CLOSE_CODE);
    expect(reason).toMatch(/Too many messages/);
    expect(answered).toBeLessThanOrEqual(DEFAULT_HTTP_LIMITS.wsMessagesPerMinute);

    // the server is fine, and a new socket works
    const fresh = await connectTo(production);
    expect(refusedWith(await fresh.operation('subscription { nope }'))[0].extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    fresh.socket.close();
  });
});

describe('sockets per address', () => {
  it(`an address holds at most ${DEFAULT_HTTP_LIMITS.wsConnectionsPerAddress} sockets; more are refused with 429 at the upgrade`, async () => {
    const server = await startTestServer();
    try {
      const open5 = await Promise.all(
        Array.from({ length: DEFAULT_HTTP_LIMITS.wsConnectionsPerAddress }, () => connectTo(server)),
      );
      const refused = await open(server).then(
        () => null,
        (error: Error & { response?: { statusCode: number; headers: Record<string, string> }; body?: string }) => error,
      );
      expect(refused?.response?.statusCode).toBe(429);
      expect(Number(refused?.response?.headers['retry-after'])).toBeGreaterThan(0);
      expect(refused?.body).toMatch(/At most 5 WebSocket connections per address/);

      // closing one makes room for another
      const first = open5[0].socket;
      const firstClosed = closeOf(first);
      first.close();
      await firstClosed;
      for (let attempt = 0; attempt < 20; attempt++) {
        const again = await open(server).catch(() => null);
        if (again) {
          again.close();
          return;
        }
        await sleep(50);
      }
      throw new Error('no socket accepted after one was closed');
    } finally {
      for (const socket of sockets) socket.terminate();
      await server.close();
    }
  });
});

describe('one request budget for HTTP and WebSocket', () => {
  it('subscribes spend the HTTP budget (then HTTP gets 429), and a limited address cannot open a socket', async () => {
    const LIMIT = 8;
    const server = await startTestServer({ env: { CLAIMGRAPH_RATE_LIMIT: String(LIMIT) } });
    try {
      // the upgrade spends 1; then subscribes until the budget is spent
      const connection = await connectTo(server);
      const codes: string[] = [];
      for (let i = 0; i < LIMIT + 2; i++) {
        codes.push(refusedWith(await connection.operation('subscription { nope }'))[0].extensions?.code);
      }
      console.log(`[ws] ${LIMIT + 2} subscribes under CLAIMGRAPH_RATE_LIMIT=${LIMIT}: ${codes.join(' ')}`);
      expect(codes.slice(0, LIMIT - 1)).toEqual(Array(LIMIT - 1).fill('GRAPHQL_VALIDATION_FAILED'));
      expect(codes.slice(LIMIT - 1)).toEqual(Array(3).fill('RATE_LIMITED'));
      const limited = refusedWith(await connection.operation('subscription { nope }'))[0];
      expect(limited.extensions.retryAfterSeconds).toBeGreaterThan(0);

      // the budget the socket spent is the one HTTP spends
      const http = await fetch(server.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(http.status).toBe(429);
      await http.arrayBuffer();
      // ... and health checks still answer
      expect((await fetch(`${new URL(server.url).origin}/healthz`)).status).toBe(200);

      // a limited address gets no new socket
      const refused = await open(server).then(
        () => null,
        (error: Error & { response?: { statusCode: number; headers: Record<string, string> } }) => error,
      );
      expect(refused?.response?.statusCode).toBe(429);
      expect(Number(refused?.response?.headers['retry-after'])).toBeGreaterThan(0);
    } finally {
      for (const socket of sockets) socket.terminate();
      await server.close();
    }
  });
});
