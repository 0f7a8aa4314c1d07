import type { QueryResolvers } from '../../../generated/graphql.js';
import {
  decodeCursor,
  InvalidCursorError,
  InvalidPageSizeError,
  MAX_QUERY_LENGTH,
  MAX_RANKED_HITS,
  QueryTooLongError,
  RankingChangedError,
  RetrievalInputError,
  type ClaimHit,
} from '../../../retrieval/index.js';
import { MAX_PAGE_SIZE } from '../../connection.js';
import { badUserInput } from '../../errors.js';
import type { SimilarClaimConnectionModel, SimilarClaimModel } from '../../models.js';

/** A text with no letter or digit has no word to match. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/** The engine's complaints about the arguments, as the user's mistake, naming the argument. */
function userInput<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof QueryTooLongError) throw badUserInput(`\`text\` ${lowerFirst(error.message)}`, 'text');
    if (error instanceof InvalidCursorError) {
      throw badUserInput('the `after` cursor is not a cursor of this similarClaims search', 'after');
    }
    if (error instanceof RankingChangedError) throw badUserInput(lowerFirst(error.message), 'after');
    if (error instanceof InvalidPageSizeError) throw badUserInput(`\`first\` ${lowerFirst(error.message)}`, 'first');
    if (error instanceof RetrievalInputError) throw badUserInput(error.message, 'text');
    throw error;
  }
}

function lowerFirst(message: string): string {
  return message.charAt(0).toLowerCase() + message.slice(1);
}

export const similarClaims: QueryResolvers['similarClaims'] = async (_root, { text, first, after }, context) => {
  // Checked before any store call, so that a refused query costs nothing.
  if (text.length > MAX_QUERY_LENGTH) {
    throw badUserInput(`\`text\` may be at most ${MAX_QUERY_LENGTH} characters long, got ${text.length}`, 'text');
  }
  if (text.trim() === '') throw badUserInput('`text` is empty', 'text');
  if (!HAS_WORD.test(text)) throw badUserInput('`text` has no word to match (only punctuation or symbols)', 'text');
  const size = first ?? 5;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badUserInput(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`, 'first');
  }
  if (after === '') throw badUserInput('the `after` cursor is empty', 'after');
  // A later page is ranked as its cursor's page was: a cursor of a ranking by words needs no sentence vector.
  const cursor = after == null ? undefined : userInput(() => decodeCursor(after));
  // The text's sentence vector is computed on the encoder's thread while the index is checked for writes; if a
  // rebuild leaves a candidate without vectors, the index ranks lexically.
  const [index, semantic] = await Promise.all([
    context.similarClaims.index(context.store),
    cursor && !cursor.semantic ? undefined : context.similarClaims.semanticFor(text),
  ]);
  // One ranking serves the page and tells whether another follows (at most MAX_RANKED_HITS hits in all).
  const rest = userInput(() => index.search(text, { first: MAX_RANKED_HITS, after: after ?? undefined, semantic }));
  const page = rest.slice(0, size);
  const edges = page.map((hit: ClaimHit) => ({
    cursor: hit.cursor,
    node: { claimId: Number(hit.id), score: hit.score, matchedTerms: hit.matched } satisfies SimilarClaimModel,
  }));
  const connection: SimilarClaimConnectionModel = {
    edges,
    pageInfo: {
      hasNextPage: rest.length > size,
      hasPreviousPage: after != null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: () => Promise.resolve(after == null ? rest.length : index.rank(text).length),
    // Past the last page nothing is listed: the cursor says how the earlier pages were ranked.
    ranking: (rest.length > 0 ? rest[0].semantic : (cursor?.semantic ?? semantic !== undefined))
      ? 'SEMANTIC'
      : 'LEXICAL',
  };
  return connection;
};
