/**
 * Numbers and dates written one way on both sides: a fact-checker writes "1,000" or "70 percent" where a tweet
 * writes "1000" or "70%". Works on text before lower-casing; month names are folded later, per token (see
 * MONTHS), because "May" and "march" are also ordinary words.
 */

/** Thousands separators dropped: "1,000,000" -> "1000000". Only groups of exactly three digits, so a list
 * "1,2,3" is left alone. */
function dropThousandsSeparators(text: string): string {
  return text.replace(/\b\d{1,3}(?:,\d{3})+\b/g, (m) => m.replace(/,/g, ''));
}

export function normaliseNumbers(text: string): string {
  let out = dropThousandsSeparators(text);
  // "70%", "70 per cent", "70 pct" -> "70 percent".
  out = out
    .replace(/(\d)\s*%/g, '$1 percent ')
    .replace(/\bper\s?cent\b/gi, 'percent')
    .replace(/\bpct\b/gi, 'percent');
  // Ordinals: "22nd", "1st" -> "22", "1".
  out = out.replace(/\b(\d+)(?:st|nd|rd|th)\b/gi, '$1');
  // Currency symbols as words, so "$80 million" matches "80 million dollars".
  out = out
    .replace(/\$\s*(?=\d)/g, ' dollars ')
    .replace(/£\s*(?=\d)/g, ' pounds ')
    .replace(/€\s*(?=\d)/g, ' euros ');
  // Abbreviated magnitudes written against the number: "$80M", "2bn", "5k" -> "80 million", "2 billion",
  // "5 thousand". With a space between, "5 m" is more likely metres, so it is left.
  out = out
    .replace(/\b(\d+(?:\.\d+)?)(?:bn|b)\b/gi, '$1 billion')
    .replace(/\b(\d+(?:\.\d+)?)(?:mn|m|M)\b/g, '$1 million')
    .replace(/\b(\d+(?:\.\d+)?)[kK]\b/g, '$1 thousand');
  // Numeric dates "1/6/2020" and "2020-01-06": their parts as separate numbers, leading zeros dropped below.
  out = out.replace(/\b(\d{1,4})[/-](\d{1,2})[/-](\d{1,4})\b/g, '$1 $2 $3');
  return out;
}

/** Month names and abbreviations to one token each. "may" is left out: as a verb it is far more common. */
export const MONTHS: ReadonlyMap<string, string> = new Map(
  [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ].flatMap((names) => names.map((name) => [name, names[0]] as [string, string])),
);

/** A number token in one form: leading zeros dropped ("06" -> "6"), a trailing ".0" dropped. */
export function canonicalNumber(token: string): string {
  const trimmed = token.replace(/^0+(?=\d)/, '').replace(/\.0+$/, '');
  return trimmed;
}
