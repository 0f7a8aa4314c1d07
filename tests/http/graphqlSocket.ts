/**
 * A graphql-transport-ws client for the log tests: a socket past `connection_ack`, every message it received
 * (parsed), and a poll for what a test waits on (a message, a log line).
 */
import WebSocket from 'ws';
import type { Json } from './loggedServer.js';

export interface GraphQLSocket {
  socket: WebSocket;
  /** every message received so far, parsed, in order */
  messages: Json[];
}

function textOf(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (Buffer.isBuffer(data) ? data : Buffer.from(data)).toString('utf8');
}

/** Polls `find` every 10 ms until it returns something; fails after 3 s. */
export async function waitFor<T>(find: () => T | undefined, what = 'what was awaited'): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const found = find();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${what} never came`);
}

/** Opens a socket on the server's /graphql (http:// or ws:// URL) and completes the protocol's handshake. */
export async function connectGraphQLSocket(url: string): Promise<GraphQLSocket> {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const messages: Json[] = [];
  socket.on('message', (data: WebSocket.RawData) => messages.push(JSON.parse(textOf(data))));
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await waitFor(() => messages.find((message) => message.type === 'connection_ack'), 'connection_ack');
  return { socket, messages };
}

/** Sends a `subscribe` message: operation `query` under the protocol id `id`. */
export function subscribe(socket: WebSocket, id: string, query: string, variables?: Record<string, unknown>): void {
  socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query, ...(variables ? { variables } : {}) } }));
}
