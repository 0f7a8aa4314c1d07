/**
 * `npx tsx bench/apqMemory.ts`: the resident memory of a production-mode server (its own process, a fresh SQLite
 * database seeded with the article, rate limit off) while clients register unique automatic persisted queries,
 * each a new document for the parsed-document cache and a new entry in the APQ cache. Before the caches were
 * bounded by real bytes, 120,000 such queries took the server from 134 to 898 MiB. Prints RSS after each chunk and
 * exits 1 when the last RSS is at or above the ceiling (400 MiB by default).
 *
 * Options: --queries N (default 120000), --connections N (default 16), --chunk N (default 10000),
 * --ceiling MIB (default 400). Further server settings come from the environment (CLAIMGRAPH_DOCUMENT_CACHE_BYTES,
 * CLAIMGRAPH_APQ_CACHE_BYTES, ...), e.g. a huge document cache to see what an unbounded one costs.
 */
import autocannon from 'autocannon';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BenchProcess } from './benchProcess.js';

interface Options {
  queries: number;
  connections: number;
  chunk: number;
  ceilingMiB: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { queries: 120_000, connections: 16, chunk: 10_000, ceilingMiB: 400 };
  const names: Record<string, keyof Options> = {
    '--queries': 'queries',
    '--connections': 'connections',
    '--chunk': 'chunk',
    '--ceiling': 'ceilingMiB',
  };
  for (let i = 0; i < argv.length; i++) {
    const name = names[argv[i]];
    const value = Number(argv[++i]);
    if (!name || !Number.isInteger(value) || value < 1) {
      console.error('usage: apqMemory [--queries N] [--connections N] [--chunk N] [--ceiling MIB]');
      process.exit(2);
    }
    options[name] = value;
  }
  return options;
}

/** A realistic query (~190 characters), unique by its operation name and an alias. */
function queryOf(i: number): string {
  return `query Screen${i} { people(first: ${1 + (i % 20)}) { totalCount nodes { id slug name } pageInfo { hasNextPage endCursor } } q${i}: statements(first: 1) { nodes { quote } } }`;
}

function body(i: number): string {
  const query = queryOf(i);
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  return JSON.stringify({ query, extensions: { persistedQuery: { version: 1, sha256Hash } } });
}

const MiB = 1024 * 1024;
const mib = (bytes: number) => `${(bytes / MiB).toFixed(0)} MiB`;

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-apq-'));
  const server = await BenchProcess.start('bench/serverProcess.ts', [], {
    PORT: '0',
    HOST: '127.0.0.1',
    CLAIMGRAPH_DB: join(folder, 'claimgraph.db'),
    CLAIMGRAPH_DEV: '0',
    CLAIMGRAPH_REPORT_STORE_CALLS: '0',
    CLAIMGRAPH_RATE_LIMIT: '0',
  });
  let failures = 0;
  try {
    // warm up with one query, so that "before" is a server that has answered
    await autocannon({
      url: server.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body(-1),
      amount: 200,
      connections: 4,
    });
    const before = await server.stats(true);
    console.log(`apqMemory: ${options.queries} unique persisted queries over ${options.connections} connections`);
    console.log(`before: RSS ${mib(before.rssBytes)}`);
    let next = 0;
    let last = before;
    while (next < options.queries) {
      const amount = Math.min(options.chunk, options.queries - next);
      const result = await autocannon({
        url: server.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        connections: options.connections,
        amount,
        requests: [{ setupRequest: (request) => ({ ...request, body: body(next++) }) }],
      });
      failures += result.errors + result.non2xx;
      last = await server.stats(false);
      console.log(
        `after ${String(next).padStart(7)}: RSS ${mib(last.rssBytes)} (peak ${mib(last.maxRssBytes)}), ${result.requests.average.toFixed(0)} req/s, ${result.non2xx} non-2xx, ${result.errors} errors`,
      );
    }
    const grew = last.rssBytes - before.rssBytes;
    console.log(
      `RSS ${mib(before.rssBytes)} -> ${mib(last.rssBytes)} (+${mib(grew)}), peak ${mib(last.maxRssBytes)}; ceiling ${options.ceilingMiB} MiB; ${failures} failed requests`,
    );
    if (last.rssBytes >= options.ceilingMiB * MiB || failures > 0) process.exitCode = 1;
  } finally {
    await server.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

await main();
