/**
 * The WebSocket transport: the graphql-ws endpoint on /graphql (a
 * WebSocket upgrade) is a second way in, and every limit of the HTTP transport must hold there too: the query
 * limits (depth, aliases, cost), read-only access, messages bounded by CLAIMGRAPH_BODY_LIMIT, documents parsed
 * within CLAIMGRAPH_MAX_TOKENS, no queries outside the HTTP rate limit and deadline (the socket serves
 * subscriptions only), and a syntax error answered as an error, never logged with a stack.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../support/testServer.js';
import type { Json } from './helpers.js';

/** A WebSocket message's text, whichever of its binary forms ws delivers it in. */
function textOf(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (Buffer.isBuffer(data) ? data : Buffer.from(data)).toString('utf8');
}

let server: TestServer;
let limited: TestServer;
const sockets: WebSocket[] = [];

beforeAll(async () => {
  [server, limited] = await Promise.all([startTestServer(), startTestServer({ env: { CLAIMGRAPH_RATE_LIMIT: '5' } })]);
});

afterAll(async () => {
  for (const socket of sockets) socket.terminate();
  await Promise.all([server?.close(), limited?.close()]);
});

afterEach(() => {
  vi.restoreAllMocks();
});

interface Connection {
  socket: WebSocket;
  /** sends one operation; resolves with its messages until complete or error, or with the close if the socket closes */
  operation(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ messages: Json[]; closed?: { code: number; reason: string } }>;
}

/** A graphql-transport-ws connection, acknowledged. */
async function connectTo(target: TestServer): Promise<Connection> {
  const socket = new WebSocket(target.url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  sockets.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
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

describe('the WebSocket (graphql-ws) endpoint', () => {
  it('the query limits apply to operations over the socket, and it carries subscriptions only', async () => {
    const connection = await connectTo(server);
    let deep = 'slug';
    for (let i = 0; i < 15; i++) deep = `statements(first: 1) { nodes { speaker { ${deep} } } }`;
    const refused = await connection.operation(`subscription { claimReviewed { claim { ${deep} } } }`);
    expect(refused.messages.map((m) => m.type)).toEqual(['error']);
    expect(
      refused.messages[0].payload.some(
        (e: Json) => e.extensions?.code === 'QUERY_TOO_COMPLEX' && e.extensions?.limit === 'depth',
      ),
    ).toBe(true);

    const aliases = await connection.operation(
      `subscription { ${Array.from({ length: 16 }, (_, i) => `a${i}: claimReviewed { claim { slug } }`).join(' ')} }`,
    );
    expect(aliases.messages[0].type).toBe('error');

    const write = await connection.operation(
      'mutation { startClaimReview(claim: "west-60000-votes") { claim { status } } }',
    );
    // writes (and queries) go over HTTP only, where tokens, rate limits and deadlines apply
    expect(write.messages.map((m) => m.type)).toEqual(['error']);
    expect(JSON.stringify(write.messages[0]?.payload)).toContain('BAD_REQUEST');
    const after = await server.graphql('{ claims(filter: { status: UNDER_REVIEW }) { totalCount } }');
    expect(after.body.data.claims.totalCount).toBe(0);
  });

  it('a message larger than CLAIMGRAPH_BODY_LIMIT is refused', async () => {
    const connection = await connectTo(server);
    const outcome = await connection.operation('query Q($x: String!) { entity(name: $x) { name } }', {
      x: 'a'.repeat(2_000_000),
    });
    console.log(
      `[ws] a 2 MB message: ${outcome.closed ? `socket closed ${outcome.closed.code}` : JSON.stringify(outcome.messages).slice(0, 120)}`,
    );
    expect(outcome.closed?.code).toBe(1009); // "message too big"
  });

  it('a token bomb over the socket is refused by CLAIMGRAPH_MAX_TOKENS (GRAPHQL_PARSE_FAILED)', async () => {
    const connection = await connectTo(server);
    const outcome = await connection.operation(`{ statements { nodes { ${'id '.repeat(1200)}} } }`);
    console.log(`[ws] a 1200-token document: ${JSON.stringify(outcome.messages).slice(0, 200)}`);
    expect(JSON.stringify(outcome.messages)).toMatch(/more tha[nt] 1000 tokens/);
  });

  it('queries over the socket count against the rate limit', async () => {
    const connection = await connectTo(limited);
    let answered = 0;
    for (let i = 0; i < 20; i++) {
      const outcome = await connection.operation('{ people { totalCount } }');
      if (outcome.messages.some((m) => m.type === 'next' && m.payload.data?.people)) answered += 1;
    }
    console.log(`[ws] 20 queries over one socket with CLAIMGRAPH_RATE_LIMIT=5: ${answered} answered`);
    expect(answered).toBeLessThanOrEqual(5);
  });

  it('a syntax error is answered as an error, without a stack in the log', async () => {
    const logged: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(' ')));
    const connection = await connectTo(server);
    const outcome = await connection.operation('{ statements { nodes { id ');
    console.log(
      `[ws] a syntax error: ${outcome.closed ? `socket closed ${outcome.closed.code} ${outcome.closed.reason}` : JSON.stringify(outcome.messages).slice(0, 160)}; ${logged.length} log lines`,
    );
    expect(outcome.closed).toBeUndefined();
    expect(outcome.messages[0]?.type).toBe('error');
    expect(logged.join('\n')).not.toMatch(/\n\s+at /);
  });
});
