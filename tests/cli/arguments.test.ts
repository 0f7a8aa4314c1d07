/**
 * How every command treats arguments it cannot use (src/cli/arguments.ts): `--help` prints the usage on stdout and
 * exits 0; an unknown option, an option without its value, or a stray argument prints the usage and then one line
 * naming the problem on stderr, and exits 2, before the command does anything.
 *
 * Most cases call the command functions in this process (spawning tsx per case would take seconds each); the last
 * block runs the real command line to show that src/cli.ts passes the exit codes and output through.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CliCommand } from '../../src/cli.js';
import { generateCommand } from '../../src/cli/generateCommand.js';
import { importCommand } from '../../src/cli/importCommand.js';
import { migrateCommand } from '../../src/cli/migrateCommand.js';
import { serveCommand } from '../../src/cli/serveCommand.js';
import { tokenCommand } from '../../src/cli/tokenCommand.js';
import { verifyCommand } from '../../src/cli/verifyCommand.js';
import { runCli } from '../support/cliServer.js';

// `import type` only: loading src/cli.ts would run the command line on vitest's own argv.
const commands: [string, CliCommand, string][] = [
  ['serve', serveCommand, 'usage: claimgraph serve'],
  ['migrate', migrateCommand, 'usage: claimgraph migrate'],
  ['import', importCommand, 'usage: claimgraph import FILE'],
  ['verify', verifyCommand, 'usage: claimgraph verify FILE'],
  ['token', tokenCommand, 'usage: claimgraph token create NAME ROLE [--file FILE]'],
  ['generate', generateCommand, 'usage: claimgraph generate --statements N'],
];

let stdout: string[];
let stderr: string[];

beforeEach(() => {
  stdout = [];
  stderr = [];
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void stdout.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void stderr.push(parts.join(' ')));
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** Runs a command in this process; returns its exit code and what it printed, one string per stream. */
async function run(command: CliCommand, args: string[]) {
  const code = await command(args);
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

describe.each(commands)('claimgraph %s', (name, command, usageStart) => {
  it('prints its usage on stdout and exits 0 for --help', async () => {
    const result = await run(command, ['--help']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.startsWith(usageStart)).toBe(true);
  });

  it('treats -h as --help', async () => {
    const result = await run(command, ['-h']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(usageStart)).toBe(true);
  });

  it('prints its usage, then names an unknown option, and exits 2', async () => {
    const result = await run(command, ['--no-such-option']);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    const [first, second] = result.stderr.split('\n');
    expect(first?.startsWith(usageStart)).toBe(true);
    expect(second).toBe(`claimgraph ${name}: unknown option --no-such-option`);
  });

  it('names an unknown short option too', async () => {
    const result = await run(command, ['-z']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[1]).toBe(`claimgraph ${name}: unknown option -z`);
  });

  it('prints its usage on --help even when the line has a mistake elsewhere', async () => {
    const result = await run(command, ['--no-such-option', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(usageStart)).toBe(true);
  });
});

describe('options that take a value', () => {
  it.each([
    ['token', tokenCommand, ['create', 'bob', 'editor', '--file'], 'option --file needs a value'],
    ['token', tokenCommand, ['create', 'bob', 'editor', '--file='], 'option --file needs a value'],
    ['generate', generateCommand, ['--out', 'x', '--statements'], 'option --statements needs a value'],
    ['generate', generateCommand, ['--statements', '5', '--out'], 'option --out needs a value'],
    [
      'generate',
      generateCommand,
      ['--statements', '5', '--out', '--import'],
      'option --out needs a value, got the option-like "--import" (write --out=--import if that is the value)',
    ],
  ] as const)(
    'claimgraph %s exits 2 naming the option when %j leaves its value out',
    async (name, command, args, problem) => {
      const result = await run(command, [...args]);
      expect(result).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr.split('\n')[1]).toBe(`claimgraph ${name}: ${problem}`);
    },
  );

  it('claimgraph generate exits 2 when a flag is given a value (--import=yes)', async () => {
    const result = await run(generateCommand, ['--statements', '5', '--out', 'x', '--import=yes']);
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[1]).toBe('claimgraph generate: option --import takes no value');
  });

  it('claimgraph generate still says which required option is missing or malformed', async () => {
    expect((await run(generateCommand, ['--out', 'x'])).stderr.split('\n')[1]).toBe(
      'claimgraph generate: --statements is required',
    );
    stderr.length = 0;
    expect((await run(generateCommand, ['--statements', 'many', '--out', 'x'])).stderr.split('\n')[1]).toBe(
      'claimgraph generate: --statements must be a non-negative integer, got "many"',
    );
  });
});

describe('arguments that are not options', () => {
  it.each([
    ['serve', serveCommand, ['now'], 'unexpected argument "now"'],
    ['migrate', migrateCommand, ['up'], 'unexpected argument "up"'],
    ['import', importCommand, [], 'FILE is missing'],
    ['import', importCommand, ['a.json', 'b.json'], 'one FILE at a time, got 2'],
    ['verify', verifyCommand, ['a.json', 'b.json'], 'one FILE at a time, got 2'],
    ['token', tokenCommand, ['delete', 'bob'], 'unknown subcommand "delete" (the only one is create)'],
    ['token', tokenCommand, ['create', 'bob'], 'token create needs a NAME and a ROLE'],
    ['token', tokenCommand, ['create', 'bob', 'editor', 'extra'], 'unexpected argument "extra"'],
    ['generate', generateCommand, ['--statements', '5', '--out', 'x', 'extra'], 'unexpected argument "extra"'],
  ] as const)('claimgraph %s exits 2 for %j, saying what is wrong', async (name, command, args, problem) => {
    const result = await run(command, [...args]);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr.split('\n')[1]).toBe(`claimgraph ${name}: ${problem}`);
  });
});

describe('the command line (src/cli.ts, in a child process)', () => {
  it("passes a command's --help through: usage on stdout, exit 0", async () => {
    const result = await runCli(['token', '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: claimgraph token create NAME ROLE \[--file FILE\]/);
    expect(result.stderr).toBe('');
  });

  it('passes a usage error through: usage and the problem on stderr, exit 2', async () => {
    const result = await runCli(['generate', '--statments', '5']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^usage: claimgraph generate /),
      'claimgraph generate: unknown option --statments',
    ]);
  });
});
