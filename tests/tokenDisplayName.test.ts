/**
 * Display names on tokens: `claimgraph token create NAME ROLE --display-name "Full Name"` records one in the tokens
 * file, CLAIMGRAPH_TOKENS takes one as `name=Full Name:role:token`, `viewer` reports it, and every format without
 * one keeps working as before (including tokens with colons in them).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseTokensVariable, readTokensFile, TokenConfigError, TokenRegistry } from '../src/auth/tokens.js';
import { runCli } from './support/cliServer.js';
import { startTestServer, type TestServer } from './support/testServer.js';

const folder = mkdtempSync(join(tmpdir(), 'claimgraph-display-names-'));
let fileServer: TestServer | undefined;

afterAll(async () => {
  await fileServer?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('CLAIMGRAPH_TOKENS entries', () => {
  const TOKEN = 'a-token-of-sixteen-or-more';

  it('still read name:role:token, with no display name', () => {
    const registry = new TokenRegistry(parseTokensVariable(`rita:reviewer:${TOKEN}`, 'V'));
    expect(registry.actorFor(TOKEN)).toEqual({ name: 'rita', role: 'reviewer' });
  });

  it('still keep every character after the second colon as the token', () => {
    const registry = new TokenRegistry(parseTokensVariable(`rita:reviewer:${TOKEN}:with:colons`, 'V'));
    expect(registry.actorFor(`${TOKEN}:with:colons`)).toEqual({ name: 'rita', role: 'reviewer' });
  });

  it('take a display name after = in the name field, trimmed', () => {
    const registry = new TokenRegistry(parseTokensVariable(`rita= Rita Müller-Okafor :reviewer:${TOKEN}`, 'V'));
    expect(registry.actorFor(TOKEN)).toEqual({ name: 'rita', role: 'reviewer', displayName: 'Rita Müller-Okafor' });
  });

  it.each([
    ['an empty display name', `rita=:reviewer:${TOKEN}`, 'the display name must be a non-empty string'],
    [
      'a display name over 100 characters',
      `rita=${'x'.repeat(101)}:reviewer:${TOKEN}`,
      'the display name may be at most 100 characters',
    ],
    [
      'a display name with a control character',
      `rita=Ri\u0007ta:reviewer:${TOKEN}`,
      'the display name must not contain control characters',
    ],
    ['a bad name before the display name', `ri ta=Rita:reviewer:${TOKEN}`, 'the name must be'],
  ])('refuse %s, naming the entry', (_what, value, reason) => {
    expect(() => parseTokensVariable(value, 'V')).toThrow(TokenConfigError);
    expect(() => parseTokensVariable(value, 'V')).toThrow(`V entry 1: ${reason}`);
  });
});

describe('tokens file entries', () => {
  const digest = '0'.repeat(64);

  it('read an optional displayName and keep entries without one as they were', () => {
    const file = join(folder, 'mixed.json');
    writeFileSync(
      file,
      JSON.stringify({
        tokens: [
          { name: 'bob', role: 'editor', sha256: digest },
          { name: 'rita', role: 'reviewer', sha256: digest, displayName: 'Rita Example' },
        ],
      }),
    );
    expect(readTokensFile(file).map(({ name, role, displayName }) => ({ name, role, displayName }))).toEqual([
      { name: 'bob', role: 'editor', displayName: undefined },
      { name: 'rita', role: 'reviewer', displayName: 'Rita Example' },
    ]);
  });

  it('refuse a displayName that is not a string', () => {
    const file = join(folder, 'bad-display-name.json');
    writeFileSync(
      file,
      JSON.stringify({ tokens: [{ name: 'rita', role: 'reviewer', sha256: digest, displayName: 7 }] }),
    );
    expect(() => readTokensFile(file)).toThrow(`${file}: tokens[0]: the display name must be a non-empty string`);
  });
});

describe('claimgraph token create --display-name', () => {
  const tokensFile = join(folder, 'tokens.json');

  it('records the display name in the file, and viewer reports it for the printed token', async () => {
    const run = await runCli([
      'token',
      'create',
      'rita',
      'reviewer',
      '--display-name',
      'Rita Example',
      '--file',
      tokensFile,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('created a reviewer token for rita (Rita Example)');
    const token = run.stdout.trim().split('\n').at(-1)!;
    expect(JSON.parse(readFileSync(tokensFile, 'utf8')).tokens).toEqual([
      { name: 'rita', role: 'reviewer', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), displayName: 'Rita Example' },
    ]);

    fileServer = await startTestServer({ env: { CLAIMGRAPH_TOKENS_FILE: tokensFile } });
    const answer = await fileServer.graphql('{ viewer { name displayName role } }', undefined, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(answer.body).toMatchObject({
      data: { viewer: { name: 'rita', displayName: 'Rita Example', role: 'reviewer' } },
    });
  });

  it('refuses an empty display name with exit code 2 and a one-line message, and writes nothing', async () => {
    const file = join(folder, 'never-written.json');
    const run = await runCli(['token', 'create', 'dave', 'reviewer', '--display-name', ' ', '--file', file]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('the display name must be a non-empty string');
    expect(existsSync(file)).toBe(false);
  });
});
