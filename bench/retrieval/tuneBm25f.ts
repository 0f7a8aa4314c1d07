/**
 * Grid search of the BM25F parameters (k1, per-field weight and b) and the phrase bonus on the TRAINING split
 * only, by MAP@5 of the ranking without the re-ranker. Prints the best settings, to be copied into
 * DEFAULT_BM25F (src/retrieval/bm25f.ts) and used by trainReranker.ts.
 *
 *   npx tsx bench/retrieval/tuneBm25f.ts [--data ../shared/claim-retrieval]
 */
import { parseArgs } from 'node:util';
import { ClaimIndex, type Bm25fParams } from '../../src/retrieval/index.js';
import { loadClefData } from './clefData.js';
import { effectiveness } from './metrics.js';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/claim-retrieval' } } });
const data = loadClefData(values.data);
if (!data) throw new Error(`No data under ${values.data}`);
const index = new ClaimIndex({ reranker: null });
for (const c of data.claims) index.add({ id: c.id, text: c.vclaim, headline: c.title });

function map5(params: Bm25fParams, bigramBonus: number, signatureWeights = { author: 0.5, date: 0.5 }): number {
  index.setScoring({ bm25f: params, bigramBonus, signatureWeights });
  const rankings = new Map<string, string[]>();
  for (const q of data!.train.queries)
    rankings.set(
      q.id,
      index
        .rank(q.text, 20)
        .slice(0, 5)
        .map((c) => c.id),
    );
  return effectiveness(rankings, data!.train.qrels).map5;
}

let best = { score: -1, params: undefined as Bm25fParams | undefined, bonus: 0 };
for (const k1 of [0.9, 1.2, 1.6, 2.2])
  for (const headline of [0.6, 1, 1.5])
    for (const bText of [0.55, 0.75, 0.9])
      for (const bHeadline of [0.3, 0.6, 0.9]) {
        const params: Bm25fParams = { k1, weight: [1, headline, 0.5], b: [bText, bHeadline, 0.75] };
        const score = map5(params, 0);
        if (score > best.score) {
          best = { score, params, bonus: 0 };
          console.log(`MAP@5 ${score.toFixed(4)} ${JSON.stringify(params)}`);
        }
      }
let bestSignature = { score: -1, author: 0.5, date: 0.5 };
for (const author of [0, 0.25, 0.5, 0.75, 1])
  for (const date of [0, 0.25, 0.5, 0.75, 1]) {
    const score = map5(best.params!, 0, { author, date });
    console.log(`signature author ${author} date ${date}: MAP@5 ${score.toFixed(4)}`);
    if (score > bestSignature.score) bestSignature = { score, author, date };
  }
const signatureWeights = { author: bestSignature.author, date: bestSignature.date };
for (const bonus of [0, 0.25, 0.5, 1]) {
  const score = map5(best.params!, bonus, signatureWeights);
  console.log(`bigram bonus ${bonus}: MAP@5 ${score.toFixed(4)}`);
}
console.log(`best signature ${JSON.stringify(bestSignature)}`);
console.log(`best ${JSON.stringify(best)}`);
