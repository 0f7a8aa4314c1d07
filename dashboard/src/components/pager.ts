/**
 * Previous/next links over a Relay connection, kept in the address (`after=` or `before=` a cursor), so that a
 * page of a list can be bookmarked and the browser's back button pages back.
 */
import { h } from '../dom.js';
import { href } from '../router.js';

export interface PageCursors {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** `first`/`after` or `last`/`before` for the page the address asks for. */
export function pageVariables(
  params: URLSearchParams,
  size: number,
): { first?: number; after?: string; last?: number; before?: string } {
  const before = params.get('before');
  if (before) return { last: size, before };
  const after = params.get('after');
  return after ? { first: size, after } : { first: size };
}

/** The page size the address asks for (1-100), or `fallback`. */
export function pageSize(params: URLSearchParams, fallback: number): number {
  const asked = Number(params.get('size'));
  return Number.isInteger(asked) && asked >= 1 && asked <= 100 ? asked : fallback;
}

export function pager(
  route: string[],
  label: string,
  pageInfo: PageCursors,
  params: URLSearchParams,
  keep: Record<string, string> = {},
): HTMLElement {
  // Relay servers need not report a previous page when paging forward (nor a next one backward): the cursor we
  // came from says there is one
  const hasPrevious = pageInfo.hasPreviousPage || params.has('after');
  const hasNext = pageInfo.hasNextPage || params.has('before');
  const link = (text: string, rel: 'prev' | 'next', cursor: string | null | undefined, enabled: boolean) =>
    enabled && cursor
      ? h(
          'a',
          { class: 'button', href: href(route, { ...keep, [rel === 'prev' ? 'before' : 'after']: cursor }), rel },
          text,
        )
      : h('span', { class: 'button disabled', 'aria-disabled': 'true' }, text);
  return h(
    'nav',
    { class: 'pager', 'aria-label': label },
    link('← Previous', 'prev', pageInfo.startCursor, hasPrevious),
    link('Next →', 'next', pageInfo.endCursor, hasNext),
  );
}
