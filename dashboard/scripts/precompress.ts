/**
 * Writes a brotli (`.br`, quality 11) and a gzip (`.gz`, level 9) copy beside every compressible file of a built
 * dashboard, so that the server sends compressed bytes without compressing at each request
 * (src/http/dashboardRoutes.ts picks the copy a request's Accept-Encoding prefers). The slowest settings are
 * affordable because this runs once per build. Small files, and files a coding does not shrink, get no copy in it:
 * the server then sends the file itself.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Text formats (and wasm, which compresses well); images and fonts here are compressed formats already. */
export const COMPRESSIBLE_EXTENSIONS = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.json',
  '.svg',
  '.map',
  '.txt',
  '.wasm',
]);
/** Below this, a response's headers outweigh what compression saves. */
export const MIN_COMPRESSIBLE_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return filesUnder(path);
      return Promise.resolve(entry.isFile() ? [path] : []);
    }),
  );
  return nested.flat();
}

export interface PrecompressSummary {
  /** files given at least one copy */
  files: number;
  /** bytes of those files, and of their brotli and gzip copies */
  originalBytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

/** Compresses one file both ways, writing each copy that is smaller than the file; returns the copies' sizes. */
async function precompressFile(path: string): Promise<{ original: number; br: number; gz: number } | null> {
  const content = await readFile(path);
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]:
          extname(path) === '.wasm' ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
  ]);
  const writes: Promise<void>[] = [];
  if (br.length < content.length) writes.push(writeFile(`${path}.br`, br));
  if (gz.length < content.length) writes.push(writeFile(`${path}.gz`, gz));
  await Promise.all(writes);
  if (writes.length === 0) return null;
  return {
    original: content.length,
    br: br.length < content.length ? br.length : content.length,
    gz: gz.length < content.length ? gz.length : content.length,
  };
}

/** Writes the copies for every compressible file under `folder` (a built dashboard). */
export async function precompressFolder(folder: string): Promise<PrecompressSummary> {
  const candidates: string[] = [];
  for (const path of await filesUnder(folder)) {
    if (!COMPRESSIBLE_EXTENSIONS.has(extname(path).toLowerCase())) continue;
    if ((await stat(path)).size < MIN_COMPRESSIBLE_BYTES) continue;
    candidates.push(path);
  }
  // zlib's asynchronous calls run on libuv's thread pool, so the files compress in parallel
  const results = await Promise.all(candidates.map(precompressFile));
  const summary: PrecompressSummary = { files: 0, originalBytes: 0, brotliBytes: 0, gzipBytes: 0 };
  for (const result of results) {
    if (!result) continue;
    summary.files += 1;
    summary.originalBytes += result.original;
    summary.brotliBytes += result.br;
    summary.gzipBytes += result.gz;
  }
  return summary;
}
