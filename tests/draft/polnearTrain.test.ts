import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseBrat } from '../../bench/attribution/brat.js';
import { listCorpus, readText } from '../../bench/attribution/corpus.js';
import { naiveAnchor } from '../../bench/attribution/naive.js';
import { toPredictions } from '../../bench/attribution/predictions.js';
import { emptyTally, figures, scoreArticle } from '../../bench/attribution/score.js';
import { draftAttributions } from '../../src/draft/index.js';

const corpus = fileURLToPath(new URL('../../../shared/polnear/train', import.meta.url));
const present = existsSync(corpus);
if (!present) console.log(`skipping the PolNeAR comparison: ${corpus} is absent`);

describe.skipIf(!present)('drafting on a fixed sample of the PolNeAR training split', () => {
  it('scores at least as well as the naive anchor on every figure', () => {
    // every 10th article: a fixed sample that keeps the test quick on a shared machine
    const sample = listCorpus(corpus).filter((_, i) => i % 10 === 0);
    const drafted = emptyTally();
    const naive = emptyTally();
    for (const article of sample) {
      const text = readText(article.textPath);
      const gold = article.annPath ? parseBrat(readText(article.annPath)) : [];
      const draft = draftAttributions(text);
      scoreArticle(drafted, text, gold, toPredictions(draft));
      scoreArticle(naive, text, gold, naiveAnchor(text));
    }
    const ours = figures(drafted);
    const anchor = figures(naive);
    console.log('sample figures', { ours, anchor });
    expect(ours.f1).toBeGreaterThanOrEqual(anchor.f1);
    expect(ours.precision).toBeGreaterThanOrEqual(anchor.precision);
    expect(ours.recall).toBeGreaterThanOrEqual(anchor.recall);
    expect(ours.quotedRecall).toBeGreaterThanOrEqual(anchor.quotedRecall);
    expect(ours.directPrecision).toBeGreaterThanOrEqual(anchor.directPrecision);
    expect(ours.sourceAccuracy).toBeGreaterThanOrEqual(anchor.sourceAccuracy);
  }, 120_000);
});
