/**
 * The CI short bench: the benchmark's queries (bench/queries.ts) against a 10k-statement synthetic graph, checked
 * exactly as `npm run bench` checks them before timing: every response as expected, and every query making the
 * store calls of its depth. The dashboard summary and the 2-hop neighbourhood are also checked figure by figure
 * against a full recount of the database (tests/bench/recount.ts). Counts only, never times: a regression here is
 * an N+1, a broken query or a counter that drifted, whatever the machine's speed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkQueries } from '../bench/check.js';
import { benchQueries } from '../bench/queries.js';
import { importShards } from '../src/generate/importShards.js';
import { SyntheticGraph } from '../src/generate/syntheticGraph.js';
import { writeSyntheticDataset } from '../src/generate/writeSyntheticDataset.js';
import { SqliteStore } from '../src/store/sqlite/sqliteStore.js';
import { startTestServer, type TestServer } from './support/testServer.js';
import { recount, topCounts, type Recount } from './bench/recount.js';

const STATEMENTS = 10_000;
const SEED = 1;

describe('store calls per request on a 10k-statement synthetic graph', () => {
  let folder: string;
  let server: TestServer;
  let counted: Recount;
  const graph = new SyntheticGraph({ statements: STATEMENTS, seed: SEED });

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'claimgraph-bench-ci-'));
    writeSyntheticDataset({ statements: STATEMENTS, seed: SEED }, join(folder, 'dataset'));
    const databaseFile = join(folder, 'claimgraph.db');
    const store = SqliteStore.open(databaseFile);
    await importShards(store, join(folder, 'dataset'));
    await store.close();
    server = await startTestServer({ databaseFile, seedDataset: null });
    counted = recount(databaseFile);
  }, 120_000);

  afterAll(async () => {
    counted?.close();
    await server?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers every benchmark query as expected, with the store calls of its depth', async () => {
    const { checked, problems } = await checkQueries(server.url, benchQueries(graph));
    expect(problems).toEqual([]);
    const calls = Object.fromEntries(
      checked.map(({ query, requests }) => [query.name, [...new Set(requests.map((r) => r.storeCalls))].sort()]),
    );
    // the figures BENCHMARKS.md reports, pinned: depth, not the number of nodes returned
    expect(calls).toMatchObject({
      tiny: [0],
      entity: [3],
      nested: [5],
      statementPage: [5],
      neighbourhood: [8],
      summary: [3],
      large: [7],
    });
    for (const count of calls.paths) expect(count).toBeLessThanOrEqual(6);
  });

  it('answers the dashboard summary with the figures of a full recount, in 3 store calls', async () => {
    const { body } = await server.graphql(SUMMARY_FIGURES);
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.storeCalls).toBe(3);
    const summary = body.data.factCheckSummary;
    expect(counted.totalClaims).toBeGreaterThan(0);
    expect(summary.totalClaims).toBe(counted.totalClaims);
    // every status is listed, those no claim has with 0
    expect(
      Object.fromEntries(summary.byStatus.filter((r: Row) => r.count > 0).map((r: Row) => [r.status, r.count])),
    ).toEqual(Object.fromEntries(counted.byStatus));
    expect(new Map(summary.byRating.map((r: Row) => [`${r.ratingValue}|${r.ratingLabel}`, r.count]))).toEqual(
      counted.byRating,
    );

    expect(summary.statementsPerSpeaker).toHaveLength(10);
    expect(summary.statementsPerSpeaker.map((r: Row) => r.count)).toEqual(
      topCounts(counted.statementsPerSpeaker.values(), 10),
    );
    for (const row of summary.statementsPerSpeaker)
      expect(row.count).toBe(counted.statementsPerSpeaker.get(row.speaker.slug));

    expect(summary.mentionsPerEntity).toHaveLength(10);
    expect(summary.mentionsPerEntity.map((r: Row) => r.count)).toEqual(
      topCounts(
        [...counted.mentionsPerEntity.values()].map((e) => e.count),
        10,
      ),
    );
    for (const row of summary.mentionsPerEntity) {
      const entity = counted.mentionsPerEntity.get(row.entity.slug)!;
      expect(row.count).toBe(entity.count);
      expect(new Map(row.byStance.map((s: Row) => [s.stance, s.count]))).toEqual(
        new Map(entity.byStance.map((s) => [s.stance, s.count])),
      );
    }

    expect(summary.mostDisputed).toHaveLength(5);
    const byDisputes = [...counted.disputes.values()].sort(
      (a, b) => b.disputeCount - a.disputeCount || b.reviewCount - a.reviewCount,
    );
    expect(summary.mostDisputed.map((r: Row) => [r.disputeCount, r.reviewCount])).toEqual(
      byDisputes.slice(0, 5).map((c) => [c.disputeCount, c.reviewCount]),
    );
    for (const row of summary.mostDisputed) {
      expect({ disputeCount: row.disputeCount, reviewCount: row.reviewCount }).toEqual(
        counted.disputes.get(row.claim.slug),
      );
    }
  });

  it('tells a summary counter that drifted from the recount apart', async () => {
    // the check above is only worth having if a counter off by one fails it: nudge one, and put it back
    const db = new Database(server.databaseFile);
    const nudge = db.prepare('UPDATE claim_status_counts SET n = n + ? WHERE status = ?');
    const status = [...counted.byStatus.keys()][0];
    nudge.run(1, status);
    try {
      const { body } = await server.graphql(SUMMARY_FIGURES);
      expect(body.data.factCheckSummary.totalClaims).toBe(counted.totalClaims + 1);
    } finally {
      nudge.run(-1, status);
      db.close();
    }
    const { body } = await server.graphql(SUMMARY_FIGURES);
    expect(body.data.factCheckSummary.totalClaims).toBe(counted.totalClaims);
  });

  it('answers each 2-hop neighbourhood with the relationships a full recount finds, in 8 store calls', async () => {
    const variants = benchQueries(graph).find((q) => q.name === 'neighbourhood')!.requests;
    expect(variants.length).toBeGreaterThan(0);
    for (const variant of variants) {
      // the benchmark's own request: 8 store calls, and pages as full as the recount allows
      const bench = await server.graphql(variant.query, variant.variables);
      expect(bench.body.errors).toBeUndefined();
      expect(bench.body.extensions?.storeCalls).toBe(8);
      const pages = bench.body.data.entity.relationships.nodes;
      expect(pages).toHaveLength(Math.min(10, counted.relationshipsOf(bench.body.data.entity.slug).length));
      for (const relationship of pages) {
        expect(relationship.to.relationships.nodes).toHaveLength(
          Math.min(10, counted.relationshipsOf(relationship.to.slug).length),
        );
      }

      // with each page's totalCount: one more batched call per level, whatever the number of entities
      const { body } = await server.graphql(NEIGHBOURHOOD_FIGURES, variant.variables);
      expect(body.errors).toBeUndefined();
      expect(body.extensions?.storeCalls).toBe(10);
      const entity = body.data.entity;
      const own = counted.relationshipsOf(entity.slug);
      expect(own.length).toBeGreaterThan(0);
      expect(entity.relationships.totalCount).toBe(own.length);
      expect(entity.relationships.nodes).toHaveLength(Math.min(10, own.length));
      for (const relationship of entity.relationships.nodes) {
        expect(own).toContain(relationship.slug);
        const next = counted.relationshipsOf(relationship.to.slug);
        expect(relationship.to.relationships.totalCount).toBe(next.length);
        expect(relationship.to.relationships.nodes).toHaveLength(Math.min(10, next.length));
        for (const hop of relationship.to.relationships.nodes) expect(next).toContain(hop.slug);
      }
    }
  });

  it('generates the same graph from the same seed', () => {
    const again = new SyntheticGraph({ statements: STATEMENTS, seed: SEED });
    expect(JSON.stringify(again.shard(1).dataset)).toBe(JSON.stringify(graph.shard(1).dataset));
    expect(JSON.stringify(new SyntheticGraph({ statements: STATEMENTS, seed: 2 }).shard(1).dataset)).not.toBe(
      JSON.stringify(graph.shard(1).dataset),
    );
  });
});

/** a row of a response, navigated by the query sent */
type Row = any;

