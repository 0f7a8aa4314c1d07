import { describe, expect, it } from 'vitest';
import { renderReport } from '../../bench/report.js';
import type { BenchResults, QueryResult, RunResult } from '../../bench/run.js';

function run(requestsPerSecond: number): RunResult {
  return {
    connections: 10,
    rate: null,
    requestsPerSecond,
    requests: requestsPerSecond * 5,
    errors: 0,
    latencyMs: { p50: 1, p99: 2, p99_9: 3, max: 4 },
    cpuMsPerRequest: 1,
    rssMiB: 100,
    eventLoopDelayMs: { p99: 1, max: 2 },
  };
}

function queryResult(name: string, c10: number, withBaselines: boolean): QueryResult {
  return {
    name,
    description: `the ${name} query`,
    variants: 1,
    storeCalls: [3],
    responseBytes: 100,
    runs: { c10: run(c10), c50: run(c10), rate50: run(c10 / 2), rate80: run(c10 * 0.8) },
    baselines: withBaselines ? { bare: run(10_000), 'graphql-js': run(2000) } : {},
  };
}

function results(
  store: 'sqlite' | 'postgres' | undefined,
  statements: number,
  c10: Record<string, number>,
): BenchResults {
  return {
    ...(store ? { store } : {}),
    statements,
    seed: 1,
    date: '2026-12-01T10:00:00.000Z',
    command: 'npm run bench',
    commit: 'abc1234',
    machine: {
      cpu: 'a CPU',
      cores: 2,
      memoryGiB: 8,
      os: 'linux',
      node: 'v20',
      ...(store === 'postgres' ? { postgres: '15.2' } : { sqlite: '3.50.0' }),
    },
    durationSeconds: 5,
    dataset: { statements },
    databaseMiB: 10,
    loadSeconds: 1,
    start: { wallMs: 500, serverMs: 100 },
    peakRssMiB: 200,
    queries: Object.entries(c10).map(([name, rps]) => queryResult(name, rps, store !== 'postgres')),
  };
}

const sectionOf = (report: string, heading: string) => {
  const start = report.indexOf(`## ${heading}\n`);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = report.indexOf('\n## ', start + 3);
  return report.slice(start, next === -1 ? undefined : next);
};

describe('the benchmark report', () => {
  it('gives each store its own section and PostgreSQL a ratio to SQLite at c10 for every query', () => {
    const report = renderReport([
      results('postgres', 1000, { entity: 600, nested: 50, summary: 100 }),
      // results written before PostgreSQL was measured name no store: they are SQLite's
      results(undefined, 1000, { entity: 1000, nested: 100, summary: 400 }),
    ]);
    const sqlite = sectionOf(report, '1,000 statements on SQLite');
    const postgres = sectionOf(report, '1,000 statements on PostgreSQL');
    expect(report.indexOf(sqlite)).toBeLessThan(report.indexOf(postgres));
    expect(sqlite).toContain('SQLite 3.50.0');
    expect(sqlite).toContain('claimgraph / graphql-js');
    expect(sqlite).not.toContain('PostgreSQL / SQLite');

    expect(postgres).toContain('PostgreSQL 15.2');
    expect(postgres).toContain('| entity | 1000 | 600 | 0.60x | yes |');
    expect(postgres).toContain('| summary | 400 | 100 | 0.25x | **no** |');
    expect(postgres).toContain(
      '| PostgreSQL within 2x of SQLite on every query (req/s at c10, same graph size) | lowest 0.25x (summary) | **no** |',
    );
    expect(postgres).toContain('measured in the SQLite runs only');
    expect(sqlite).toContain('nested query ≥ 0.7x');
    expect(postgres).not.toContain('graphql-js in-memory baseline');
  });

  it('says when the PostgreSQL run and the SQLite run it is compared with ran on different machines', () => {
    const sqlite = results('sqlite', 1000, { nested: 400 });
    const samePostgres = results('postgres', 1000, { nested: 300 });
    expect(sectionOf(renderReport([sqlite, samePostgres]), '1,000 statements on PostgreSQL')).not.toContain(
      'Two machines',
    );
    const otherHost = { ...samePostgres, machine: { ...samePostgres.machine, cpu: 'Other CPU' } };
    const section = sectionOf(renderReport([sqlite, otherHost]), '1,000 statements on PostgreSQL');
    expect(section).toContain(`**Two machines**: the SQLite run was on ${sqlite.machine.cpu}, this one on Other CPU`);
  });

  it('shows a ratio far below one with two significant digits, not as 0.00x', () => {
    const report = renderReport([results('sqlite', 1000, { nested: 400 }), results('postgres', 1000, { nested: 1 })]);
    expect(sectionOf(report, '1,000 statements on PostgreSQL')).toContain('| nested | 400 | 1 | 0.0025x | **no** |');
  });

  it('judges the start target on the compiled server when the run timed it, and on the tsx start before that', () => {
    const compiled = {
      ...results('sqlite', 1000, { nested: 400 }),
      start: { wallMs: 1500, serverMs: 120, compiledMs: 1200, compiledRunsMs: [1300, 1200, 1100] },
    };
    const compiledSection = sectionOf(renderReport([compiled]), '1,000 statements on SQLite');
    expect(compiledSection).toContain(
      '| start on the existing database < 1 s (`node dist/cli.js serve`, spawn to its serving line, median of 3) | 1200 ms | **no** |',
    );
    expect(compiledSection).toContain('1300, 1200, 1100 ms for `node dist/cli.js serve`');

    const fast = { ...compiled, start: { ...compiled.start, compiledMs: 640 } };
    expect(sectionOf(renderReport([fast]), '1,000 statements on SQLite')).toContain('| 640 ms | yes |');

    const older = sectionOf(renderReport([results('sqlite', 1000, { nested: 400 })]), '1,000 statements on SQLite');
    expect(older).toContain(
      '| start on the existing database < 2 s (spawn to listening, through tsx) | 500 ms (100 ms in startServer) | yes |',
    );
    expect(older).not.toContain('node dist/cli.js serve');
  });

  it('says when a PostgreSQL run has no SQLite run of its size to compare with', () => {
    const report = renderReport([results('postgres', 1000, { entity: 600 }), results('sqlite', 2000, { entity: 900 })]);
    const postgres = sectionOf(report, '1,000 statements on PostgreSQL');
    expect(postgres).toContain('No SQLite run of this size to compare with.');
    expect(postgres).toContain('| no SQLite run of this size | – |');
  });
});
