/**
 * Paging cursors. A cursor holds the ranking key and id of the last hit of a page; the next page is the hits
 * ranked strictly after it. Keyed on the score rather than a position, so a page boundary stays put when claims
 * are added or removed between two pages. A cursor also says whether its ranking used sentence vectors: the two
 * rankings' keys are on different scales, so the next page must be ranked the same way.
 */
import { InvalidCursorError } from './errors.js';

export interface CursorKey {
  key: number;
  id: string;
}

export interface Cursor extends CursorKey {
  semantic: boolean;
}

/** [key, id] for a ranking by words (as before sentence vectors), [key, id, 1] for one by meaning. */
export function encodeCursor(key: number, id: string, semantic = false): string {
  return Buffer.from(JSON.stringify(semantic ? [key, id, 1] : [key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      (value.length === 2 || (value.length === 3 && value[2] === 1)) &&
      typeof value[0] === 'number' &&
      typeof value[1] === 'string'
    ) {
      return { key: value[0], id: value[1], semantic: value.length === 3 };
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
