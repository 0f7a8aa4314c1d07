/**
 * The real command line in a child process, as an operator runs it. `claimgraph serve` (runServe,
 * startCliServer) is configured by environment variables, ready when it prints its "claimgraph serving <url>"
 * line, and stopped with SIGTERM; the one-shot commands (`verify`, `import`, `token create`, or a `serve` that is
 * expected to refuse to start) run through runCli. Every test that needs the command line (rather than
 * `startServer` in the test process, see testServer.ts) spawns it through this module.
 *
 * The command is CLI_COMMAND, in this one place: node running the CLI compiled once for this test run
 * (compileCli.ts, vitest's global setup), or tsx on src/cli.ts when a run has no compiled copy.
 *
 * Environment policy (the same for every child):
 *   1. the test process's environment (PATH, HOME, NODE_ENV=test as vitest sets it, ...), minus every CLAIMGRAPH_*
 *      variable, so that a developer's (or the test run's) own claimgraph configuration never leaks into a test;
 *   2. for `serve` started by runServe/startCliServer: then HOST=127.0.0.1 and PORT=<a free port> (see
 *      freePort.ts), so that nothing listens beyond the machine and parallel servers do not collide, and
 *      CLAIMGRAPH_LOG_LEVEL=warn, so that the JSON log's info line per request does not bury the output a test
 *      reads (the "serving" and "shutting down" lines are printed apart from that log; internal errors still show);
 *   3. then the test's own variables, which win; a variable given as `undefined` is removed (for example
 *      `{ NODE_ENV: undefined }` runs the server with NODE_ENV unset). A test whose subject depends on NODE_ENV sets
 *      it itself.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { inject } from 'vitest';
import { freePort } from './freePort.js';

/** The command line that runs `claimgraph` (program, then arguments; the subcommand follows), from PROJECT_ROOT. */
export const CLI_COMMAND: readonly [string, ...string[]] = compiledCli()
  ? [process.execPath, compiledCli()]
  : [join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), 'src/cli.ts'];

function compiledCli(): string {
  try {
    return inject('compiledCli');
  } catch {
    return ''; // imported outside a vitest test file
  }
}

/** How long the CLI may take to start or stop before a test gives up (a hang guard, not a measurement). */
export const CLI_GUARD_MS = 25_000;

/** The line `claimgraph serve` prints once it listens; group 1 is the GraphQL endpoint. */
export const SERVING_LINE = /claimgraph serving (http:\/\/\S+)/;

/** The environment of a CLI child: see the policy at the top of this file. */
export function cliEnvironment(env: Record<string, string | undefined> = {}): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value !== undefined && !name.startsWith('CLAIMGRAPH_')) result[name] = value;
  }
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete result[name];
    else result[name] = value;
  }
  return result;
}

export interface CliRun {
  child: ChildProcessWithoutNullStreams;
  /** the port the server was told to listen on (PORT) */
  port: number;
  stdout(): string;
  stderr(): string;
  /** stdout and stderr, interleaved as they arrived */
  output(): string;
  /** resolves with the first stdout match of the pattern; rejects if the process ends first or the guard expires */
  waitForOutput(pattern: RegExp): Promise<RegExpMatchArray>;
  /** resolves when the process has exited; rejects (after killing it) if the guard expires */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILLs the process if it still runs */
  kill(): void;
}

const children: ChildProcessWithoutNullStreams[] = [];

/** SIGKILLs every CLI child this test file started that still runs (for afterAll). */
export function killChildren(): void {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
}

/**
 * Starts `claimgraph serve` and returns at once, without waiting for it to listen (a test may expect it to refuse
 * to start). PORT is a free port unless `env` sets one. tsx runs the CLI in a child node process of its own; a
 * SIGTERM to tsx is relayed to it.
 */
export async function runServe(env: Record<string, string | undefined> = {}): Promise<CliRun> {
  const port = env.PORT === undefined ? await freePort() : Number(env.PORT);
  const [program, ...args] = CLI_COMMAND;
  const child = spawn(program, [...args, 'serve'], {
    cwd: PROJECT_ROOT,
    env: cliEnvironment({ HOST: '127.0.0.1', PORT: String(port), CLAIMGRAPH_LOG_LEVEL: 'warn', ...env }),
    stdio: 'pipe',
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    output += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
    output += chunk;
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const guard = <T>(what: string, promise: Promise<T>): Promise<T> => {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new Error(`claimgraph serve did not ${what} within ${CLI_GUARD_MS} ms\nstdout: ${stdout}\nstderr: ${stderr}`),
        );
      }, CLI_GUARD_MS);
    });
    return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
  };
  return {
    child,
    port,
    stdout: () => stdout,
    stderr: () => stderr,
    output: () => output,
    waitForOutput: (pattern) =>
      guard(
        `print ${pattern}`,
        new Promise<RegExpMatchArray>((resolve, reject) => {
          const check = () => {
            const match = stdout.match(pattern);
            if (match) resolve(match);
          };
          child.stdout.on('data', check);
          check();
          void exit.then(({ code, signal }) =>
            reject(
              new Error(
                `claimgraph serve exited (code ${code}, signal ${signal}) before printing ${pattern}\nstdout: ${stdout}\nstderr: ${stderr}`,
              ),
            ),
          );
        }),
      ),
    exited: () => guard('exit', exit),
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

export interface CliServer extends CliRun {
  /** the GraphQL endpoint the server announced, http://127.0.0.1:<port>/graphql */
  url: string;
  /** SIGTERMs the server (if it still runs) and resolves with its exit code */
  stop(): Promise<number | null>;
}

/** Starts `claimgraph serve` and waits until it listens (its "serving" line). */
export async function startCliServer(env: Record<string, string | undefined> = {}): Promise<CliServer> {
  const run = await runServe(env);
  const [, url] = await run.waitForOutput(SERVING_LINE);
  return {
    ...run,
    url: url,
    stop: async () => {
      if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill('SIGTERM');
      return (await run.exited()).code;
    },
  };
}

/** What a one-shot command did: its exit code (-1 if it was killed), stdout and stderr. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `claimgraph ...args` to completion (killed after CLI_GUARD_MS), with the environment policy above. */
export function runCli(args: string[], env: Record<string, string | undefined> = {}): Promise<CliResult> {
  const [program, ...commandArgs] = CLI_COMMAND;
  return new Promise((resolve) => {
    execFile(
      program,
      [...commandArgs, ...args],
      { cwd: PROJECT_ROOT, env: cliEnvironment(env), timeout: CLI_GUARD_MS },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** POSTs a GraphQL query (with a bearer token, if given) and returns the parsed response body. */
export async function postTo(url: string, query: string, token?: string): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return response.json();
}
