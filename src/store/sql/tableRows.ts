/** Rows for one table, collected in memory so that each engine writes them in the way it writes many rows fastest. */
import type { SqlType } from './dialect.js';

/** A column and the type of its values. */
export type TableColumn = readonly [name: string, type: SqlType];

export class TableRows {
  readonly rows: unknown[][] = [];

  constructor(
    readonly table: string,
    readonly columns: readonly TableColumn[],
  ) {}

  add(...values: unknown[]): void {
    if (values.length !== this.columns.length) {
      throw new Error(`${this.table}: ${values.length} values for ${this.columns.length} columns`);
    }
    this.rows.push(values);
  }

  /** The column list of an INSERT ("end" is a keyword). */
  columnList(): string {
    return this.columns.map(([name]) => (name === 'end' ? '"end"' : name)).join(', ');
  }
}