/** The benchmark's summary query, with the slugs that name each row for the recount. */
const SUMMARY_FIGURES = /* GraphQL */ `
  query SummaryFigures {
    factCheckSummary {
      totalClaims
      byStatus {
        status
        count
      }
      byRating {
        ratingValue
        ratingLabel
        count
      }
      mostDisputed(first: 5) {
        disputeCount
        reviewCount
        claim {
          slug
        }
      }
      statementsPerSpeaker(first: 10) {
        count
        speaker {
          slug
        }
      }
      mentionsPerEntity(first: 10) {
        count
        entity {
          slug
        }
        byStance {
          stance
          count
        }
      }
    }
  }
`;

/** The benchmark's neighbourhood query (bench/queries.ts), plus each page's totalCount and each relationship's slug. */
const NEIGHBOURHOOD_FIGURES = /* GraphQL */ `
  query NeighbourhoodFigures($name: String!) {
    entity(name: $name) {
      slug
      relationships(first: 10) {
        totalCount
        nodes {
          slug
          type
          status
          from {
            slug
            name
          }
          to {
            slug
            name
            relationships(first: 10) {
              totalCount
              nodes {
                slug
                type
                status
                from {
                  slug
                }
                to {
                  slug
                  name
                }
              }
            }
          }
        }
      }
    }
  }
`;
