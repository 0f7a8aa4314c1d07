/**
 * Error analysis on a PolNeAR-format folder: drafts every article, matches with the scorer's rule and writes the
 * misses by category to OUT_DIR (default /tmp/attribution-analysis), one file per category, plus counts on stdout.
 * The files hold corpus text: write them outside the repository.
 *
 *   npx tsx bench/attribution/analyse.ts DIR [OUT_DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftAttributions } from '../../src/draft/index.js';
import { parseBrat, type GoldAttribution, type Piece } from './brat.js';
import { listCorpus, readText } from './corpus.js';
import { toPredictions } from './predictions.js';
import {
  isQuotedGold,
  jaccard,
  matchAttributions,
  sourceAgrees,
  trimmedPositions,
  type ScoredPrediction,
} from './score.js';

const dir = process.argv[2];
const out = process.argv[3] ?? '/tmp/attribution-analysis';
if (!dir) {
  console.error('usage: npx tsx bench/attribution/analyse.ts DIR [OUT_DIR]');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const lines = new Map<string, string[]>();
const add = (category: string, line: string) => {
  const list = lines.get(category) ?? [];
  list.push(line);
  lines.set(category, list);
};
const cueCounts = new Map<string, number>();
const flat = (s: string) => s.replace(/\s+/g, ' ');

for (const article of listCorpus(dir)) {
  const text = readText(article.textPath);
  const cps = Array.from(text);
  const slice = (pieces: Piece[] | null) =>
    pieces ? pieces.map((p) => cps.slice(p.start, p.end).join('')).join(' … ') : '∅';
  const gold: GoldAttribution[] = article.annPath ? parseBrat(readText(article.annPath)) : [];
  const draft = draftAttributions(text);
  const predictions: ScoredPrediction[] = toPredictions(draft);
  // the drafted attribution that opens each prediction, for its cue and confidence
  const opener = draft.attributions.filter((a) => a.continues === null);
  const pairs = matchAttributions(cps, gold, predictions);
  const goldSets = gold.map((g) => trimmedPositions(cps, g.content));
  const predSets = predictions.map((p) => trimmedPositions(cps, p.content));
  const matchedGold = new Set(pairs.map((p) => p.gold));
  const matchedPred = new Set(pairs.map((p) => p.prediction));
  const best = (set: number[], others: number[][]) => {
    let top = -1;
    let score = 0;
    others.forEach((o, k) => {
      const s = jaccard(set, o);
      if (s > score) {
        score = s;
        top = k;
      }
    });
    return { top, score };
  };
  gold.forEach((g, k) => {
    if (matchedGold.has(k)) return;
    const quoted = isQuotedGold(cps, g);
    const { top, score } = best(goldSets[k], predSets);
    const category = `${quoted ? 'fn-quoted' : 'fn-indirect'}-${score > 0 ? 'boundary' : 'none'}`;
    const cue = slice(g.cue).toLowerCase();
    if (!quoted) cueCounts.set(cue, (cueCounts.get(cue) ?? 0) + 1);
    const all = [...g.content, ...(g.source ?? []), ...(g.cue ?? [])];
    const from = Math.max(0, Math.min(...all.map((p) => p.start)) - 60);
    const to = Math.min(from + 400, Math.max(...all.map((p) => p.end)) + 20);
    add(
      category,
      `${article.name}\n  src=[${slice(g.source)}] cue=[${slice(g.cue)}]\n  gold=[${flat(slice(g.content))}]\n  text=[${flat(cps.slice(from, to).join(''))}]${top >= 0 ? `\n  pred(${score.toFixed(2)})=[${flat(slice(predictions[top].content))}]` : ''}`,
    );
  });
  predictions.forEach((p, k) => {
    if (matchedPred.has(k)) return;
    const { top, score } = best(predSets[k], goldSets);
    const a = opener[k];
    const category = `fp-${p.direct ? 'direct' : 'indirect'}-${score > 0 ? 'boundary' : 'none'}`;
    add(
      category,
      `${article.name}\n  src=[${slice(p.source)}] cue=[${a.cue?.exact ?? '∅'}] conf=${a.confidence}\n  pred=[${flat(slice(p.content))}]${top >= 0 ? `\n  gold(${score.toFixed(2)})=[${flat(slice(gold[top].content))}]` : ''}`,
    );
  });
  for (const pair of pairs) {
    const g = gold[pair.gold];
    const p = predictions[pair.prediction];
    if (sourceAgrees(g.source, p.source)) continue;
    const a = opener[pair.prediction];
    add(
      `source-${g.source ? 'gold' : 'nogold'}-${p.source ? 'pred' : 'nopred'}`,
      `${article.name}\n  gold src=[${slice(g.source)}] pred src=[${slice(p.source)}] cue=[${a.cue?.exact ?? '∅'}]\n  content=[${flat(slice(p.content)).slice(0, 160)}]`,
    );
  }
}

for (const [category, list] of [...lines].sort()) {
  console.log(`${category.padEnd(28)} ${list.length}`);
  writeFileSync(join(out, `${category}.txt`), list.join('\n'));
}
const cues = [...cueCounts].sort((a, b) => b[1] - a[1]);
writeFileSync(join(out, 'fn-indirect-cues.txt'), cues.map(([c, n]) => `${n}\t${c}`).join('\n'));
