/**
 * A cue verb with its subject and the clause it reports: "Trump said (that) …", "told reporters on Tuesday that …",
 * "asked Sanders how …", and the inverted "…, Trump said." / "…, said Trump." whose content comes before.
 */
import {
  firstComma,
  opensClause,
  opensWithSubordinator,
  participleClauseAt,
  reportedClauseEnd,
  TIME_WORD,
} from './clauses.js';
import { isPhrasalSpeechCue, needsClause } from './cues.js';
import type { Found } from './found.js';
import type { Sentence, Token } from './nlp.js';
import type { Quote } from './quotes.js';
import { sourceAfter, sourceBefore } from './sources.js';
import { coordinatedSubject, participleSubject } from './subjects.js';
import { wordCount } from './tokens.js';

/** Verbs whose object is the listener, not the content: "told reporters that…", "asked CNN whether…". */
const TAKES_LISTENER = new Set([
  'tell',
  'tells',
  'told',
  'telling',
  'ask',
  'asks',
  'asked',
  'asking',
  'warn',
  'warned',
  'warns',
  'assured',
  'promised',
  'reminded',
]);
/** Words that open a frame of time, place or manner between a cue and its clause: "said on Tuesday that …". */
const FRAME_START = new Set([
  'on',
  'in',
  'at',
  'during',
  'last',
  'this',
  'earlier',
  'later',
  'recently',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'yesterday',
  'today',
  'repeatedly',
  'again',
  'publicly',
  'then',
  'once',
  'also',
  'previously',
  'flatly',
]);

/** Verbs of promise whose content may be an infinitive ("vowed to fight"). */
const PROMISES = /^(promise|promises|promised|promising|pledge|pledges|pledged|pledging|vow|vows|vowed|vowing)$/;

