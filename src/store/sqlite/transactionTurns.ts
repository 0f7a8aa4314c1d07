/**
 * Turns at writing one SQLite file within this process. A transaction's work awaits between statements, so
 * without turns a second connection to the same file (another store in the process) could begin its own
 * transaction meanwhile and block the thread on the file's write lock, which the first, on the same thread, could
 * then never release. Callers of one file instead wait, without blocking, for the open transaction to end; other
 * processes still wait on the file lock (busy_timeout).
 */
import { resolve } from 'node:path';
import type { SqliteDatabase } from './openSqliteDatabase.js';

interface Turns {
  open: Promise<void> | null;
  users: number;
}

const turnsByFile = new Map<string, Turns>();

export class TransactionTurns {
  private readonly turns: Turns;
  private released = false;

  constructor(private readonly file: string | null) {
    const shared = file === null ? undefined : turnsByFile.get(file);
    this.turns = shared ?? { open: null, users: 0 };
    this.turns.users += 1;
    if (file !== null) turnsByFile.set(file, this.turns);
  }

  static of(db: SqliteDatabase): TransactionTurns {
    // an in-memory database is its connection's alone
    return new TransactionTurns(db.memory ? null : resolve(db.name));
  }

  get busy(): boolean {
    return this.turns.open !== null;
  }

  /** Resolves once no transaction is open on the file. */
  async wait(): Promise<void> {
    while (this.turns.open !== null) await this.turns.open;
  }

  /** Runs `work` as the file's only open transaction, once the open one has ended. */
  async take<T>(work: () => Promise<T>): Promise<T> {
    // the turn is taken in the same tick as the last check finds none open
    while (this.turns.open !== null) await this.turns.open;
    let end!: () => void;
    this.turns.open = new Promise((done) => (end = done));
    try {
      return await work();
    } finally {
      this.turns.open = null;
      end();
    }
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    this.turns.users -= 1;
    if (this.turns.users === 0 && this.file !== null) turnsByFile.delete(this.file);
  }
}
