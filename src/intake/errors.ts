/**
 * What can be wrong with an article handed to intake, as typed errors: the CLI prints `error.message` and exits 1,
 * the GraphQL mutation answers BAD_USER_INPUT with it. An article in which nothing is attributed is not an error
 * (its draft is empty).
 */

/**
 * The largest article intake accepts, in bytes of UTF-8: the server's request body limit (CLAIMGRAPH_BODY_LIMIT's
 * default), so that what the command line drafts could also be sent to the API.
 */
export const MAX_INPUT_BYTES = 1_000_000;

export type IntakeProblem = 'EMPTY' | 'INVALID_UTF8' | 'BINARY' | 'TOO_LARGE' | 'NO_ARTICLE_TEXT' | 'INVALID_OPTION';

export class IntakeError extends Error {
  override name = 'IntakeError';

  constructor(
    readonly problem: IntakeProblem,
    message: string,
  ) {
    super(message);
  }
}

export class EmptyInputError extends IntakeError {
  override name = 'EmptyInputError';
  constructor(what = 'the text') {
    super('EMPTY', `${what} is empty: there is nothing to draft`);
  }
}

export class InvalidUtf8Error extends IntakeError {
  override name = 'InvalidUtf8Error';
  constructor(detail = 'it is not valid UTF-8 text') {
    super('INVALID_UTF8', detail);
  }
}

export class BinaryInputError extends IntakeError {
  override name = 'BinaryInputError';
  constructor() {
    super('BINARY', 'it is binary, not text (it contains NUL bytes)');
  }
}

export class InputTooLargeError extends IntakeError {
  override name = 'InputTooLargeError';
  constructor(readonly bytes: number) {
    super('TOO_LARGE', `it is too large: ${bytes} bytes, the limit is ${MAX_INPUT_BYTES} bytes`);
  }
}

export class NoArticleTextError extends IntakeError {
  override name = 'NoArticleTextError';
  constructor(message = 'the HTML has no article text (nothing readable is left once markup and scripts are removed)') {
    super('NO_ARTICLE_TEXT', message);
  }
}

/** A value given with the article (its URL, its date) that the dataset format would refuse. */
export class InvalidOptionError extends IntakeError {
  override name = 'InvalidOptionError';
  constructor(
    readonly option: 'title' | 'url' | 'outlet' | 'published',
    message: string,
  ) {
    super('INVALID_OPTION', message);
  }
}
