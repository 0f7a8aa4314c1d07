/**
 * Assembly: quotes, cues, sources and entities put together into a draft of who said what. Two passes:
 *  1. every quotation with a cue beside it ("…,” Trump said / Trump said: “…”), introduced by a colon or by any verb
 *     of utterance ("chanted “…”"), or carrying on the previous speaker's turn, is a direct attribution; a quoted
 *     phrase inside a sentence is reported, not direct, through the verb that governs it (a guess pass 2 may replace);
 *  2. every other cue outside the quotes ("Legend said he did not support the run", "according to the newspaper,
 *     …", "endorsed Cruz", "his call for …") gives an attribution whose content is the reported clause or phrase,
 *     direct only when that clause is a quotation.
 * A quotation with no cue, no governing verb and no turn to continue (a scare quote, a title) is not speech, and
 * sentences without a cue (the article's own narration) are attributed to no one.
 */
import { OffsetMap } from './codePoints.js';
import { findDates } from './dates.js';
import { EntityIndex, findNames } from './entities.js';
import { analyse } from './nlp.js';
import { proposeEntities, toDraft } from './output.js';
import { attributeQuotations } from './quotedSpeech.js';
import { findQuotes } from './quotes.js';
import { attributeReportedSpeech } from './reportedSpeech.js';
import { quoteLookup } from './tokens.js';
import type { Draft, DraftOptions } from './types.js';

export function draftAttributions(text: string, options: DraftOptions = {}): Draft {
  const map = new OffsetMap(text);
  if (text.trim() === '') return { attributions: [], entities: [], dates: [] };
  const { tokens, sentences } = analyse(text);
  const quotes = findQuotes(text);
  const index = new EntityIndex(options.knownEntities ?? []);
  const names = findNames(tokens, index);
  const quoteAt = quoteLookup(quotes);

  // pass 1: quotations with a cue beside them, or continuing a turn
  const { found, usedCues } = attributeQuotations(text, tokens, quotes);
  // pass 2: cues outside quotations introduce reported speech
  attributeReportedSpeech(text, tokens, sentences, quoteAt, found, usedCues);

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
