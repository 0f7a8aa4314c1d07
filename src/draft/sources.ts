/**
 * Who speaks: the noun phrase next to a cue ("Trump said", "said Sen. Ted Cruz", "according to the newspaper"),
 * and what a pronoun or a description refers to ("he" -> the nearest person named before it, "the newspaper" ->
 * the nearest outlet).
 */
import type { Token } from './nlp.js';

/** Token range [first, last) of a source phrase. */
export interface SourceRange {
  first: number;
  last: number;
}

export const PERSON_PRONOUNS = new Set(['he', 'she', 'i', 'we', 'they', 'who', 'you']);
const OTHER_PRONOUNS = new Set([
  'it',
  'itself',
  'which',
  'that',
  'some',
  'others',
  'many',
  'both',
  'one',
  'everyone',
  'someone',
  'somebody',
  'anyone',
  'nobody',
]);
const QUANTIFIERS = new Set(['some', 'many', 'most', 'few', 'both', 'all', 'others', 'several', 'each', 'those']);
const TITLES = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'sen.',
  'rep.',
  'gov.',
  'gen.',
  'lt.',
  'col.',
  'sgt.',
  'pres.',
  'st.',
  'jr.',
  'sr.',
]);
/** Words between a subject and its cue: "Trump also said", "she has long argued", "they would not say". */
const BETWEEN = new Set([
  'also',
  'later',
  'then',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'did',
  'does',
  'do',
  'not',
  "n't",
  'once',
  'previously',
  'repeatedly',
  'recently',
  'again',
  'often',
  'long',
  'reportedly',
  'publicly',
  'privately',
  'flatly',
  'simply',
  'still',
  'even',
  'first',
  'never',
  'is',
  'was',
  'were',
  'are',
  'been',
  'has',
  'may',
  'might',
  'should',
  'just',
  'only',
  'further',
  'clearly',
  'openly',
  'already',
  'specifically',
  'explicitly',
  'strongly',
  'frequently',
  'here',
  'there',
  'now',
  'today',
  'yesterday',
  'tonight',
  'instead',
  'however',
  // contracted auxiliaries: "he’s predicting", "they’ve argued", "she’d said"
  "'s",
  '’s',
  "'ve",
  '’ve',
  "'d",
  '’d',
  "'ll",
  '’ll',
  "'re",
  '’re',
]);

function isNominal(token: Token): boolean {
  return (
    token.pos === 'PROPN' ||
    token.pos === 'NOUN' ||
    token.pos === 'PRON' ||
    token.pos === 'NUM' ||
    TITLES.has(token.lower) ||
    (token.pos === 'ADJ' && /^[A-Z]/.test(token.text)) ||
    // wink tags some first names (Ted, Bill) as verbs: a capitalised word before a proper noun is part of the name
    (/^[A-Z][a-z]/.test(token.text) && token.pos !== 'DET')
  );
}

/** The point of a state or title abbreviation ("Paul, R-Ky., said"), which does not end the sentence. */
function isAbbreviationPoint(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  return (
    tokens[at].text === '.' &&
    previous !== undefined &&
    previous.pos === 'PROPN' &&
    /^[A-Z][a-z]{0,3}$/.test(previous.text)
  );
}

/** A lower-case adverb ending in -ly: "increasingly", "sharply" (a capitalised one may open a name or a headline). */
function isAdverb(token: Token): boolean {
  return token.pos === 'ADV' && /^[a-z]+ly$/.test(token.text);
}

function isModifier(token: Token): boolean {
  return (
    token.pos === 'DET' ||
    token.pos === 'ADJ' ||
    token.pos === 'NUM' ||
    token.lower === "'s" ||
    token.lower === '’s' ||
    token.lower === '-' ||
    token.lower === 'of'
  );
}

