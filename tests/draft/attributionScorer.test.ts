import { describe, expect, it } from 'vitest';
import { parseBrat } from '../../bench/attribution/brat.js';
import { emptyTally, figures, jaccard, scoreArticle, trimmedPositions } from '../../bench/attribution/score.js';

const text = 'Mia said “the dam 🌊 will hold.” Then Leo wrote that the river would rise.';
const cp = Array.from(text);
const at = (s: string) => Array.from(text.slice(0, text.indexOf(s))).length;
const len = (s: string) => Array.from(s).length;
const ann = [
  `T1\tSource ${at('Mia')} ${at('Mia') + 3}\tMia`,
  `T2\tCue ${at('said')} ${at('said') + 4}\tsaid`,
  `T3\tContent ${at('“the')} ${at('“the') + len('“the dam 🌊 will hold.”')}\t“the dam 🌊 will hold.”`,
  `T4\tAttribution ${at('said')} ${at('said') + 4}\tsaid`,
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  `T5\tSource ${at('Leo')} ${at('Leo') + 3}\tLeo`,
  `T6\tCue ${at('wrote')} ${at('wrote') + 5}\twrote`,
  `T7\tContent ${at('the river')} ${at('the river') + len('the river would rise')}\tthe river would rise`,
  'E2\tAttribution:T6 Content:T7 Cue:T6 Source:T5',
].join('\n');

describe('attribution scorer', () => {
  it('reads brat spans and events in code points', () => {
    const gold = parseBrat(ann);
    expect(gold).toHaveLength(2);
    expect(cp.slice(gold[0].content[0].start, gold[0].content[0].end).join('')).toBe('“the dam 🌊 will hold.”');
  });

  it('trims quotes, spaces and edge punctuation before comparing', () => {
    const positions = trimmedPositions(cp, [{ start: at('“the'), end: at('“the') + len('“the dam 🌊 will hold.”') }]);
    expect(cp.slice(positions[0], positions[positions.length - 1] + 1).join('')).toBe('the dam 🌊 will hold');
    expect(jaccard([1, 2, 3, 4], [3, 4, 5, 6])).toBeCloseTo(2 / 6);
  });

  it('matches one to one at a Jaccard of at least one half and scores sources', () => {
    const gold = parseBrat(ann);
    const tally = emptyTally();
    const predictions = [
      // the quote without its marks, right source
      {
        content: [{ start: at('the dam'), end: at('the dam') + len('the dam 🌊 will hold') }],
        source: [{ start: at('Mia'), end: at('Mia') + 3 }],
        direct: true,
      },
      // a duplicate of the same quote cannot take the same gold twice
      { content: [{ start: at('the dam'), end: at('the dam') + len('the dam') }], source: null, direct: true },
      // too little overlap with "the river would rise"
      { content: [{ start: at('rise'), end: at('rise') + 4 }], source: null, direct: false },
    ];
    scoreArticle(tally, text, gold, predictions);
    const f = figures(tally);
    expect(tally.matched).toBe(1);
    expect(f.precision).toBeCloseTo(1 / 3);
    expect(f.recall).toBeCloseTo(1 / 2);
    expect(f.quotedRecall).toBe(1);
    expect(f.directPrecision).toBeCloseTo(1 / 2);
    expect(f.sourceAccuracy).toBe(1);
  });
});
