/**
 * The matching rule of shared/polnear/README.md: a prediction matches a gold attribution when their content spans,
 * trimmed of quotes, spaces and edge punctuation, overlap with a character Jaccard of at least 0.5; one to one.
 *
 * One to one is settled greedily, best Jaccard first (ties: earlier gold, then earlier prediction), so that a long
 * prediction overlapping two gold contents is paired with the one it covers best and the other stays a miss.
 */
import type { GoldAttribution, Piece } from './brat.js';

export interface ScoredPrediction {
  content: Piece[];
  source: Piece[] | null;
  /** the prediction claims the words are quoted verbatim */
  direct: boolean;
}

export const MATCH_THRESHOLD = 0.5;

/** Quotation marks of every style, spaces and the punctuation that sits at the edge of a quoted or reported span. */
const EDGE = /[\s"'“”‘’„‟«»‹›`´.,;:!?…\-–—()[\]{}*]/u;
/** A gold content "holds a quotation mark" when any double quotation mark is inside its raw span. */
const DOUBLE_QUOTE = /["“”„‟«»]/u;

/** Code point positions of a span's pieces, each piece trimmed at both edges; sorted, without duplicates. */
export function trimmedPositions(codePoints: readonly string[], pieces: readonly Piece[]): number[] {
  const positions = new Set<number>();
  for (const { start, end } of pieces) {
    let from = Math.max(0, start);
    let to = Math.min(codePoints.length, end);
    while (from < to && EDGE.test(codePoints[from])) from++;
    while (to > from && EDGE.test(codePoints[to - 1])) to--;
    for (let at = from; at < to; at++) positions.add(at);
  }
  return [...positions].sort((a, b) => a - b);
}

/** |A ∩ B| / |A ∪ B| of two sorted position lists; 0 when both are empty. */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  const union = a.length + b.length - shared;
  return union === 0 ? 0 : shared / union;
}

export interface MatchedPair {
  gold: number;
  prediction: number;
  jaccard: number;
}

/** Pairs predictions with gold attributions one to one, best overlap first. */
export function matchAttributions(
  codePoints: readonly string[],
  gold: readonly GoldAttribution[],
  predictions: readonly ScoredPrediction[],
): MatchedPair[] {
  const goldSets = gold.map((g) => trimmedPositions(codePoints, g.content));
  const predSets = predictions.map((p) => trimmedPositions(codePoints, p.content));
  const candidates: MatchedPair[] = [];
  predSets.forEach((predSet, p) => {
    if (predSet.length === 0) return;
    const first = predSet[0];
    const last = predSet[predSet.length - 1];
    goldSets.forEach((goldSet, g) => {
      // cheap range test first: most pairs are far apart
      if (goldSet.length === 0 || goldSet[0] > last || goldSet[goldSet.length - 1] < first) return;
      const score = jaccard(goldSet, predSet);
      if (score >= MATCH_THRESHOLD) candidates.push({ gold: g, prediction: p, jaccard: score });
    });
  });
  candidates.sort((x, y) => y.jaccard - x.jaccard || x.gold - y.gold || x.prediction - y.prediction);
  const usedGold = new Set<number>();
  const usedPred = new Set<number>();
  const pairs: MatchedPair[] = [];
  for (const candidate of candidates) {
    if (usedGold.has(candidate.gold) || usedPred.has(candidate.prediction)) continue;
    usedGold.add(candidate.gold);
    usedPred.add(candidate.prediction);
    pairs.push(candidate);
  }
  return pairs;
}

/**
 * A matched pair has the right source when the predicted source span shares a code point with the gold source
 * span (so "he" for gold "he" is right, and "Trump" inside gold "Donald Trump" too), or when neither has one.
 */
export function sourceAgrees(gold: Piece[] | null, predicted: Piece[] | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return gold.some((g) => predicted.some((p) => p.start < g.end && g.start < p.end));
}

/** Raw counts, summed over articles, from which every figure is computed. */
export interface Tally {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  goldQuoted: number;
  goldQuotedMatched: number;
  predictedDirect: number;
  predictedDirectMatched: number;
  sourceRight: number;
}

export function emptyTally(): Tally {
  return {
    articles: 0,
    gold: 0,
    predicted: 0,
    matched: 0,
    goldQuoted: 0,
    goldQuotedMatched: 0,
    predictedDirect: 0,
    predictedDirectMatched: 0,
    sourceRight: 0,
  };
}

export function isQuotedGold(codePoints: readonly string[], gold: GoldAttribution): boolean {
  return gold.content.some(({ start, end }) => DOUBLE_QUOTE.test(codePoints.slice(start, end).join('')));
}

/** Scores one article into `tally` and returns its matched pairs (for --out and debugging). */
export function scoreArticle(
  tally: Tally,
  text: string,
  gold: readonly GoldAttribution[],
  predictions: readonly ScoredPrediction[],
): MatchedPair[] {
  const codePoints = Array.from(text);
  const pairs = matchAttributions(codePoints, gold, predictions);
  const quoted = gold.map((g) => isQuotedGold(codePoints, g));
  tally.articles++;
  tally.gold += gold.length;
  tally.predicted += predictions.length;
  tally.matched += pairs.length;
  tally.goldQuoted += quoted.filter(Boolean).length;
  tally.predictedDirect += predictions.filter((p) => p.direct).length;
  for (const pair of pairs) {
    if (quoted[pair.gold]) tally.goldQuotedMatched++;
    if (predictions[pair.prediction].direct) tally.predictedDirectMatched++;
    if (sourceAgrees(gold[pair.gold].source, predictions[pair.prediction].source)) tally.sourceRight++;
  }
  return pairs;
}

export interface Figures {
  precision: number;
  recall: number;
  f1: number;
  quotedRecall: number;
  directPrecision: number;
  sourceAccuracy: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function figures(tally: Tally): Figures {
  const precision = ratio(tally.matched, tally.predicted);
  const recall = ratio(tally.matched, tally.gold);
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    quotedRecall: ratio(tally.goldQuotedMatched, tally.goldQuoted),
    directPrecision: ratio(tally.predictedDirectMatched, tally.predictedDirect),
    sourceAccuracy: ratio(tally.sourceRight, tally.matched),
  };
}
