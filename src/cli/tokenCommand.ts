/**
 * `claimgraph token create NAME ROLE [--file FILE] [--display-name "Full Name"]`: makes a random bearer token,
 * records its SHA-256 digest (never the token) in the tokens file (default tokens.json, created if missing), and
 * prints the token once. The display name, when given, is how the person signs the reviews they publish.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayNameProblem, newToken, ROLES, tokenDigest, type Role } from '../auth/tokens.js';
import { helpOption, parseCommandArgs, usageError } from './arguments.js';

const USAGE = `usage: claimgraph token create NAME ROLE [--file FILE] [--display-name "Full Name"]   (ROLE: ${ROLES.join(', ')}; FILE defaults to tokens.json)`;

export async function tokenCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('token', USAGE, args, {
    options: {
      file: { type: 'string', default: 'tokens.json' },
      'display-name': { type: 'string' },
      help: helpOption,
    },
    allowPositionals: true,
  });
  if (typeof parsed === 'number') return parsed;
  const [verb, name, role, ...extra] = parsed.positionals;
  if (verb === undefined) return usageError('token', USAGE);
  if (verb !== 'create')
    return usageError('token', USAGE, `unknown subcommand ${JSON.stringify(verb)} (the only one is create)`);
  if (name === undefined || role === undefined)
    return usageError('token', USAGE, 'token create needs a NAME and a ROLE');
  if (extra.length > 0) return usageError('token', USAGE, `unexpected argument ${JSON.stringify(extra[0])}`);
  if (!(ROLES as readonly string[]).includes(role)) {
    return usageError('token', USAGE, `the role must be one of ${ROLES.join(', ')}, got "${role}"`);
  }
  if (!/^[\w.@-]{1,64}$/.test(name)) {
    return usageError('token', USAGE, 'the name must be 1-64 letters, digits, or . @ _ -');
  }
  const displayName = parsed.values['display-name'];
  if (displayName !== undefined) {
    const problem = displayNameProblem(displayName);
    if (problem) return usageError('token', USAGE, problem);
  }
  const path = resolve(parsed.values.file);
  let tokens: { name: string; role: Role; sha256: string; displayName?: string }[] = [];
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
  tokens.push({
    name,
    role: role as Role,
    sha256: tokenDigest(token).toString('hex'),
    ...(displayName === undefined ? {} : { displayName: displayName.trim() }),
  });
  writeFileSync(path, `${JSON.stringify({ tokens }, null, 2)}\n`, { mode: 0o600 });
  const who = displayName === undefined ? name : `${name} (${displayName.trim()})`;
  console.log(`created a ${role} token for ${who}; its digest is in ${path}. The token (shown only now):\n${token}`);
  return 0;
}
