/**
 * Sentences, tokens and parts of speech from wink-nlp with its English lite model: chosen over compromise because
 * it drafts the 840 training articles about fifteen times faster (see EVALUATION.md) and its part-of-speech tags
 * are enough for the rules. The model is bundled in the npm package: nothing is downloaded at run time.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** UTF-16 offsets in the text */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Universal POS tag: PROPN, NOUN, VERB, PRON, PUNCT... */
  pos: string;
  sentence: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** token index range [first, last) */
  first: number;
  last: number;
}

export interface Analysis {
  tokens: Token[];
  sentences: Sentence[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/** The model takes most of a second to load, so it is loaded once, on first use. */
function instance(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}

export function analyse(text: string): Analysis {
  const engine = instance();
  const doc = engine.readDoc(text);
  const values: string[] = doc.tokens().out();
  // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's `its` accessors are passed by reference, as its API intends
  const tags: string[] = doc.tokens().out(engine.its.pos);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  // wink gives token values, not offsets: find each in turn; a value it normalised is skipped, not misplaced
  let cursor = 0;
  let tokenIndex = 0;
  doc.sentences().each((sentence: { tokens(): { length(): number } }) => {
    const count = sentence.tokens().length();
    const first = tokens.length;
    for (let k = 0; k < count; k++, tokenIndex++) {
      const value = values[tokenIndex];
      const at = text.indexOf(value, cursor);
      if (at < 0 || at - cursor > 200) continue;
      cursor = at + value.length;
      if (/^\s+$/.test(value)) continue;
      tokens.push({
        start: at,
        end: cursor,
        text: value,
        lower: value.toLowerCase(),
        pos: tags[tokenIndex],
        sentence: sentences.length,
      });
    }
    if (tokens.length > first) {
      const previous = sentences[sentences.length - 1];
      // a "sentence" opening with a closing bracket, a comma or a lower-case word was cut at an abbreviation
      // ("Sen. Isakson (R-Ga.), one of …"): it goes on the previous one
      if (previous && /^[a-z),;]/.test(tokens[first].text)) {
        for (let k = first; k < tokens.length; k++) tokens[k].sentence = sentences.length - 1;
        previous.end = tokens[tokens.length - 1].end;
        previous.last = tokens.length;
      } else {
        sentences.push({
          start: tokens[first].start,
          end: tokens[tokens.length - 1].end,
          first,
          last: tokens.length,
        });
      }
    }
  });
  return { tokens, sentences };
}
