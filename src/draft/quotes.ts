/**
 * Finds quoted passages in every style: straight and curly double marks (mixed, as pasted copy mixes them), „…“
 * and «…», top-level single marks (‘…’ and '…', told apart from apostrophes by what stands beside them), single
 * marks nested inside double ones (kept inside the outer quote), and a quote running over several paragraphs where
 * each new paragraph repeats the opening mark and only the last one closes.
 */

export interface Quote {
  /** UTF-16 offsets of the quoted words, marks excluded */
  start: number;
  end: number;
  /** offsets of the opening mark and just after the closing mark (the end of the paragraph when unclosed) */
  outerStart: number;
  outerEnd: number;
  /** double marks are speech or titles; single top-level marks are more often titles or scare quotes */
  double: boolean;
  /** the quote runs over more than one paragraph */
  multiParagraph: boolean;
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '"']);
const DOUBLE_CLOSE = new Set(['”', '"', '»', '“']);
const LETTER = /[\p{L}\p{N}]/u;

function isOpeningPosition(text: string, at: number): boolean {
  const before = at === 0 ? ' ' : text[at - 1];
  return (!LETTER.test(before) && !/[.,;!?]/.test(before)) || before === '(' || before === '—';
}

export function findQuotes(text: string): Quote[] {
  const quotes: Quote[] = [];
  let at = 0;
  while (at < text.length) {
    const mark = text[at];
    // two apostrophes typed for a double mark (''…''), as some wire copy does
    if (mark === "'" && text[at + 1] === "'" && isOpeningPosition(text, at) && !/\s/.test(text[at + 2] ?? ' ')) {
      const quote = readApostrophePair(text, at);
      if (quote) {
        quotes.push(quote);
        at = quote.outerEnd;
        continue;
      }
    }
    const isDouble = DOUBLE_OPEN.has(mark) && (mark !== '"' || isOpeningPosition(text, at) || text[at + 1] !== ' ');
    if (isDouble && mark !== '”') {
      const quote = readDouble(text, at);
      if (quote) {
        quotes.push(quote);
        at = quote.outerEnd;
        continue;
      }
    } else if ((mark === '‘' || mark === "'") && isOpeningPosition(text, at) && LETTER.test(text[at + 1] ?? '')) {
      const quote = readSingle(text, at, mark);
      if (quote) {
        quotes.push(quote);
        at = quote.outerEnd;
        continue;
      }
    }
    at++;
  }
  return quotes;
}

function readDouble(text: string, open: number): Quote | null {
  let start = open + 1;
  // a doubled opening mark (““I know…) is a typing slip, not a nested quote
  while (DOUBLE_OPEN.has(text[start] ?? '') && text[start] !== '"') start++;
  let multiParagraph = false;
  for (let at = start; at < text.length; at++) {
    const char = text[at];
    if (DOUBLE_CLOSE.has(char) && at > start) {
      // a curly opening mark after a letter or punctuation closes a „…“ quote; elsewhere it opens a new one
      if (char === '“' && text[open] !== '„') return unclosed(text, open, start, at, multiParagraph);
      return { start, end: at, outerStart: open, outerEnd: at + 1, double: true, multiParagraph };
    }
    if (char === '\n') {
      // a new paragraph that opens with a quotation mark continues the same quote (the newspaper convention)
      let next = at;
      while (next < text.length && /\s/.test(text[next])) next++;
      if (next < text.length && DOUBLE_OPEN.has(text[next]) && text[next] !== '„') {
        multiParagraph = true;
        at = next;
        continue;
      }
      return unclosed(text, open, start, at, multiParagraph);
    }
  }
  return unclosed(text, open, start, text.length, multiParagraph);
}

/** ''…'': closed by the next pair of apostrophes; a new paragraph opening with a pair continues the quote. */
function readApostrophePair(text: string, open: number): Quote | null {
  const start = open + 2;
  let multiParagraph = false;
  for (let at = start; at < text.length; at++) {
    if (text[at] === "'" && text[at + 1] === "'")
      return { start, end: at, outerStart: open, outerEnd: at + 2, double: true, multiParagraph };
    if (text[at] === '\n') {
      let next = at;
      while (next < text.length && /\s/.test(text[next])) next++;
      if (text.startsWith("''", next)) {
        multiParagraph = true;
        at = next + 1;
        continue;
      }
      return unclosed(text, open, start, at, multiParagraph);
    }
  }
  return unclosed(text, open, start, text.length, multiParagraph);
}

/** An unclosed quote ends with its paragraph, so one missing mark cannot swallow the rest of the article. */
function unclosed(text: string, open: number, start: number, end: number, multiParagraph: boolean): Quote | null {
  let stop = end;
  while (stop > start && /\s/.test(text[stop - 1])) stop--;
  if (stop <= start) return null;
  return { start, end: stop, outerStart: open, outerEnd: end, double: true, multiParagraph };
}

function readSingle(text: string, open: number, mark: string): Quote | null {
  const close = mark === '‘' ? '’' : "'";
  for (let at = open + 2; at < text.length && at < open + 400; at++) {
    const char = text[at];
    if (char === '\n') return null;
    // a closing mark followed by a letter is an apostrophe (don’t, Trump’s)
    if (char === close && !LETTER.test(text[at + 1] ?? '')) {
      // "the ’90s" and "Jones’ book": a closer right after an s with no space inside is a plural possessive
      if (!/\s/.test(text.slice(open + 1, at))) return null;
      return { start: open + 1, end: at, outerStart: open, outerEnd: at + 1, double: false, multiParagraph: false };
    }
  }
  return null;
}
