/**
 * A held document's text built piece by piece, keeping offsets in Unicode code points (as evidence spans count
 * them): appending returns the exact span of what was appended, so every span in the synthetic graph is right by
 * construction, astral characters (emoji) included.
 */
import type { EvidenceRecord } from '../domain/dataset.js';

export interface Span {
  start: number;
  end: number;
}

export function codePointLength(text: string): number {
  let length = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // a high surrogate followed by a low one is one code point
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        length--;
        i++;
      }
    }
  }
  return length;
}

export class HeldTextBuilder {
  private readonly parts: string[] = [];
  private length = 0;

  constructor(readonly documentSlug: string) {}

  append(text: string): Span {
    const start = this.length;
    this.parts.push(text);
    this.length += codePointLength(text);
    return { start, end: this.length };
  }

  /** Appends `before`, then `exact` (returned as evidence), then `after`. */
  appendEvidence(before: string, exact: string, after: string): EvidenceRecord {
    this.append(before);
    const span = this.append(exact);
    this.append(after);
    return { document: this.documentSlug, start: span.start, end: span.end, exact };
  }

  /** Evidence for `exact`, which occurs `offset` code points into an already appended span. */
  evidenceWithin(span: Span, offset: number, exact: string): EvidenceRecord {
    const start = span.start + offset;
    return { document: this.documentSlug, start, end: start + codePointLength(exact), exact };
  }

  get isEmpty(): boolean {
    return this.length === 0;
  }

  text(): string {
    return this.parts.join('');
  }
}
