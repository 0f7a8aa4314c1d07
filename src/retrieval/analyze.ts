/**
 * Text to the terms the index stores and queries look up: cleaned words, stop words dropped, stemmed, plus one
 * feature per entity mention. `surfaces` keeps each term's first written form, to report what matched.
 */
import type { AliasTable } from './aliasTable.js';
import { STOP_WORDS } from './stopWords.js';
import { stem } from './stem.js';
import { words } from './words.js';

export interface AnalyzedText {
  /** Word terms in text order (phrase features are computed on adjacent terms). */
  terms: string[];
  /** Entity features, one per mention. */
  entities: string[];
  /** Term or entity feature -> how it was first written. */
  surfaces: Map<string, string>;
}

export function analyze(text: string, aliases?: AliasTable): AnalyzedText {
  const sequence = words(text);
  const surfaces = new Map<string, string>();
  const entities: string[] = [];
  if (aliases) {
    for (const mention of aliases.mentions(sequence)) {
      entities.push(mention.term);
      if (!surfaces.has(mention.term)) surfaces.set(mention.term, mention.name);
    }
  }
  const terms: string[] = [];
  for (const word of sequence) {
    // One-letter words are left-overs of split initials and contractions, not content.
    if (word.length < 2 && !/\d/.test(word)) continue;
    if (STOP_WORDS.has(word)) continue;
    const term = stem(word);
    terms.push(term);
    if (!surfaces.has(term)) surfaces.set(term, word);
  }
  return { terms, entities, surfaces };
}
