/**
 * Cleaned text to lower-case words, in order. Shared by documents, queries and alias phrases, so an alias is
 * matched against exactly the words the text was cut into.
 */
import { cleanText } from './cleanText.js';
import { MONTHS, canonicalNumber } from './numbers.js';

// Decimal numbers stay whole ("1.5"); words keep inner apostrophes until the possessive is dropped below.
const WORD = /\p{N}+(?:\.\p{N}+)+|[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;

export function words(raw: string): string[] {
  const cleaned = cleanText(raw);
  if (cleaned === '') return [];
  const out: string[] = [];
  for (const match of cleaned.toLowerCase().matchAll(WORD)) {
    // "obama's" -> "obama"; "don't" -> "dont".
    let word = match[0].replace(/'s$/, '').replace(/'/g, '');
    if (/^\p{N}/u.test(word)) word = canonicalNumber(word);
    out.push(MONTHS.get(word) ?? word);
  }
  return out;
}
