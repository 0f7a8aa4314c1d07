/** Naming and describing in the speaker's words: "called Trump “unhinged”", "described it as “…”". */
import type { Found } from './found.js';
import type { Sentence, Token } from './nlp.js';
import type { Quote } from './quotes.js';
import { sourceBefore } from './sources.js';
import { coordinatedSubject, participleSubject } from './subjects.js';
import { firstTokenFrom } from './tokens.js';

/** Verbs that name or describe something in the speaker's words: "called Trump “unhinged”", "described it as “…”". */
export const NAMING = new Set([
  'call',
  'calls',
  'called',
  'calling',
  'describe',
  'describes',
  'described',
  'describing',
  'label',
  'labels',
  'labeled',
  'labelled',
  'labeling',
  'dub',
  'dubs',
  'dubbed',
  'dubbing',
  'brand',
  'brands',
  'branded',
  'branding',
]);

/**
 * "Bush called Trump “unhinged”", "calling him “a total stiff”": the content is the object and its quoted
 * description, from after the verb to the end of the first quotation within a few words; without a quotation the
 * verb is not taken as a cue ("called for a vote", "called the office").
 */
export function naming(
  tokens: readonly Token[],
  i: number,
  sentence: Sentence,
  quoteAt: (offset: number) => Quote | null,
): Found | null {
  let quote: Quote | null = null;
  for (let m = i + 1; m < sentence.last && m <= i + 10; m++) {
    if (tokens[m].text === '.' || tokens[m].text === ';') break;
    quote = quoteAt(tokens[m].start);
    if (quote?.double) break;
    quote = null;
  }
  if (!quote || tokens[i + 1].lower === 'for' || quote.end - quote.start > 200) return null;
  const source =
    sourceBefore(tokens, i, sentence.first) ??
    participleSubject(tokens, i, sentence.first) ??
    coordinatedSubject(tokens, i, sentence.first);
  if (!source) return null;
  // a description in several quotations runs to the last one ("a “train wreck” and “outsourcer in chief”")
  let end = quote.outerEnd;
  for (let next = coordinatedQuote(tokens, end, quoteAt); next; next = coordinatedQuote(tokens, end, quoteAt))
    end = next.outerEnd;
  return {
    content: [tokens[i + 1].start, end],
    cue: [tokens[i].start, tokens[i].end],
    source,
    direct: false,
    confidence: 0.5,
    continues: null,
  };
}

/** The quotation joined to the one ending at `end` by "and" or "or" ("“crazy” and “dangerous”"), if any. */
function coordinatedQuote(
  tokens: readonly Token[],
  end: number,
  quoteAt: (offset: number) => Quote | null,
): Quote | null {
  const k = firstTokenFrom(tokens, end);
  if (!/^(and|or)$/.test(tokens[k]?.lower ?? '')) return null;
  const next = quoteAt(tokens[k + 1]?.start ?? -1);
  return next?.double && next.outerStart === tokens[k + 1].start ? next : null;
}
