/**
 * The sentence around an evidence span, cut from the held document's text. Offsets are Unicode code points (as
 * the API counts them), so the text is handled as an array of code points, never as UTF-16 indices.
 */
export interface SpanInContext {
  /** the text of the sentence before the span ("…" first when cut) */
  before: string;
  /** the span itself, exactly the document's characters */
  exact: string;
  /** the rest of the sentence after the span */
  after: string;
}

/** the longest context shown on either side of a span, in code points */
const MAX_CONTEXT = 280;

const SENTENCE_END = new Set(['.', '!', '?']);
const CLOSERS = new Set(['”', '’', '"', "'", ')', ']']);

function isSpace(character: string | undefined): boolean {
  return character !== undefined && /\s/u.test(character);
}

/** Where the sentence that holds `start` begins: after the last sentence end or line break before it. */
function sentenceStart(points: string[], start: number): number {
  const limit = Math.max(0, start - MAX_CONTEXT);
  for (let at = start - 1; at >= limit; at--) {
    const character = points[at];
    if (character === '\n') return at + 1;
    if (isSpace(character)) {
      let previous = at - 1;
      while (previous >= 0 && CLOSERS.has(points[previous])) previous--;
      if (previous >= 0 && SENTENCE_END.has(points[previous])) return at + 1;
    }
  }
  return limit;
}

/** Where the sentence that holds `end - 1` stops: just past its sentence end (and closing quotes), or at a line break. */
function sentenceEnd(points: string[], end: number): number {
  const limit = Math.min(points.length, end + MAX_CONTEXT);
  for (let at = Math.max(end, 0); at < limit; at++) {
    const character = points[at];
    if (character === '\n') return at;
    if (SENTENCE_END.has(character)) {
      let next = at + 1;
      while (next < points.length && CLOSERS.has(points[next])) next++;
      if (next >= points.length || isSpace(points[next])) return next;
    }
  }
  return limit;
}

/** The span `[start, end)` of `text` (code points) inside its sentence. */
export function spanInSentence(text: string, start: number, end: number): SpanInContext {
  const points = Array.from(text);
  const from = sentenceStart(points, start);
  const to = sentenceEnd(points, end);
  const before = points.slice(from, start).join('').replace(/^\s+/u, '');
  const after = points.slice(end, to).join('').replace(/\s+$/u, '');
  return {
    before: (from > 0 && from === Math.max(0, start - MAX_CONTEXT) ? '…' : '') + before,
    exact: points.slice(start, end).join(''),
    after: after + (to < points.length && to === Math.min(points.length, end + MAX_CONTEXT) ? '…' : ''),
  };
}

/** Without the document's text: the span with the 32 code points either side that the API gives. */
export function spanWithQuoteContext(prefix: string, exact: string, suffix: string): SpanInContext {
  return { before: prefix ? `…${prefix}` : '', exact, after: suffix ? `${suffix}…` : '' };
}