/** The subject before a cue at token index `cue`, skipping adverbs and auxiliaries; null when there is none. */
export function sourceBefore(tokens: readonly Token[], cue: number, sentenceFirst: number): SourceRange | null {
  let at = cue - 1;
  // an adverb in -ly may stand between the subject and its cue ("Clinton has increasingly decried …")
  while (at >= sentenceFirst && (BETWEEN.has(tokens[at].lower) || isAdverb(tokens[at]))) at--;
  if (at < sentenceFirst) return null;
  // "Sen. Roger Wicker (R-Miss.) said", "Wicker (R-Miss.), the chairman, said": step over the parenthesis
  const parenthesis = (k: number) => {
    if (tokens[k]?.text !== ')') return k;
    let open = k - 1;
    while (open > sentenceFirst && open > k - 10 && tokens[open].text !== '(') open--;
    return tokens[open].text === '(' && open > sentenceFirst ? open - 1 : k;
  };
  at = parenthesis(at);
  // "Trump, the Republican nominee, said": step over an appositive between commas to its head
  if (tokens[at].lower === ',') {
    let comma = at - 1;
    while (
      comma > sentenceFirst &&
      comma > at - 30 &&
      tokens[comma].lower !== ',' &&
      (!/^[.;:!?“”"]$/.test(tokens[comma].text) || isAbbreviationPoint(tokens, comma))
    )
      comma--;
    // an appositive is a noun phrase: a stretch with a verb between the commas is a clause ("Later, Smith hit back,")
    const stretch = tokens.slice(comma + 1, at);
    const clause =
      /^(PROPN|PRON)$/.test(stretch[0]?.pos ?? '') &&
      !/^(who|whose|which)$/.test(stretch[0].lower) &&
      stretch.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    const appositive = !clause;
    if (comma > sentenceFirst && tokens[comma].lower === ',' && isNominal(tokens[parenthesis(comma - 1)]) && appositive)
      at = parenthesis(comma - 1);
    else return null;
  }
  let head = tokens[at];
  // "those surveyed said", "voters polled said": a participle closing the noun phrase
  if (head.pos === 'VERB' && /ed$/.test(head.lower) && at > sentenceFirst && /^(DET|NOUN)$/.test(tokens[at - 1].pos))
    head = tokens[--at]!;
  // "Some said", "Many said": a quantifier standing alone is the subject
  if (QUANTIFIERS.has(head.lower) && head.pos !== 'NOUN') return { first: at, last: at + 1 };
  if (!isNominal(head)) return null;
  if (head.pos === 'PRON' && !PERSON_PRONOUNS.has(head.lower) && !OTHER_PRONOUNS.has(head.lower)) return null;
  const last = at + 1;
  let first = at;
  if (head.pos !== 'PRON') {
    while (first - 1 >= sentenceFirst) {
      const previous = tokens[first - 1];
      if (
        previous.pos === 'PRON' &&
        previous.lower !== 'his' &&
        previous.lower !== 'her' &&
        previous.lower !== 'their' &&
        previous.lower !== 'its'
      )
        break;
      if (!(isNominal(previous) || isModifier(previous))) break;
      // "of" belongs to a name ("Secretary of State") only between two capitalised words
      if (
        previous.lower === 'of' &&
        !(/^[A-Z]/.test(tokens[first].text) && /^[A-Z]/.test(tokens[first - 2]?.text ?? ''))
      )
        break;
      first--;
    }
  }
  // a conjunction opening the sentence is not part of the name ("When Maddow said …", "But Cruz would not …")
  while (first < at && CONJUNCTION.test(tokens[first].text)) first++;
  return { first, last };
}

const CONJUNCTION =
  /^(When|While|After|Before|As|If|Although|Though|Because|Since|Once|Until|Unless|But|And|So|Yet|Or)$/;

/** The subject after an inverted cue ("said Sen. Ted Cruz", "according to the newspaper"). */
export function sourceAfter(tokens: readonly Token[], from: number, sentenceLast: number): SourceRange | null {
  let at = from;
  let first = -1;
  while (at < sentenceLast && at < from + 10) {
    const token = tokens[at];
    if (token.lower === ',' && first >= 0) break;
    if (!(isNominal(token) || isModifier(token))) break;
    if (token.pos === 'PRON' && first >= 0) break;
    if (first < 0) first = at;
    at++;
    if (token.pos === 'PRON') break;
  }
  if (first < 0) return null;
  // a trailing determiner or "of" is not part of the name
  let last = at;
  while (last > first && isModifier(tokens[last - 1]) && tokens[last - 1].pos !== 'NUM') last--;
  return last > first ? { first, last } : null;
}

/** Descriptions that refer back to a named source of a given kind. */
const DESCRIPTION_KIND: Record<string, 'PERSON' | 'OUTLET' | 'ORGANIZATION'> = {
  newspaper: 'OUTLET',
  paper: 'OUTLET',
  magazine: 'OUTLET',
  network: 'OUTLET',
  outlet: 'OUTLET',
  site: 'OUTLET',
  website: 'OUTLET',
  publication: 'OUTLET',
  show: 'OUTLET',
  station: 'OUTLET',
  senator: 'PERSON',
  president: 'PERSON',
  candidate: 'PERSON',
  governor: 'PERSON',
  congressman: 'PERSON',
  congresswoman: 'PERSON',
  nominee: 'PERSON',
  billionaire: 'PERSON',
  rapper: 'PERSON',
  singer: 'PERSON',
  artist: 'PERSON',
  spokesman: 'PERSON',
  spokeswoman: 'PERSON',
  mogul: 'PERSON',
  secretary: 'PERSON',
  mayor: 'PERSON',
  businessman: 'PERSON',
  senator_: 'PERSON',
  campaign: 'ORGANIZATION',
  company: 'ORGANIZATION',
  party: 'ORGANIZATION',
  group: 'ORGANIZATION',
  committee: 'ORGANIZATION',
  agency: 'ORGANIZATION',
  department: 'ORGANIZATION',
  organization: 'ORGANIZATION',
};

/** What kind of named source a pronoun or "the newspaper" must refer to; null for a name. */
export function referringKind(words: readonly string[]): 'PERSON' | 'OUTLET' | 'ORGANIZATION' | null {
  if (words.length === 1 && PERSON_PRONOUNS.has(words[0])) return 'PERSON';
  if (words.length === 2 && (words[0] === 'the' || words[0] === 'this')) return DESCRIPTION_KIND[words[1]] ?? null;
  if (words.length === 1 && words[0] === 'it') return 'ORGANIZATION';
  return null;
}
