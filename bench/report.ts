/**
 * Renders BENCHMARKS.md from every bench/results/<statements>.json (SQLite) and <statements>-postgres.json
 * (largest graph first, SQLite before PostgreSQL), comparing each PostgreSQL run with the SQLite run of its size.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config/config.js';
import { LIMITS_AND_FIXES, SIMILAR_CLAIMS } from './reportNotes.js';
import type { BenchResults, QueryResult, RunResult } from './run.js';

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
/** two decimals, or two significant digits below 0.1 so that a ratio of 1 in 200 does not read 0.00x */
const times = (value: number) => `${value < 0.1 ? value.toPrecision(2) : value.toFixed(2)}x`;
const ratio = (a: number, b: number | undefined) => (b ? times(a / b) : '–');
const latencies = (run: RunResult) =>
  `${ms(run.latencyMs.p50)} / ${ms(run.latencyMs.p99)} / ${ms(run.latencyMs.p99_9)}`;

function query(results: BenchResults, name: string): QueryResult | undefined {
  return results.queries.find((q) => q.name === name);
}

const STORE_NAMES = { sqlite: 'SQLite', postgres: 'PostgreSQL' } as const;
const storeOf = (results: BenchResults) => results.store ?? 'sqlite';

/** The issue's target for the shared store: PostgreSQL within 2x of SQLite's throughput on every query at c10. */
const POSTGRES_TARGET = 0.5;

function targets(results: BenchResults, sqlite: BenchResults | undefined): string[] {
  const rows: [string, string, boolean | null][] = [];
  if (storeOf(results) === 'postgres') {
    const ratios = results.queries.flatMap((q) => {
      const own = query(sqlite ?? results, q.name);
      return sqlite && own
        ? [{ name: q.name, value: q.runs.c10.requestsPerSecond / own.runs.c10.requestsPerSecond }]
        : [];
    });
    const worst = ratios.reduce<(typeof ratios)[number] | null>(
      (w, r) => (w === null || r.value < w.value ? r : w),
      null,
    );
    rows.push([
      'PostgreSQL within 2x of SQLite on every query (req/s at c10, same graph size)',
      worst ? `lowest ${times(worst.value)} (${worst.name})` : 'no SQLite run of this size',
      worst ? worst.value >= POSTGRES_TARGET : null,
    ]);
  }
  const nested = query(results, 'nested');
  if (nested) {
    const baseline = nested.baselines['graphql-js']?.requestsPerSecond;
    // a PostgreSQL run has no baselines: its target is the ratio to SQLite above
    if (baseline) {
      const value = nested.runs.c10.requestsPerSecond / baseline;
      rows.push([
        'nested query ≥ 0.7x the cached graphql-js in-memory baseline (c10)',
        `${value.toFixed(2)}x (${fixed(nested.runs.c10.requestsPerSecond)} vs ${fixed(baseline)} req/s)`,
        value >= 0.7,
      ]);
    }
    rows.push([
      'store calls per request = query depth (nested: depth 5)',
      `${[...new Set(nested.storeCalls)].join('/')}`,
      nested.storeCalls.every((n) => n === 5),
    ]);
  }
  const paths = query(results, 'paths');
  if (paths) {
    rows.push([
      '`paths` maxHops 4: p99 < 10 ms end to end (at 50% of the c10 max rate)',
      `${ms(paths.runs.rate50.latencyMs.p99)} ms (${ms(paths.runs.rate80.latencyMs.p99)} ms at 80%)`,
      paths.runs.rate50.latencyMs.p99 < 10,
    ]);
  }
  const search = query(results, 'search');
  if (search) {
    rows.push([
      'search p99 < 20 ms (at 50% of the c10 max rate)',
      `${ms(search.runs.rate50.latencyMs.p99)} ms (${ms(search.runs.rate80.latencyMs.p99)} ms at 80%)`,
      search.runs.rate50.latencyMs.p99 < 20,
    ]);
  }
  rows.push([
    'server RSS < 1 GiB (peak over the whole run)',
    `${fixed(results.peakRssMiB)} MiB`,
    results.peakRssMiB < 1024,
  ]);
  if (results.start.compiledMs === undefined) {
    // runs from before the bench timed the compiled server: their start went through tsx, against the old target
    rows.push([
      'start on the existing database < 2 s (spawn to listening, through tsx)',
      `${fixed(results.start.wallMs)} ms (${fixed(results.start.serverMs)} ms in startServer)`,
      results.start.wallMs < 2000,
    ]);
  } else {
    rows.push([
      'start on the existing database < 1 s (`node dist/cli.js serve`, spawn to its serving line, median of 3)',
      `${fixed(results.start.compiledMs)} ms`,
      results.start.compiledMs < 1000,
    ]);
  }
  return [
    '| target | measured | met |',
    '|---|---|---|',
    ...rows.map(([target, value, met]) => `| ${target} | ${value} | ${met === null ? '–' : met ? 'yes' : '**no**'} |`),
  ];
}

