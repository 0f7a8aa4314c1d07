import { createHash } from 'node:crypto';
import { INPUT_CAPS } from '../../../config/queryLimits.js';
import type { QueryResolvers } from '../../../generated/graphql.js';
import { InvalidSearchQueryError } from '../../../store/errors.js';
import { SEARCH_KINDS, type SearchHitRow } from '../../../store/rows.js';
import { connectionFromPage, pageQueryFromArgs } from '../../connection.js';
import { badUserInput } from '../../errors.js';

/** also checked, untrimmed, before the query runs (src/graphql/limits/inputCaps.ts) */
export const MAX_SEARCH_QUERY_LENGTH = INPUT_CAPS.searchQuery;

/** Reports the full-text engine's complaint about the query as the user's mistake. */
async function userQuery<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof InvalidSearchQueryError) {
      throw badUserInput(`the search query is not valid: ${error.message}`, 'query');
    }
    throw error;
  }
}

export const search: QueryResolvers['search'] = async (_root, { query, kinds, first, after }, context) => {
  const text = query.trim();
  if (text === '') throw badUserInput('the search query is empty', 'query');
  if (text.length > MAX_SEARCH_QUERY_LENGTH) {
    throw badUserInput(`the search query may be at most ${MAX_SEARCH_QUERY_LENGTH} characters long`, 'query');
  }
  const searchKinds = kinds?.length ? [...new Set(kinds)] : SEARCH_KINDS;
  // Results are ranked, not keyed, so a cursor is an offset into one query's ranking, bound to that query.
  const list = `search:${createHash('sha256')
    .update(JSON.stringify([text, [...searchKinds].sort()]))
    .digest('base64url')
    .slice(0, 16)}`;
  const page = pageQueryFromArgs(list, { first, after });
  const offset = page.after ? page.after.id : 0;
  if (offset < 0) throw badUserInput('the `after` cursor is not a valid search cursor', 'after');
  const hits = await userQuery(() => context.store.search(text, searchKinds, page.limit + 1, offset));
  const rows = hits.slice(0, page.limit).map((row, index) => ({ row, position: { sort: '', id: offset + index + 1 } }));
  return connectionFromPage<SearchHitRow>(list, { rows, hasMore: hits.length > page.limit }, page, () =>
    userQuery(() => context.store.countSearch(text, searchKinds)),
  );
};
