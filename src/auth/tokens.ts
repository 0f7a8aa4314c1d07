/**
 * Bearer tokens and their roles. Tokens come from configuration: a JSON file of SHA-256 digests (so the file never
 * holds a usable secret) and/or an environment variable of plain `name:role:token` entries (convenient for tests
 * and local use). A presented token is hashed and compared with every configured digest in constant time. An entry
 * may carry a display name, the person's name as readers should see it on the reviews they sign.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const ROLES = ['editor', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Each role may do what the roles before it may. */
export function roleAllows(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

export interface Actor {
  name: string;
  role: Role;
  /** how the person signs what they publish; absent when the entry gives none */
  displayName?: string;
}

/** Long enough for any real full name, short enough to sit on one line of a review. */
export const MAX_DISPLAY_NAME_LENGTH = 100;

interface TokenEntry extends Actor {
  digest: Buffer;
}

export class TokenConfigError extends Error {
  override name = 'TokenConfigError';
}

export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function checkEntry(name: unknown, role: unknown, where: string): Actor {
  if (typeof name !== 'string' || !/^[\w.@-]{1,64}$/.test(name)) {
    throw new TokenConfigError(`${where}: the name must be 1-64 letters, digits, or . @ _ -`);
  }
  if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
    throw new TokenConfigError(`${where}: the role must be one of ${ROLES.join(', ')}, got ${JSON.stringify(role)}`);
  }
  return { name, role: role as Role };
}

/** A display name is optional; when given it is one printable line, trimmed, without the env format's separators. */
export function displayNameProblem(value: unknown): string | null {
  if (typeof value !== 'string' || value.trim() === '') return 'the display name must be a non-empty string';
  if (value.trim().length > MAX_DISPLAY_NAME_LENGTH) {
    return `the display name may be at most ${MAX_DISPLAY_NAME_LENGTH} characters`;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'the display name must not contain control characters';
  return null;
}

function withDisplayName(actor: Actor, displayName: unknown, where: string): Actor {
  if (displayName === undefined) return actor;
  const problem = displayNameProblem(displayName);
  if (problem) throw new TokenConfigError(`${where}: ${problem}`);
  return { ...actor, displayName: (displayName as string).trim() };
}

/**
 * The tokens file: `{"tokens": [{"name": "alice", "role": "reviewer", "sha256": "<hex digest of the token>"}]}`, each
 * entry optionally with `"displayName": "Alice Example"`.
 */
export function readTokensFile(path: string): TokenEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new TokenConfigError(`cannot read the tokens file ${path}: ${(error as Error).message}`);
  }
  const tokens = (parsed as { tokens?: unknown })?.tokens;
  if (!Array.isArray(tokens)) throw new TokenConfigError(`${path}: expected {"tokens": [...]}`);
  return tokens.map((entry: { name?: unknown; role?: unknown; sha256?: unknown; displayName?: unknown }, index) => {
    const where = `${path}: tokens[${index}]`;
    const actor = withDisplayName(checkEntry(entry?.name, entry?.role, where), entry.displayName, where);
    if (typeof entry.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(entry.sha256)) {
      throw new TokenConfigError(`${where}: sha256 must be the 64-digit hex SHA-256 of the token`);
    }
    return { ...actor, digest: Buffer.from(entry.sha256, 'hex') };
  });
}

/**
 * `name:role:token,name:role:token`; a name may carry a display name after `=`: `rita=Rita Example:reviewer:token`.
 * The token keeps every character after the second colon (older entries may hold colons in it), so the display name
 * goes with the name, where `=` never was allowed.
 */
export function parseTokensVariable(value: string, variable: string): TokenEntry[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item, index) => {
      const [nameField, role, ...rest] = item.split(':');
      const token = rest.join(':');
      const where = `${variable} entry ${index + 1}`;
      const equals = nameField.indexOf('=');
      const name = equals === -1 ? nameField : nameField.slice(0, equals);
      const displayName = equals === -1 ? undefined : nameField.slice(equals + 1);
      const actor = withDisplayName(checkEntry(name, role, where), displayName, where);
      if (token.length < 16) throw new TokenConfigError(`${where}: the token must be at least 16 characters long`);
      return { ...actor, digest: tokenDigest(token) };
    });
}

export class TokenRegistry {
  constructor(private readonly entries: readonly TokenEntry[]) {}

  get size(): number {
    return this.entries.length;
  }

  /** The actor a token belongs to, or null. Every entry is compared, so timing does not reveal which matched. */
  actorFor(token: string): Actor | null {
    const digest = tokenDigest(token);
    let found: Actor | null = null;
    for (const entry of this.entries) {
      if (timingSafeEqual(entry.digest, digest) && found === null) {
        const { digest: _digest, ...actor } = entry;
        found = actor;
      }
    }
    return found;
  }
}
