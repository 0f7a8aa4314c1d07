/**
 * The README's naive anchor, kept only to validate the scorer against the README's published figures: every
 * double-quoted span is a direct quote; its source is the nearest "NAME/pronoun said|says|told|added|wrote" within
 * 80 characters after it, else a "NAME said" just before it.
 */
import type { ScoredPrediction } from './score.js';

// an opening straight or curly double mark up to the next closing one, whichever style (articles mix them)
const QUOTED = /["“][^"“”]*["”]/g;
const NAME = String.raw`(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t)`;
const AFTER = new RegExp(String.raw`(${NAME})\s+(?:said|says|told|added|wrote)\b`, 'g');
const BEFORE = new RegExp(String.raw`(${NAME})\s+(?:said|says|told|added|wrote)\b`, 'g');
const WINDOW = 80;

/** Maps UTF-16 offsets of `text` to code point offsets. */
function codePointIndex(text: string): (utf16: number) => number {
  const map = new Int32Array(text.length + 1);
  let codePoint = 0;
  for (let i = 0; i < text.length; codePoint++) {
    const width = text.codePointAt(i)! > 0xffff ? 2 : 1;
    for (let k = 0; k < width; k++) map[i + k] = codePoint;
    i += width;
  }
  map[text.length] = codePoint;
  return (utf16) => map[utf16];
}

export function naiveAnchor(text: string): ScoredPrediction[] {
  const cp = codePointIndex(text);
  const predictions: ScoredPrediction[] = [];
  for (const quote of text.matchAll(QUOTED)) {
    const start = quote.index;
    const end = start + quote[0].length;
    let source: { start: number; end: number } | null = null;
    const after = text.slice(end, end + WINDOW);
    AFTER.lastIndex = 0;
    const next = AFTER.exec(after);
    if (next) {
      source = { start: cp(end + next.index), end: cp(end + next.index + next[1].length) };
    } else {
      // the last "NAME said" in the window before the quote, the nearest one
      let before: RegExpExecArray | null = null;
      BEFORE.lastIndex = 0;
      const window = text.slice(Math.max(0, start - WINDOW), start);
      for (let found = BEFORE.exec(window); found; found = BEFORE.exec(window)) before = found;
      if (before) {
        const at = Math.max(0, start - WINDOW) + before.index;
        source = { start: cp(at), end: cp(at + before[1].length) };
      }
    }
    predictions.push({ content: [{ start: cp(start), end: cp(end) }], source: source ? [source] : null, direct: true });
  }
  return predictions;
}
