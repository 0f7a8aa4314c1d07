/**
 * `claimgraph token create NAME ROLE [--file FILE]`: makes a random bearer token, records its SHA-256 digest (never
 * the token) in the tokens file (default tokens.json, created if missing), and prints the token once.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { newToken, ROLES, tokenDigest, type Role } from '../auth/tokens.js';

const USAGE = `usage: claimgraph token create NAME ROLE [--file FILE]   (ROLE: ${ROLES.join(', ')}; FILE defaults to tokens.json)`;

export async function tokenCommand(args: string[]): Promise<number> {
  const [verb, name, role, ...rest] = args;
  if (verb !== 'create' || !name || !role) {
    console.error(USAGE);
    return 2;
  }
  if (!(ROLES as readonly string[]).includes(role)) {
    console.error(`claimgraph token: the role must be one of ${ROLES.join(', ')}, got "${role}"`);
    return 2;
  }
  if (!/^[\w.@-]{1,64}$/.test(name)) {
    console.error('claimgraph token: the name must be 1-64 letters, digits, or . @ _ -');
    return 2;
  }
  let file = 'tokens.json';
  if (rest.length > 0) {
    if (rest[0] !== '--file' || !rest[1] || rest.length > 2) {
      console.error(USAGE);
      return 2;
    }
    file = rest[1];
  }
  const path = resolve(file);
  let tokens: { name: string; role: Role; sha256: string }[] = [];
  if (existsSync(path)) {
    try {
      const parsed = JSON.parse(readFileSync(path, 'utf8')) as { tokens?: unknown };
      if (!Array.isArray(parsed.tokens)) throw new Error('expected {"tokens": [...]}');
      tokens = parsed.tokens as typeof tokens;
    } catch (error) {
      console.error(`claimgraph token: cannot read ${path}: ${(error as Error).message}`);
      return 1;
    }
  }
  if (tokens.some((entry) => entry.name === name)) {
    console.error(`claimgraph token: ${path} already has a token named "${name}"; remove it first to replace it`);
    return 1;
  }
  const token = newToken();
  tokens.push({ name, role: role as Role, sha256: tokenDigest(token).toString('hex') });
  writeFileSync(path, `${JSON.stringify({ tokens }, null, 2)}\n`, { mode: 0o600 });
  console.log(`created a ${role} token for ${name}; its digest is in ${path}. The token (shown only now):\n${token}`);
  return 0;
}
