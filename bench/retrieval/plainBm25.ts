/**
 * The data README's reference baseline, kept deliberately plain to check our MAP@5 scorer against its figures
 * (0.814 train, 0.761 dev): BM25 with k1 1.2 and b 0.75 over vclaim + title as one field, lower-cased
 * alphanumeric tokens, a short stop list, no stemming, no cleaning.
 */
const SHORT_STOP_LIST = new Set(
  'a an and are as at be by for from has have he in is it its of on or that the this to was were will with'.split(' '),
);

function tokens(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((t) => !SHORT_STOP_LIST.has(t));
}

export class PlainBm25 {
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private readonly lengths: number[] = [];
  private readonly ids: string[] = [];
  private averageLength = 0;

  constructor(
    docs: readonly { id: string; text: string }[],
    private readonly k1 = 1.2,
    private readonly b = 0.75,
  ) {
    for (const { id, text } of docs) {
      const doc = this.ids.length;
      this.ids.push(id);
      const terms = tokens(text);
      this.lengths.push(terms.length);
      const counts = new Map<string, number>();
      for (const t of terms) counts.set(t, (counts.get(t) ?? 0) + 1);
      for (const [t, tf] of counts) {
        if (!this.postings.has(t)) this.postings.set(t, []);
        this.postings.get(t)!.push({ doc, tf });
      }
    }
    this.averageLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length);
  }

  search(query: string, depth: number): string[] {
    const n = this.ids.length;
    const scores = new Map<number, number>();
    for (const term of new Set(tokens(query))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const { doc, tf } of list) {
        const norm = 1 - this.b + (this.b * this.lengths[doc]) / this.averageLength;
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (this.k1 + 1)) / (tf + this.k1 * norm));
      }
    }
    return [...scores]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, depth)
      .map(([doc]) => this.ids[doc]);
  }
}
