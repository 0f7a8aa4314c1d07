/**
 * The cue word beside a quotation: after it when the quotation hands over ("…,” Trump said", "…,” said Trump",
 * "…,” Bozell points out"), before it when a colon, comma or "that" introduces it ("Trump said: “…”").
 */
import { opensClause, TIME_WORD } from './clauses.js';
import { CUE_WORDS, isAccordingTo, isCueToken, isPhrasalSpeechCue } from './cues.js';
import type { Token } from './nlp.js';
import type { Quote } from './quotes.js';
import { sourceAfter, sourceBefore, type SourceRange } from './sources.js';
import { participleSubject } from './subjects.js';
import { firstOfSentence, firstTokenFrom, sentenceEnd } from './tokens.js';

export interface CueMatch {
  cueTokens: number[];
  source: SourceRange | null;
}

export function sentenceOf(tokens: readonly Token[], quote: Quote): number {
  const i = firstTokenFrom(tokens, Math.max(0, quote.outerEnd - 1));
  return tokens[Math.min(i, tokens.length - 1)]?.sentence ?? 0;
}

/** "…,” Trump said", "…,” said Trump", "…,” he told reporters": a cue within a few tokens after the quote. */
export function cueAfterQuote(tokens: readonly Token[], k: number, sentence: number): CueMatch | null {
  if (k >= tokens.length) return null;
  const token = tokens[k];
  if (isCueToken(token)) {
    const source = sourceAfter(tokens, k + 1, sentenceEnd(tokens, k));
    return source ? { cueTokens: [k], source } : null;
  }
  for (let m = k + 1; m < tokens.length && m <= k + 20; m++) {
    // after a quotation that hands over, the subject's verb is the cue whatever it is ("…,” he points out)
    const cue = isCueToken(tokens[m]);
    // "…,” Bozell points out.": a phrasal cue keeps its particle
    const phrasal = isPhrasalSpeechCue(tokens, m);
    if (cue || phrasal || isHandOverVerb(tokens, m)) {
      const source = sourceBefore(tokens, m, k);
      if (source && source.first === k && (tokens[k].sentence === sentence || tokens[k].sentence === sentence + 1))
        return opensClause(tokens, m + 1) ? null : { cueTokens: phrasal ? [m, m + 1] : [m], source };
      // a verb inside the subject's appositive ("…,” Reyes, who runs the works, said") is not yet the cue
      if (cue) return null;
    }
    if (/^[.;!?]$/.test(tokens[m].text)) return null;
  }
  return null;
}

/**
 * A verb after the subject that follows a handed-over quotation: a cue word the tagger took for a noun, or any verb
 * that ends its clause ("…,” he points out."); a verb with an object of its own ("…,” West called both…") is not.
 */
function isHandOverVerb(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (CUE_WORDS.has(token.lower)) return true;
  if (token.pos !== 'VERB' || /^(be|is|was|are|were|been|being|have|has|had)$/.test(token.lower)) return false;
  // a prepositional phrase or a new clause after the verb ("…,” Dean proclaimed to a cheering crowd", "…,” Trump
  // barked and a guard …") leaves it without an object of its own
  if (/^(ADP|CCONJ|SCONJ)$/.test(tokens[at + 1]?.pos ?? '') && tokens[at + 1].lower !== 'that') return true;
  for (let m = at + 1; m < tokens.length && tokens[m].sentence === token.sentence; m++) {
    if (/^[,.;!?]$/.test(tokens[m].text)) return true;
    if (m > at + 3 || /^(NOUN|PROPN|PRON)$/.test(tokens[m].pos)) return false;
  }
  return true;
}

/**
 * "Clinton said there was “no daylight” between …", "has said that “a wise Latina” can …": a quotation that is not
 * introduced by a colon or comma and that the sentence goes on after is a phrase of the reported clause, which pass 2
 * reports whole with its cue.
 */