/** Each query's c10 throughput on PostgreSQL against SQLite's at the same size. */
function againstSqlite(results: BenchResults, sqlite: BenchResults | undefined): string[] {
  if (!sqlite) return ['No SQLite run of this size to compare with.', ''];
  return [
    `### PostgreSQL / SQLite (10 connections, req/s; SQLite run of ${sqlite.date.slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    'The target is PostgreSQL within 2x of SQLite on every query: a ratio of at least 0.50.',
    '',
    ...(sqlite.machine.cpu === results.machine.cpu
      ? []
      : [
          `**Two machines**: the SQLite run was on ${sqlite.machine.cpu}, this one on ${results.machine.cpu}, so these ratios`,
          'compare the hosts as well as the stores.',
          '',
        ]),
    '| query | SQLite | PostgreSQL | PostgreSQL / SQLite | within 2x |',
    '|---|---|---|---|---|',
    ...results.queries.map((q) => {
      const own = query(sqlite, q.name)?.runs.c10.requestsPerSecond;
      const value = own ? q.runs.c10.requestsPerSecond / own : NaN;
      return `| ${q.name} | ${own === undefined ? '–' : fixed(own)} | ${fixed(q.runs.c10.requestsPerSecond)} | ${ratio(q.runs.c10.requestsPerSecond, own)} | ${Number.isNaN(value) ? '–' : value >= POSTGRES_TARGET ? 'yes' : '**no**'} |`;
    }),
    '',
  ];
}

function baselinesTable(results: BenchResults): string[] {
  if (results.queries.every((q) => Object.keys(q.baselines).length === 0)) {
    return ['The baselines are measured in the SQLite runs only (they answer from the SQLite file).', ''];
  }
  return [
    '### Against the baselines (10 connections, req/s, and claimgraph as a fraction of each)',
    '',
    '| query | claimgraph | bare HTTP, same bytes | claimgraph / bare | graphql-js in memory, cached documents | claimgraph / graphql-js | Apollo defaults | Apollo tuned | tuned / defaults |',
    '|---|---|---|---|---|---|---|---|---|',
    ...results.queries.map((q) => {
      const b = q.baselines;
      const own = q.runs.c10.requestsPerSecond;
      return `| ${q.name} | ${fixed(own)} | ${fixed(b.bare?.requestsPerSecond ?? 0)} | ${ratio(own, b.bare?.requestsPerSecond)} | ${fixed(b['graphql-js']?.requestsPerSecond ?? 0)} | ${ratio(own, b['graphql-js']?.requestsPerSecond)} | ${fixed(b['apollo-default']?.requestsPerSecond ?? 0)} | ${fixed(b['apollo-tuned']?.requestsPerSecond ?? 0)} | ${ratio(b['apollo-tuned']?.requestsPerSecond ?? 0, b['apollo-default']?.requestsPerSecond)} |`;
    }),
    '',
  ];
}

function section(results: BenchResults, all: BenchResults[]): string[] {
  const lines: string[] = [];
  const { machine } = results;
  const store = storeOf(results);
  const sqlite = all.find((r) => storeOf(r) === 'sqlite' && r.statements === results.statements);
  const engine = machine.postgres !== undefined ? `PostgreSQL ${machine.postgres}` : `SQLite ${machine.sqlite}`;
  lines.push(`## ${results.statements.toLocaleString('en-US')} statements on ${STORE_NAMES[store]}`, '');
  lines.push(
    `- Command: \`${results.command}\` (${results.durationSeconds} s per run), ${results.date.slice(0, 16).replace('T', ' ')} UTC, commit ${results.commit}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, ${engine}; autocannon runs in the benchmark's process, each server in its own`,
    `- Graph (seed ${results.seed}): ${Object.entries(results.dataset)
      .map(([table, n]) => `${n.toLocaleString('en-US')} ${table.replace('_', ' ')}`)
      .join(', ')}; database ${results.databaseMiB.toLocaleString('en-US')} MiB` +
      (results.loadSeconds !== null
        ? `, generated and imported through \`importDataset\` in ${fixed(results.loadSeconds)} s`
        : ''),
    ...(results.loadAverage
      ? [
          `- Load average (1 min) ${results.loadAverage.start.toFixed(1)} at the start and ${results.loadAverage.end.toFixed(1)} at the end of the run, on 2 cores: other work on the machine moves the absolute figures, the latencies most`,
        ]
      : []),
    `- Start on the existing database: ${
      results.start.compiledRunsMs
        ? `${results.start.compiledRunsMs.map((ms) => fixed(ms)).join(', ')} ms for \`node dist/cli.js serve\` (${results.start.compiledRunsMs.length} starts, spawn to its serving line); `
        : ''
    }${fixed(results.start.wallMs)} ms for the benchmark's server process through tsx (${fixed(results.start.serverMs)} ms in \`startServer\`); peak server RSS ${fixed(results.peakRssMiB)} MiB`,
    '',
    '### Targets',
    '',
    ...targets(results, sqlite),
    '',
    '### claimgraph under load',
    '',
    'Max req/s with 10 and 50 connections (autocannon); latency p50 / p99 / p99.9 in ms at a fixed rate of 50% and 80% of the 10-connection max, requests evenly spaced (bench/pacedLoad.ts: autocannon’s own rate limit sends each second’s requests in one burst) and timed from when each was due; server CPU per request and event-loop delay (p99 / max) at 80%; store calls per request (per variant).',
    '',
    '| query | store calls | bytes | req/s c10 | req/s c50 | latency at 50% | latency at 80% | CPU ms/req | event-loop delay ms | RSS MiB |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...results.queries.map((q) => {
      const calls = q.name === 'mix' ? '–' : [...new Set(q.storeCalls)].join('/');
      return `| ${q.name} | ${calls} | ${q.responseBytes.toLocaleString('en-US')} | ${fixed(q.runs.c10.requestsPerSecond)} | ${fixed(q.runs.c50.requestsPerSecond)} | ${latencies(q.runs.rate50)} | ${latencies(q.runs.rate80)} | ${ms(q.runs.c10.cpuMsPerRequest)} | ${ms(q.runs.rate80.eventLoopDelayMs.p99)} / ${ms(q.runs.rate80.eventLoopDelayMs.max)} | ${fixed(q.runs.c50.rssMiB)} |`;
    }),
    '',
    ...(store === 'postgres' ? againstSqlite(results, sqlite) : []),
    ...baselinesTable(results),
    'The queries:',
    '',
    ...results.queries.map(
      (q) => `- **${q.name}**: ${q.description}${q.variants > 1 ? ` (${q.variants} variants, sent in turn)` : ''}`,
    ),
    '',
  );
  return lines;
}

