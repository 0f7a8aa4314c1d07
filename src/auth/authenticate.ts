/**
 * Who is asking, from the Authorization header, read once per request; its token is never logged or echoed.
 */
import type { Actor, TokenRegistry } from './tokens.js';

export type Authentication =
  { kind: 'anonymous' } | { kind: 'invalid'; reason: string } | { kind: 'actor'; actor: Actor };

export function authenticate(header: string | undefined, tokens: TokenRegistry): Authentication {
  if (header === undefined || header.trim() === '') return { kind: 'anonymous' };
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return { kind: 'invalid', reason: 'the Authorization header must be "Bearer <token>"' };
  const actor = tokens.actorFor(match[1]);
  return actor ? { kind: 'actor', actor } : { kind: 'invalid', reason: 'the bearer token is not valid' };
}
