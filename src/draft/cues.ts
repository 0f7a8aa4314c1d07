/**
 * Cue words: the verbs and phrases that introduce reported speech or belief. The list was grown from the cues
 * most often annotated in the training corpus (said, says, told, according to, added, wrote, asked...), in every
 * inflection, plus belief verbs (think, believe) that the corpus also counts as attribution.
 */
import type { Token } from './nlp.js';

const SPEECH = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added', 'adding',
  'write', 'writes', 'wrote', 'writing',
  'ask', 'asks', 'asked', 'asking',
  'note', 'notes', 'noted', 'noting',
  'report', 'reports', 'reported',
  'announce', 'announces', 'announced',
  'suggest', 'suggests', 'suggested', 'suggesting',
  'tweet', 'tweets', 'tweeted', 'tweeting',
  'argue', 'argues', 'argued', 'arguing',
  'explain', 'explains', 'explained', 'explaining',
  'claim', 'claims', 'claimed', 'claiming',
  'declare', 'declares', 'declared',
  'insist', 'insists', 'insisted',
  'warn', 'warns', 'warned',
  'state', 'states', 'stated', 'stating',
  'clarify', 'clarifies', 'clarified',
  'stress', 'stressed', 'emphasized', 'emphasizes',
  'acknowledge', 'acknowledges', 'acknowledged',
  'admit', 'admits', 'admitted',
  'recall', 'recalls', 'recalled', 'recalling',
  'reply', 'replies', 'replied',
  'respond', 'responds', 'responded',
  'continue', 'continues', 'continued',
  'predict', 'predicts', 'predicted',
  'contend', 'contends', 'contended',
  'maintain', 'maintains', 'maintained',
  'concede', 'concedes', 'conceded',
  'counter', 'countered',
  'promise', 'promises', 'promised',
  'pledge', 'pledged', 'vow', 'vows', 'vowed',
  'confirm', 'confirms', 'confirmed',
  'deny', 'denies', 'denied',
  'conclude', 'concludes', 'concluded',
  'observe', 'observed', 'remark', 'remarked',
  'complain', 'complains', 'complained',
  'charge', 'charged', 'allege', 'alleges', 'alleged',
  'joke', 'joked', 'quip', 'quipped', 'boast', 'boasted',
  'shout', 'shouted', 'yell', 'yelled',
  'testify', 'testified', 'post', 'posted',
  'indicate', 'indicates', 'indicated',
  'reveal', 'revealed', 'estimate', 'estimates', 'estimated',
  'find', 'finds', 'found', 'show', 'shows', 'showed',
  'agree', 'agrees', 'agreed',
  'believe', 'believes', 'believed',
  'think', 'thinks', 'thought',
  'hope', 'hopes', 'fear', 'fears',
  'know', 'knows', 'knew',
  'worry', 'worries', 'worried',
  'predicts', 'expect', 'expects', 'expected',
];

export const CUE_WORDS: ReadonlySet<string> = new Set(SPEECH);

/** Cues that take a clause of belief or knowledge, not speech: their content is never a direct quote. */
const BELIEF = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'hope', 'hopes', 'fear', 'fears', 'know', 'knows', 'knew', 'worry', 'worries', 'worried', 'expect', 'expects', 'expected', 'find', 'finds', 'found', 'show', 'shows', 'showed']);

/** Verbs that need "that" or a clause after them to be a cue ("he found a job" is not an attribution). */
const NEEDS_CLAUSE = new Set([...BELIEF, 'state', 'states', 'stated', 'stating', 'note', 'notes', 'noted', 'report', 'reports', 'reported', 'post', 'posted', 'continue', 'continues', 'continued', 'agree', 'agrees', 'agreed', 'ask', 'asks', 'asked', 'promise', 'promises', 'promised', 'pledge', 'pledged', 'vow', 'vows', 'vowed', 'charge', 'charged', 'counter', 'countered', 'maintain', 'maintains', 'maintained', 'deny', 'denies', 'denied', 'confirm', 'confirms', 'confirmed', 'add', 'adds', 'added', 'adding', 'announce', 'announces', 'announced', 'reveal', 'revealed', 'estimate', 'estimates', 'estimated', 'write', 'writes', 'wrote', 'writing', 'tweet', 'tweets', 'tweeted', 'tweeting']);

export function isBeliefCue(word: string): boolean {
  return BELIEF.has(word);
}

export function needsClause(word: string): boolean {
  return NEEDS_CLAUSE.has(word);
}

/** A token that can be a cue: a cue word used as a verb ("says" tagged as a noun in a headline still counts). */
export function isCueToken(token: Token): boolean {
  if (!CUE_WORDS.has(token.lower)) return false;
  if (token.lower === 'said' || token.lower === 'says' || token.lower === 'told') return true;
  return token.pos === 'VERB' || token.pos === 'AUX';
}

/** "according to" at token index i. */
export function isAccordingTo(tokens: readonly Token[], i: number): boolean {
  return tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';
}
