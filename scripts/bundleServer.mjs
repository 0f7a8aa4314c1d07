// Bundles the server (src/cli.ts and everything it imports, dependencies included) into a few files with esbuild,
// so that a start reads and compiles a handful of modules instead of some 700 (claimgraph's own and its
// dependencies', each resolved, read and compiled alone): most of what `claimgraph serve` spent before listening.
// Each command's code is a chunk of its own, loaded when that command runs.
//
// Used by `npm run build:server` (dist/) and by the test suite's CLI (tests/support/compileCli.ts), so that the
// CLI tests run the same bundle a user starts.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

// Not bundled, loaded from node_modules at run time: better-sqlite3 is a native addon; the rest are optional
// modules their packages try to load and do without (pg's native client, ws's accelerators, linkedom's canvas).
const EXTERNAL = ['better-sqlite3', 'pg-native', 'bufferutil', 'utf-8-validate', 'canvas'];

// CommonJS dependencies bundled into an ES module still call `require` for Node's built-in modules.
const REQUIRE_BANNER =
  "import { createRequire as claimgraphCreateRequire } from 'node:module'; " +
  'const require = claimgraphCreateRequire(import.meta.url);';

/**
 * A module that finds files beside itself (`import.meta.url`: the schema, the migrations, the project's root) must
 * find them where its own compiled file would be, not where the chunk it lands in is: every chunk is written at the
 * top of `outdir`, so its URL is made relative to that, e.g. `new URL('./store/sqlite/openSqliteDatabase.js', ...)`.
 */
function moduleUrlAsUnbundled(sourceRoot) {
  return {
    name: 'module-url-as-unbundled',
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        const contents = await readFile(path, 'utf8');
        if (!path.startsWith(sourceRoot + sep) || !contents.includes('import.meta.url')) return undefined;
        const compiled = './' + relative(sourceRoot, path).split(sep).join('/').replace(/\.ts$/, '.js');
        return {
          contents: contents.replaceAll(
            'import.meta.url',
            `new URL(${JSON.stringify(compiled)}, import.meta.url).href`,
          ),
          loader: 'ts',
        };
      });
    },
  };
}

/**
 * Files read at run time from beside their modules (the SQL migrations; the sentence encoder's worker, which a
 * thread loads by path), copied to the same place in `outdir`.
 */
function copyRunTimeFiles(sourceRoot, outdir) {
  for (const file of readdirSync(sourceRoot, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.sql') && !file.endsWith('.mjs')) continue;
    mkdirSync(join(outdir, dirname(file)), { recursive: true });
    copyFileSync(join(sourceRoot, file), join(outdir, file));
  }
}

/**
 * Writes `outdir/cli.js` and its chunks. `outdir` must sit directly in the project's folder (dist/, or the test
 * suite's own), where a module two levels down finds the project's root two levels up, as from src/.
 */
export async function bundleServer({ projectRoot, outdir, sourcemap = false }) {
  const sourceRoot = join(projectRoot, 'src');
  await build({
    entryPoints: { cli: join(sourceRoot, 'cli.ts') },
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // keep `with { type: 'json' }` as written
    supported: { 'import-attributes': true },
    external: EXTERNAL,
    banner: { js: REQUIRE_BANNER },
    plugins: [moduleUrlAsUnbundled(sourceRoot)],
    sourcemap,
    logLevel: 'error',
  });
  copyRunTimeFiles(sourceRoot, outdir);
}
