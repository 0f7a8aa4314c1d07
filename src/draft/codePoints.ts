/**
 * The drafting rules work on JavaScript string offsets (UTF-16), which is what regular expressions and the NLP
 * library give; every span leaves the module in code points, checked against the text, so that an astral character
 * (an emoji) before a quote cannot shift it.
 */
import { CodePointText } from '../domain/spans.js';
import type { DraftSpan } from './types.js';

/**
 * UTF-16 offsets to code points, the direction the rules need (the domain's CodePointText maps the other way, and
 * is what every span is checked against).
 */
export class OffsetMap {
  private readonly toCodePoint: Int32Array;
  private readonly indexed: CodePointText;

  constructor(readonly text: string) {
    this.toCodePoint = new Int32Array(text.length + 1);
    let codePoint = 0;
    for (let i = 0; i < text.length; codePoint++) {
      const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
      for (let k = 0; k < width; k++) this.toCodePoint[i + k] = codePoint;
      i += width;
    }
    this.toCodePoint[text.length] = codePoint;
    this.indexed = new CodePointText(text);
  }

  codePointAt(utf16: number): number {
    return this.toCodePoint[utf16];
  }

  /** A span from UTF-16 offsets, verified. */
  span(start16: number, end16: number): DraftSpan {
    const span = {
      start: this.codePointAt(start16),
      end: this.codePointAt(end16),
      exact: this.text.slice(start16, end16),
    };
    assertSpan(this.indexed, span);
    return span;
  }
}

export class SpanMismatchError extends Error {
  override name = 'SpanMismatchError';
}

/** Throws unless slicing the text by code points at [start, end) gives exactly `exact`. */
export function assertSpan(text: CodePointText, span: DraftSpan): void {
  const found = text.slice(span.start, span.end);
  if (span.start < 0 || span.end < span.start || span.end > text.length || found !== span.exact) {
    throw new SpanMismatchError(
      `span [${span.start}, ${span.end}) claims ${JSON.stringify(span.exact)} but the text has ${JSON.stringify(found)}`,
    );
  }
}

/** Slices a text by code points (the check other modules and tests use). */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return new CodePointText(text).slice(start, end);
}
