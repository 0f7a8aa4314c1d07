/**
 * Assembly: quotes, cues, sources and entities put together into a draft of who said what. Two passes:
 *  1. every quotation with a cue right beside it ("…,” Trump said / Trump said: “…”), or opening a paragraph
 *     that continues the previous speaker's turn, is a direct attribution;
 *  2. every other cue outside the quotes ("Legend said he did not support the run", "according to the newspaper,
 *     …") gives an attribution whose content is the reported clause, direct only when that clause is a quotation.
 * A quotation with no cue and no turn to continue (a scare quote, a title) is not speech, and sentences without
 * a cue (the article's own narration) are attributed to no one.
 */
import { OffsetMap } from './codePoints.js';
import { findDates } from './dates.js';
import {
  CUE_WORDS,
  isAccordingTo,
  isBeliefCue,
  isCueToken,
  isMistaggedCue,
  isRaisingCue,
  isStanceCue,
  takesObject,
  needsClause,
  STANCE_PARTICLE,
} from './cues.js';
import { EntityIndex, findNames, type NameMention } from './entities.js';
import { analyse, type Token } from './nlp.js';
import { findQuotes, type Quote } from './quotes.js';
import { referringKind, sourceAfter, sourceBefore, type SourceRange } from './sources.js';
import type { Draft, DraftAttribution, DraftOptions, ProposedEntity } from './types.js';

/** An attribution in UTF-16 offsets, before spans are converted and speakers resolved. */
interface Found {
  content: [number, number];
  cue: [number, number] | null;
  source: SourceRange | null;
  direct: boolean;
  confidence: number;
  /** for a continued turn: the attribution whose speaker carries on */
  continues: Found | null;
}

