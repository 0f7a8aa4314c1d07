/**
 * Paging cursors. A cursor holds the ranking key and id of the last hit of a page; the next page is the hits
 * ranked strictly after it. Keyed on the score rather than a position, so a page boundary stays put when claims
 * are added or removed between two pages.
 */
import { InvalidCursorError } from './errors.js';

export interface CursorKey {
  key: number;
  id: string;
}

export function encodeCursor(key: number, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === 'number' && typeof value[1] === 'string') {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // Falls through to the typed error.
  }
  throw new InvalidCursorError(cursor);
}

/** Ranking order: higher key first, then id ascending, so equal scores page deterministically. */
export function ranksBefore(a: CursorKey, b: CursorKey): boolean {
  return a.key > b.key || (a.key === b.key && a.id < b.id);
}
