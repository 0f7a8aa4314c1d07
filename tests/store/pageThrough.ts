/**
 * Walks a keyset-paginated list page by page, forwards (first/after) or backwards (last/before), the way a Relay
 * client does, and returns every row met in list order with the number of pages it took.
 */
import type { Page, PageQuery, SortPosition } from '../../src/store/store.js';

export type Direction = 'forward' | 'backward';

export async function pageThrough<T>(
  fetch: (page: PageQuery) => Promise<Page<T>>,
  size: number,
  direction: Direction,
): Promise<{ rows: T[]; positions: SortPosition[]; pages: number }> {
  const rows: T[] = [];
  const positions: SortPosition[] = [];
  let cursor: SortPosition | undefined;
  for (let pages = 1; pages <= 1000; pages++) {
    const query: PageQuery =
      direction === 'forward'
        ? { limit: size, fromEnd: false, ...(cursor ? { after: cursor } : {}) }
        : { limit: size, fromEnd: true, ...(cursor ? { before: cursor } : {}) };
    const page = await fetch(query);
    if (page.rows.length > size) throw new Error(`a page of ${size} held ${page.rows.length} rows`);
    if (direction === 'forward') {
      rows.push(...page.rows.map((entry) => entry.row));
      positions.push(...page.rows.map((entry) => entry.position));
    } else {
      rows.unshift(...page.rows.map((entry) => entry.row));
      positions.unshift(...page.rows.map((entry) => entry.position));
    }
    if (!page.hasMore || page.rows.length === 0) return { rows, positions, pages };
    cursor = direction === 'forward' ? page.rows.at(-1)!.position : page.rows[0].position;
  }
  throw new Error('paging did not end after 1000 pages');
}
