/**
 * A quotation inside a sentence with no cue word before it is reported by the sentence's nearest verb that has a
 * subject ("Ramos lamented that the “danger” came from …", "Clinton has decried the “systemic racism”"): the
 * content is the clause that verb governs. A guess, which a reported clause holding it replaces.
 */
import { clauseEnd } from './clauses.js';
import { isAccordingTo, isCueToken, isLinkingVerb, isPhrasalSpeechCue, isRaisingCue, isStanceCue } from './cues.js';
import type { Found } from './found.js';
import { NAMING } from './naming.js';
import type { Token } from './nlp.js';
import type { Quote } from './quotes.js';
import { sourceBefore, type SourceRange } from './sources.js';
import { coordinatedSubject, participleSubject } from './subjects.js';
import { firstOfSentence, sentenceEnd } from './tokens.js';

/** A cue that pass 2 reports with its own rules: speech, stance, naming, "according to". */
function isPassTwoCue(tokens: readonly Token[], k: number): boolean {
  return (
    isCueToken(tokens[k]) ||
    isAccordingTo(tokens, k) ||
    isStanceCue(tokens, k) ||
    isRaisingCue(tokens, k) ||
    isPhrasalSpeechCue(tokens, k) ||
    NAMING.has(tokens[k].lower)
  );
}

/**
 * "Ramos lamented that the “danger” came from …", "Cruz would not comment on an order “to protect privacy”": a
 * quotation inside a sentence whose verb (of any kind, when no cue word stands before the quotation) has a subject
 * is reported by that verb; the content runs from after the verb (and "that") to the end of the quotation's clause.
 */
export function framingVerb(
  text: string,
  tokens: readonly Token[],
  quote: Quote,
  open: number,
  close: number,
): Found | null {
  const first = firstOfSentence(tokens, open);
  if (open - first < 3) return null;
  for (let k = first; k < open; k++) if (isPassTwoCue(tokens, k) || tokens[k].text === ':') return null;
  // the nearest verb before the quotation that has a subject of its own governs it
  let verb = -1;
  let source: SourceRange | null = null;
  for (let k = open - 1; k > first && source === null; k--) {
    if (tokens[k].pos !== 'VERB' || isLinkingVerb(tokens[k].lower)) continue;
    verb = k;
    source =
      sourceBefore(tokens, k, first) ?? participleSubject(tokens, k, first) ?? coordinatedSubject(tokens, k, first);
  }
  if (!source) return null;
  // "gushed about a “common interest”": the preposition belongs to the cue
  let from = /^(of|about|on|against|for|with|over)$/.test(tokens[verb + 1]?.lower ?? '') ? verb + 2 : verb + 1;
  // "groused to a crowd in Georgia that CNN “…”": the clause starts at its "that", past the listener and place
  for (let k = from; k < open; k++) {
    if (tokens[k].lower === 'that' && !/^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '')) {
      from = k;
      break;
    }
  }
  if (from > open) return null;
  const cueEnd = from === verb + 2 ? verb + 1 : verb;
  const last = sentenceEnd(tokens, Math.max(first, close - 1));
  // a quotation closing on its own punctuation ("… as “Spanish,” which …") closes the clause too
  const closed = /[,.!?]\s*$/.test(text.slice(quote.start, quote.end));
  const end = closed ? close : clauseEnd(tokens, Math.max(close, from), last);
  if (end <= from) return null;
  return {
    content: [tokens[from].start, Math.max(quote.end, tokens[end - 1].end)],
    cue: [tokens[verb].start, tokens[cueEnd].end],
    source,
    direct: false,
    confidence: 0.4,
    continues: null,
    tentative: true,
  };
}
