/**
 * The deliberate, user-facing errors of the API. Each carries `extensions.code` (see DESIGN.md "Errors and
 * safety") and, for input errors, `extensions.argumentPath`: the argument at fault, such as "filter.speaker".
 */
import { GraphQLError } from 'graphql';

export type ClaimgraphErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND';

export function badUserInput(message: string, argumentPath?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argumentPath ? { argumentPath } : {}) },
  });
}

export function notFound(message: string, argumentPath?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'NOT_FOUND', ...(argumentPath ? { argumentPath } : {}) },
  });
}