const CLOSING_QUOTE = /^["”»’']$/;
const WORD = /[\p{L}\p{N}]+/gu;
const wordCount = (text: string) => text.match(WORD)?.length ?? 0;
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

export function draftAttributions(text: string, options: DraftOptions = {}): Draft {
  const map = new OffsetMap(text);
  if (text.trim() === '') return { attributions: [], entities: [], dates: [] };
  const { tokens, sentences } = analyse(text);
  const quotes = findQuotes(text);
  const index = new EntityIndex(options.knownEntities ?? []);
  const names = findNames(tokens, index);
  const quoteAt = quoteLookup(text, quotes);
  const tokenAt = (offset: number) => firstTokenFrom(tokens, offset);
  const usedCues = new Set<number>();
  const found: Found[] = [];

  // pass 1: quotations with a cue beside them, or continuing a turn
  let previous: Found | null = null;
  for (const quote of quotes) {
    const words = wordCount(text.slice(quote.start, quote.end));
    // a cue after the quote belongs to it only when the quote hands over with a comma or ends a question or cry
    const handsOver =
      /[,?!—…-]\s*$/.test(text.slice(quote.start, quote.end)) ||
      /^\s*[,—]/.test(text.slice(quote.outerEnd, quote.outerEnd + 3));
    const after = handsOver ? cueAfterQuote(tokens, tokenAt(quote.outerEnd), sentenceOf(tokens, quote)) : null;
    // a quotation closing on a comma ends the reported clause itself ("asked him to “reconsider…,” to which…")
    const inClause =
      !/[,;]\s*$/.test(text.slice(quote.start, quote.end)) &&
      phraseInClause(tokens, tokenAt(quote.outerStart), tokenAt(quote.outerEnd));
    const before = after ?? (inClause ? null : cueBeforeQuote(tokens, tokenAt(quote.outerStart) - 1));
    if (before) {
      before.cueTokens.forEach((i) => usedCues.add(i));
      const cue = before.cueTokens;
      const cueRange: [number, number] = [tokens[cue[0]].start, tokens[cue[cue.length - 1]].end];
      // "“…,” he said, “…”": the second quotation shares the first one's cue, so it carries on the same turn
      const sharesCue = previous !== null && previous.cue !== null && previous.cue[0] === cueRange[0];
      const attribution: Found = {
        content: [quote.start, quote.end],
        cue: cueRange,
        source: before.source,
        direct: true,
        confidence: quote.double ? 0.9 : 0.7,
        continues: sharesCue ? previous : null,
      };
      found.push(attribution);
      previous = attribution;
      continue;
    }
    // a quotation opening a paragraph soon after an attributed one carries on the same speaker's turn, and so does
    // one right after the cue that closed the previous quotation in the same paragraph ("“…,” he said. “…”")
    const carriesOn =
      previous !== null &&
      ((words >= 4 &&
        opensParagraph(text, quote.outerStart) &&
        paragraphsBetween(text, previous.content[1], quote.outerStart) <= 1) ||
        (previous.cue !== null &&
          previous.cue[0] >= previous.content[1] &&
          followsCueSentence(text, tokens, previous, quote.outerStart)));
    if (quote.double && previous && carriesOn) {
      const attribution: Found = {
        content: [quote.start, quote.end],
        cue: null,
        source: null,
        direct: true,
        confidence: 0.6,
        continues: previous,
      };
      found.push(attribution);
      previous = attribution;
      continue;
    }
    // a long quotation with no cue is still somebody's words (a headline, a statement introduced by a colon);
    // kept with no speaker rather than guessed, and only when it is a sentence, not a phrase or a title
    if (quote.double && words >= LONE_QUOTE_WORDS && !isTitle(text.slice(quote.start, quote.end))) {
      // in the paragraph of an attributed quotation and a few words after it, it is more of the same speaker's words
      const near =
        previous !== null &&
        previous.direct &&
        !text.slice(previous.content[1], quote.outerStart).includes('\n') &&
        quote.outerStart - previous.content[1] <= NEAR_CHARS &&
        !verbBetween(tokens, Math.max(previous.content[1], previous.cue?.[1] ?? 0), quote.outerStart);
      // inside a sentence, the words are most likely its subject's ("Trump had a policy “which was maniacal”")
      const source = near ? null : subjectBefore(tokens, tokenAt(quote.outerStart));
      const attribution: Found = {
        content: [quote.start, quote.end],
        cue: null,
        source,
        direct: true,
        confidence: near ? LONE_CONFIDENCE : 0.3,
        continues: near ? previous : null,
      };
      found.push(attribution);
      if (near) previous = attribution;
    }
  }

  // pass 2: cues outside quotations introduce reported speech
  const quoted = found.map((f) => f.content);
  for (let i = 0; i < tokens.length; i++) {
    if (usedCues.has(i)) continue;
    const token = tokens[i];
    if (quoteAt(token.start)?.double) continue;
    const sentence = sentences[token.sentence];
    let attribution: Found | null = null;
    if (isAccordingTo(tokens, i)) attribution = accordingTo(tokens, i, sentence);
    else if (NAMING.has(token.lower) && tokens[i + 1]?.lower !== 'for')
      attribution = naming(tokens, i, sentence, quoteAt);
    else if (isStanceCue(tokens, i)) attribution = stance(tokens, i, sentence);
    else if (isRaisingCue(tokens, i)) attribution = raising(tokens, i, sentence);
    else if (token.text === ':') attribution = headlineColon(text, tokens, i, sentence);
    else if (isCueToken(token) || isMistaggedCue(tokens, i)) {
      // a cue that takes a clause but has an object instead ("announced his candidacy", "polls show a tight race")
      attribution =
        reported(text, tokens, i, sentence, quoteAt) ?? (takesObject(token.lower) ? stance(tokens, i, sentence) : null);
    }
    if (!attribution) continue;
    const [start, end] = attribution.content;
    // a clause that is one of the quotations already attributed is not a second attribution
    if (quoted.some(([qs, qe]) => overlapShare(qs, qe, start, end) >= 0.5)) continue;
    // a lone quotation inside this clause was the clause's own quote: the clause, with its cue, replaces it
    for (let k = found.length - 1; k >= 0; k--) {
      const other = found[k];
      if (
        other.cue === null &&
        other.confidence <= LONE_CONFIDENCE &&
        other.content[0] >= start &&
        other.content[1] <= end + 2
      )
        found.splice(k, 1);
    }
    attribution.direct = isDirect(text, start, end, quoteAt);
    if (attribution.direct && isBeliefCue(token.lower)) attribution.direct = false;
    found.push(attribution);
  }

  found.sort((a, b) => a.content[0] - b.content[0]);
  const position = new Map(found.map((f, k) => [f, k]));
  const attributions = found.map((f) =>
    toDraft(text, map, tokens, names, index, f, f.continues ? (position.get(f.continues) ?? null) : null),
  );
  return {
    attributions,
    entities: proposeEntities(map, names),
    dates: findDates(text).map((d) => ({ date: d.date, span: map.span(d.start, d.end) })),
  };
}

// --- pass 1 helpers -------------------------------------------------------------------------------------------

interface CueMatch {
  cueTokens: number[];
  source: SourceRange | null;
}

function sentenceOf(tokens: readonly Token[], quote: Quote): number {
  const i = firstTokenFrom(tokens, Math.max(0, quote.outerEnd - 1));
  return tokens[Math.min(i, tokens.length - 1)]?.sentence ?? 0;
}

/** "…,” Trump said", "…,” said Trump", "…,” he told reporters": a cue within a few tokens after the quote. */
function cueAfterQuote(tokens: readonly Token[], k: number, sentence: number): CueMatch | null {
  if (k >= tokens.length) return null;
  const token = tokens[k];
  if (isCueToken(token)) {
    const source = sourceAfter(tokens, k + 1, sentenceEnd(tokens, k));
    return source ? { cueTokens: [k], source } : null;
  }
  for (let m = k + 1; m < tokens.length && m <= k + 20; m++) {
    // after a quotation that hands over, the subject's verb is the cue whatever it is ("…,” he points out)
    const cue = isCueToken(tokens[m]);
    if (cue || isHandOverVerb(tokens, m)) {
      const source = sourceBefore(tokens, m, k);
      if (source && source.first === k && (tokens[k].sentence === sentence || tokens[k].sentence === sentence + 1))
        return { cueTokens: [m], source };
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
function phraseInClause(tokens: readonly Token[], open: number, after: number): boolean {
  const previous = tokens[open - 1];
  const next = tokens[after];
  if (!previous || !next || previous.text === ':' || previous.text === ',') return false;
  return next.sentence === tokens[open]?.sentence && /^[\p{L}\p{N}]/u.test(next.text);
}

/** "Trump said: “…”", "Legend stated the following: “…”", "according to the newspaper, “…”", "Cruz continued:". */
function cueBeforeQuote(tokens: readonly Token[], b: number): CueMatch | null {
  if (b < 0 || /^[.!?”"]$/.test(tokens[b].text)) return null;
  let at = b;
  const colon = tokens[at].text === ':';
  if (tokens[at].text === ':' || tokens[at].text === ',') at--;
  if (at >= 0 && tokens[at].lower === 'that') at--;
  const sentenceFirst = firstOfSentence(tokens, at);
  // with a colon the cue may sit a few words back ("stated the following:")
  for (let m = at; m >= 0 && m >= at - (colon ? 6 : 2) && m >= sentenceFirst; m--) {
    if (isCueToken(tokens[m])) {
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

/** "Graham called Trump “crazy” and said …": a cue after "and" shares the subject of the nearest verb before it. */
function coordinatedSubject(tokens: readonly Token[], cue: number, sentenceFirst: number): SourceRange | null {
  let and = cue - 1;
  while (and > sentenceFirst && /^(also|then|later)$/.test(tokens[and].lower)) and--;
  if (!/^(and|but)$/.test(tokens[and]?.lower ?? '') || and <= sentenceFirst) return null;
  for (let v = and - 1; v > sentenceFirst && v >= and - 25; v--) {
    if (tokens[v].pos !== 'VERB') continue;
    const subject = sourceBefore(tokens, v, sentenceFirst);
    if (subject) return subject;
  }
  return null;
}

/** The subject of the first verb of the sentence before token `at`, when there is one. */
function subjectBefore(tokens: readonly Token[], at: number): SourceRange | null {
  if (at >= tokens.length) return null;
  const first = firstOfSentence(tokens, at);
  for (let v = first + 1; v < at; v++) {
    if (tokens[v].pos !== 'VERB' && tokens[v].pos !== 'AUX') continue;
    return sourceBefore(tokens, v, first);
  }
  return null;
}

/** ", stating, “…”": a participle cue after a comma shares the subject of the sentence's first verb. */
function participleSubject(tokens: readonly Token[], cue: number, sentenceFirst: number): SourceRange | null {
  // also "…, while saying …", "…, before adding …"
  const joint = /^(while|before|after|when|by)$/.test(tokens[cue - 1]?.lower ?? '') ? cue - 1 : cue;
  if (!tokens[cue].lower.endsWith('ing') || tokens[joint - 1]?.text !== ',') return null;
  for (let v = sentenceFirst + 1; v < cue; v++) {
    if (tokens[v].pos === 'VERB') {
      const subject = sourceBefore(tokens, v, sentenceFirst);
      if (subject) return subject;
    }
  }
  return null;
}

/** A verb stands between two offsets: the words there are a clause of their own, not a link between quotations. */
function verbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = firstTokenFrom(tokens, from); k < tokens.length && tokens[k].start < to; k++) {
    if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') return true;
  }
  return false;
}

/** Only the cue's own short sentence ("Trump said.") stands between the previous quotation and this one. */
function followsCueSentence(text: string, tokens: readonly Token[], previous: Found, at: number): boolean {
  const between = text.slice(previous.content[1], at);
  if (!/[.:]["”'’]*\s*$/.test(between) || between.includes('\n') || between.length > 250 || previous.cue![1] > at)
    return false;
  // one sentence only, the cue's: from the cue to the end mark before this quotation
  const cue = firstTokenFrom(tokens, previous.cue![0]);
  let last = firstTokenFrom(tokens, at) - 1;
  while (last > cue && /^["”'’]$/.test(tokens[last].text)) last--;
  return last >= cue && tokens[last].sentence === tokens[cue].sentence;
}

function opensParagraph(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === '\n') return true;
    if (!/\s/.test(text[i])) return false;
  }
  return true;
}

function paragraphsBetween(text: string, from: number, to: number): number {
  return (text.slice(from, to).match(/\n\s*/g) ?? []).length;
}

// --- pass 2 helpers -------------------------------------------------------------------------------------------

/** "According to the newspaper, …" or "…, according to the newspaper." */
function accordingTo(
  tokens: readonly Token[],
  i: number,
  sentence: { first: number; last: number; start: number; end: number },
): Found | null {
  const source = accordingSource(tokens, i + 2, sentence.last);
  if (!source) return null;
  const cue: [number, number] = [tokens[i].start, tokens[i + 1].end];
  if (i === sentence.first || (i === sentence.first + 1 && /^\W$/.test(tokens[sentence.first].text))) {
    const from = source.last < sentence.last && tokens[source.last].text === ',' ? source.last + 1 : source.last;
    if (from >= sentence.last) return null;
    return {
      content: [tokens[from].start, sentence.end],
      cue,
      source,
      direct: false,
      confidence: 0.7,
      continues: null,
    };
  }
  const stop = i > sentence.first && tokens[i - 1].text === ',' ? i - 1 : i;
  if (stop <= sentence.first) return null;
  // "He left after, according to him, the network censored him": between commas, the clause after is the content
  const rest = source.last + 1;
  if (
    tokens[source.last]?.text === ',' &&
    tokens[stop]?.text === ',' &&
    tokens.slice(rest, sentence.last).some((t) => t.pos === 'VERB' || t.pos === 'AUX') &&
    sentence.last - rest >= 4
  ) {
    return {
      content: [tokens[rest].start, sentence.end],
      cue,
      source,
      direct: false,
      confidence: 0.6,
      continues: null,
    };
  }
  return {
    content: [sentence.start, tokens[stop - 1].end],
    cue,
    source,
    direct: false,
    confidence: 0.7,
    continues: null,
  };
}

/** The source after "according to": the whole phrase up to a comma or the sentence end ("the most recent data from the FBI"). */
function accordingSource(tokens: readonly Token[], from: number, sentenceLast: number): SourceRange | null {
  let last = from;
  while (last < sentenceLast && last < from + 15 && !/^[,;:.!?—()“”"]$/.test(tokens[last].text)) last++;
  if (last === from) return null;
  return { first: from, last };
}

/** Verbs that name or describe something in the speaker's words: "called Trump “unhinged”", "described it as “…”". */
const NAMING = new Set([
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
function naming(
  tokens: readonly Token[],
  i: number,
  sentence: { first: number; last: number; start: number; end: number },
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
  return {
    content: [tokens[i + 1].start, quote.outerEnd],
    cue: [tokens[i].start, tokens[i].end],
    source,
    direct: false,
    confidence: 0.5,
    continues: null,
  };
}

/**
 * "Christie endorsed Trump last week", "Critics accused Washington of …", "she wants voters to know …": a verb of
 * stance or intent with its subject; the content is what the verb takes, from after it (and its preposition, in
 * "called for", "referring to") to the end of the clause.
 */
function stance(
  tokens: readonly Token[],
  i: number,
  sentence: { first: number; last: number; start: number; end: number },
): Found | null {
  const source =
    sourceBefore(tokens, i, sentence.first) ??
    coordinatedSubject(tokens, i, sentence.first) ??
    participleSubject(tokens, i, sentence.first);
  if (!source) return null;
  let from = i + 1;
  const cueEnd = STANCE_PARTICLE.has(`${tokens[i].lower} ${tokens[from]?.lower}`) ? from++ : i;
  let end = clauseEnd(tokens, from, sentence.last);
  // a relative subject ("voters who want …, most …") has its clause end at the next comma
  if (/^(who|which|that)$/.test(tokens[source.first].lower)) {
    for (let k = from; k < end; k++) if (tokens[k].text === ',') end = k;
  }
  end = withoutTrailingTime(tokens, from, end);
  if (end <= from) return null;
  return {
    content: [tokens[from].start, tokens[end - 1].end],
    cue: [tokens[i].start, tokens[cueEnd].end],
    source,
    direct: false,
    confidence: 0.4,
    continues: null,
  };
}

const TIME_WORD =
  /^(last|this|next|on|earlier|later|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend|again)$/;

/** "endorsed Trump last week": a time phrase closing the clause is the frame, not the content. */
function withoutTrailingTime(tokens: readonly Token[], from: number, end: number): number {
  let stop = end;
  while (stop > from + 1 && /^[.,]$/.test(tokens[stop - 1].text)) stop--;
  let k = stop;
  while (k > from + 1 && TIME_WORD.test(tokens[k - 1].lower)) k--;
  return k < stop ? k : end;
}

/**
 * "Trump is expected to deliver a speech", "the party seemed equally unperturbed": an impression or expectation with
 * no one named as holding it. The content is the subject with what is said of it (the corpus annotates the two
 * pieces; one span from the subject to the end of the clause covers both and the verb between); the source is none.
 */
function raising(
  tokens: readonly Token[],
  i: number,
  sentence: { first: number; last: number; start: number; end: number },
): Found | null {
  const subject = sourceBefore(tokens, i, sentence.first);
  if (!subject) return null;
  const end = withoutTrailingTime(tokens, i + 1, clauseEnd(tokens, i + 1, sentence.last));
  if (end <= i + 1) return null;
  return {
    content: [tokens[subject.first].start, tokens[end - 1].end],
    cue: [tokens[i].start, tokens[i].end],
    source: null,
    direct: false,
    confidence: 0.4,
    continues: null,
  };
}

/**
 * "Graham: Trump’s rhetoric destroying GOP’s chance", "Clinton camp: …": a paragraph that opens with a short name
 * and a colon is a headline giving that source's words after the colon.
 */
function headlineColon(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: { first: number; last: number; start: number; end: number },
): Found | null {
  if (i - sentence.first > 4 || i === sentence.first || sentence.last - i < 4 || !opensParagraph(text, sentence.start))
    return null;
  const head = tokens.slice(sentence.first, i);
  if (
    !/^\p{Lu}/u.test(head[0].text) ||
    !head.every((t) => /^(PROPN|NOUN|ADJ|DET)$/.test(t.pos) || /^\p{Lu}/u.test(t.text))
  )
    return null;
  return {
    content: [tokens[i + 1].start, sentence.end],
    cue: [tokens[i].start, tokens[i].end],
    source: { first: sentence.first, last: i },
    direct: false,
    confidence: 0.4,
    continues: null,
  };
}

/** The clause that starts at `from` ends at a semicolon, a dash, or a comma or "and" that opens another verb phrase. */
function clauseEnd(tokens: readonly Token[], from: number, last: number): number {
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
  }
  return last;
}

/** A cue verb with its subject, and the clause it reports before or after it. */
function reported(
  text: string,
  tokens: readonly Token[],
  i: number,
  sentence: { first: number; last: number; start: number; end: number },
  quoteAt: (offset: number) => Quote | null,
): Found | null {
  const cueToken = tokens[i];
  const cue: [number, number] = [cueToken.start, cueToken.end];
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
  const tail = before ? i + 1 : source.last;
  // a short tail with no verb is a frame ("…, Trump said on Monday."); one with a verb is the reported clause, and so
  // is an object right after the cue ("Last month, 26 percent said the same."); after an inverted source
  // ("…, said Wilcox, an Orlando Republican who …") a comma opens the source's appositive
  const tailTokens = tokens.slice(tail, sentence.last);
  const appositive = !before && tailTokens[0]?.text === ',';
  const objectFirst =
    before !== null &&
    !TAKES_LISTENER.has(cueToken.lower) &&
    /^(DET|NOUN|PRON|PROPN|NUM)$/.test(tailTokens[0]?.pos ?? '') &&
    !TIME_WORD.test(tailTokens[0].lower);
  const tailIsShort =
    appositive ||
    (sentence.last - tail <= 7 &&
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
  let from = i + 1;
  if (TAKES_LISTENER.has(cueToken.lower)) {
    while (
      from < sentence.last &&
      from < i + 5 &&
      /^(NOUN|PROPN|PRON|DET|ADJ)$/.test(tokens[from].pos) &&
      tokens[from].lower !== 'that' &&
      !isQuoteMark(tokens[from].text)
    )
      from++;
  }
  let framed = 0;
  while (
    from < sentence.last &&
    framed < 8 &&
    FRAME_START.has(tokens[from].lower) &&
    !hasClauseMarkerAt(tokens, from)
  ) {
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
    TAKES_LISTENER.has(cueToken.lower) && /^(if|whether|how|what|why|who|when|where|which|to)$/.test(marker ?? '');
  const hasMarker =
    marker === 'that' || marker === ':' || marker === ',' || isQuoteMark(tokens[from]?.text ?? '') || asks;
  if (needsClause(cueToken.lower) && !(hasMarker || /^(he|she|they|it|we|i|the|there)$/.test(marker ?? '')))
    return null;
  while (from < sentence.last && /^(that|:|,)$/.test(tokens[from].lower)) from++;
  if (asks && tokens[from].lower === 'to') from++;
  if (sentence.last - from < 2) return null;
  // the reported clause ends where another clause joins it (", which …", ", but …", "; …")
  let clauseStop = sentence.last;
  for (let k = from + 3; k < sentence.last - 1; k++) {
    if (
      tokens[k].text === ';' ||
      (tokens[k].text === ',' &&
        /^(which|who|but|although|though|while|whereas|saying|adding|noting|according)$/.test(tokens[k + 1].lower)) ||
      (tokens[k].lower === 'and' && tokens[k + 1].pos === 'VERB' && /ed$/.test(tokens[k + 1].lower))
    ) {
      clauseStop = k;
      break;
    }
  }
  let end = clauseStop < sentence.last ? tokens[clauseStop - 1].end : sentence.end;
  // a quotation that the sentence splitter cut keeps going to its closing mark
  const quote = quoteAt(tokens[from].start);
  if (quote && quote.outerEnd > end) end = quote.end;
  if (wordCount(text.slice(tokens[from].start, end)) < 2) return null;
  return { content: [tokens[from].start, end], cue, source, direct: false, confidence: 0.6, continues: null };
}

function hasClauseMarkerAt(tokens: readonly Token[], at: number): boolean {
  return tokens[at].lower === 'that';
}

function isQuoteMark(text: string): boolean {
  return /^["“‘']$/.test(text);
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

const LONE_QUOTE_WORDS = 6;
const NEAR_CHARS = 120;
/** the most a quotation with no cue of its own is trusted: pass 2 replaces it by a reported clause that holds it */
const LONE_CONFIDENCE = 0.5;

/** Title Case throughout ("Peace Through Strength", "Saturday Night Live") is a title or slogan, not speech. */
function isTitle(words: string): boolean {
  const list = words.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  return list.length > 0 && list.filter((w) => /^\p{Lu}/u.test(w)).length >= list.length * 0.7;
}

// --- shared helpers -------------------------------------------------------------------------------------------

function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (tokens[middle].start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function firstOfSentence(tokens: readonly Token[], at: number): number {
  const sentence = tokens[Math.max(0, at)]?.sentence;
  let first = Math.max(0, at);
  while (first > 0 && tokens[first - 1].sentence === sentence) first--;
  return first;
}

function sentenceEnd(tokens: readonly Token[], at: number): number {
  const sentence = tokens[at].sentence;
  let last = at;
  while (last < tokens.length && tokens[last].sentence === sentence) last++;
  return last;
}

/** The quotation whose words contain an offset (including its marks), found by binary search. */
function quoteLookup(_text: string, quotes: readonly Quote[]): (offset: number) => Quote | null {
  return (offset) => {
    let low = 0;
    let high = quotes.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const quote = quotes[middle];
      if (offset < quote.outerStart) high = middle - 1;
      else if (offset >= quote.outerEnd) low = middle + 1;
      else return quote;
    }
    return null;
  };
}

// --- output ---------------------------------------------------------------------------------------------------

function toDraft(
  text: string,
  map: OffsetMap,
  tokens: readonly Token[],
  names: readonly NameMention[],
  index: EntityIndex,
  f: Found,
  continues: number | null,
): DraftAttribution {
  const [start, end] = trimRange(text, f.content[0], f.content[1]);
  const sourceStart = f.source ? tokens[f.source.first].start : null;
  const sourceEnd = f.source ? tokens[f.source.last - 1].end : null;
  const who = f.continues
    ? resolveContinued(f)
    : f.source
      ? resolveSpeaker(text.slice(sourceStart!, sourceEnd!), sourceStart!, sourceEnd!, names, index)
      : null;
  resolved.set(f, who);
  const inside = names.filter((n) => n.start >= start && n.end <= end);
  return {
    content: map.span(start, end),
    cue: f.cue ? map.span(f.cue[0], f.cue[1]) : null,
    source: sourceStart !== null ? map.span(sourceStart, sourceEnd!) : null,
    speaker: who?.name ?? null,
    speakerId: who?.slug ?? null,
    direct: f.direct,
    confidence: f.confidence,
    continues,
    mentions: inside.map((n) => ({
      entitySlug: n.slug,
      proposedName: n.slug ? null : n.canonical,
      start: map.codePointAt(n.start),
      end: map.codePointAt(n.end),
    })),
  };
}

interface Speaker {
  name: string;
  slug: string | null;
}

const resolved = new WeakMap<Found, Speaker | null>();

function resolveContinued(f: Found): Speaker | null {
  return resolved.get(f.continues!) ?? null;
}

/** A name resolves to itself (or its known entity); a pronoun or "the newspaper" to the nearest compatible name. */
function resolveSpeaker(
  phrase: string,
  start: number,
  end: number,
  names: readonly NameMention[],
  index: EntityIndex,
): Speaker | null {
  const words = phrase.toLowerCase().split(/\s+/);
  const kind = referringKind(words);
  if (kind) {
    for (let k = names.length - 1; k >= 0; k--) {
      const name = names[k];
      if (name.end > start) continue;
      if (name.type === kind || (kind === 'ORGANIZATION' && name.type === 'OUTLET'))
        return { name: name.canonical, slug: name.slug };
    }
    return null;
  }
  const inside = names.filter((n) => n.start >= start && n.end <= end);
  const main = inside[inside.length - 1];
  if (main) return { name: main.canonical, slug: main.slug };
  const known = index.lookup(phrase);
  if (known) return { name: known.name, slug: known.slug };
  return { name: phrase, slug: null };
}

/** Content spans drop edge spaces and quotation marks, so they hold just the words. */
function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /[\s"“”'‘’]/.test(text[start])) start++;
  while (end > start && /[\s"“”]/.test(text[end - 1])) end--;
  if (end > start && CLOSING_QUOTE.test(text[end - 1]) && text[end - 1] !== '’') end--;
  return [start, end];
}

function proposeEntities(map: OffsetMap, names: readonly NameMention[]): ProposedEntity[] {
  const byName = new Map<string, ProposedEntity>();
  for (const name of names) {
    if (name.slug) continue;
    const entity = byName.get(name.canonical) ?? { name: name.canonical, type: name.type, mentions: [] };
    entity.mentions.push(map.span(name.start, name.end));
    byName.set(name.canonical, entity);
  }
  return [...byName.values()];
}
