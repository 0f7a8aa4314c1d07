/**
 * Porter stemming with a cache: a corpus repeats a small vocabulary, and the stemmer is the costliest step of
 * analysing a word. The cache is emptied when it grows past a bound, so an index of synthetic or hostile text
 * cannot grow it without limit.
 */
import { stemmer } from 'stemmer';

const CACHE_LIMIT = 200_000;
const cache = new Map<string, string>();

export function stem(word: string): string {
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    // Numbers and very short words are kept as written: the stemmer would cut "1990s" or "us" into noise.
    stemmed = word.length <= 3 || /\d/.test(word) ? word : stemmer(word);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}
