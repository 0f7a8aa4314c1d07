/** Which failed requests mean that the record asked for does not exist, rather than a failure worth retrying. */
import { GraphQLRequestError } from './graphqlClient.js';

/**
 * True when a detail query failed because its id names nothing: the API's NOT_FOUND, or BAD_USER_INPUT on the `id`
 * argument of a node lookup (an address edited by hand into an id that is not one).
 */
export function isMissingRecord(error: unknown): boolean {
  if (!(error instanceof GraphQLRequestError)) return false;
  if (error.code === 'NOT_FOUND') return true;
  const first = error.errors[0];
  return error.code === 'BAD_USER_INPUT' && (first?.extensions?.argumentPath === 'id' || first?.path?.[0] === 'node');
}
