/**
 * Pass 1: quotations as direct speech. A quotation with a cue beside it ("…,” Trump said / Trump said: “…”), or
 * introduced by a colon or by any verb of utterance ("chanted “USA!”"), is attributed to that cue's subject; one
 * that fills a paragraph after an attributed quotation, or that follows the cue sentence of the previous one,
 * carries on the same speaker's turn; a sentence-like quotation with no cue is kept with a low confidence, and a
 * quoted phrase inside a clause is reported through the verb that governs it (pass 2 may replace either by the
 * reported clause that holds it). Titles and scare quotes with no governing verb are left out.
 */
import { framingVerb } from './framingVerb.js';
import { LONE_CONFIDENCE, type Found } from './found.js';
import type { Token } from './nlp.js';
import { clauseBeforeQuote, cueAfterQuote, cueBeforeQuote, phraseInClause, sentenceOf } from './quoteCues.js';
import { colonBeforeQuote, endsSentence, verbBeforeQuote } from './quoteIntroductions.js';
import { isSpeechLike } from './quoteKinds.js';
import type { Quote } from './quotes.js';
import { subjectBefore } from './subjects.js';
import { closesParagraph, firstTokenFrom, opensParagraph, paragraphsBetween, wordCount } from './tokens.js';

export interface QuotedSpeech {
  found: Found[];
  /** token indices of the cues the quotations took, which pass 2 must not take again */
  usedCues: Set<number>;
}

export function attributeQuotations(text: string, tokens: readonly Token[], quotes: readonly Quote[]): QuotedSpeech {
  const tokenAt = (offset: number) => firstTokenFrom(tokens, offset);
  const usedCues = new Set<number>();
  const found: Found[] = [];
  let previous: Found | null = null;
  for (const quote of quotes) {
    const words = wordCount(text.slice(quote.start, quote.end));
    // a cue after the quote belongs to it only when the quote hands over with a comma or ends a question or cry
    const handsOver =
      /[,?!—…-]['’]?\s*$/.test(text.slice(quote.start, quote.end)) ||
      /^\s*[,—]/.test(text.slice(quote.outerEnd, quote.outerEnd + 3));
    const after = handsOver ? cueAfterQuote(tokens, tokenAt(quote.outerEnd), sentenceOf(tokens, quote)) : null;
    // a quotation closing on a comma ends the reported clause itself ("asked him to “reconsider…,” to which…")
    const inClause =
      !/[,;]\s*$/.test(text.slice(quote.start, quote.end)) &&
      phraseInClause(tokens, tokenAt(quote.outerStart), tokenAt(quote.outerEnd));
    const before =
      after ??
      (inClause ? null : cueBeforeQuote(tokens, tokenAt(quote.outerStart) - 1)) ??
      // a verb's quoted object ends its clause, or is a whole cry or sentence ("chanted “Save the mill!” until …")
      (quote.double && (!inClause || /[.!?]\s*$/.test(text.slice(quote.start, quote.end)))
        ? verbBeforeQuote(text, tokens, quote, tokenAt(quote.outerStart))
        : null) ??
      (endsSentence(text, quote) ? colonBeforeQuote(tokens, tokenAt(quote.outerStart)) : null);
    if (before) {
      before.cueTokens.forEach((i) => usedCues.add(i));
      const cue = before.cueTokens;
      const cueRange: [number, number] = [tokens[cue[0]].start, tokens[cue[cue.length - 1]].end];
      // "“…,” he said, “…”": the second quotation shares the first one's cue, so it carries on the same turn
      const sharesCue = previous !== null && previous.cue !== null && previous.cue[0] === cueRange[0];
      // "Teachers online are “very, very pro-Bernie,” Kilfoyle said.": a quoted phrase closing a clause that began
      // before it hands the whole clause over to the cue, which reports it in the narrator's words around the quote
      const clauseStart = after ? clauseBeforeQuote(tokens, tokenAt(quote.outerStart)) : -1;
      const attribution: Found = {
        content: [clauseStart >= 0 ? tokens[clauseStart].start : quote.start, quote.end],
        cue: cueRange,
        source: before.source,
        direct: clauseStart < 0,
        confidence: quote.double ? 0.9 : 0.7,
        continues: sharesCue ? previous : null,
      };
      found.push(attribution);
      previous = attribution;
      continue;
    }
    // a quotation filling the paragraph after an attributed one carries on the same speaker's turn (with narration
    // after it in its paragraph, it starts a new attribution), and so does one right after the cue that closed the
    // previous quotation in the same paragraph ("“…,” he said. “…”")
    const carriesOn =
      previous !== null &&
      ((words >= 4 &&
        opensParagraph(text, quote.outerStart) &&
        closesParagraph(text, quote.outerEnd) &&
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
    if (quote.double && isSpeechLike(text.slice(quote.start, quote.end), words)) {
      // in the paragraph of an attributed quotation and a few words after it, it is more of the same speaker's words
      const near =
        previous !== null &&
        previous.direct &&
        !text.slice(previous.content[1], quote.outerStart).includes('\n') &&
        quote.outerStart - previous.content[1] <= NEAR_CHARS &&
        !verbBetween(tokens, Math.max(previous.content[1], previous.cue?.[1] ?? 0), quote.outerStart);
      // inside a sentence, the words are most likely its subject's ("Trump had a policy “which was maniacal”"), and
      // the sentence's verb frames them: the clause it governs is the content ("Ramos lamented that the “danger” …")
      const framed = near ? null : framingVerb(text, tokens, quote, tokenAt(quote.outerStart), tokenAt(quote.outerEnd));
      if (framed) {
        found.push(framed);
        continue;
      }
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
    } else if (quote.double) {
      // a short quoted phrase in a clause ("Clinton has decried the “systemic racism”") is the words of the clause's
      // subject, reported by its verb; with no such verb it is a scare quote or a name, and not speech
      const framed = framingVerb(text, tokens, quote, tokenAt(quote.outerStart), tokenAt(quote.outerEnd));
      if (framed) found.push(framed);
    }
  }
  return { found, usedCues };
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

const NEAR_CHARS = 120;
