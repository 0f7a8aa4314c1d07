/**
 * Drafts every article of a PolNeAR-format folder and scores the drafts against the first annotator's
 * attributions with the rule of shared/polnear/README.md (bench/attribution/score.ts).
 *
 *   npm run eval:attribution -- DIR [--out PRED_DIR] [--baseline naive]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftAttributions } from '../src/draft/index.js';
import { parseBrat } from './attribution/brat.js';
import { listCorpus, readText } from './attribution/corpus.js';
import { naiveAnchor } from './attribution/naive.js';
import { toPredictions } from './attribution/predictions.js';
import { emptyTally, figures, scoreArticle, type ScoredPrediction } from './attribution/score.js';

function parseArgs(argv: string[]): { dir: string; out: string | null; baseline: string | null } {
  let dir: string | null = null;
  let out: string | null = null;
  let baseline: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out') out = argv[++i] ?? null;
    else if (arg === '--baseline') baseline = argv[++i] ?? null;
    else if (!arg.startsWith('--')) dir = arg;
  }
  if (!dir || (baseline !== null && baseline !== 'naive')) {
    console.error('usage: npm run eval:attribution -- DIR [--out PRED_DIR] [--baseline naive]');
    process.exit(2);
  }
  return { dir, out, baseline };
}

const { dir, out, baseline } = parseArgs(process.argv.slice(2));
const articles = listCorpus(dir);
if (out) mkdirSync(out, { recursive: true });
const tally = emptyTally();
let draftingMs = 0;
for (const article of articles) {
  const text = readText(article.textPath);
  const gold = article.annPath ? parseBrat(readText(article.annPath)) : [];
  const started = performance.now();
  let predictions: ScoredPrediction[];
  let output: unknown;
  if (baseline === 'naive') {
    predictions = naiveAnchor(text);
    output = predictions;
  } else {
    const draft = draftAttributions(text);
    predictions = toPredictions(draft);
    output = draft;
  }
  draftingMs += performance.now() - started;
  scoreArticle(tally, text, gold, predictions);
  if (out) writeFileSync(join(out, `${article.name}.json`), JSON.stringify(output, null, 2));
}
const f = figures(tally);
const fmt = (x: number) => x.toFixed(3);
console.log(
  `${baseline === 'naive' ? 'naive anchor' : 'draftAttributions'} on ${dir}: ${tally.articles} articles, ${tally.gold} gold, ${tally.predicted} predicted, ${tally.matched} matched`,
);
console.log(`all attributions   P ${fmt(f.precision)}  R ${fmt(f.recall)}  F1 ${fmt(f.f1)}`);
console.log(`quoted gold recall ${fmt(f.quotedRecall)} (${tally.goldQuotedMatched}/${tally.goldQuoted})`);
console.log(`direct precision   ${fmt(f.directPrecision)} (${tally.predictedDirectMatched}/${tally.predictedDirect})`);
console.log(`source accuracy    ${fmt(f.sourceAccuracy)} (${tally.sourceRight}/${tally.matched})`);
console.log(
  `speed              ${(tally.articles / (draftingMs / 1000)).toFixed(1)} articles/s (${(draftingMs / 1000).toFixed(1)} s drafting, model load included)`,
);
