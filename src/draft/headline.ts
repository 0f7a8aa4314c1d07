/** Headlines that give a source's words after its name and a colon: "Graham: Trump’s rhetoric destroying GOP". */
import type { Found } from './found.js';
import type { Sentence, Token } from './nlp.js';
import { opensParagraph } from './tokens.js';

/**
 * "Graham: Trump’s rhetoric destroying GOP’s chance", "Clinton camp: …": a paragraph that opens with a short name
 * and a colon is a headline giving that source's words after the colon.
 */
export function headlineColon(text: string, tokens: readonly Token[], i: number, sentence: Sentence): Found | null {
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