/** A cue verb with its subject, and the clause it reports before or after it. */
export function reported(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: Sentence,
  quoteAt: (offset: number) => Quote | null,
): Found | null {
  const cueToken = tokens[i];
  // "pointed out that …", "shot back that …": the particle belongs to the cue
  const particle = isPhrasalSpeechCue(tokens, i) ? 1 : 0;
  const cue: [number, number] = [cueToken.start, tokens[i + particle].end];
  const before =
    sourceBefore(tokens, i, sentence.first) ??
    coordinatedSubject(tokens, i, sentence.first) ??
    participleSubject(tokens, i, sentence.first);
  // "…, Trump said." / "…, said Trump.": the content is what comes before, up to the comma
  const inverted =
    before === null && i > sentence.first && /^[,”"]$/.test(tokens[i - 1].text)
      ? sourceAfter(tokens, i + 1, sentence.last)
      : null;
  const source = before ?? inverted;
  if (!source) return null;
  const headFirst = before ? source.first : i;
  const tail = before ? i + 1 + particle : source.last;
  // a short tail with no verb is a frame ("…, Trump said on Monday."); one with a verb is the reported clause, and so
  // is an object right after the cue ("Last month, 26 percent said the same."); after an inverted source
  // ("…, said Wilcox, an Orlando Republican who …") a comma opens the source's appositive
  // a participle after a comma ("…, Hollande said Tuesday, noting that …") opens a clause of its own: not the tail
  const tailTokens = tokens.slice(tail, participleClauseAt(tokens, tail, sentence.last));
  const appositive = !before && tailTokens[0]?.text === ',';
  const objectFirst =
    before !== null &&
    !TAKES_LISTENER.has(cueToken.lower) &&
    /^(DET|NOUN|PRON|PROPN|NUM)$/.test(tailTokens[0]?.pos ?? '') &&
    !TIME_WORD.test(tailTokens[0].lower);
  // a frame that is a prepositional phrase ("…, she said in a video message to the convention") may be longer
  const frameLength =
    (tailTokens[0]?.pos === 'ADP' && tailTokens[0].lower !== 'to') || TIME_WORD.test(tailTokens[0]?.lower ?? '')
      ? 12
      : 7;
  const tailIsShort =
    appositive ||
    (tailTokens.length <= frameLength &&
      !tailTokens.some((t) => isQuoteMark(t.text)) &&
      !objectFirst &&
      !tailTokens.some((t) => t.text === 'that' || t.text === ':' || t.pos === 'VERB' || t.pos === 'AUX'));
  if (headFirst > sentence.first && /^[,”"—]$/.test(tokens[headFirst - 1].text) && tailIsShort) {
    let stop = headFirst - 1;
    while (stop > sentence.first && /^[,”"—]$/.test(tokens[stop - 1].text)) stop--;
    if (stop - sentence.first < 3) return null;
    // a quotation closed before the comma ends the content at its closing mark
    return {
      content: [sentence.start, tokens[stop - 1].end],
      cue,
      source,
      direct: false,
      confidence: 0.6,
      continues: null,
    };
  }
  if (!before) return null;
  // "Trump said" then the clause: skip the listener and the frame ("told reporters on Tuesday that …")
  let from = i + 1 + particle;
  // "telling customers at a popular breakfast spot that …", "said for the first time that …": a "that" before any
  // verb ends the listener or frame between the cue and its clause
  const that = thatAfterFrame(tokens, from, sentence.last);
  if (that > 0) from = that;
  if (TAKES_LISTENER.has(cueToken.lower)) {
    // the listener is a noun phrase; a determiner after its noun opens the reported clause ("told CNN the plan …")
    while (
      from < sentence.last &&
      from < i + 5 &&
      /^(NOUN|PROPN|PRON|DET|ADJ)$/.test(tokens[from].pos) &&
      !(tokens[from].pos === 'DET' && from > i + 1 + particle && /^(NOUN|PROPN|PRON)$/.test(tokens[from - 1].pos)) &&
      tokens[from].lower !== 'that' &&
      !isQuoteMark(tokens[from].text)
    )
      from++;
  }
  let framed = 0;
  while (from < sentence.last && framed < 8 && FRAME_START.has(tokens[from].lower)) {
    // the frame runs to the next comma, "that", colon or quotation
    let end = from + 1;
    while (end < sentence.last && end < from + 8 && !/^(,|that|:|“|")$/.test(tokens[end].lower)) end++;
    if (end >= sentence.last || end >= from + 8) break;
    framed += end - from;
    from = end;
  }
  const marker = tokens[from]?.lower;
  // "asked Sanders how he felt", "told them to leave": a question word or infinitive after the listener
  const asks =
    (TAKES_LISTENER.has(cueToken.lower) && /^(if|whether|how|what|why|who|when|where|which|to)$/.test(marker ?? '')) ||
    // "pledging to “win …”", "vowed to fight": a promise's infinitive is its content, "to" included
    (PROMISES.test(cueToken.lower) && marker === 'to');
  const hasMarker =
    marker === 'that' || marker === ':' || marker === ',' || isQuoteMark(tokens[from]?.text ?? '') || asks;
  if (
    needsClause(cueToken.lower) &&
    !(hasMarker || /^(he|she|they|it|we|i|the|there)$/.test(marker ?? '') || opensClause(tokens, from))
  )
    return null;
  while (from < sentence.last && /^(that|:|,)$/.test(tokens[from].lower)) from++;
  const infinitive = PROMISES.test(cueToken.lower) && tokens[from]?.lower === 'to';
  // the corpus keeps the complementizer in the content ("said that the plan is dead"): the span starts at it
  const contentStart = tokens[from - 1]?.lower === 'that' && from - 1 > i ? tokens[from - 1].start : tokens[from].start;
  if (asks && !infinitive && tokens[from].lower === 'to') from++;
  if (sentence.last - from < 2) return null;
  // the reported clause ends where another clause joins it (", which …", ", but …", "; …"), and a clause of a
  // subordinate frame ("When Maddow pointed out that …, Clinton seized on it") at the comma before the main clause
  const clauseStop = opensWithSubordinator(tokens, sentence.first, source.first)
    ? firstComma(tokens, from + 2, sentence.last)
    : reportedClauseEnd(tokens, from, sentence.last);
  let end = clauseStop < sentence.last ? tokens[clauseStop - 1].end : sentence.end;
  const quote = quoteAt(tokens[from].start);
  // a quotation that the sentence splitter cut keeps going to its closing mark
  if (quote && quote.outerEnd > end) end = quote.end;
  // a whole sentence quoted at the head of the clause is what was said ("declared “What a night!” and left")
  else if (
    quote?.double &&
    quote.outerStart === tokens[from].start &&
    /[.!?]\s*$/.test(text.slice(quote.start, quote.end))
  )
    end = quote.end;
  if (wordCount(text.slice(tokens[from].start, end)) < 2) return null;
  return { content: [contentStart, end], cue, source, direct: false, confidence: 0.6, continues: null };
}

function isQuoteMark(text: string): boolean {
  return /^["“‘']$/.test(text);
}

/** The "that" after a listener, place or time ("told voters at a rally in Ohio that …"), or -1 without one. */
function thatAfterFrame(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k < last && k < from + 15; k++) {
    // a "that" followed by its verb is a relative pronoun ("an incident that left …"), not the clause's marker
    if (tokens[k].lower === 'that') return k > from && !/^(VERB|AUX)$/.test(tokens[k + 1]?.pos ?? '') ? k : -1;
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || isQuoteMark(tokens[k].text)) return -1;
  }
  return -1;
}
