/**
 * Relay Cursor Connections over the Store's keyset pages. Cursors are opaque (base64url of the list's name and the
 * row's sort position); a cursor from another kind of list, or one that was tampered with, is a BAD_USER_INPUT
 * error. Lists of one kind in the same order share positions (a statement's cursor means the same wherever
 * statements are listed by date), so such a cursor is accepted across them.
 */
import type { Page, PageQuery, SortPosition } from '../store/store.js';
import { badUserInput } from './errors.js';

/** The largest page a client may ask for with `first` or `last`. */
export const MAX_PAGE_SIZE = 100;
/** The page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface EdgeModel<T = unknown> {
  cursor: string;
  node: T;
}

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface ConnectionModel<T = unknown> {
  edges: EdgeModel<T>[];
  pageInfo: PageInfoModel;
  /** counted only when asked for, since it costs a store call */
  totalCount: () => Promise<number>;
}

export function encodeCursor(list: string, position: SortPosition): string {
  return Buffer.from(JSON.stringify([list, position.sort, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(list: string, cursor: string, argumentPath: string): SortPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== 3 ||
    typeof parsed[1] !== 'string' ||
    !Number.isSafeInteger(parsed[2])
  ) {
    throw badUserInput(`${JSON.stringify(cursor)} is not a valid cursor`, argumentPath);
  }
  if (parsed[0] !== list) {
    throw badUserInput(`the cursor ${JSON.stringify(cursor)} belongs to another list`, argumentPath);
  }
  return { sort: parsed[1], id: parsed[2] as number };
}

function checkSize(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) {
    throw badUserInput(`\`${name}\` must be a non-negative integer, got ${value}`, name);
  }
  if (value > MAX_PAGE_SIZE) {
    throw badUserInput(`\`${name}\` may be at most ${MAX_PAGE_SIZE}, got ${value}`, name);
  }
  return value;
}

/** Turns Relay arguments into a store page query, validating them. */
export function pageQueryFromArgs(list: string, args: ConnectionArgs): PageQuery {
  const { first, after, last, before } = args;
  if (first != null && last != null) {
    throw badUserInput('pass either `first` or `last`, not both', 'last');
  }
  const fromEnd = last != null || (first == null && before != null);
  const limit = checkSize(first ?? last ?? DEFAULT_PAGE_SIZE, first != null ? 'first' : 'last');
  return {
    limit,
    fromEnd,
    after: after != null ? decodeCursor(list, after, 'after') : undefined,
    before: before != null ? decodeCursor(list, before, 'before') : undefined,
  };
}

/**
 * An edge whose cursor is written when a client asks for it: most queries read `nodes`, and writing a cursor for
 * every row of every nested list (JSON, then base64url) was ~2% of a nested who-said-what request's CPU.
 */
class LazyCursorEdge<T> implements EdgeModel<T> {
  constructor(
    private readonly list: string,
    private readonly position: SortPosition,
    readonly node: T,
  ) {}

  get cursor(): string {
    return encodeCursor(this.list, this.position);
  }
}

/**
 * Page info whose end cursors are the edges' own, written only when asked for (a class: an object literal with
 * getters is built on V8's slow path, ~1% of a nested request's CPU).
 */
class LazyPageInfo implements PageInfoModel {
  constructor(
    private readonly edges: readonly EdgeModel[],
    readonly hasNextPage: boolean,
    readonly hasPreviousPage: boolean,
  ) {}

  get startCursor(): string | null {
    return this.edges[0]?.cursor ?? null;
  }

  get endCursor(): string | null {
    return this.edges.at(-1)?.cursor ?? null;
  }
}

/** Page info over the edges, with the flags given: a copy by spread would lose the cursors, which are getters. */
export function pageInfoOf(edges: readonly EdgeModel[], hasNextPage: boolean, hasPreviousPage: boolean): PageInfoModel {
  return new LazyPageInfo(edges, hasNextPage, hasPreviousPage);
}

export function connectionFromPage<T>(
  list: string,
  page: Page<T>,
  query: PageQuery,
  totalCount: () => Promise<number>,
): ConnectionModel<T> {
  const edges = page.rows.map(({ row, position }) => new LazyCursorEdge(list, position, row));
  return {
    edges,
    pageInfo: pageInfoOf(
      edges,
      query.fromEnd ? query.before !== undefined : page.hasMore,
      query.fromEnd ? page.hasMore : query.after !== undefined,
    ),
    totalCount,
  };
}

/** Field resolvers shared by every connection type. */
export const connectionFieldResolvers = {
  nodes: <T>(connection: ConnectionModel<T>) => connection.edges.map((edge) => edge.node),
  totalCount: <T>(connection: ConnectionModel<T>) => connection.totalCount(),
};

/**
 * A connection over a list already loaded whole (a parent's claims, reviews, relationships: lists the store
 * returns per parent in one batched call). Cursors name the item, so a page boundary survives items added
 * elsewhere in the list.
 */
export function connectionFromArray<T>(
  list: string,
  rows: readonly T[],
  args: ConnectionArgs,
  idOf: (row: T) => number,
): ConnectionModel<T> {
  const query = pageQueryFromArgs(list, args);
  const indexOf = (position: SortPosition | undefined, name: string): number | undefined => {
    if (position === undefined) return undefined;
    const index = rows.findIndex((row) => idOf(row) === position.id);
    if (index < 0) throw badUserInput(`the item of the cursor in \`${name}\` is no longer in this list`, name);
    return index;
  };
  const afterIndex = indexOf(query.after, 'after');
  const beforeIndex = indexOf(query.before, 'before');
  let start = afterIndex === undefined ? 0 : afterIndex + 1;
  let end = beforeIndex === undefined ? rows.length : Math.max(start, beforeIndex);
  if (query.fromEnd) start = Math.max(start, end - query.limit);
  else end = Math.min(end, start + query.limit);
  const edges = rows.slice(start, end).map((row) => new LazyCursorEdge(list, { sort: '', id: idOf(row) }, row));
  return {
    edges,
    pageInfo: pageInfoOf(edges, end < rows.length, start > 0),
    totalCount: async () => rows.length,
  };
}