/** BENCHMARKS.md's text for these runs, largest graph first, SQLite before PostgreSQL at each size. */
export function renderReport(runs: BenchResults[]): string {
  const all = [...runs].sort((a, b) => b.statements - a.statements || storeOf(b).localeCompare(storeOf(a)));
  const lines = [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (bench/run.ts) from `bench/results/*.json`; do not edit by hand. Each run measures one',
    'graph size and keeps the figures of the other sizes. Every figure is measured in the same run as its baselines, so',
    'the ratios hold on a noisy machine even when the absolute figures move.',
    '',
    'How it works: the synthetic graph (`claimgraph generate`, src/generate/) is generated from a seed and loaded through',
    'the normal import path into a SQLite database kept under `bench/.data/` or, with `--store postgres`, a PostgreSQL',
    'database of its own (`claimgraph_bench_<version>_<statements>_seed<seed>`, kept between runs, dropped by',
    '`npm run bench -- --store postgres --statements N --drop`); the real server (`startServer`) runs in a',
    'child process with `CLAIMGRAPH_REPORT_STORE_CALLS=1` and rate limiting off; every query is checked (response and',
    'store calls, bench/queries.ts) before anything is timed; autocannon then measures each query. The baselines run in',
    'child processes of their own on the same data, in the SQLite runs only (a PostgreSQL run is compared with the',
    'SQLite run of the same size instead):',
    '',
    '- **bare HTTP**: a node:http handler answering each request with the bytes claimgraph answered it with: the',
    '  transport’s limit;',
    '- **graphql-js in memory**: graphql-js `execute` with claimgraph’s schema, resolvers and loaders, every store call',
    '  answered from memory (recorded once from SQLite), with a cache of parsed and validated documents, on node:http:',
    '  what claimgraph would do with no database, no Apollo and no Fastify;',
    '- **Apollo defaults / tuned**: Apollo Server on Fastify over the same SQLite store, with Apollo’s defaults, or with',
    '  the cache-control, usage-reporting, inline-trace, schema-reporting and landing-page plugins turned off.',
    '',
    ...LIMITS_AND_FIXES,
    '',
    ...SIMILAR_CLAIMS,
    '',
    ...all.flatMap((results) => section(results, all)),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

export function writeReport(): void {
  const folder = join(PROJECT_ROOT, 'bench', 'results');
  const runs = existsSync(folder)
    ? readdirSync(folder)
        .filter((file) => /^\d+(-postgres)?\.json$/.test(file))
        .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as BenchResults)
    : [];
  writeFileSync(join(PROJECT_ROOT, 'BENCHMARKS.md'), renderReport(runs));
}

if (import.meta.url === `file://${process.argv[1]}`) writeReport();
