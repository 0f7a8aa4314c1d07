/**
 * Cues that are nouns with their holder: "Trump's assertion that …", "his call for “a total ban” …", "her promise to
 * be “neutral”", "Comey's conclusion that …". The holder is the possessor before the noun, the content the clause,
 * infinitive or object the noun takes, to the end of its clause.
 */
import { clauseEnd } from './clauses.js';
import type { Found } from './found.js';
import type { Sentence, Token } from './nlp.js';
import type { SourceRange } from './sources.js';

/** Nouns of saying, claiming and promising that the corpus annotates as cues, and what may follow them. */
const NOMINAL_CUES: Record<string, RegExp> = {
  assertion: /^that$/,
  claim: /^that$/,
  claims: /^that$/,
  admission: /^that$/,
  conclusion: /^that$/,
  contention: /^that$/,
  insistence: /^that$/,
  allegation: /^that$/,
  allegations: /^that$/,
  accusation: /^that$/,
  argument: /^that$/,
  suggestion: /^that$/,
  warning: /^that$/,
  belief: /^that$/,
  view: /^that$/,
  statement: /^that$/,
  announcement: /^that$/,
  promise: /^(that|to)$/,
  pledge: /^(that|to)$/,
  vow: /^(that|to)$/,
  threat: /^to$/,
  call: /^(for)$/,
  calls: /^(for)$/,
  fear: /^that$/,
  fears: /^that$/,
  hope: /^that$/,
  hopes: /^that$/,
  worry: /^that$/,
  concern: /^(that|about)$/,
  concerns: /^(that|about)$/,
  doubts: /^(that|about)$/,
  idea: /^that$/,
  notion: /^that$/,
  speculation: /^that$/,
  report: /^that$/,
  reports: /^that$/,
  demand: /^(that|for)$/,
  demands: /^(that|for)$/,
  request: /^for$/,
  plea: /^for$/,
  criticism: /^of$/,
  support: /^for$/,
  opposition: /^to$/,
  endorsement: /^of$/,
  praise: /^for$/,
  remarks: /^about$/,
  comments: /^about$/,
};

export function isNominalCue(tokens: readonly Token[], i: number): boolean {
  const marker = NOMINAL_CUES[tokens[i].lower];
  return tokens[i].pos === 'NOUN' && marker !== undefined && marker.test(tokens[i + 1]?.lower ?? '');
}

export function nominalCue(tokens: readonly Token[], i: number, sentence: Sentence): Found | null {
  // with no possessor, only "the claim that …" is kept, as an impression held by no one named
  const source = possessor(tokens, i, sentence.first);
  if (!source && !/^(the|a|an)$/.test(tokens[i - 1]?.lower ?? '')) return null;
  const marker = tokens[i + 1].lower;
  // "that" and "to" stay in the content, as the corpus keeps them; a preposition ("call for") is part of the cue
  const preposition = /^(for|of|about)$/.test(marker);
  const from = preposition ? i + 2 : i + 1;
  if (marker === 'that' && /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? '')) return null;
  const end = clauseEnd(tokens, from + 1, sentence.last);
  if (end <= from + 1) return null;
  return {
    content: [tokens[from].start, tokens[end - 1].end],
    cue: [tokens[i].start, tokens[preposition ? i + 1 : i].end],
    source,
    direct: false,
    confidence: 0.4,
    continues: null,
  };
}

/** "his", "her", "their", or a name or noun with "’s", possibly past an adjective ("Trump’s recent assertion"). */
function possessor(tokens: readonly Token[], i: number, sentenceFirst: number): SourceRange | null {
  let at = i - 1;
  while (at > sentenceFirst && (tokens[at].pos === 'ADJ' || tokens[at].pos === 'ADV' || tokens[at].text === '-')) at--;
  const token = tokens[at];
  if (!token || at < sentenceFirst) return null;
  if (/^(his|her|their|its)$/.test(token.lower)) return { first: at, last: at + 1 };
  if (!/^['’]s$/.test(token.lower) && token.text !== '’' && token.text !== "'") return null;
  let first = at - 1;
  if (first < sentenceFirst || !/^(PROPN|NOUN)$/.test(tokens[first].pos)) return null;
  while (first - 1 >= sentenceFirst && tokens[first - 1].pos === 'PROPN') first--;
  return { first, last: at };
}
