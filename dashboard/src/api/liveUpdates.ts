/**
 * Live updates: one graphql-ws connection to /graphql on the page's own host, subscribed to `claimReviewed` and
 * `statementAdded`, shared by every view. Views listen with `onClaimReviewed` / `onStatementAdded` and get an
 * unsubscribe function; the header shows whether the connection is up.
 */
import { createClient, type Client } from 'graphql-ws';
import { GRAPHQL_PATH } from './graphqlClient.js';
import { CLAIM_REVIEWED, STATEMENT_ADDED } from './queries.js';
import type {
  ClaimReviewedSubscription,
  StatementAddedSubscription,
  TypedDocumentString,
} from '../generated/graphql.js';

export type ClaimReviewedEvent = ClaimReviewedSubscription['claimReviewed'];
export type StatementAddedEvent = StatementAddedSubscription['statementAdded'];

export type LiveState = 'connecting' | 'live' | 'offline';

type Handler<T> = (event: T) => void;

const reviewedHandlers = new Set<Handler<ClaimReviewedEvent>>();
const statementHandlers = new Set<Handler<StatementAddedEvent>>();
const stateHandlers = new Set<Handler<LiveState>>();
let state: LiveState = 'connecting';
let client: Client | null = null;

const resyncHandlers = new Set<Handler<void>>();
let wasOffline = false;

function setState(next: LiveState): void {
  if (next === 'offline') wasOffline = true;
  if (next === 'live' && wasOffline) {
    // events sent while the connection was down are lost: let the open view read the current state again
    wasOffline = false;
    for (const handler of resyncHandlers) handler();
  }
  state = next;
  for (const handler of stateHandlers) handler(next);
}

export function liveSocketUrl(location: Location = window.location): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${GRAPHQL_PATH}`;
}

function subscribe<TData, TVariables, K extends keyof TData>(
  document: TypedDocumentString<TData, TVariables>,
  field: K,
  handlers: Set<Handler<TData[K]>>,
): void {
  client!.subscribe<TData>(
    { query: document.toString() },
    {
      next: (result) => {
        const event = result.data?.[field];
        if (event) for (const handler of handlers) handler(event);
      },
      error: (error) => {
        console.warn(`live updates: ${String(field)} failed`, error);
        setState('offline');
      },
      complete: () => {},
    },
  );
}

/** Opens the connection (once) and subscribes to both events; reconnects by itself after a drop. */
export function startLiveUpdates(): void {
  if (client) return;
  client = createClient({
    url: liveSocketUrl(),
    lazy: false,
    keepAlive: 15_000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000)));
    },
    on: {
      connecting: () => setState('connecting'),
      connected: () => setState('live'),
      closed: () => setState('offline'),
    },
  });
  subscribe(CLAIM_REVIEWED, 'claimReviewed', reviewedHandlers);
  subscribe(STATEMENT_ADDED, 'statementAdded', statementHandlers);
}

export function onClaimReviewed(handler: Handler<ClaimReviewedEvent>): () => void {
  reviewedHandlers.add(handler);
  return () => reviewedHandlers.delete(handler);
}

export function onStatementAdded(handler: Handler<StatementAddedEvent>): () => void {
  statementHandlers.add(handler);
  return () => statementHandlers.delete(handler);
}

/** Called when the connection comes back after a drop (events may have been missed meanwhile). */
export function onResync(handler: Handler<void>): () => void {
  resyncHandlers.add(handler);
  return () => resyncHandlers.delete(handler);
}

export function onLiveState(handler: Handler<LiveState>): () => void {
  stateHandlers.add(handler);
  handler(state);
  return () => stateHandlers.delete(handler);
}
