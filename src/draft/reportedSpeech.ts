/**
 * Pass 2: cues outside quotations introduce reported speech ("Legend said he did not support the run", "according
 * to the newspaper, …", "endorsed Cruz"): each gives an attribution whose content is the reported clause or phrase,
 * direct only when that clause is a quotation.
 */
import { accordingTo } from './accordingTo.js';
import {
  CUE_WORDS,
  isAccordingTo,
  isBeliefCue,
  isCueToken,
  isMistaggedCue,
  isPhrasalSpeechCue,
  isRaisingCue,
  isStanceCue,
  takesObject,
} from './cues.js';
import { LONE_CONFIDENCE, type Found } from './found.js';
import { headlineColon } from './headline.js';
import { naming, NAMING } from './naming.js';
import { isNominalCue, nominalCue } from './nominalCues.js';
import type { Sentence, Token } from './nlp.js';
import type { Quote } from './quotes.js';
import { reported } from './reportedClause.js';
import { firstTokenFrom } from './tokens.js';
import { raising, stance } from './stance.js';

/** Adds the reported-speech attributions to `found` (which holds pass 1's quotations). */
export function attributeReportedSpeech(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  quoteAt: (offset: number) => Quote | null,
  found: Found[],
  usedCues: ReadonlySet<number>,
): void {
  // quotations attributed by their own cue or turn; a lone one may yet be replaced by the clause that holds it
  const quoted = found.filter((f) => !isLone(f)).map((f) => f.content);
  const frames = frameStarts(text, tokens, found);
  for (let i = 0; i < tokens.length; i++) {
    if (usedCues.has(i)) continue;
    const token = tokens[i];
    if (quoteAt(token.start)?.double) continue;
    const sentence = sentences[token.sentence];
    let attribution: Found | null = null;
    if (isAccordingTo(tokens, i)) attribution = accordingTo(tokens, i, sentence);
    // "called X “Y”" names in the speaker's words; without a quotation, "called for/on" is a stance
    else if (NAMING.has(token.lower) && tokens[i + 1]?.lower !== 'for')
      attribution =
        naming(tokens, i, sentence, quoteAt) ?? (isStanceCue(tokens, i) ? stance(tokens, i, sentence) : null);
    else if (isStanceCue(tokens, i)) attribution = stance(tokens, i, sentence);
    else if (isRaisingCue(tokens, i)) attribution = raising(tokens, i, sentence);
    else if (isNominalCue(tokens, i)) attribution = nominalCue(tokens, i, sentence);
    else if (token.text === ':') attribution = headlineColon(text, tokens, i, sentence);
    else if (isCueToken(token) || isMistaggedCue(tokens, i) || isPhrasalSpeechCue(tokens, i)) {
      // a cue that takes a clause but has an object instead ("announced his candidacy", "polls show a tight race")
      attribution =
        reported(text, tokens, i, sentence, quoteAt) ?? (takesObject(token.lower) ? stance(tokens, i, sentence) : null);
    }
    if (!attribution) continue;
    endBeforeOtherFrame(tokens, attribution, i, frames);
    const [start, end] = attribution.content;
    // a clause that is one of the quotations already attributed is not a second attribution
    if (quoted.some(([qs, qe]) => overlapShare(qs, qe, start, end) >= 0.5)) continue;
    // a lone quotation inside this clause was the clause's own quote: the clause, with its cue, replaces it
    for (let k = found.length - 1; k >= 0; k--) {
      const other = found[k];
      if (isLone(other) && other.content[0] >= start && other.content[1] <= end + 2) found.splice(k, 1);
    }
    attribution.direct = isDirect(text, start, end, quoteAt);
    if (attribution.direct && isBeliefCue(token.lower)) attribution.direct = false;
    found.push(attribution);
  }
}

function isDirect(text: string, start: number, end: number, quoteAt: (offset: number) => Quote | null): boolean {
  const quote = quoteAt(start) ?? quoteAt(start + 1);
  return quote !== null && quote.double && quote.start <= start + 1 && quote.end >= end - 2;
}

/** How much of the clause [b0, b1) the quotation [a0, a1) covers. */
function overlapShare(a0: number, a1: number, b0: number, b1: number): number {
  const shared = Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
  return shared / Math.max(1, b1 - b0);
}

/**
 * Where each quotation's own frame (its source and cue) starts, for a quotation attributed in pass 1 whose cue sits
 * after its start or before it ("…, arguing that “…”", "“…,” Reyes said").
 */
function frameStarts(text: string, tokens: readonly Token[], found: readonly Found[]): number[] {
  // only speech cues: a quotation framed by another verb ("shirts that read “…”") is nested in the clause
  return found
    .filter((f) => f.cue !== null && CUE_WORDS.has(text.slice(f.cue[0], f.cue[1]).toLowerCase()))
    .map((f) => Math.min(f.cue![0], f.source ? tokens[f.source.first].start : f.cue![0]))
    .sort((a, b) => a - b);
}

/**
 * A reported clause cannot run into the frame of a quotation already attributed ("said he was “outraged”, arguing
 * that “…”", "…, and Trump said “…”"): it ends before that frame and the comma, "and" or "that" joining it.
 */
function endBeforeOtherFrame(
  tokens: readonly Token[],
  attribution: Found,
  cue: number,
  frames: readonly number[],
): void {
  const [start, end] = attribution.content;
  const stop = frames.find((at) => at > start && at > tokens[cue].end && at < end);
  if (stop === undefined) return;
  let last = firstTokenFrom(tokens, stop) - 1;
  while (last > cue && /^(,|and|but|that|—|–|-|:|;)$/.test(tokens[last].lower)) last--;
  if (last <= cue || tokens[last].end <= start) return;
  attribution.content = [start, tokens[last].end];
}

/** A quotation kept with no cue word of its own and no turn it carries on. */
function isLone(f: Found): boolean {
  return (f.cue === null && f.confidence <= LONE_CONFIDENCE) || f.tentative === true;
}
