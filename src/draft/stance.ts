/**
 * Attributions with a noun phrase or infinitive for content rather than a reported clause: stance and intent verbs
 * ("endorsed Trump"), impressions with no holder ("seemed unperturbed").
 */
import { clauseEnd, withoutTrailingTime } from './clauses.js';
import { STANCE_PARTICLE } from './cues.js';
import type { Found } from './found.js';
import type { Sentence, Token } from './nlp.js';
import { sourceBefore } from './sources.js';
import { coordinatedSubject, participleSubject } from './subjects.js';

const VERB_PREPOSITION = /^(of|about|on|against|for|with|over)$/;

/**
 * "Christie endorsed Trump last week", "Critics accused Washington of …", "she wants voters to know …": a verb of
 * stance or intent with its subject; the content is what the verb takes, from after it (and its preposition, in
 * "called for", "referring to") to the end of the clause.
 */
export function stance(tokens: readonly Token[], i: number, sentence: Sentence): Found | null {
  const source =
    sourceBefore(tokens, i, sentence.first) ??
    coordinatedSubject(tokens, i, sentence.first) ??
    participleSubject(tokens, i, sentence.first);
  if (!source) return null;
  let from = i + 1;
  // "called for …", "warned of …", "complained about …": the preposition belongs to the cue, not the content
  const cueEnd =
    STANCE_PARTICLE.has(`${tokens[i].lower} ${tokens[from]?.lower}`) || VERB_PREPOSITION.test(tokens[from]?.lower ?? '')
      ? from++
      : i;
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

/**
 * "Trump is expected to deliver a speech", "the party seemed equally unperturbed": an impression or expectation with
 * no one named as holding it. The content is the subject with what is said of it (the corpus annotates the two
 * pieces; one span from the subject to the end of the clause covers both and the verb between); the source is none.
 */
export function raising(tokens: readonly Token[], i: number, sentence: Sentence): Found | null {
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
