/** Renders BENCHMARKS.md from every bench/results/<statements>.json (largest graph first). */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../src/config/config.js';
import { LIMITS_AND_FIXES } from './reportNotes.js';
import type { BenchResults, QueryResult, RunResult } from './run.js';

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const ratio = (a: number, b: number | undefined) => (b ? `${(a / b).toFixed(2)}x` : '–');
const latencies = (run: RunResult) =>
  `${ms(run.latencyMs.p50)} / ${ms(run.latencyMs.p99)} / ${ms(run.latencyMs.p99_9)}`;

function query(results: BenchResults, name: string): QueryResult | undefined {
  return results.queries.find((q) => q.name === name);
}

function targets(results: BenchResults): string[] {
  const rows: [string, string, boolean | null][] = [];
  const nested = query(results, 'nested');
  if (nested) {
    const baseline = nested.baselines['graphql-js']?.requestsPerSecond;
    const value = baseline ? nested.runs.c10.requestsPerSecond / baseline : NaN;
    rows.push([
      'nested query ≥ 0.7x the cached graphql-js in-memory baseline (c10)',
      `${value.toFixed(2)}x (${fixed(nested.runs.c10.requestsPerSecond)} vs ${fixed(baseline ?? 0)} req/s)`,
      baseline ? value >= 0.7 : null,
    ]);
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
  rows.push([
    'start on the existing database < 2 s (spawn to listening)',
    `${fixed(results.start.wallMs)} ms (${fixed(results.start.serverMs)} ms in startServer)`,
    results.start.wallMs < 2000,
  ]);
  return [
    '| target | measured | met |',
    '|---|---|---|',
    ...rows.map(([target, value, met]) => `| ${target} | ${value} | ${met === null ? '–' : met ? 'yes' : '**no**'} |`),
  ];
}

function section(results: BenchResults): string[] {
  const lines: string[] = [];
  const { machine } = results;
  lines.push(`## ${results.statements.toLocaleString('en-US')} statements`, '');
  lines.push(
    `- Command: \`${results.command}\` (${results.durationSeconds} s per run), ${results.date.slice(0, 16).replace('T', ' ')} UTC, commit ${results.commit}`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ${machine.os}, Node ${machine.node}, SQLite ${machine.sqlite}; autocannon runs in the benchmark's process, each server in its own`,
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
    `- Start on the existing database: ${fixed(results.start.wallMs)} ms from spawning the process to listening (${fixed(results.start.serverMs)} ms in \`startServer\`); peak server RSS ${fixed(results.peakRssMiB)} MiB`,
    '',
    '### Targets',
    '',
    ...targets(results),
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
    'The queries:',
    '',
    ...results.queries.map(
      (q) => `- **${q.name}**: ${q.description}${q.variants > 1 ? ` (${q.variants} variants, sent in turn)` : ''}`,
    ),
    '',
  );
  return lines;
}

export function writeReport(): void {
  const folder = join(PROJECT_ROOT, 'bench', 'results');
  const all = existsSync(folder)
    ? readdirSync(folder)
        .filter((file) => /^\d+\.json$/.test(file))
        .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as BenchResults)
        .sort((a, b) => b.statements - a.statements)
    : [];
  const lines = [
    '# Benchmarks',
    '',
    'Generated by `npm run bench` (bench/run.ts) from `bench/results/*.json`; do not edit by hand. Each run measures one',
    'graph size and keeps the figures of the other sizes. Every figure is measured in the same run as its baselines, so',
    'the ratios hold on a noisy machine even when the absolute figures move.',
    '',
    'How it works: the synthetic graph (`claimgraph generate`, src/generate/) is generated from a seed and loaded through',
    'the normal import path into a SQLite database kept under `bench/.data/`; the real server (`startServer`) runs in a',
    'child process with `CLAIMGRAPH_REPORT_STORE_CALLS=1` and rate limiting off; every query is checked (response and',
    'store calls, bench/queries.ts) before anything is timed; autocannon then measures each query. The baselines run in',
    'child processes of their own on the same data:',
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
    ...all.flatMap(section),
  ];
  writeFileSync(join(PROJECT_ROOT, 'BENCHMARKS.md'), `${lines.join('\n').trimEnd()}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) writeReport();
