/**
 * A draft as the scorer sees it. PolNeAR annotates one attribution per cue, with a content that may be
 * discontinuous: "“…,” he said, “…”" and a turn carried on over the following paragraphs are one attribution whose
 * content has several pieces. The drafter lists each quotation on its own and links the ones that carry on an
 * earlier speaker's turn (`continues`); here each chain is joined into one prediction with one piece per quotation,
 * the source of the attribution that opened the turn, and direct when every piece is.
 */
import type { Draft } from '../../src/draft/index.js';
import type { ScoredPrediction } from './score.js';

export function toPredictions(draft: Draft): ScoredPrediction[] {
  const predictions: ScoredPrediction[] = [];
  const predictionOf: number[] = [];
  draft.attributions.forEach((a, k) => {
    const piece = { start: a.content.start, end: a.content.end };
    const joined = a.continues !== null ? predictionOf[a.continues] : undefined;
    if (joined !== undefined) {
      const prediction = predictions[joined];
      prediction.content.push(piece);
      prediction.direct &&= a.direct;
      prediction.source ??= a.source ? [{ start: a.source.start, end: a.source.end }] : null;
      predictionOf[k] = joined;
      return;
    }
    predictionOf[k] = predictions.length;
    predictions.push({
      content: [piece],
      source: a.source ? [{ start: a.source.start, end: a.source.end }] : null,
      direct: a.direct,
    });
  });
  return predictions;
}
