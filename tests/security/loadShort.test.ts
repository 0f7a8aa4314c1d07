/**
 * The server under load, and the WAL bounded under it: the short version of `npm run loadtest` (5 s of mixed
 * reads and writes from autocannon against the real `claimgraph serve` on 127.0.0.1) passes: no errors, no 5xx,
 * memory under its ceiling, a bounded WAL (the memory trend is judged by the 30 s run). The script prints its own figures; they are repeated in this test's output.
 */
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { ON_POSTGRES } from '../support/testDatabase.js';

describe.skipIf(ON_POSTGRES)('load (SQLite)', () => {
  it('`npm run loadtest -- --short` passes: zero errors, zero 5xx, memory bounded, WAL bounded', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bench/loadtest.ts', '--short'], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const guard = setTimeout(() => child.kill('SIGKILL'), 55_000); // a hang guard; the script stops by itself
    const code = await new Promise<number | null>((resolve) => child.once('close', (exitCode) => resolve(exitCode)));
    clearTimeout(guard);
    console.log(`[load] ${output.trim()}`);
    expect(output).toMatch(/^PASSED/m);
    expect(code).toBe(0);
  }, 60_000);
});
