/**
 * Typed errors of the retrieval engine. Each carries a stable `code`, so the GraphQL layer can map all of them to
 * BAD_USER_INPUT with one `instanceof RetrievalInputError` check and still tell them apart.
 */

export abstract class RetrievalInputError extends Error {
  abstract readonly code: string;
}

/** The query is longer than MAX_QUERY_LENGTH. */
export class QueryTooLongError extends RetrievalInputError {
  readonly code = 'QUERY_TOO_LONG';
  constructor(
    readonly length: number,
    readonly maxLength: number,
  ) {
    super(`The query is ${length} characters long; at most ${maxLength} are accepted.`);
    this.name = 'QueryTooLongError';
  }
}

/** An `after` cursor that this engine did not produce. */
export class InvalidCursorError extends RetrievalInputError {
  readonly code = 'INVALID_CURSOR';
  constructor(readonly cursor: string) {
    super('The cursor is not one this search returned.');
    this.name = 'InvalidCursorError';
  }
}

/**
 * A cursor from a ranking by meaning, when the claims can no longer be ranked that way (a claim was added and is
 * not embedded yet): its scores cannot be compared with a ranking by words, so the pages would skip or repeat.
 */
export class RankingChangedError extends RetrievalInputError {
  readonly code = 'RANKING_CHANGED';
  constructor() {
    super(
      'The ranking changed since this cursor was given (a claim is waiting for its sentence vectors); ask for the first page again.',
    );
    this.name = 'RankingChangedError';
  }
}

/** A page size that is not a positive integer. */
export class InvalidPageSizeError extends RetrievalInputError {
  readonly code = 'INVALID_PAGE_SIZE';
  constructor(readonly first: number) {
    super(`The page size must be a positive integer; got ${first}.`);
    this.name = 'InvalidPageSizeError';
  }
}

/** A claim without an id. */
export class InvalidClaimError extends RetrievalInputError {
  readonly code = 'INVALID_CLAIM';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidClaimError';
  }
}
