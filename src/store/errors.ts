/** Errors a Store raises for bad input it alone can detect, so the API can report them as the user's mistake. */
export class InvalidSearchQueryError extends Error {
  override name = 'InvalidSearchQueryError';
}
