import type { Retractable } from '../../store/rows.js';

/** The `retraction` field of a retractable record: null unless it was retracted. */
export function retraction(row: Retractable): Retractable | null {
  return row.retractedAt === null ? null : row;
}
