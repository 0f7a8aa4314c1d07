/**
 * Quotations introduced without a cue word: as the object of any verb of utterance or display ("chanted “USA!”",
 * "a sign reading “…”"), or by a colon after a clause ("Mr. Smith shot back: “…”").
 */
import { isCueToken, isLinkingVerb, isPhrasalSpeechCue } from './cues.js';
import type { Token } from './nlp.js';
import type { CueMatch } from './quoteCues.js';
import { isTitle } from './quoteKinds.js';
import type { Quote } from './quotes.js';
import { sourceBefore } from './sources.js';
import { coordinatedSubject, participleSubject } from './subjects.js';
import { firstOfSentence } from './tokens.js';

/** Verbs of showing or chanting words, whose Title Case object is still somebody's words. */
const DISPLAYS = /^(read|reads|reading|chant|chants|chanted|chanting|shout|shouts|shouted|shouting|say|says|saying)$/;

/**
 * "Some chanted “USA! USA!”", "mouthing “thank you”", "a sign reading, “Hispanics for Trump”": a quotation that is
 * the object of a verb is what the verb's subject uttered or displayed, whatever the verb; the verb is the cue.
 * Not after "be"/"have", nor after "so-called" or "self-described" (a label, not an utterance).
 */
export function verbBeforeQuote(text: string, tokens: readonly Token[], quote: Quote, open: number): CueMatch | null {
  let at = open - 1;
  if (tokens[at]?.text === ',' || tokens[at]?.text === ':') at--;
  const verb = tokens[at];
  if (!verb || verb.pos !== 'VERB' || verb.text.includes('-') || isLinkingVerb(verb.lower)) return null;
  // a capitalised verb inside a sentence is a headline's Title Case, where quotation marks are names
  if (/^\p{Lu}/u.test(verb.text) && at > firstOfSentence(tokens, at)) return null;
  if (tokens[at - 1]?.lower === 'so' || tokens[at - 1]?.text === '-') return null;
  // a Title Case name after a verb is a work's title ("the network canceled “Minority Report”"), unless it is cried
  // out or displayed ("chanted “USA! USA!”", "a sign reading “Hispanics for Trump”")
  const words = text.slice(quote.start, quote.end);
  if (isTitle(words) && !/[!?]\s*$/.test(words) && !DISPLAYS.test(verb.lower)) return null;
  const first = firstOfSentence(tokens, at);
  // after a cue earlier in the sentence the quotation ends a reported clause, which pass 2 reports whole
  for (let k = first; k < at; k++) if (isCueToken(tokens[k])) return null;
  const source =
    sourceBefore(tokens, at, first) ?? participleSubject(tokens, at, first) ?? coordinatedSubject(tokens, at, first);
  return { cueTokens: [at], source };
}

/**
 * "Mr. Smith shot back: “That would be good.”", "Clinton’s response was: “…”", "Silverman heckles supporters: ‘…’":
 * a colon introducing a quotation gives it as the words of the clause before the colon. The cue is the verb just
 * before the colon, or the colon itself; the source is that clause's subject. Not a byline ("by Jane Doe: “…”"),
 * which introduces an excerpt of someone's article rather than speech.
 */
export function colonBeforeQuote(tokens: readonly Token[], open: number): CueMatch | null {
  const colon = open - 1;
  if (tokens[colon]?.text !== ':') return null;
  const first = firstOfSentence(tokens, colon);
  if (colon === first) return null;
  // a byline: the colon's clause (from the sentence start or the last comma) opens with "by" or "from"
  let clause = colon - 1;
  while (clause > first && tokens[clause - 1].text !== ',') clause--;
  if (/^(by|from)$/.test(tokens[clause].lower)) return null;
  let verb = -1;
  for (let k = colon - 1; k >= first && k >= colon - 4; k--) {
    // "shot back:", which the tagger may read as a noun and an adverb
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || isPhrasalSpeechCue(tokens, k)) {
      verb = k;
      break;
    }
  }
  if (verb >= 0) {
    const source =
      sourceBefore(tokens, verb, first) ??
      participleSubject(tokens, verb, first) ??
      coordinatedSubject(tokens, verb, first);
    return { cueTokens: isPhrasalSpeechCue(tokens, verb) ? [verb, verb + 1] : [verb], source };
  }
  // a headline "Name: ‘…’" or a verbless "Republicans’ reaction: ‘…’": the words before the colon name the source
  return { cueTokens: [colon], source: sourceBefore(tokens, colon, first) };
}

/** The quotation closes its sentence: nothing but its paragraph's end or a new sentence follows its closing mark. */
export function endsSentence(text: string, quote: Quote): boolean {
  const after = text.slice(quote.outerEnd, quote.outerEnd + 3);
  return (
    /^\s*(\n|$)/.test(after) ||
    (/[.!?]\s*$/.test(text.slice(quote.start, quote.end)) && /^\s+\p{Lu}/u.test(after)) ||
    /^[.!?]/.test(after)
  );
}
