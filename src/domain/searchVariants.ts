/**
 * Spelling variants of a search: a compound written as one word, two words or hyphenated ("sellout", "sell out",
 * "sell-out") finds the texts that use any of the three. Expanded when the query is asked, never in the index:
 *
 * - two plain words next to each other are also looked for joined ("sell out" -> "sellout"), when the joined word
 *   is in the index;
 * - a hyphenated word is looked for as its parts next to each other (which also finds it hyphenated: the engines
 *   split at hyphens), and joined ("sell-out" -> "sell out", "sellout") when the joined word is in the index;
 * - a long plain word is also looked for split in two, as adjacent words ("sellout" -> "sell out"), at each split
 *   the index has as a phrase.
 *
 * Every variant is an alternative to what was typed, so an expanded query finds all that the query as typed finds.
 * Which variants exist is asked of the engine's own index (the probes below), so both stores expand alike. Queries
 * that use search syntax on purpose (quotes, parentheses, operators) are left as typed.
 */

/** A phrase: one word, or words that must stand next to each other. */
export type SearchPhrase = string;
/** Phrases that must all be there. */
export type SearchAlternative = SearchPhrase[];
/** A query whose every slot must match, each by any one of its alternatives. */
export interface SearchPlan {
  slots: SearchAlternative[][];
}

/** The shortest part a word is split into, so that "often" is never looked for as "of ten". */
const MIN_SPLIT_PART = 3;
/** Words of a query past these are not looked up for variants: a long query needs less help, and probes stay few. */
const MAX_EXPANDED_CHUNKS = 12;
const MAX_SPLIT_WORD = 24;

const SYNTAX_CHARACTERS = /["()*^:]/;
const OPERATORS = /(^|\s)(AND|OR|NOT|NEAR)(\s|$)/;
/** PostgreSQL's websearch syntax: "or" in any case, and a leading minus for NOT. */
const WEBSEARCH_OPERATORS = /(^|\s)(or(\s|$)|-)/i;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const LETTERS = /^\p{L}+$/u;
const HYPHENS = /[-\u2010\u2011]/;

interface Chunk {
  /** as typed */
  text: string;
  /** without punctuation at its ends */
  core: string;
  /** a word of letters only */
  isWord: boolean;
  /** the parts of a hyphenated word of letters, or null */
  parts: string[] | null;
}

/** True when the query uses full-text syntax on purpose (FTS5's or websearch's): it is then not expanded. */
export function usesSearchSyntax(query: string): boolean {
  return SYNTAX_CHARACTERS.test(query) || OPERATORS.test(query) || WEBSEARCH_OPERATORS.test(query);
}

function chunksOf(query: string): Chunk[] {
  return query
    .split(/\s+/)
    .filter((text) => /[\p{L}\p{N}]/u.test(text))
    .map((text) => {
      const core = text.replace(EDGE_PUNCTUATION, '');
      const parts = core.split(HYPHENS);
      const hyphenated = parts.length > 1 && parts.every((part) => LETTERS.test(part));
      return { text, core, isWord: LETTERS.test(core), parts: hyphenated ? parts : null };
    });
}

function splitsOf(word: string): string[] {
  const letters = Array.from(word);
  if (letters.length > MAX_SPLIT_WORD) return [];
  const splits: string[] = [];
  for (let at = MIN_SPLIT_PART; at <= letters.length - MIN_SPLIT_PART; at++) {
    splits.push(`${letters.slice(0, at).join('')} ${letters.slice(at).join('')}`);
  }
  return splits;
}

/**
 * The variants a plain query could have, for the engine to look up in its index: joined words ("sellout") and
 * split phrases ("sell out"). Empty for a query with search syntax or nothing to vary.
 */
export function variantProbes(query: string): SearchPhrase[] {
  if (usesSearchSyntax(query)) return [];
  const chunks = chunksOf(query).slice(0, MAX_EXPANDED_CHUNKS);
  const probes = new Set<string>();
  chunks.forEach((chunk, index) => {
    const next = chunks[index + 1];
    if (chunk.isWord && next?.isWord) probes.add(chunk.core + next.core);
    if (chunk.parts) probes.add(chunk.parts.join(''));
    if (chunk.isWord) for (const split of splitsOf(chunk.core)) probes.add(split);
  });
  return [...probes];
}

/**
 * The query with the variants the index has (`found`: those of variantProbes that it has) as alternatives; null
 * when there is nothing to add, so the engine runs the query as typed.
 */
export function searchPlan(query: string, found: ReadonlySet<SearchPhrase>): SearchPlan | null {
  if (usesSearchSyntax(query)) return null;
  const chunks = chunksOf(query);
  const slots: SearchAlternative[][] = [];
  let expanded = false;
  for (let index = 0; index < chunks.length; index++) {
    const chunk = chunks[index];
    const next = chunks[index + 1];
    // two words the index also has joined: either way (`found` holds only what variantProbes asked about)
    if (chunk.isWord && next?.isWord && found.has(chunk.core + next.core)) {
      slots.push([[chunk.text, next.text], [chunk.core + next.core]]);
      expanded = true;
      index += 1;
      continue;
    }
    const alternatives: SearchAlternative[] = [];
    if (chunk.parts) {
      // the parts side by side, which also finds them hyphenated, and joined when the index has that
      alternatives.push([chunk.parts.join(' ')]);
      if (found.has(chunk.parts.join(''))) alternatives.push([chunk.parts.join('')]);
      expanded = true;
    } else {
      alternatives.push([chunk.text]);
    }
    if (chunk.isWord) {
      for (const split of splitsOf(chunk.core)) if (found.has(split)) alternatives.push([split]);
    }
    if (alternatives.length > 1) expanded = true;
    slots.push(alternatives);
  }
  return expanded ? { slots } : null;
}

/** The characters a `text` filter ignores, so that "sell out", "sell-out" and "sellout" contain each other. */
export const WORD_BREAKS = [' ', '-', '\u2010'] as const;

/** Text without WORD_BREAKS, as a `text` filter compares it (after foldText). */
export function withoutWordBreaks(text: string): string {
  return WORD_BREAKS.reduce((result, character) => result.split(character).join(''), text);
}
