/**
 * Pass 2 rules: where a reported clause starts and ends, the cues grown from the training data (phrasal verbs,
 * verbs of judgement, nouns of claiming), and the subjects found away from their cue. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { type Draft } from '../../src/draft/index.js';
import { draft } from './draftChecked.js';

const withCue = (d: Draft, cue: string) => d.attributions.find((a) => a.cue?.exact === cue);

describe('where a reported clause starts', () => {
  it('keeps "that" in the content, as the corpus does', () => {
    expect(withCue(draft('Ada Park said that the bridge is safe.'), 'said')?.content.exact).toBe(
      'that the bridge is safe.',
    );
  });

  it('starts the clause at "that" after a frame of time', () => {
    const d = draft('The council said for the first time that the bridge would close.');
    expect(withCue(d, 'said')?.content.exact).toBe('that the bridge would close.');
  });

  it('starts the clause at "that" after a listener and a place', () => {
    const d = draft('Ada Park told farmers at a crowded diner in Millbrook that the dam would be rebuilt.');
    expect(withCue(d, 'told')?.content.exact).toBe('that the dam would be rebuilt.');
  });

  it('ends the listener where a determiner opens the clause', () => {
    const d = draft('Tom Reyes told Harbor Radio the plan was dead.');
    expect(withCue(d, 'told')?.content.exact).toBe('the plan was dead.');
  });

  it('takes a belief verb whose clause starts with a noun phrase', () => {
    const d = draft('Tom Reyes thought some of the new rules were written in haste.');
    expect(withCue(d, 'thought')?.content.exact).toBe('some of the new rules were written in haste.');
  });

  it('takes the infinitive of a promise with its "to"', () => {
    const d = draft('Ada Park promises to “end” the river tax.');
    expect(withCue(d, 'promises')?.content.exact).toBe('to “end” the river tax.');
  });

  it('reports a whole quoted sentence at the head of a clause as what was said', () => {
    const d = draft('Ada Park declared “What a night!” and thanked the volunteers.');
    expect(withCue(d, 'declared')?.content.exact).toBe('What a night!');
  });
});

describe('where a reported clause ends', () => {
  it('ends before the cue of a quotation attributed on its own', () => {
    const d = draft('Ada Park said she was “outraged” by the vote, arguing that “the council broke its word.”');
    expect(withCue(d, 'said')?.content.exact).toBe('she was “outraged” by the vote');
    expect(withCue(d, 'arguing')?.content.exact).toBe('the council broke its word.');
  });

  it('ends at a comma before a cue’s participle, but not before "including"', () => {
    const closed = draft('Tom Reyes said the mill would close, claiming that costs had doubled.');
    expect(withCue(closed, 'said')?.content.exact).toBe('the mill would close');
    const open = draft('Tom Reyes said the mill would close, including the old warehouse.');
    expect(withCue(open, 'said')?.content.exact).toBe('the mill would close, including the old warehouse.');
  });

  it('ends where the subject’s second cue joins with "and"', () => {
    const d = draft('Ada Park says she is proud of the campaign and tells the crowd she will win.');
    expect(withCue(d, 'says')?.content.exact).toBe('she is proud of the campaign');
  });

  it('ends where another subject and its cue join with "while"', () => {
    const d = draft('Ada Park accuses the council of waste while Tom Reyes suggests the budget is fine.');
    expect(withCue(d, 'accuses')?.content.exact).toBe('the council of waste');
  });

  it('ends a clause in a subordinate frame at the comma before the main clause', () => {
    const d = draft('When Tom Reyes pointed out that the dam leaks, Ada Park changed the subject.');
    const a = withCue(d, 'pointed out');
    expect(a?.content.exact).toBe('that the dam leaks');
    expect(a?.source?.exact).toBe('Tom Reyes');
  });

  it('ends at a comma inside a closing quotation mark', () => {
    const d = draft('Most voters say the plans are “about right,” though many want lower taxes.');
    expect(withCue(d, 'say')?.content.exact).toBe('the plans are “about right,');
  });

  it('reports the clause before an inverted cue followed by a long prepositional frame', () => {
    const d = draft('The river had never been cleaner, she said in a video message to the county fair.');
    expect(withCue(d, 'said')?.content.exact).toBe('The river had never been cleaner');
  });
});

describe('cues grown from the training data', () => {
  it('takes verbs of judgement with their object', () => {
    const d = draft('Tom Reyes decried the new toll on the bridge.');
    expect(withCue(d, 'decried')?.content.exact).toBe('the new toll on the bridge');
  });

  it('takes "called on" with the content after the preposition', () => {
    const d = draft('Ada Park called on the council to delay the vote.');
    expect(withCue(d, 'called on')?.content.exact).toBe('the council to delay the vote');
  });

  it('takes a noun of claiming with its possessor as the source', () => {
    const d = draft('The council rejected Tom Reyes’s assertion that the vote was rigged.');
    const a = withCue(d, 'assertion');
    expect(a?.content.exact).toBe('that the vote was rigged');
    expect(a?.source?.exact).toBe('Tom Reyes');
  });

  it('takes "his call for" with the object of the call', () => {
    const d = draft('The mayor repeated his call for “a total freeze” on new permits.');
    const a = withCue(d, 'call for');
    // content spans drop the quotation marks at their edges
    expect(a?.content.exact).toBe('a total freeze” on new permits');
    expect(a?.source?.exact).toBe('his');
  });

  it('runs a naming over coordinated quotations', () => {
    const d = draft('Ada Park called him a “wrecker” and “the worst mayor in memory.”');
    expect(withCue(d, 'called')?.content.exact).toBe('him a “wrecker” and “the worst mayor in memory.');
  });
});

describe('subjects away from their cue', () => {
  it('steps over an adverb between the subject and the cue', () => {
    expect(withCue(draft('Ada Park has increasingly criticized the council.'), 'criticized')?.speakerId).toBe(
      'ada-park',
    );
  });

  it('steps over a contracted auxiliary', () => {
    const d = draft('Asked about Nevada, he’s predicting he will do very well there.');
    expect(withCue(d, 'predicting')?.source?.exact).toBe('he');
  });

  it('steps over a state abbreviation between commas', () => {
    const d = draft('Sen. Tom Reyes, R-Ky., told reporters that the bill would pass.');
    expect(withCue(d, 'told')?.speakerId).toBe('tom-reyes');
  });

  it('leaves an opening conjunction out of the source', () => {
    const d = draft('When Ada Park said the dam was safe, nobody believed her.');
    expect(withCue(d, 'said')?.source?.exact).toBe('Ada Park');
  });

  it('shares the subject with a cue after "and" and an adverb', () => {
    const d = draft('The farmers are tired of delays and generally agree that the dam must go.');
    expect(withCue(d, 'agree')?.source?.exact).toBe('The farmers');
  });

  it('gives a participle after "after" the subject of the sentence', () => {
    const d = draft('Tom Reyes left the meeting early after hinting that the plan would change.');
    expect(withCue(d, 'hinting')?.speakerId).toBe('tom-reyes');
  });

  it('takes "someone" as a subject', () => {
    expect(withCue(draft('Someone called it a “quiet revolution.”'), 'called')?.source?.exact).toBe('Someone');
  });

  it('lets a reported clause replace the cueless quotations it holds, even when they fill most of it', () => {
    const d = draft('Ada Park said that it was “fully committed to an open process” and “open to every view.”');
    expect(d.attributions).toHaveLength(1);
    expect(d.attributions[0]?.cue?.exact).toBe('said');
  });
});
