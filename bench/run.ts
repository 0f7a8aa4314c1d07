/**
 * `npm run bench [-- --statements N] [--seed S] [--duration SECONDS] [--only a,b] [--store sqlite|postgres]`:
 * claimgraph's benchmark. `npm run bench -- --store postgres --statements N --drop` drops the kept PostgreSQL
 * database of that size instead.
 *
 * 1. Generates (or reuses) a synthetic database of N statements (default 100,000): a SQLite file under bench/.data/,
 *    or with `--store postgres` a PostgreSQL database claimgraph_bench_* (bench/database.ts).
 * 2. Starts the real server (`startServer`, as `claimgraph serve`) in a child process and times its start.
 * 3. Checks every query's response and store calls (bench/queries.ts) before timing anything.
 * 4. Measures each query with autocannon: the most requests per second with 10 and with 50 connections, then
 *    latency at a fixed rate of 50% and 80% of that; CPU per request, RSS and event-loop delay from the server.
 * 5. Measures the baselines the same way in their own processes: a bare HTTP handler answering the same bytes,
 *    plain graphql-js over the same data in memory with cached documents, Apollo with defaults and tuned.
 * 6. Writes bench/results/<N>.json (<N>-postgres.json) and BENCHMARKS.md (every size and store measured so far).
 *
 * The baselines read SQLite (and answer from it), so a PostgreSQL run measures none: its report compares it with
 * the SQLite run of the same size instead.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem, release } from 'node:os';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/config/config.js';
import { SyntheticGraph } from '../src/generate/syntheticGraph.js';
import { BenchProcess } from './benchProcess.js';
import { buildServer, measureCompiledStart } from './compiledStart.js';
import type { BaselineMode, BaselineSetup } from './baselineServer.js';
import { checkQueries, type CheckedQuery, type CheckedRequest } from './check.js';
import {
  BENCH_STORES,
  datasetCounts,
  dropPostgresDatabase,
  ensureBenchDatabase,
  postgresDatabaseName,
  type BenchStore,
} from './database.js';
import type { ProcessStats } from './processStats.js';
import { benchQueries, MIX_WEIGHTS } from './queries.js';
import { pacedLoad } from './pacedLoad.js';
import { writeReport } from './report.js';
import { Random } from '../src/generate/random.js';

export interface RunResult {
  connections: number;
  /** the fixed rate asked for, requests per second, when the run was rate-limited */
  rate: number | null;
  requestsPerSecond: number;
  requests: number;
  errors: number;
  latencyMs: { p50: number; p99: number; p99_9: number; max: number };
  cpuMsPerRequest: number;
  rssMiB: number;
  eventLoopDelayMs: { p99: number; max: number };
}

export interface QueryResult {
  name: string;
  description: string;
  variants: number;
  storeCalls: number[];
  responseBytes: number;
  runs: Record<'c10' | 'c50' | 'rate50' | 'rate80', RunResult>;
  baselines: Partial<Record<BaselineMode, RunResult>>;
}

export interface BenchResults {
  /** the database the server ran against (results written before PostgreSQL was measured have none: SQLite) */
  store?: BenchStore;
  statements: number;
  seed: number;
  date: string;
  command: string;
  commit: string;
  /** the version of the database the server ran against: SQLite's, or PostgreSQL's in a PostgreSQL run */
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    os: string;
    node: string;
    sqlite?: string;
    postgres?: string;
  };
  durationSeconds: number;
  dataset: Record<string, number>;
  databaseMiB: number;
  loadSeconds: number | null;
  /**
   * wallMs/serverMs: the benchmark's server process (through tsx); compiledMs: the median of three starts of
   * `node dist/cli.js serve`, as `npm start` runs it (full runs only)
   */
  start: { wallMs: number; serverMs: number; compiledMs?: number; compiledRunsMs?: number[] };
  peakRssMiB: number;
  /** the machine's 1-minute load average when the run started and ended (other work shares the 2 cores) */
  loadAverage?: { start: number; end: number };
  queries: QueryResult[];
}

