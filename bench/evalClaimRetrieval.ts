/**
 * Measures the similar-claim retrieval engine on CLEF 2020 CheckThat! task 2 (or any data in its format):
 *
 *   npm run eval:claims:engine -- --claims verified_claims.docs.tsv --queries tweets.queries.tsv \
 *     --qrels tweet-vclaim-pairs.qrels [--run run.tsv] [--scale N] [--bm25-baseline] [--no-reranker] [--semantic]
 *
 * Loads the verified claims straight into a ClaimIndex (no store, no server), runs every query, and prints MAP@5,
 * MRR, Recall@5, query latency p50/p99, build time and the index's memory. --run writes the lab's run format;
 * --scale pads the index with N seeded synthetic claims first (latency at scale; effectiveness is then measured
 * against the padded index too); --bm25-baseline runs the data README's plain BM25 instead, to check the scorer
 * against its published figures. --semantic ranks by meaning as the server does once every claim has its vectors
 * (the semantic re-ranker), with the sentence vectors of claims and queries embedded beforehand (and cached under
 * bench/.data, bench/retrieval/clefVectors.ts): its latency leaves out the query's own embedding, which
 * `npm run eval:claims` includes.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ClaimIndex, MAX_RANKED_HITS } from '../src/retrieval/index.js';
import { encoderText } from '../src/retrieval/semantic/encoderText.js';
import type { SemanticInput } from '../src/retrieval/semantic/semanticFeatures.js';
import { claimVectorsOf, vectorsOf } from './retrieval/clefVectors.js';
import { loadClaims, loadQrels, loadQueries } from './retrieval/clefData.js';
import { effectiveness, percentile } from './retrieval/metrics.js';
import { PlainBm25 } from './retrieval/plainBm25.js';
import { syntheticClaims } from './retrieval/syntheticClaims.js';

const { values } = parseArgs({
  options: {
    claims: { type: 'string' },
    queries: { type: 'string' },
    qrels: { type: 'string' },
    run: { type: 'string' },
    scale: { type: 'string' },
    'bm25-baseline': { type: 'boolean', default: false },
    'no-reranker': { type: 'boolean', default: false },
    semantic: { type: 'boolean', default: false },
  },
});
if (!values.claims || !values.queries || !values.qrels) {
  console.error(
    'usage: --claims TSV --queries TSV --qrels QRELS [--run FILE] [--scale N] [--bm25-baseline] [--no-reranker] [--semantic]',
  );
  process.exit(2);
}
if (values.semantic && (values.scale || values['bm25-baseline'] || values['no-reranker'])) {
  // synthetic claims have no vectors, and the other two rankings read none
  console.error('--semantic cannot be combined with --scale, --bm25-baseline or --no-reranker');
  process.exit(2);
}

const claims = loadClaims(values.claims);
const queries = loadQueries(values.queries);
const qrels = loadQrels(values.qrels);
const scale = values.scale ? Number(values.scale) : 0;

/** The n-th query's semantic input: its vector and the claims', from the cache or embedded now. */
async function semanticInputs(): Promise<(n: number) => SemanticInput> {
  const claim = await claimVectorsOf(claims);
  const query = await vectorsOf(
    'clef-queries',
    queries.map((q) => encoderText(q.text)),
  );
  return (n) => ({ query: query[n], claim });
}
const semanticOf = values.semantic ? await semanticInputs() : undefined;
let rankedByMeaning = 0;
const gc = (globalThis as { gc?: () => void }).gc;

