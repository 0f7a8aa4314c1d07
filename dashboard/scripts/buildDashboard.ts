/**
 * Builds the dashboard into dashboard/dist when its sources changed since the last build, so that `npm start` and
 * the end-to-end tests always serve the current dashboard without paying for a build every time.
 *
 * The inputs (the dashboard's sources, its Vite config and package-lock.json) are hashed into dist/.build-hash.
 * Each build also writes brotli and gzip copies of its text files (precompress.ts), which the server sends to the
 * clients that accept them. A build goes to a temporary folder that then replaces dist, so a running server never
 * serves a half-written build; a lock folder keeps two builds (a test run and `npm start`) from racing.
 *
 *   tsx dashboard/scripts/buildDashboard.ts [--force]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompressFolder } from './precompress.js';

export const DASHBOARD_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = join(DASHBOARD_DIR, 'dist');
const PROJECT_ROOT = resolve(DASHBOARD_DIR, '..');
const HASH_FILE = '.build-hash';
const LOCK_DIR = join(DASHBOARD_DIR, '.build-lock');
/** a lock older than this was left by a build that died */
const STALE_LOCK_MS = 5 * 60_000;

// scripts: how the build is made (this file, the precompression) shapes dist as much as the sources do
const INPUTS = ['index.html', 'graphiql.html', 'vite.config.ts', 'tsconfig.json', 'src', 'public', 'scripts'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)));
}

/** A digest of everything the build reads: a different digest means dist is out of date. */
export function dashboardInputsHash(): string {
  const hash = createHash('sha256');
  const files = [
    ...INPUTS.flatMap((input) => filesUnder(join(DASHBOARD_DIR, input))),
    join(PROJECT_ROOT, 'package-lock.json'),
  ];
  for (const file of files) {
    hash.update(relative(PROJECT_ROOT, file)).update('\0');
    if (existsSync(file)) hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function isDashboardBuildCurrent(): boolean {
  const stamp = join(DIST_DIR, HASH_FILE);
  return (
    existsSync(join(DIST_DIR, 'index.html')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === dashboardInputsHash()
  );
}

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - statSync(LOCK_DIR).mtimeMs > STALE_LOCK_MS) rmSync(LOCK_DIR, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((resolveWait) => setTimeout(resolveWait, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

export class MissingToolchainError extends Error {
  override name = 'MissingToolchainError';
}

/** Vite is a development dependency: an install without them (`npm ci --omit=dev`) cannot build. */
async function importVite(): Promise<typeof import('vite')> {
  try {
    return await import('vite');
  } catch (error) {
    throw new MissingToolchainError(
      `Vite is not installed (${(error as Error).message}); run \`npm install\` with the development dependencies to build the dashboard`,
    );
  }
}

/** Builds dist unless it is current (or `force`); returns what it did. */
export async function buildDashboard({ force = false, log = console.log } = {}): Promise<'built' | 'current'> {
  if (!force && isDashboardBuildCurrent()) return 'current';
  return withBuildLock(async () => {
    // another process may have built it while this one waited for the lock
    if (!force && isDashboardBuildCurrent()) return 'current';
    const inputsHash = dashboardInputsHash();
    const started = Date.now();
    const temporary = join(DASHBOARD_DIR, `dist.tmp-${process.pid}`);
    const { build } = await importVite();
    await build({
      configFile: join(DASHBOARD_DIR, 'vite.config.ts'),
      // a production bundle whatever NODE_ENV the caller runs under: Vite would take it from there (vitest sets it
      // to "test" for the end-to-end tests' build), and React's development build is several times slower
      mode: 'production',
      define: { 'process.env.NODE_ENV': JSON.stringify('production') },
      logLevel: 'warn',
      build: { outDir: temporary, emptyOutDir: true },
    });
    const compressed = await precompressFolder(temporary);
    writeFileSync(join(temporary, HASH_FILE), inputsHash);
    const previous = join(DASHBOARD_DIR, `dist.old-${process.pid}`);
    if (existsSync(DIST_DIR)) renameSync(DIST_DIR, previous);
    renameSync(temporary, DIST_DIR);
    rmSync(previous, { recursive: true, force: true });
    const kb = (bytes: number) => `${Math.round(bytes / 1024)} KB`;
    log(
      `dashboard built into ${relative(PROJECT_ROOT, DIST_DIR)} in ${((Date.now() - started) / 1000).toFixed(1)} s ` +
        `(${compressed.files} files precompressed: ${kb(compressed.originalBytes)} -> brotli ${kb(compressed.brotliBytes)}, gzip ${kb(compressed.gzipBytes)})`,
    );
    return 'built';
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildDashboard({ force: process.argv.includes('--force') }).then(
    (outcome) => {
      if (outcome === 'current') console.log('dashboard is up to date (dashboard/dist)');
    },
    (error: unknown) => {
      if (error instanceof MissingToolchainError) {
        // the API does not need the dashboard: say why / answers 503 and let `npm start` go on
        console.warn(
          `claimgraph: the dashboard cannot be built: ${error.message}. ${existsSync(join(DIST_DIR, 'index.html')) ? 'Serving the existing build.' : 'The server will answer 503 at /.'}`,
        );
        return;
      }
      console.error('dashboard build failed:', error);
      process.exit(1);
    },
  );
}
