/** Where a reported clause ends: at a clause boundary, and short of a closing time phrase that frames it. */
import { isCueToken, isStanceCue } from './cues.js';
import { NAMING } from './naming.js';
import type { Token } from './nlp.js';
import { sourceBefore } from './sources.js';

export const TIME_WORD =
  /^(last|this|next|on|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend|again)$/;

/** "endorsed Trump last week": a time phrase closing the clause is the frame, not the content. */
export function withoutTrailingTime(tokens: readonly Token[], from: number, end: number): number {
  let stop = end;
  while (stop > from + 1 && /^[.,]$/.test(tokens[stop - 1].text)) stop--;
  let k = stop;
  while (k > from + 1 && TIME_WORD.test(tokens[k - 1].lower)) k--;
  return k < stop ? k : end;
}

/** The clause that starts at `from` ends at a semicolon, a dash, or a comma or "and" that opens another verb phrase. */
export function clauseEnd(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k < last; k++) {
    const token = tokens[k];
    const next = tokens[k + 1];
    if (token.text === ';' || token.text === '—' || token.text === '(') return k;
    if (/^[.!?]$/.test(token.text) && k === last - 1) return k;
    if (
      token.text === ',' &&
      next &&
      (next.pos === 'VERB' ||
        /^(who|which|while|but|although|though|as|because|and|saying|according)$/.test(next.lower))
    )
      return k;
    if (
      (token.lower === 'and' || token.lower === 'but') &&
      next &&
      (next.pos === 'VERB' || next.pos === 'AUX') &&
      k > from + 1
    )
      return k;
    if (k > from && opensOtherAttribution(tokens, k)) return k;
  }
  return last;
}

/**
 * "… while Sanders suggests …", "… — and he singled out …": a conjunction or dash followed by a subject and its cue
 * opens another attribution, which ends the clause before it.
 */
export function opensOtherAttribution(tokens: readonly Token[], k: number): boolean {
  if (!/^(while|whereas|but|and|although|though|—|–|;)$/.test(tokens[k].lower)) return false;
  let from = k + 1;
  if (/^(and|but)$/.test(tokens[from]?.lower ?? '')) from++;
  for (let c = from + 1; c < tokens.length && c <= from + 5 && tokens[c].sentence === tokens[k].sentence; c++) {
    if (!isCueToken(tokens[c]) && !isStanceCue(tokens, c)) continue;
    return sourceBefore(tokens, c, from)?.first === from;
  }
  return false;
}

/**
 * A clause starts at token `at`: "that", or a noun phrase followed by its verb before any comma or preposition
 * ("said the plan is dead", "thought some of the buzz was nourished"), as opposed to an object or a frame.
 */
export function opensClause(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (!next || next.sentence !== tokens[at - 1]?.sentence) return false;
  if (next.lower === 'that') return true;
  if (!/^(DET|PROPN|NOUN|PRON|ADJ|NUM)$/.test(next.pos)) return false;
  for (let m = at + 1; m < tokens.length && m <= at + 14 && tokens[m].sentence === next.sentence; m++) {
    const token = tokens[m];
    if (/^[“”"‘’']$/.test(token.text)) continue;
    if (token.pos === 'VERB' || token.pos === 'AUX') return true;
    if (/^[,.;:!?—()]$/.test(token.text) || (token.pos === 'ADP' && token.lower !== 'of')) return false;
  }
  return false;
}

/**
 * Where a clause reported after its cue ends: at a semicolon; at a comma before "which", "but", "while" …; where a
 * cue's participle ("…, arguing that", "… before claiming that") or the subject's second cue ("… and tells the
 * crowd …") opens another attribution; or where another subject and cue join it ("… while Sanders suggests …").
 */
export function reportedClauseEnd(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from + 3; k < last - 1; k++) {
    if (
      tokens[k].text === ';' ||
      (actsAsComma(tokens, k) &&
        /^(which|who|but|although|though|while|whereas|saying|adding|noting|according)$/.test(tokens[k + 1].lower)) ||
      opensParticipleClause(tokens, k) ||
      // "… before claiming that …", "… while insisting …": a conjunction and a cue's participle open another attribution
      (/^(before|after|while|when|by)$/.test(tokens[k].lower) &&
        /ing$/.test(tokens[k + 1].lower) &&
        (isCueToken(tokens[k + 1]) || isStanceCue(tokens, k + 1))) ||
      (tokens[k].lower === 'and' && tokens[k + 1].pos === 'VERB' && /ed$/.test(tokens[k + 1].lower)) ||
      // "… and tells the crowd …", "… but argues that …": the subject's second cue opens another attribution
      (/^(and|but)$/.test(tokens[k].lower) && (isCueToken(tokens[k + 1]) || isStanceCue(tokens, k + 1))) ||
      opensOtherAttribution(tokens, k) ||
      // "…, a swipe at his rival.", "…, an acknowledgment that …": the narrator's comment on the clause, running to
      // the end of the sentence (a noun's appositive is followed by the rest of its clause)
      (actsAsComma(tokens, k) &&
        /^(a|an)$/.test(tokens[k + 1].lower) &&
        k > from + 4 &&
        !commaAfter(tokens, k + 1, last))
    ) {
      return k;
    }
  }
  return last;
}

/**
 * ", arguing that …", "— insisting …": a comma or dash followed by a cue's present participle opens another
 * attribution (other participles, ", including …", ", reflecting …", stay in the clause they modify).
 */
export function opensParticipleClause(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    (actsAsComma(tokens, k) || /^[—–]$/.test(tokens[k].text)) &&
    next !== undefined &&
    /ing$/.test(next.lower) &&
    (isCueToken(next) || isStanceCue(tokens, k + 1) || NAMING.has(next.lower))
  );
}

/** The first participle clause between two token indices, or `last` when there is none. */
export function participleClauseAt(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k < last - 1; k++) if (opensParticipleClause(tokens, k)) return k;
  return last;
}

/** A comma, or a closing quotation mark right after one ("… “about right,” though …"). */
function actsAsComma(tokens: readonly Token[], k: number): boolean {
  return tokens[k].text === ',' || (/^[”"']$/.test(tokens[k].text) && tokens[k - 1]?.text === ',');
}

/** The subject follows a subordinating conjunction that opens the sentence ("When Maddow …", "While Sanders …"). */
export function opensWithSubordinator(tokens: readonly Token[], sentenceFirst: number, subject: number): boolean {
  const at = subject - 1;
  return (
    at === sentenceFirst &&
    /^(when|while|after|before|as|if|although|though|because|since|once|until|unless)$/.test(tokens[at].lower)
  );
}

export function firstComma(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k < last; k++) if (actsAsComma(tokens, k)) return k;
  return last;
}

function commaAfter(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = from; k < last; k++) if (actsAsComma(tokens, k)) return true;
  return false;
}