function parseArgs(argv: string[]) {
  const options = {
    statements: 100_000,
    seed: 1,
    duration: 5,
    warmup: 1,
    only: null as string[] | null,
    baselines: true,
    store: 'sqlite' as BenchStore,
    drop: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => argv[++i] ?? '';
    if (arg === '--statements') options.statements = Number(value().replace(/_/g, ''));
    else if (arg === '--seed') options.seed = Number(value());
    else if (arg === '--duration') options.duration = Number(value());
    else if (arg === '--warmup') options.warmup = Number(value());
    else if (arg === '--only') options.only = value().split(',');
    else if (arg === '--no-baselines') options.baselines = false;
    else if (arg === '--store') options.store = value() as BenchStore;
    else if (arg === '--drop') options.drop = true;
    else
      throw new Error(
        `unknown argument ${arg}; usage: npm run bench -- [--statements N] [--seed S] [--duration SECONDS] [--only a,b] [--no-baselines] [--store sqlite|postgres] [--drop]`,
      );
  }
  if (!BENCH_STORES.includes(options.store)) throw new Error(`--store must be one of ${BENCH_STORES.join(', ')}`);
  if (options.drop && options.store !== 'postgres')
    throw new Error('--drop drops a PostgreSQL database: use it with --store postgres');
  // the baselines are built over the SQLite file (see baselineServer.ts)
  if (options.store === 'postgres') options.baselines = false;
  if (!Number.isInteger(options.statements) || options.statements < 1)
    throw new Error('--statements must be a positive integer');
  return options;
}

const log = (line: string) => console.log(`[bench] ${line}`);
const MiB = 1024 * 1024;

/**
 * Waits until the server has answered everything it was sent: a closed-loop run ends with requests still queued
 * (50 connections x a slow query is seconds of work), and the next run must not start behind them.
 */
