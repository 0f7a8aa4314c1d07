/**
 * Turns what a user typed into an FTS5 query. Plain text ("60,000 votes", "West’s ire") must just work, so each
 * whitespace-separated chunk becomes a quoted phrase (the tokenizer then splits it as it split the indexed text);
 * only a query that uses FTS5 syntax on purpose (quotes, parentheses, *, ^, :, or the operators AND, OR, NOT,
 * NEAR) is passed through as written, and its syntax errors are the user's to fix.
 */

const FTS_SYNTAX = /["()*^:]|(^|\s)(AND|OR|NOT|NEAR)(\s|$|\()/;

export function usesFtsSyntax(query: string): boolean {
  return FTS_SYNTAX.test(query);
}

export function toFtsQuery(query: string): string {
  if (usesFtsSyntax(query)) return query;
  return query
    .split(/\s+/)
    .filter((chunk) => /[\p{L}\p{N}]/u.test(chunk))
    .map((chunk) => `"${chunk}"`)
    .join(' ');
}