function memoryInUse(): number {
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const rankings = new Map<string, { id: string; score: number }[]>();
const latencies: number[] = [];
// CPU time per query beside wall time: on a shared machine a query's wall time includes the time the process
// waited for a core, which says more about the neighbours than about the engine.
const cpuTimes: number[] = [];
function timed<T>(run: () => T): T {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = run();
  latencies.push(performance.now() - t);
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  return result;
}
let buildMs: number;
let memoryBytes = Number.NaN;

if (values['bm25-baseline']) {
  const started = performance.now();
  const bm25 = new PlainBm25(claims.map((c) => ({ id: c.id, text: `${c.vclaim} ${c.title}` })));
  buildMs = performance.now() - started;
  for (const q of queries) {
    const ids = timed(() => bm25.search(q.text, MAX_RANKED_HITS));
    rankings.set(
      q.id,
      ids.map((id, i) => ({ id, score: ids.length - i })),
    );
  }
} else {
  let index = new ClaimIndex(values['no-reranker'] ? { reranker: null } : {});
  const started = performance.now();
  for (const c of claims) index.add({ id: c.id, text: c.vclaim, headline: c.title });
  if (scale > 0) {
    const real = claims.map((c) => ({ text: c.vclaim, headline: c.title }));
    let added = 0;
    for (const claim of syntheticClaims(real, scale)) {
      index.add(claim);
      if (++added % 200_000 === 0) console.error(`  ${added} synthetic claims added`);
    }
  }
  buildMs = performance.now() - started;
  // One untimed pass over a few queries, so the timings below are of compiled code.
  for (const q of queries.slice(0, 20)) index.search(q.text, { first: 5 });
  gc?.();
  for (const [n, q] of queries.entries()) {
    const hits = timed(() => index.search(q.text, { first: MAX_RANKED_HITS, semantic: semanticOf?.(n) }));
    if (hits[0]?.semantic) rankedByMeaning++;
    rankings.set(
      q.id,
      hits.map((h) => ({ id: h.id, score: h.score })),
    );
  }
  // The index's size: memory in use with it, less memory in use once it is dropped (both after a full GC).
  const withIndex = memoryInUse();
  index = undefined as unknown as ClaimIndex;
  memoryBytes = withIndex - memoryInUse();
}

const scores = effectiveness(new Map([...rankings].map(([q, hits]) => [q, hits.map((h) => h.id)])), qrels);
const mode = values['bm25-baseline']
  ? 'plain BM25 (data README baseline)'
  : values['no-reranker']
    ? 'BM25F + phrase bonus'
    : values.semantic
      ? `BM25F + learned re-ranker with sentence vectors (${rankedByMeaning} queries ranked by meaning; latency without the query's embedding)`
      : 'BM25F + learned re-ranker';
console.log(`engine      ${mode}`);
console.log(`claims      ${claims.length}${scale > 0 ? ` + ${scale} synthetic` : ''}`);
console.log(`queries     ${queries.length} (${scores.queries} judged)`);
console.log(`MAP@5       ${scores.map5.toFixed(4)}`);
console.log(`MRR         ${scores.mrr.toFixed(4)}`);
console.log(`Recall@5    ${scores.recall5.toFixed(4)}`);
console.log(
  `latency     p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, max ${Math.max(...latencies).toFixed(2)} ms`,
);
console.log(
  `cpu time    p50 ${percentile(cpuTimes, 50).toFixed(2)} ms, p99 ${percentile(cpuTimes, 99).toFixed(2)} ms per query`,
);
console.log(`build       ${(buildMs / 1000).toFixed(2)} s`);
if (!Number.isNaN(memoryBytes))
  console.log(
    `memory      ${(memoryBytes / 2 ** 20).toFixed(1)} MiB held by the index: heap + array buffers, ${gc ? 'after a full gc' : 'run with NODE_OPTIONS=--expose-gc for an exact figure'})`,
  );

if (values.run) {
  const lines: string[] = [];
  for (const q of queries) {
    (rankings.get(q.id) ?? []).forEach((hit, i) =>
      lines.push(`${q.id}\t0\t${hit.id}\t${i + 1}\t${hit.score}\tclaimgraph`),
    );
  }
  writeFileSync(values.run, lines.join('\n') + '\n');
  console.log(`run         ${values.run} (${lines.length} lines)`);
}
