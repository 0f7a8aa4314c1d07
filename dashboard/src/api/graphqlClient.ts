/**
 * Talks to claimgraph's public GraphQL API at /graphql on the page's own origin (POST JSON). Errors come back as
 * GraphQLRequestError with the server's errors, so views can show `extensions.problems` next to form fields.
 * Operations are the typed documents of ./queries.ts: their result and variable types come from codegen.
 */
import type { TypedDocumentString } from '../generated/graphql.js';

/** One problem of a BAD_USER_INPUT error: the input field (`input.sources[0].url`) and what is wrong with it. */
export interface InputProblem {
  field: string;
  message: string;
}

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; problems?: InputProblem[]; argumentPath?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  override name = 'GraphQLRequestError';
  constructor(
    message: string,
    readonly errors: GraphQLErrorBody[],
    readonly status: number,
  ) {
    super(message);
  }

  /** the first error's code (BAD_USER_INPUT, NOT_FOUND, UNAUTHENTICATED, ...) */
  get code(): string | undefined {
    return this.errors[0]?.extensions?.code;
  }

  /** every input problem of every BAD_USER_INPUT error */
  get problems(): InputProblem[] {
    return this.errors.flatMap((error) => error.extensions?.problems ?? []);
  }
}

export const GRAPHQL_PATH = '/graphql';

export interface RequestOptions {
  /** a bearer token, for mutations */
  token?: string | null;
  signal?: AbortSignal;
}

/**
 * The arguments after the document: variables may be left out when the operation needs none (every variable
 * optional, so that an empty object, `Record<never, never>`, would do), and must be given, with the types the
 * operation declares, otherwise.
 */
type OperationArgs<TVariables> =
  Record<never, never> extends TVariables
    ? [variables?: TVariables, options?: RequestOptions]
    : [variables: TVariables, options?: RequestOptions];

/** Runs one operation; resolves with `data`, or rejects with a GraphQLRequestError (or a network error). */
export async function graphql<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  ...args: OperationArgs<TVariables>
): Promise<TData> {
  const [variables = {}, options = {}] = args as [TVariables | undefined, RequestOptions | undefined];
  const query = document.toString();
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GraphQLRequestError('claimgraph cannot be reached: check that the server is running.', [], 0);
  }
  let body: { data?: TData | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(
      `claimgraph answered HTTP ${response.status} without a GraphQL response.`,
      [],
      response.status,
    );
  }
  if (body.errors && body.errors.length > 0) {
    throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '), body.errors, response.status);
  }
  if (body.data === undefined || body.data === null) {
    throw new GraphQLRequestError(`claimgraph answered HTTP ${response.status} with no data.`, [], response.status);
  }
  return body.data;
}

/**
 * Narrows a `node`/`nodes` result to the `... on Type` selections that include `field`. Such a result's type is
 * a union over every type implementing Node, the others empty; a plain `field in node` check does not rule those
 * out, because an empty selection is typed `Record<PropertyKey, never>` (which also passes for `Record<K, unknown>`,
 * hence the Exclude).
 */
export function hasSelection<T, K extends string>(
  node: T | null | undefined,
  field: K,
): node is Exclude<Extract<T, Record<K, unknown>>, Record<PropertyKey, never>> {
  return typeof node === 'object' && node !== null && field in node;
}
