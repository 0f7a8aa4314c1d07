/** "According to the newspaper, …" and "…, according to the newspaper.": the source after the cue, the content beside it. */
import type { Found } from './found.js';
import type { Sentence, Token } from './nlp.js';
import type { SourceRange } from './sources.js';

/** "According to the newspaper, …" or "…, according to the newspaper." */
export function accordingTo(tokens: readonly Token[], i: number, sentence: Sentence): Found | null {
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
