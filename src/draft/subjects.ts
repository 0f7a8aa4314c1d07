/**
 * Subjects that stand away from their cue: shared over "and"/"but", carried by a participle after a comma, or the
 * subject of the sentence a quotation sits in.
 */
import type { Token } from './nlp.js';
import { sourceBefore, type SourceRange } from './sources.js';
import { firstOfSentence } from './tokens.js';

/** "Graham called Trump “crazy” and said …": a cue after "and" shares the subject of the nearest verb before it. */
export function coordinatedSubject(tokens: readonly Token[], cue: number, sentenceFirst: number): SourceRange | null {
  let and = cue - 1;
  // adverbs between "and" and the cue: "and then said", "and generally agree"
  while (and > sentenceFirst && (/^(also|then|later)$/.test(tokens[and].lower) || tokens[and].pos === 'ADV')) and--;
  if (!/^(and|but)$/.test(tokens[and]?.lower ?? '') || and <= sentenceFirst) return null;
  for (let v = and - 1; v > sentenceFirst && v >= and - 25; v--) {
    if (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX') continue;
    const subject = sourceBefore(tokens, v, sentenceFirst);
    if (subject) return subject;
  }
  return null;
}

/** The subject of the first verb of the sentence before token `at`, when there is one. */
export function subjectBefore(tokens: readonly Token[], at: number): SourceRange | null {
  if (at >= tokens.length) return null;
  const first = firstOfSentence(tokens, at);
  for (let v = first + 1; v < at; v++) {
    if (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX') continue;
    return sourceBefore(tokens, v, first);
  }
  return null;
}

/**
 * ", stating, “…”", "… after hinting that …": a participle cue after a comma, or after a conjunction of time or
 * manner, shares the subject of the sentence's first verb.
 */
export function participleSubject(tokens: readonly Token[], cue: number, sentenceFirst: number): SourceRange | null {
  const joined = /^(while|before|after|when|by)$/.test(tokens[cue - 1]?.lower ?? '');
  if (!tokens[cue].lower.endsWith('ing') || !(joined || tokens[cue - 1]?.text === ',')) return null;
  for (let v = sentenceFirst + 1; v < cue; v++) {
    if (tokens[v].pos === 'VERB') {
      const subject = sourceBefore(tokens, v, sentenceFirst);
      if (subject) return subject;
    }
  }
  return null;
}
