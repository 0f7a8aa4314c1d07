/**
 * The limits of the retrieval engine, named so the API layer can quote them in its errors and documentation.
 */

/** Longest query text accepted, in UTF-16 code units. Longer input is refused rather than silently cut: a
 * caller who pastes a whole article should be told, and the cost of a query grows with its length. */
export const MAX_QUERY_LENGTH = 10_000;

/** Page size when the caller names none. */
export const DEFAULT_PAGE_SIZE = 10;

/** How many hits a query ranks at most, over all its pages. "Has this been checked before?" is answered in the
 * first few; past this depth the lexical evidence is noise, and a fixed depth keeps every query's cost bounded. */
export const MAX_RANKED_HITS = 100;
