/**
 * Turns what a user typed into an FTS5 query. Plain text ("60,000 votes", "West’s ire") must just work, so each
 * whitespace-separated chunk becomes a quoted phrase (the tokenizer then splits it as it split the indexed text);
 * only a query that uses FTS5 syntax on purpose (quotes, parentheses, *, ^, :, or the operators AND, OR, NOT,
 * NEAR) is passed through as written, and its syntax errors are the user's to fix.
 */

import type { SearchPlan } from '../../domain/searchVariants.js';

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

/**
 * A query with its spelling variants (src/domain/searchVariants.ts) in FTS5 syntax: each phrase quoted as
 * toFtsQuery quotes a chunk, a slot's alternatives joined by OR, all else by an explicit AND (FTS5 takes an
 * implicit one only between phrases).
 */
export function toFtsPlan(plan: SearchPlan): string {
  const group = (parts: string[], operator: string) => (parts.length === 1 ? parts[0] : `(${parts.join(operator)})`);
  const alternative = (phrases: readonly string[]) =>
    group(
      phrases.map((phrase) => `"${phrase}"`),
      ' AND ',
    );
  return plan.slots.map((alternatives) => group(alternatives.map(alternative), ' OR ')).join(' AND ');
}
