/**
 * Synthetic claims to pad the index for latency measurements at scale. Seeded, so runs compare. Words are drawn
 * from the unigram distribution of the real claims handed in (so real queries hit posting lists as long, in
 * proportion, as they would in a larger real collection), mixed with a Zipf-distributed tail of made-up words
 * (so the vocabulary keeps growing with the collection, as real vocabularies do). Lengths follow the real ones.
 */
import type { ClaimInput } from '../../src/retrieval/index.js';

/** mulberry32: small, fast, good enough to draw words. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Sampler {
  private readonly cumulative: Float64Array;
  constructor(
    private readonly items: string[],
    weights: number[],
  ) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }
  draw(u: number): string {
    const target = u * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] < target) lo = mid + 1;
      else hi = mid;
    }
    return this.items[lo];
  }
}

const TAIL_SHARE = 0.25;
const TAIL_VOCABULARY = 500_000;
const SYLLABLES = 'ka lo mi ne ru sa te vo zi ba de fu gi ho ju ly mo pa qi re so tu wa xe yo'.split(' ');

function madeUpWord(rank: number): string {
  let word = '';
  let r = rank + 1;
  while (r > 0) {
    word += SYLLABLES[r % SYLLABLES.length];
    r = Math.floor(r / SYLLABLES.length);
  }
  return word;
}

export function* syntheticClaims(
  real: readonly { text: string; headline: string }[],
  count: number,
  seed = 42,
): Generator<ClaimInput> {
  const rand = random(seed);
  const frequency = new Map<string, number>();
  const textLengths: number[] = [];
  const headlineLengths: number[] = [];
  for (const { text, headline } of real) {
    const tw = text.split(/\s+/).filter(Boolean);
    const hw = headline.split(/\s+/).filter(Boolean);
    textLengths.push(tw.length);
    headlineLengths.push(hw.length);
    for (const w of [...tw, ...hw]) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  }
  const realWords = new Sampler([...frequency.keys()], [...frequency.values()]);
  // Zipf over the made-up tail: rank r drawn with weight 1/r, by inverting the harmonic cumulative approximately.
  const tailWord = (): string => madeUpWord(Math.floor(Math.exp(rand() * Math.log(TAIL_VOCABULARY))) - 1);
  const sentence = (length: number): string => {
    const out: string[] = [];
    for (let i = 0; i < length; i++) out.push(rand() < TAIL_SHARE ? tailWord() : realWords.draw(rand()));
    return out.join(' ');
  };
  for (let i = 0; i < count; i++) {
    const textLength = textLengths[Math.floor(rand() * textLengths.length)] || 12;
    const headlineLength = headlineLengths[Math.floor(rand() * headlineLengths.length)] || 8;
    yield { id: `synthetic-${i}`, text: sentence(textLength), headline: sentence(headlineLength) };
  }
}
