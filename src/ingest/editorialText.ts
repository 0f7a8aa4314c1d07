/**
 * Editors' words in a dataset: the [bracketed] completions of a paraphrase or a claim, and the one-line reasons an
 * editor gives for an inference or a completion.
 */

/** The longest one-line reason, in characters (code points). */
export const ONE_LINE_MAX = 200;

/** Why `text` is not a one-line reason (no line break, at most ONE_LINE_MAX characters), or null. */
export function oneLineProblem(text: string): string | null {
  if (text.trim() === '') return 'must say why, in one line, but is only blank space';
  if (/[\n\r\u2028\u2029]/.test(text)) return 'must be one line, but has a line break';
  const length = [...text].length;
  if (length > ONE_LINE_MAX) return `must be one line of at most ${ONE_LINE_MAX} characters, but has ${length}`;
  return null;
}

export interface BracketedWords {
  /** the words between each "[" and its "]", in order (repeated words repeated) */
  words: string[];
  /** what is wrong with the brackets themselves: an unmatched or nested bracket */
  problems: string[];
}

/** The words an editor wrote in [brackets] in `text`. Brackets do not nest. */
export function bracketedWords(text: string): BracketedWords {
  const words: string[] = [];
  const problems: string[] = [];
  let open: number | null = null;
  const chars = [...text];
  for (const [index, char] of chars.entries()) {
    if (char === '[') {
      if (open !== null) problems.push(`has a "[" at character ${index} inside the brackets opened at ${open}`);
      open = index;
    } else if (char === ']') {
      if (open === null) problems.push(`has a "]" at character ${index} that closes no "["`);
      else words.push(chars.slice(open + 1, index).join(''));
      open = null;
    }
  }
  if (open !== null) problems.push(`has a "[" at character ${open} that is never closed`);
  return { words, problems };
}
