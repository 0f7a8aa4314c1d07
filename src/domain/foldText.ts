/**
 * Text as a substring filter compares it: Unicode compatibility forms folded (NFKC turns the article's
 * non-breaking spaces into spaces), curly quotes straightened, lower case. "New York Post" then finds
 * "New York\u00a0Post", and "didn't" finds "didn’t".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .toLowerCase();
}

/**
 * The key names and titles are sorted and looked up by: compatibility forms folded and lower case, but quotes kept
 * as written. Both stores store it and query by it, so a lookup matches what was written.
 */
export function sortableText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}
