/**
 * Who the bearer token belongs to, so a client can check a token before it says who is signed in. No token is no
 * viewer; a wrong one is refused exactly as a write would refuse it.
 */
import { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../../generated/graphql.js';

export const viewer: QueryResolvers['viewer'] = (_root, _args, context) => {
  const auth = context.auth;
  if (auth.kind === 'anonymous') return null;
  if (auth.kind === 'invalid') {
    throw new GraphQLError(`viewer: ${auth.reason}`, { extensions: { code: 'UNAUTHENTICATED' } });
  }
  const { name, role, displayName } = auth.actor;
  return { name, role, displayName: displayName ?? name };
};