export function phraseInClause(tokens: readonly Token[], open: number, after: number): boolean {
  const previous = tokens[open - 1];
  const next = tokens[after];
  if (!previous || !next || previous.text === ':' || previous.text === ',') return false;
  return next.sentence === tokens[open]?.sentence && /^[\p{L}\p{N}]/u.test(next.text);
}

/** "Trump said: “…”", "Legend stated the following: “…”", "according to the newspaper, “…”", "Cruz continued:". */
export function cueBeforeQuote(tokens: readonly Token[], b: number): CueMatch | null {
  if (b < 0 || /^[.!?”"]$/.test(tokens[b].text)) return null;
  let at = b;
  const colon = tokens[at].text === ':';
  if (tokens[at].text === ':' || tokens[at].text === ',') at--;
  if (at >= 0 && tokens[at].lower === 'that') at--;
  const sentenceFirst = firstOfSentence(tokens, at);
  // with a colon the cue may sit a few words back ("stated the following:"), and with a comma past a prepositional
  // phrase ("As they say about the doctor, “…”")
  const reach = colon ? 6 : aboutPhraseBefore(tokens, at, sentenceFirst);
  for (let m = at; m >= 0 && m >= at - reach && m >= sentenceFirst; m--) {
    if (isCueToken(tokens[m])) {
      // "said Hillary Clinton “caused death”": a noun between the cue and the quotation begins the reported clause,
      // which pass 2 reports whole (a listener, "told reporters “…”", is not the clause)
      if (!colon && m < at && !TAKES_LISTENER_CUE.test(tokens[m].lower) && tokens.slice(m + 1, at + 1).some(isNoun))
        return null;
      const source =
        sourceBefore(tokens, m, sentenceFirst) ??
        sourceAfter(tokens, m + 1, at + 1) ??
        participleSubject(tokens, m, sentenceFirst);
      if (source) return { cueTokens: [m], source };
      return null;
    }
    if (m >= 1 && isAccordingTo(tokens, m - 1))
      return { cueTokens: [m - 1, m], source: sourceAfter(tokens, m + 1, at + 1) };
  }
  return null;
}

const TAKES_LISTENER_CUE =
  /^(tell|tells|told|telling|ask|asks|asked|asking|assure|assures|assured|remind|reminds|reminded)$/;

/** A noun that is not a time word: the start of a clause's subject ("said Clinton “…”"). */
function isNoun(token: Token): boolean {
  return /^(NOUN|PROPN)$/.test(token.pos) && !TIME_WORD.test(token.lower);
}

/** How far back a cue may stand before a comma: past "about/of/to/on" and its noun phrase, else two words. */
function aboutPhraseBefore(tokens: readonly Token[], at: number, sentenceFirst: number): number {
  for (let m = at; m >= sentenceFirst && m >= at - 6; m--) {
    if (tokens[m].pos === 'VERB' || tokens[m].pos === 'AUX' || /^[,;:“”"]$/.test(tokens[m].text)) return 2;
    if (/^(about|of|to|on)$/.test(tokens[m].lower)) return Math.max(2, at - m + 1);
  }
  return 2;
}

/** The first token of the clause a quotation closes, when words of the same sentence lead up to it; -1 otherwise. */
export function clauseBeforeQuote(tokens: readonly Token[], open: number): number {
  const previous = tokens[open - 1];
  if (!previous || previous.sentence !== tokens[open]?.sentence || !/^[\p{L}\p{N}]/u.test(previous.text)) return -1;
  let first = firstOfSentence(tokens, open - 1);
  // the clause begins after a semicolon or colon, or after a comma and a conjunction ("…, and the group is “…,”")
  for (let k = open - 1; k > first; k--) {
    if (/^[;:]$/.test(tokens[k].text)) first = k + 1;
    else if (
      tokens[k].text === ',' &&
      /^(and|but|or|so|while|because|although|though)$/.test(tokens[k + 1]?.lower ?? '')
    )
      first = k + 2;
    else continue;
    break;
  }
  return open - first >= 2 ? first : -1;
}
