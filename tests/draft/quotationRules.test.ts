/**
 * Pass 1 rules for quotations: cues before and after them, introductions without a cue word, turns, and the
 * quotations that are not speech (titles, scare quotes). Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { draft, withContent } from './draftChecked.js';

describe('quotations introduced without a cue word', () => {
  it('takes any verb of utterance before a quotation as its cue', () => {
    const d = draft('At the rally, the farmers chanted “Save the mill!” until the mayor came out.');
    const a = withContent(d, 'Save the mill');
    expect(a?.content.exact).toBe('Save the mill!');
    expect(a?.cue?.exact).toBe('chanted');
    expect(a?.source?.exact).toBe('the farmers');
    expect(a?.direct).toBe(true);
  });

  it('takes a Title Case slogan that a shirt reads as the words it displays', () => {
    const d = draft('The protesters wore shirts that read “Bridges Not Walls.”');
    expect(withContent(d, 'Bridges Not Walls')?.cue?.exact).toBe('read');
    expect(withContent(d, 'Bridges Not Walls')?.direct).toBe(true);
  });

  it('does not take the title of a work after a verb for speech', () => {
    const d = draft('Last spring the network canceled “Harbor Lights” after two seasons.');
    expect(d.attributions.filter((a) => a.direct)).toEqual([]);
  });

  it('does not take a so-called label for speech', () => {
    const d = draft('The mayor backed the so-called “river tax” in the spring.');
    expect(d.attributions.filter((a) => a.direct)).toEqual([]);
  });

  it('gives a quotation introduced by a colon to the subject of the clause before it', () => {
    const d = draft('Asked about the delay, Tom Reyes shot back: “The bridge will open when it is safe.”');
    const a = withContent(d, 'when it is safe');
    expect(a?.speakerId).toBe('tom-reyes');
    expect(a?.cue?.exact).toBe('shot back');
    expect(a?.direct).toBe(true);
  });

  it('does not give an excerpt introduced by a byline to the writer as speech with a cue', () => {
    const d = draft('The river is rising again, by Harbor Daily’s Lena Voss: “The water reached the mill on Sunday.”');
    const a = withContent(d, 'reached the mill');
    expect(a?.cue ?? null).toBeNull();
    expect(a?.source?.exact ?? '').not.toContain('Lena Voss');
  });
});

describe('cues after a quotation', () => {
  it('takes a phrasal cue with its particle', () => {
    const d = draft('“The old bridge has never been inspected properly,” Tom Reyes points out.');
    expect(d.attributions[0]?.cue?.exact).toBe('points out');
    expect(d.attributions[0]?.speakerId).toBe('tom-reyes');
  });

  it('takes a verb followed by a prepositional phrase as the cue', () => {
    const d = draft('“We will rebuild the mill before winter,” Ada Park proclaimed to a cheering crowd.');
    expect(d.attributions[0]?.cue?.exact).toBe('proclaimed');
    expect(d.attributions[0]?.speakerId).toBe('ada-park');
  });

  it('hands over through a closing single mark inside the double one', () => {
    const d = draft('“Voters keep asking me, ‘Will the bridge ever open?’” Ada Park added.');
    expect(d.attributions[0]?.cue?.exact).toBe('added');
  });

  it('does not give a quotation to a cue that reports a clause of its own', () => {
    const d = draft('On Channel Four’s “Morning Edition,” Ada Park said the bridge plan is dead.');
    expect(withContent(d, 'Morning Edition')).toBeUndefined();
    expect(withContent(d, 'the bridge plan is dead')?.speakerId).toBe('ada-park');
  });

  it('reports the whole clause a quoted phrase closes before its cue, not the phrase alone', () => {
    const d = draft('Farmers along the river are “very, very angry about the dam,” Tom Reyes said.');
    const a = d.attributions[0];
    expect(a?.content.exact).toBe('Farmers along the river are “very, very angry about the dam,');
    expect(a?.direct).toBe(false);
    expect(a?.speakerId).toBe('tom-reyes');
  });
});

describe('cues before a quotation', () => {
  it('reaches back past a phrase with "about" to the cue before a comma', () => {
    const d = draft('As they say about the old engineer, “steady hands, careful eyes.”');
    expect(d.attributions[0]?.cue?.exact).toBe('say');
  });

  it('leaves a quotation after a cue and a noun to the reported clause', () => {
    const d = draft('Tom Reyes said the mayor “ignored every warning.”');
    expect(d.attributions).toHaveLength(1);
    expect(d.attributions[0]?.content.exact).toBe('the mayor “ignored every warning.');
    expect(d.attributions[0]?.direct).toBe(false);
  });
});

describe('turns over paragraphs', () => {
  it('carries a turn into a next paragraph that is all quotation', () => {
    const d = draft('“The bridge is safe for now,” Ada Park said.\n\n“But the road behind it is crumbling fast.”');
    expect(withContent(d, 'crumbling')?.continues).toBe(0);
    expect(withContent(d, 'crumbling')?.speakerId).toBe('ada-park');
  });

  it('does not carry a turn into a paragraph where narration follows the quotation', () => {
    const d = draft(
      '“The bridge is safe for now,” Ada Park said.\n\n“But the road behind it is crumbling fast” was the message of the protest.',
    );
    expect(withContent(d, 'crumbling')?.continues ?? null).toBeNull();
  });
});

describe('quotations with no cue', () => {
  it('keeps a short cry in the first person as somebody’s words', () => {
    const d = draft('The crowd roared. “We won!”');
    expect(withContent(d, 'We won')?.direct).toBe(true);
  });

  it('does not take a short scare quote with no verb before it for speech', () => {
    expect(draft('The “reform” package stalled again.').attributions).toEqual([]);
  });

  it('reports a quoted phrase through the verb that governs it, not as a direct quote', () => {
    const d = draft('Ada Park has long decried the “river tax” that the council passed.');
    const a = withContent(d, 'river tax');
    expect(a?.cue?.exact).toBe('decried');
    expect(a?.direct).toBe(false);
    expect(a?.speakerId).toBe('ada-park');
  });

  it('reports a quotation in a clause framed by a verb outside every cue list', () => {
    const d = draft('Tom Reyes lamented that the “dark money” came from outside the county.');
    const a = withContent(d, 'dark money');
    expect(a?.cue?.exact).toBe('lamented');
    expect(a?.content.exact).toBe('that the “dark money” came from outside the county.');
    expect(a?.direct).toBe(false);
  });
});
