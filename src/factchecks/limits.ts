/**
 * The limits on what is read from other fact-checkers' feeds, named so callers can quote them in their messages.
 */

/** Most fact-checks read from one feed. A feed is untrusted input; past this the rest is refused (one problem
 * says so), which bounds the memory and time one upload can take. Google's own ClaimReview feeds stay far below. */
export const MAX_FEED_ITEMS = 100_000;

/** Longest claim text accepted, in UTF-16 code units after whitespace is collapsed: the same measure and bound as
 * the retrieval engine's MAX_QUERY_LENGTH, so every imported claim can also be searched for. A "claim" longer
 * than that is an article pasted into the wrong field. */
export const MAX_CLAIM_TEXT_LENGTH = 10_000;
