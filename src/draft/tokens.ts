/** Moving about the token list and the text: sentences, paragraphs, quotation lookups. */
import type { Token } from './nlp.js';
import type { Quote } from './quotes.js';

const WORD = /[\p{L}\p{N}]+/gu;

export const wordCount = (text: string): number => text.match(WORD)?.length ?? 0;

/** The index of the first token starting at or after a UTF-16 offset (binary search). */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function firstOfSentence(tokens: readonly Token[], at: number): number {
  const sentence = tokens[Math.max(0, at)]?.sentence;
  let first = Math.max(0, at);
  while (first > 0 && tokens[first - 1].sentence === sentence) first--;
  return first;
}

/** The index just after the last token of the sentence holding token `at`. */
export function sentenceEnd(tokens: readonly Token[], at: number): number {
  const sentence = tokens[at].sentence;
  let last = at;
  while (last < tokens.length && tokens[last].sentence === sentence) last++;
  return last;
}

export function opensParagraph(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === '\n') return true;
    if (!/\s/.test(text[i])) return false;
  }
  return true;
}

/** Nothing but spaces lies between the offset and the end of its paragraph. */
export function closesParagraph(text: string, at: number): boolean {
  for (let i = at; i < text.length; i++) {
    if (text[i] === '\n') return true;
    if (!/\s/.test(text[i])) return false;
  }
  return true;
}

export function paragraphsBetween(text: string, from: number, to: number): number {
  return (text.slice(from, to).match(/\n\s*/g) ?? []).length;
}

/** The quotation whose words contain an offset (including its marks), found by binary search. */
export function quoteLookup(quotes: readonly Quote[]): (offset: number) => Quote | null {
  return (offset) => {
    let low = 0;
    let high = quotes.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const quote = quotes[middle];
      if (offset < quote.outerStart) high = middle - 1;
      else if (offset >= quote.outerEnd) low = middle + 1;
      else return quote;
    }
    return null;
  };
}
