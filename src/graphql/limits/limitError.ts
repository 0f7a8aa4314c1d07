/**
 * A query refused before execution because it exceeds a limit. The error names the limit and by how much, and
 * carries `extensions.code` QUERY_TOO_COMPLEX with `limit`, `max` and `found`, so a client can tell which rule to
 * respect.
 */
import { GraphQLError } from 'graphql';

export type LimitName = 'depth' | 'aliases' | 'directives' | 'cost' | 'operations' | 'mutationFields';

export function limitError(limit: LimitName, max: number, found: number, what: string, qualifier = ''): GraphQLError {
  return new GraphQLError(`${what}: the limit is ${max}, this query has ${qualifier}${found}`, {
    extensions: { code: 'QUERY_TOO_COMPLEX', limit, max, found },
  });
}

/** Armor reports "... limit of N exceeded, found M."; its numbers become our structured error. */
export function fromArmorMessage(limit: LimitName, what: string, message: string): GraphQLError {
  const [max = NaN, found = NaN] = (message.match(/\d+/g) ?? []).map(Number);
  return limitError(limit, max, found, what);
}
