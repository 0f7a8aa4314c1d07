/**
 * Evidence spans: W3C Web Annotation selectors over a held document's text.
 *
 * Positions count Unicode code points (TextPositionSelector), not UTF-16 units: the article's curly quotes are one
 * unit each, but an emoji or any astral character is two UTF-16 units and would shift every later offset. `exact`,
 * `prefix` and `suffix` are the TextQuoteSelector, checked against the text at those positions so that a span that
 * drifted (an edited document, an off-by-one) is caught with the expected and the found text side by side.
 */
import { createHash } from 'node:crypto';

export interface TextSpan {
  /** code point offset, inclusive */
  start: number;
  /** code point offset, exclusive */
  end: number;
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** Which part of a span is wrong; the dataset validator reports it as the field (`evidence[0].exact`). */
export type SpanPart = 'start' | 'end' | 'exact' | 'prefix' | 'suffix';

export interface SpanMismatch {
  part: SpanPart;
  message: string;
}

/** A text indexed once by code point, so that every later slice is a plain string slice. */
export class CodePointText {
  readonly text: string;
  readonly length: number;
  /** utf16Offsets[i] is the UTF-16 offset of code point i; the last entry is text.length */
  private readonly utf16Offsets: Uint32Array;

  constructor(text: string) {
    this.text = text;
    const codePoints = Array.from(text);
    this.length = codePoints.length;
    this.utf16Offsets = new Uint32Array(codePoints.length + 1);
    let offset = 0;
    codePoints.forEach((codePoint, index) => {
      this.utf16Offsets[index] = offset;
      offset += codePoint.length;
    });
    this.utf16Offsets[codePoints.length] = offset;
  }

  /** The code points [start, end), clamped to the text like String.prototype.slice; '' when end <= start. */
  slice(start: number, end: number): string {
    const from = this.clamp(start);
    const to = this.clamp(end);
    if (to <= from) return '';
    return this.text.slice(this.utf16Offsets[from], this.utf16Offsets[to]);
  }

  /** Code point offsets of every occurrence of `search` (used to suggest where a drifted span really is). */
  occurrencesOf(search: string): number[] {
    if (search === '') return [];
    const found: number[] = [];
    for (let at = this.text.indexOf(search); at !== -1; at = this.text.indexOf(search, at + 1)) {
      const codePointIndex = this.codePointIndexOfUtf16(at);
      // a match that starts inside a surrogate pair is not a code point match
      if (codePointIndex !== null) found.push(codePointIndex);
    }
    return found;
  }

  private codePointIndexOfUtf16(utf16Offset: number): number | null {
    let low = 0;
    let high = this.length;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const offset = this.utf16Offsets[middle];
      if (offset === utf16Offset) return middle;
      if (offset < utf16Offset) low = middle + 1;
      else high = middle - 1;
    }
    return null;
  }

  private clamp(index: number): number {
    return Math.min(Math.max(Math.trunc(index), 0), this.length);
  }
}

/** null when the span matches the document; otherwise what is wrong, with the expected and the found text. */
export function checkSpan(doc: CodePointText, span: TextSpan): string | null {
  return findSpanMismatch(doc, span)?.message ?? null;
}

/** Like `checkSpan`, and also says which part of the span is wrong. Reports the first problem only. */
export function findSpanMismatch(doc: CodePointText, span: TextSpan): SpanMismatch | null {
  const { start, end, exact, prefix, suffix } = span;
  const range = `[${start}, ${end})`;
  if (!Number.isInteger(start) || start < 0) {
    return { part: 'start', message: `span start must be an integer >= 0, found ${start}` };
  }
  if (!Number.isInteger(end)) {
    return { part: 'end', message: `span end must be an integer, found ${end}` };
  }
  if (end <= start) {
    return { part: 'end', message: `span ${range} is empty or reversed: end must be greater than start` };
  }
  if (end > doc.length) {
    return {
      part: 'end',
      message: `span ${range} ends beyond the end of the document, which has ${doc.length} code points`,
    };
  }
  const found = doc.slice(start, end);
  if (found !== exact) {
    const hint = whereItOccurs(doc, exact, start);
    const message = `span ${range} should read ${quote(exact)} but the document has ${quote(found)}${hint}`;
    return { part: 'exact', message };
  }
  if (prefix !== undefined) {
    const foundPrefix = doc.slice(start - codePointLength(prefix), start);
    if (foundPrefix !== prefix) {
      return {
        part: 'prefix',
        message: `span ${range} should be preceded by ${quote(prefix)} but the document has ${quote(foundPrefix)}`,
      };
    }
  }
  if (suffix !== undefined) {
    const foundSuffix = doc.slice(end, end + codePointLength(suffix));
    if (foundSuffix !== suffix) {
      return {
        part: 'suffix',
        message: `span ${range} should be followed by ${quote(suffix)} but the document has ${quote(foundSuffix)}`,
      };
    }
  }
  return null;
}

/** Up to `width` code points either side of [start, end), fewer at the document's edges. */
export function spanContext(
  doc: CodePointText,
  start: number,
  end: number,
  width: number,
): { prefix: string; suffix: string } {
  return { prefix: doc.slice(start - width, start), suffix: doc.slice(end, end + width) };
}

/** SHA-256 (lowercase hex) of the text's UTF-8 bytes: what a held document records to pin its exact copy. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A hint for the most common mistake, a shifted span: where the expected text really is, nearest first. */
function whereItOccurs(doc: CodePointText, exact: string, start: number): string {
  const occurrences = doc.occurrencesOf(exact);
  if (occurrences.length === 0) return `; ${quote(exact)} does not occur anywhere in the document`;
  const nearest = occurrences.reduce((best, at) => (Math.abs(at - start) < Math.abs(best - start) ? at : best));
  const others = occurrences.length > 1 ? ` (and ${occurrences.length - 1} more)` : '';
  return `; ${quote(exact)} occurs at [${nearest}, ${nearest + codePointLength(exact)})${others}`;
}

function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

/** JSON quoting shows newlines and quotes unambiguously in a one-line message. */
function quote(text: string): string {
  return JSON.stringify(text);
}

/** How many code points of context are stored on each side of an evidence span (its prefix and suffix). */
export const EVIDENCE_CONTEXT_WIDTH = 32;
