/**
 * Measures similar-claim retrieval end to end, through the GraphQL API of the real server:
 *
 *   npm run eval:claims -- --claims verified_claims.docs.tsv --queries tweets.queries.tsv \
 *     --qrels tweet-vclaim-pairs.qrels [--run run.tsv] [--store sqlite|postgres] [--depth N]
 *
 * Creates a fresh database (SQLite: a file in a temporary folder; PostgreSQL: a database created on the server at
 * CLAIMGRAPH_EVAL_PG_URL, default postgres://postgres@127.0.0.1:5432/postgres, and dropped at the end), imports the
 * verified claims with `claimgraph import-verified-claims` (timed), starts the server on it, and sends every query
 * as a `similarClaims` GraphQL request, one at a time. Prints MAP@5, MRR and Recall@5 (the definitions of
 * `npm run eval:claims:engine`; MRR over the --depth hits asked for, 5 by default), the import time, the index
 * build time (the first query, which builds the index) and the client-side latency of the others. --run writes the
 * lab's run format with the data's claim ids (the slug less the import's prefix).
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PROJECT_ROOT } from '../src/config/config.js';
import { BenchProcess } from './benchProcess.js';
import { loadClaims, loadQrels, loadQueries, type Query } from './retrieval/clefData.js';
import {
  EVAL_CLAIMS_USAGE,
  EvalClaimsArgsError,
  parseEvalClaimsArgs,
  type RankingKind,
  type StoreKind,
} from './retrieval/evalClaimsArgs.js';
import { effectiveness, percentile } from './retrieval/metrics.js';
import { claimIdFromSlug, formatRunFile, type RankedClaim } from './retrieval/runFile.js';

const PUBLISHER = 'Snopes';
const SLUG_PREFIX = 'vclaim-';
const PG_ADMIN_URL = process.env.CLAIMGRAPH_EVAL_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const SIMILAR_CLAIMS = `query SimilarClaims($text: String!, $first: Int!) {
  similarClaims(text: $text, first: $first) { nodes { claim { slug } score } ranking }
}`;

interface EvalDatabase {
  /** the CLAIMGRAPH_DB setting for the CLI and the server */
  database: string;
  /** what to print: never a password */
  label: string;
  drop(): Promise<void>;
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(kind: StoreKind): Promise<EvalDatabase> {
  if (kind === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'claimgraph-eval-claims-'));
    const database = join(folder, 'claims.db');
    return { database, label: database, drop: () => Promise.resolve(rmSync(folder, { recursive: true, force: true })) };
  }
  const name = `claimgraph_eval_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    database: url.toString(),
    label: `PostgreSQL database ${name} on ${url.host}`,
    // FORCE: a server that did not stop cleanly must not keep the database alive.
    drop: () =>
      withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
}

/** The environment both the CLI and the server run with: this database, no seed dataset, no rate limit. */
function serverEnv(database: string, ranking: RankingKind = 'semantic'): Record<string, string> {
  return {
    CLAIMGRAPH_DB: database,
    CLAIMGRAPH_SEMANTIC_RANKING: ranking === 'semantic' ? '1' : '0',
    CLAIMGRAPH_SEED: 'none',
    PORT: '0',
    CLAIMGRAPH_RATE_LIMIT: '0',
    // One log line per request would bury the figures; warnings and errors still show.
    CLAIMGRAPH_LOG_LEVEL: 'warn',
    // The first query builds the index from every claim: allow it more than an ordinary operation's time.
    CLAIMGRAPH_OPERATION_TIMEOUT_MS: '120000',
    CLAIMGRAPH_REQUEST_TIMEOUT_MS: '120000',
  };
}

/** Runs `claimgraph import-verified-claims` as a user would (the CLI through tsx); resolves to its wall time in ms. */
function importClaims(claimsFile: string, database: string): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  const args = [
    '--import',
    'tsx',
    join(PROJECT_ROOT, 'src', 'cli.ts'),
    'import-verified-claims',
    claimsFile,
    '--publisher',
    PUBLISHER,
    '--slug-prefix',
    SLUG_PREFIX,
  ];
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...serverEnv(database) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve({ ms: performance.now() - started, output: output.trim() });
      else reject(new Error(`import-verified-claims exited with code ${code}:\n${output.trim()}`));
    });
  });
}

interface QueryResult {
  hits: RankedClaim[];
  /** the GraphQL errors' messages, if the server refused the query */
  errors: string[];
  ms: number;
  ranking?: string;
}

async function similarClaims(url: string, text: string, first: number): Promise<QueryResult> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query: SIMILAR_CLAIMS, variables: { text, first } }),
  });
  const body = (await response.json()) as {
    data?: { similarClaims: { nodes: { claim: { slug: string }; score: number }[]; ranking: string } } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  const ms = performance.now() - started;
  const nodes = body.data?.similarClaims.nodes ?? [];
  return {
    hits: nodes.map((n) => ({ id: claimIdFromSlug(n.claim.slug, SLUG_PREFIX), score: n.score })),
    errors: (body.errors ?? []).map((e) => `${e.extensions?.code ?? response.status}: ${e.message}`),
    ms,
    ranking: body.data?.similarClaims.ranking,
  };
}

/** How long the first query may keep being re-sent while the server builds the index. */
const FIRST_QUERY_PATIENCE_MS = 60 * 60 * 1000;

/**
 * The first query, timed from its first attempt. With a large graph the index build can outlast the HTTP
 * client's wait for response headers; the server keeps building (later queries wait on the same build), so the
 * query is sent again until it is answered.
 */
async function firstQuery(url: string, text: string, first: number): Promise<QueryResult> {
  const started = performance.now();
  for (;;) {
    try {
      const result = await similarClaims(url, text, first);
      return { ...result, ms: performance.now() - started };
    } catch (error) {
      // fetch reports a timed-out or dropped connection as a TypeError; anything else is a real failure.
      if (!(error instanceof TypeError) || performance.now() - started > FIRST_QUERY_PATIENCE_MS) throw error;
    }
  }
}

/** How long to wait for the server to embed every claim (~25 ms of one core each) before measuring. */
const VECTORS_PATIENCE_MS = 4 * 60 * 60 * 1000;

/**
 * Waits until the server ranks semantically, i.e. every claim has its sentence vectors, so that every query is
 * measured the way a settled server answers it; returns the wait in ms.
 */
async function untilSemantic(url: string, text: string): Promise<number> {
  const started = performance.now();
  for (;;) {
    const result = await similarClaims(url, text, 5);
    if (result.ranking === 'SEMANTIC') return performance.now() - started;
    if (performance.now() - started > VECTORS_PATIENCE_MS) throw new Error('the claims were not all embedded in time');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseEvalClaimsArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof EvalClaimsArgsError) {
      console.error(`eval:claims: ${error.message}\n${EVAL_CLAIMS_USAGE}`);
      return 2;
    }
    throw error;
  }
  const claimCount = loadClaims(args.claims).length;
  const queries: Query[] = loadQueries(args.queries);
  const qrels = loadQrels(args.qrels);
  if (queries.length === 0) {
    console.error(`eval:claims: --queries ${args.queries} holds no query`);
    return 1;
  }

  let db: EvalDatabase;
  try {
    db = await createDatabase(args.store);
  } catch (error) {
    console.error(`eval:claims: cannot create the ${args.store} database: ${(error as Error).message}`);
    return 1;
  }
  let server: BenchProcess | undefined;
  try {
    console.error(`importing ${claimCount} claims into ${db.label}`);
    const imported = await importClaims(args.claims, db.database);
    if (imported.output) console.error(imported.output);
    server = await BenchProcess.start(
      join(PROJECT_ROOT, 'bench', 'serverProcess.ts'),
      [],
      serverEnv(db.database, args.ranking),
    );

    // The first query builds the index from the store: timed on its own, then every query is sent in turn.
    const warmUp = await firstQuery(server.url, queries[0].text, args.depth);
    const vectorsMs = args.ranking === 'semantic' ? await untilSemantic(server.url, queries[0].text) : undefined;
    const rankings = new Map<string, RankedClaim[]>();
    const latencies: number[] = [];
    const refused: string[] = [];
    let otherRanking = 0;
    for (const q of queries) {
      const result = await similarClaims(server.url, q.text, args.depth);
      latencies.push(result.ms);
      if (result.ranking !== args.ranking.toUpperCase()) otherRanking++;
      rankings.set(q.id, result.hits);
      if (result.errors.length > 0) refused.push(`  query ${q.id}: ${result.errors.join('; ')}`);
    }

    const scores = effectiveness(new Map([...rankings].map(([q, hits]) => [q, hits.map((h) => h.id)])), qrels);
    console.log(`system      similarClaims over GraphQL (${args.store}), first ${args.depth}, ${args.ranking} ranking`);
    console.log(`claims      ${claimCount}`);
    console.log(`queries     ${queries.length} (${scores.queries} judged)`);
    console.log(`MAP@5       ${scores.map5.toFixed(4)}`);
    console.log(`MRR         ${scores.mrr.toFixed(4)}${args.depth < 100 ? ` (over the top ${args.depth})` : ''}`);
    console.log(`Recall@5    ${scores.recall5.toFixed(4)}`);
    console.log(`import      ${(imported.ms / 1000).toFixed(2)} s (the CLI process, start to exit)`);
    console.log(`index build ${(warmUp.ms / 1000).toFixed(2)} s (the first query, which builds the index)`);
    if (vectorsMs !== undefined) {
      console.log(
        `vectors     ${(vectorsMs / 1000).toFixed(1)} s after the first query, until every claim had its sentence vectors`,
      );
    }
    console.log(
      `latency     p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, max ${Math.max(...latencies).toFixed(2)} ms (client, sequential)`,
    );
    if (otherRanking > 0)
      console.log(`ranking     ${otherRanking} queries were not ranked ${args.ranking.toUpperCase()}`);
    if (refused.length > 0) console.log(`refused     ${refused.length} queries:\n${refused.join('\n')}`);
    if (args.run) {
      const text = formatRunFile(
        queries.map((q) => q.id),
        rankings,
      );
      writeFileSync(args.run, text);
      console.log(`run         ${args.run} (${text === '' ? 0 : text.split('\n').length - 1} lines)`);
    }
    return 0;
  } catch (error) {
    // The import failing, the server not starting, a query failing: one line, then the database is dropped.
    console.error(`eval:claims: ${(error as Error).message}`);
    return 1;
  } finally {
    await server?.stop();
    await db.drop();
  }
}

process.exitCode = await main();
