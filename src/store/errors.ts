/** Errors a Store raises for bad input it alone can detect, so the API can report them as the user's mistake. */
export class InvalidSearchQueryError extends Error {
  override name = 'InvalidSearchQueryError';
}

/** A request's store work ran past its operation deadline; the API reports it as OPERATION_TIMEOUT. */
export class OperationTimeoutError extends Error {
  override name = 'OperationTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`The operation took longer than ${timeoutMs} ms and was stopped`);
  }
}

/** A same-claim link refused by the store: a claim that is missing or retracted, or a claim linked to itself. */
export class SameClaimLinkError extends Error {
  override name = 'SameClaimLinkError';
  constructor(
    readonly reason: 'missing' | 'retracted' | 'same',
    message: string,
  ) {
    super(message);
  }
}
