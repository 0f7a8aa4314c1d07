/**
 * A draft's text indexed by Unicode code point, as every span of the API counts: slices, evidence records with the
 * context the server writes (32 code points either side, as src/domain/spans.ts), and the places that name someone.
 */

/** How much text before and after a span an evidence record carries, as the server's drafts do. */
export const EVIDENCE_CONTEXT_WIDTH = 32;

export interface Span {
  start: number;
  end: number;
}

/** A span of a held document, as a dataset records it (a TextPositionSelector with its TextQuoteSelector). */
export interface EvidenceJson {
  document: string;
  start: number;
  end: number;
  exact: string;
  prefix?: string;
  suffix?: string;
}

export class CodePoints {
  readonly points: readonly string[];

  constructor(readonly text: string) {
    this.points = Array.from(text);
  }

  get length(): number {
    return this.points.length;
  }

  /** The code points [start, end), clamped to the text. */
  slice(start: number, end: number): string {
    return this.points.slice(Math.max(0, start), Math.max(0, end)).join('');
  }

  /** The span as evidence in `document`, with its prefix and suffix. */
  evidence(document: string, { start, end }: Span): EvidenceJson {
    return {
      document,
      start,
      end,
      exact: this.slice(start, end),
      prefix: this.slice(start - EVIDENCE_CONTEXT_WIDTH, start),
      suffix: this.slice(end, end + EVIDENCE_CONTEXT_WIDTH),
    };
  }

  /** Every place the text has `name` as whole words (case-sensitive, as names are written), in code points. */
  findNamed(name: string): Span[] {
    const wanted = name.trim();
    if (wanted === '') return [];
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(wanted)}(?![\\p{L}\\p{N}])`, 'gu');
    const spans: Span[] = [];
    for (const match of this.text.matchAll(pattern)) {
      const start = Array.from(this.text.slice(0, match.index)).length;
      spans.push({ start, end: start + Array.from(match[0]).length });
    }
    return spans;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
