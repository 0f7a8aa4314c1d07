/**
 * Writes need a bearer token whose role allows them (reads are public): the refusal is a GraphQL error naming what
 * is missing, and one log line that never holds the token.
 */
import { GraphQLError } from 'graphql';
import { roleAllows, type Actor, type Role } from '../auth/tokens.js';
import type { GraphQLContext } from './context.js';

/** A refused write leaves one log line (never the token): who tried what, and why it was refused. */
function logRefusal(operation: string, code: string, who: string): void {
  console.error(`refused ${operation}: ${code} (${who})`);
}

export function requireRole(context: GraphQLContext, needed: Role, operation: string): Actor {
  const auth = context.auth;
  if (auth.kind !== 'actor')
    logRefusal(operation, 'UNAUTHENTICATED', auth.kind === 'anonymous' ? 'no token' : 'invalid token');
  else if (!roleAllows(auth.actor.role, needed))
    logRefusal(operation, 'FORBIDDEN', `${auth.actor.name}, ${auth.actor.role}`);
  if (auth.kind === 'anonymous') {
    throw new GraphQLError(`${operation} needs a token: send "Authorization: Bearer <token>"`, {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  if (auth.kind === 'invalid') {
    throw new GraphQLError(`${operation}: ${auth.reason}`, { extensions: { code: 'UNAUTHENTICATED' } });
  }
  if (!roleAllows(auth.actor.role, needed)) {
    throw new GraphQLError(
      `${operation} needs the ${needed} role; the token of ${auth.actor.name} has the ${auth.actor.role} role`,
      { extensions: { code: 'FORBIDDEN', neededRole: needed } },
    );
  }
  return auth.actor;
}
