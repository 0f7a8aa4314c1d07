/**
 * What happened, for the dashboard's live view: events published by a write once it has committed, delivered to
 * every GraphQL subscription, on this instance and (through PostgreSQL) on every other instance of a deployment.
 * Events name records by slug, which every instance resolves the same way.
 */
export type ClaimgraphEvent =
  { type: 'claimReviewed'; reviewSlug: string; claimSlug: string } | { type: 'statementAdded'; statementSlug: string };

export type EventType = ClaimgraphEvent['type'];
export type EventOf<T extends EventType> = Extract<ClaimgraphEvent, { type: T }>;

export interface EventBus {
  publish(event: ClaimgraphEvent): Promise<void>;
  /** Events of one type from now on, until the iterator is returned (a client unsubscribes). */
  subscribe<T extends EventType>(type: T): AsyncIterableIterator<EventOf<T>>;
  close(): Promise<void>;
}

/** How many undelivered events one slow subscriber may hold before the oldest are dropped. */
export const SUBSCRIBER_BUFFER = 1000;

type Listener = (event: ClaimgraphEvent) => void;

/** Delivers events to local subscribers; the buses below decide where events come from. */
export class LocalFanOut {
  private readonly listeners = new Set<Listener>();

  deliver(event: ClaimgraphEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  subscribe<T extends EventType>(type: T): AsyncIterableIterator<EventOf<T>> {
    const queue: EventOf<T>[] = [];
    let waiting: ((result: IteratorResult<EventOf<T>>) => void) | null = null;
    let done = false;
    const listener: Listener = (event) => {
      if (event.type !== type) return;
      if (waiting) {
        const resolve = waiting;
        waiting = null;
        resolve({ value: event as EventOf<T>, done: false });
      } else {
        queue.push(event as EventOf<T>);
        if (queue.length > SUBSCRIBER_BUFFER) queue.shift();
      }
    };
    this.listeners.add(listener);
    const finish = (): Promise<IteratorResult<EventOf<T>>> => {
      done = true;
      this.listeners.delete(listener);
      queue.length = 0;
      if (waiting) waiting({ value: undefined, done: true });
      waiting = null;
      return Promise.resolve({ value: undefined, done: true });
    };
    return {
      next: () => {
        if (done) return Promise.resolve({ value: undefined, done: true });
        const queued = queue.shift();
        if (queued) return Promise.resolve({ value: queued, done: false });
        return new Promise((resolve) => (waiting = resolve));
      },
      return: finish,
      throw: async (error) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }

  close(): void {
    this.listeners.clear();
  }
}

/** One process: events go straight to its subscribers (the embedded SQLite deployment). */
export class InProcessEventBus implements EventBus {
  private readonly fanOut = new LocalFanOut();

  async publish(event: ClaimgraphEvent): Promise<void> {
    this.fanOut.deliver(event);
  }

  subscribe<T extends EventType>(type: T) {
    return this.fanOut.subscribe(type);
  }

  async close(): Promise<void> {
    this.fanOut.close();
  }
}