async function settle(server: BenchProcess): Promise<void> {
  // a request the server answers quickly, twice in a row, means nothing is ahead of it any more
  const started = performance.now();
  let quick = 0;
  while (quick < 2 && performance.now() - started < 60_000) {
    const sent = performance.now();
    await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    quick = performance.now() - sent < 5 ? quick + 1 : 0;
    if (quick === 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function measure(
  server: BenchProcess,
  checked: CheckedRequest[],
  connections: number,
  duration: number,
  rate: number | null = null,
): Promise<RunResult> {
  const origin = new URL(server.url);
  await settle(server);
  await server.stats(true);
  if (rate !== null) {
    const paced = await pacedLoad(
      server.url,
      checked.map(({ body }) => body),
      rate,
      duration,
    );
    const stats: ProcessStats = await server.stats(true);
    return {
      connections: 0,
      rate,
      requestsPerSecond: paced.requests / duration,
      requests: paced.requests,
      errors: paced.errors,
      latencyMs: paced.latencyMs,
      cpuMsPerRequest: stats.cpuMicros / 1000 / paced.requests,
      rssMiB: stats.rssBytes / MiB,
      eventLoopDelayMs: { p99: stats.eventLoopDelay.p99, max: stats.eventLoopDelay.max },
    };
  }
  const result = await autocannon({
    url: origin.origin,
    connections,
    duration,
    requests: checked.map(({ body }) => ({
      method: 'POST',
      path: origin.pathname,
      headers: { 'content-type': 'application/json' },
      body,
    })),
  });
  const stats: ProcessStats = await server.stats(true);
  const total = result.requests.total;
  return {
    connections,
    rate,
    requestsPerSecond: total / duration,
    requests: total,
    errors: result.errors + result.timeouts + result.non2xx,
    latencyMs: {
      p50: result.latency.p50,
      p99: result.latency.p99,
      p99_9: result.latency.p99_9,
      max: result.latency.max,
    },
    cpuMsPerRequest: total > 0 ? stats.cpuMicros / 1000 / total : 0,
    rssMiB: stats.rssBytes / MiB,
    eventLoopDelayMs: { p99: stats.eventLoopDelay.p99, max: stats.eventLoopDelay.max },
  };
}

/** The weighted mix: each query's variants repeated by its weight, in a fixed shuffled order. */
function mixOf(checked: CheckedQuery[], seed: number): CheckedQuery {
  const random = new Random(seed, 77);
  const entries: CheckedRequest[] = [];
  for (const { query, requests } of checked) {
    const weight = MIX_WEIGHTS[query.name] ?? 0;
    for (let i = 0; i < weight; i++) entries.push(requests[i % requests.length]);
  }
  const requests = random.shuffled(entries);
  return {
    query: {
      name: 'mix',
      description: `a weighted mix: ${Object.entries(MIX_WEIGHTS)
        .map(([name, weight]) => `${name} ${weight}`)
        .join(', ')} (per 100 requests)`,
      requests: requests.map((r) => r.request),
      storeCalls: 0,
      check: () => [],
    },
    requests,
  };
}

function gitCommit(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src'], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
    }).trim();
    return dirty ? `${commit} (with uncommitted changes in src/)` : commit;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const { statements, seed, duration, warmup, store } = options;
  if (options.drop) {
    const dropped = await dropPostgresDatabase(statements, seed);
    log(`${dropped ? 'dropped' : 'there was no'} PostgreSQL database ${postgresDatabaseName(statements, seed)}`);
    return 0;
  }
  const loadAtStart = loadavg()[0];
  const graph = new SyntheticGraph({ statements, seed });
  const { database, loadSeconds } = await ensureBenchDatabase(statements, seed, log, store);
  const { counts, engine, bytes } = await datasetCounts(store, database);
  log(
    `${store} ${engine} database ${database}: ${Object.entries(counts)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ')}`,
  );

  const serverEnv = {
    CLAIMGRAPH_DB: database,
    CLAIMGRAPH_SEED: 'none',
    PORT: '0',
    HOST: '127.0.0.1',
    CLAIMGRAPH_REPORT_STORE_CALLS: '1',
    // the benchmark is one client sending as fast as it can: rate limiting would measure the limiter
    CLAIMGRAPH_RATE_LIMIT: '0',
    // a slow query is measured, not cut off at the default 5 s (a busy machine can push a search past it)
    CLAIMGRAPH_OPERATION_TIMEOUT_MS: '60000',
    CLAIMGRAPH_REQUEST_TIMEOUT_MS: '60000',
    // a JSON line per request on the benchmark's terminal would measure the log and bury the bench's own output
    CLAIMGRAPH_LOG_LEVEL: 'warn',
  };
  let compiledStart: { medianMs: number; runsMs: number[] } | null = null;
  if (options.only === null) {
    buildServer(PROJECT_ROOT);
    compiledStart = await measureCompiledStart(PROJECT_ROOT, serverEnv);
    log(`node dist/cli.js serve started in ${compiledStart.runsMs.map((ms) => ms.toFixed(0)).join(' / ')} ms`);
  }
  const server = await BenchProcess.start(join(PROJECT_ROOT, 'bench', 'serverProcess.ts'), [], serverEnv);
  log(
    `claimgraph started in ${server.startWallMs.toFixed(0)} ms (${server.startupMs.toFixed(0)} ms in startServer) at ${server.url}`,
  );
  let peakRss = 0;
  const results: QueryResult[] = [];
  try {
    const queries = benchQueries(graph).filter((q) => options.only === null || options.only.includes(q.name));
    const { checked, problems } = await checkQueries(server.url, queries);
    for (const { query, requests } of checked) {
      log(
        `checked ${query.name}: ${requests.length} request(s), store calls ${[...new Set(requests.map((r) => r.storeCalls))].join('/')}`,
      );
    }
    if (problems.length > 0) {
      for (const problem of problems) console.error(`[bench] ${problem}`);
      log('responses are not as expected: nothing was timed');
      return 1;
    }
    const all = options.only === null ? [...checked, mixOf(checked, seed)] : checked;

    const baselineProcesses: Partial<Record<BaselineMode, BenchProcess>> = {};
    if (options.baselines) {
      const everyRequest = all.flatMap((c) => c.requests);
      const script = join(PROJECT_ROOT, 'bench', 'baselineServer.ts');
      const bareSetup: BaselineSetup = {
        type: 'responses',
        entries: everyRequest.map((r) => [r.body, r.responseText]),
      };
      const requestSetup: BaselineSetup = { type: 'requests', requests: everyRequest.map((r) => r.request), database };
      baselineProcesses.bare = await BenchProcess.start(script, ['bare'], {}, bareSetup);
      baselineProcesses['graphql-js'] = await BenchProcess.start(script, ['graphql-js'], {}, requestSetup);
      baselineProcesses['apollo-default'] = await BenchProcess.start(script, ['apollo-default'], {}, requestSetup);
      baselineProcesses['apollo-tuned'] = await BenchProcess.start(script, ['apollo-tuned'], {}, requestSetup);
      // the baselines must answer what claimgraph answers, or their figures mean nothing
      for (const [mode, process] of Object.entries(baselineProcesses)) {
        for (const request of everyRequest) {
          const response = await fetch(process.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: request.body,
          });
          const body = (await response.json()) as { data?: unknown; errors?: unknown };
          if (JSON.stringify(body.data) !== JSON.stringify(request.data)) {
            throw new Error(
              `the ${mode} baseline answers ${request.body.slice(0, 120)} differently from claimgraph: ${JSON.stringify(body).slice(0, 300)}`,
            );
          }
        }
      }
      log('baselines started; each answers every request as claimgraph does');
    }

    for (const { query, requests } of all) {
      log(`measuring ${query.name} (${requests.length} variant(s), ${duration} s per run)`);
      if (warmup > 0) await measure(server, requests, 10, warmup);
      const c10 = await measure(server, requests, 10, duration);
      const c50 = await measure(server, requests, 50, duration);
      // the rates are fractions of the 10-connection maximum: more connections can queue more work than the
      // server clears at an even pace, and a rate above what it clears only measures a growing queue
      const max = c10.requestsPerSecond;
      // paced, open-loop (see pacedLoad.ts), at least 2 requests per variant
      const rate50 = await measure(
        server,
        requests,
        0,
        Math.max(duration, (2 * requests.length) / (max * 0.5)),
        max * 0.5,
      );
      const rate80 = await measure(
        server,
        requests,
        0,
        Math.max(duration, (2 * requests.length) / (max * 0.8)),
        max * 0.8,
      );
      const baselines: QueryResult['baselines'] = {};
      for (const [mode, process] of Object.entries(baselineProcesses)) {
        if (warmup > 0) await measure(process, requests, 10, warmup);
        baselines[mode as BaselineMode] = await measure(process, requests, 10, duration);
      }
      const serverStats = await server.stats(false);
      peakRss = Math.max(peakRss, serverStats.maxRssBytes / MiB);
      const result: QueryResult = {
        name: query.name,
        description: query.description,
        variants: requests.length,
        storeCalls: requests.map((r) => r.storeCalls),
        responseBytes: Math.round(
          requests.reduce((sum, r) => sum + Buffer.byteLength(r.responseText), 0) / requests.length,
        ),
        runs: { c10, c50, rate50, rate80 },
        baselines,
      };
      results.push(result);
      const ratio = baselines['graphql-js']
        ? ` (${(c10.requestsPerSecond / baselines['graphql-js'].requestsPerSecond).toFixed(2)}x graphql-js)`
        : '';
      log(
        `  ${query.name}: ${c10.requestsPerSecond.toFixed(0)} req/s c10${ratio}, ${c50.requestsPerSecond.toFixed(0)} c50; ` +
          `p99 ${rate50.latencyMs.p99.toFixed(1)} ms at 50%, ${rate80.latencyMs.p99.toFixed(1)} ms at 80%; ${c10.cpuMsPerRequest.toFixed(2)} ms CPU/req` +
          (c10.errors + c50.errors ? `; ${c10.errors + c50.errors} errors` : ''),
      );
    }
    for (const process of Object.values(baselineProcesses)) await process.stop();
  } finally {
    await server.stop();
  }

  const results_: BenchResults = {
    store,
    statements,
    seed,
    date: new Date().toISOString(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    commit: gitCommit(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGiB: Math.round(totalmem() / 1024 ** 3),
      os: `${process.platform} ${release()}`,
      node: process.version,
      ...(store === 'postgres' ? { postgres: engine } : { sqlite: engine }),
    },
    durationSeconds: duration,
    dataset: counts,
    databaseMiB: Math.round(bytes / MiB),
    loadSeconds,
    start: {
      wallMs: server.startWallMs,
      serverMs: server.startupMs,
      ...(compiledStart && { compiledMs: compiledStart.medianMs, compiledRunsMs: compiledStart.runsMs }),
    },
    peakRssMiB: peakRss,
    loadAverage: { start: loadAtStart, end: loadavg()[0] },
    queries: results,
  };
  if (options.only === null) {
    const folder = join(PROJECT_ROOT, 'bench', 'results');
    mkdirSync(folder, { recursive: true });
    const file = `${statements}${store === 'sqlite' ? '' : `-${store}`}.json`;
    writeFileSync(join(folder, file), `${JSON.stringify(results_, null, 2)}\n`);
    writeReport();
    log(`wrote bench/results/${file} and BENCHMARKS.md`);
  } else {
    log('--only runs write no report');
  }
  return 0;
}

process.exitCode = await main();
