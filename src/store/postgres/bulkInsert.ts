/**
 * Rows for one table, collected in memory and written with a single INSERT ... SELECT FROM unnest(arrays): one
 * round-trip per table however many rows a dataset has, where a statement per row would make a large import
 * cost one network round-trip per record.
 */
import type { RunQuery } from './runQuery.js';

/** A column and the PostgreSQL type of its values (the array parameter is cast to `type[]`). */
export type BulkColumn = readonly [name: string, type: string];

export class BulkInsert {
  private readonly rows: unknown[][] = [];

  constructor(
    readonly table: string,
    private readonly columns: readonly BulkColumn[],
  ) {}

  add(...values: unknown[]): void {
    if (values.length !== this.columns.length) {
      throw new Error(`${this.table}: ${values.length} values for ${this.columns.length} columns`);
    }
    this.rows.push(values);
  }

  get size(): number {
    return this.rows.length;
  }

  async write(run: RunQuery): Promise<void> {
    if (this.rows.length === 0) return;
    const names = this.columns.map(([name]) => (name === 'end' ? '"end"' : name)).join(', ');
    const arrays = this.columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
    const values = this.columns.map((_, index) => this.rows.map((row) => row[index]));
    await run(`INSERT INTO ${this.table} (${names}) SELECT * FROM unnest(${arrays})`, values);
  }
}
