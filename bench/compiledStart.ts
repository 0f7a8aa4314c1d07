/**
 * Start as a user gets it: `node dist/cli.js serve` (what `npm start` runs), timed from spawning the process to its
 * "claimgraph serving" line. The benchmark's own server process loads the TypeScript sources through tsx for its
 * stats channel, which adds the transpiler's start to its figure; this one measures the compiled server alone.
 */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SERVING_LINE = 'claimgraph serving ';

/** Compiles the server into dist/ (`npm run build:server`) so that the start measured is the current code's. */
export function buildServer(projectRoot: string): void {
  const build = spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error(`npm run build:server failed (exit ${build.status})`);
}

/** One start of the compiled server with `env` (its database already migrated): wall ms to its serving line. */
function startOnce(projectRoot: string, env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(projectRoot, 'dist', 'cli.js'), 'serve'], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`node dist/cli.js serve exited with code ${code} before serving:\n${output}`));
    child.once('exit', onExit);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    const onStdout = (chunk: string) => {
      output += chunk;
      if (!output.includes(SERVING_LINE)) return;
      const wallMs = performance.now() - started;
      // timed once: what the server prints while it shuts down must not stop it again
      child.stdout.off('data', onStdout);
      child.off('exit', onExit);
      child.once('exit', () => resolve(wallMs));
      child.kill('SIGTERM');
    };
    child.stdout.setEncoding('utf8').on('data', onStdout);
  });
}

/** The median of `runs` starts (the first run warms the page cache the way a restarted server finds it). */
export async function measureCompiledStart(
  projectRoot: string,
  env: Record<string, string>,
  runs = 3,
): Promise<{ medianMs: number; runsMs: number[] }> {
  const runsMs: number[] = [];
  for (let run = 0; run < runs; run++) runsMs.push(await startOnce(projectRoot, env));
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { medianMs: sorted[Math.floor(sorted.length / 2)], runsMs };
}
