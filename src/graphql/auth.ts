/**
 * Who is asking: reads are public; a write needs a bearer token whose role allows it. The Authorization header is
 * read once per request; its token is never logged or echoed.
 */
import { GraphQLError } from 'graphql';
import { roleAllows, type Actor, type Role, type TokenRegistry } from '../auth/tokens.js';
import type { GraphQLContext } from './context.js';

export type Authentication =
  | { kind: 'anonymous' }
  | { kind: 'invalid'; reason: string }
  | { kind: 'actor'; actor: Actor };

export function authenticate(header: string | undefined, tokens: TokenRegistry): Authentication {
  if (header === undefined || header.trim() === '') return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return { kind: 'invalid', reason: 'the Authorization header must be "Bearer <token>"' };
  const actor = tokens.actorFor(match[1]!);
  return actor ? { kind: 'actor', actor } : { kind: 'invalid', reason: 'the bearer token is not valid' };
}

/** A refused write leaves one log line (never the token): who tried what, and why it was refused. */
function logRefusal(operation: string, code: string, who: string): void {
  console.error(`refused ${operation}: ${code} (${who})`);
}

export function requireRole(context: GraphQLContext, needed: Role, operation: string): Actor {
  const auth = context.auth;
  if (auth.kind !== 'actor') logRefusal(operation, 'UNAUTHENTICATED', auth.kind === 'anonymous' ? 'no token' : 'invalid token');
  else if (!roleAllows(auth.actor.role, needed)) logRefusal(operation, 'FORBIDDEN', `${auth.actor.name}, ${auth.actor.role}`);
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
