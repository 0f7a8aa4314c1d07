import { describe, expect, it } from 'vitest';
import { draftAttributions, sliceCodePoints, type Draft, type KnownEntity } from '../../src/draft/index.js';

const known: KnownEntity[] = [
  { slug: 'ada-park', name: 'Ada Park', aliases: [], type: 'PERSON' },
  { slug: 'tom-reyes', name: 'Tom Reyes', aliases: ['T.R.'], type: 'PERSON' },
  { slug: 'daily-lantern', name: 'The Daily Lantern', aliases: ['Lantern'], type: 'OUTLET' },
];

/** Every span of a draft reads, by code points, exactly the text it claims. */
function expectSpansVerified(text: string, draft: Draft): void {
  for (const a of draft.attributions) {
    for (const span of [a.content, a.cue, a.source]) {
      if (span) expect(sliceCodePoints(text, span.start, span.end)).toBe(span.exact);
    }
  }
  for (const d of draft.dates) expect(sliceCodePoints(text, d.span.start, d.span.end)).toBe(d.span.exact);
}

function only(text: string) {
  const draft = draftAttributions(text, { knownEntities: known });
  expectSpansVerified(text, draft);
  return draft;
}

describe('draftAttributions', () => {
  it('returns an empty draft for empty text', () => {
    expect(draftAttributions('', {})).toEqual({ attributions: [], entities: [], dates: [] });
  });

  it('attributes nothing in narration without any cue', () => {
    const draft = only('The bridge opened in the spring. Traffic across the river doubled within a month.');
    expect(draft.attributions).toEqual([]);
  });

  it.each([
    ['curly double marks', '“We will rebuild the bridge this year,” Ada Park said.'],
    ['straight double marks', '"We will rebuild the bridge this year," Ada Park said.'],
    ['single curly marks', '‘We will rebuild the bridge this year,’ Ada Park said.'],
    ['low-high marks', '„We will rebuild the bridge this year,“ Ada Park said.'],
  ])('finds a quote in %s with the speaker after it', (_style, text) => {
    const [a] = only(text).attributions;
    expect(a?.content.exact).toMatch(/^We will rebuild the bridge this year,?$/);
    expect(a?.direct).toBe(true);
    expect(a?.speakerId).toBe('ada-park');
    expect(a?.cue?.exact).toBe('said');
  });

  it('keeps a nested single quote inside the outer quote', () => {
    const [a] = only('“They called it ‘a bridge too far’ last week,” said Tom Reyes.').attributions;
    expect(a?.content.exact).toBe('They called it ‘a bridge too far’ last week,');
    expect(a?.speakerId).toBe('tom-reyes');
  });

  it('finds the speaker before the quote with a colon introduction', () => {
    const [a] = only('Ada Park said: “The money is there and the plans are ready.”').attributions;
    expect(a?.content.exact).toBe('The money is there and the plans are ready.');
    expect(a?.speakerId).toBe('ada-park');
    expect(a?.direct).toBe(true);
  });

  it('resolves a pronoun to the nearest person named before it', () => {
    const [a] = only('Tom Reyes spoke after the vote. “This is a good day for the whole town,” he said.').attributions;
    expect(a?.source?.exact).toBe('he');
    expect(a?.speaker).toBe('Tom Reyes');
    expect(a?.speakerId).toBe('tom-reyes');
  });

  it('resolves a family name to the one known person who has it', () => {
    const [a] = only('“We need two more years for the plan,” Reyes said.').attributions;
    expect(a?.speakerId).toBe('tom-reyes');
  });

  it('takes "according to" as a cue with the outlet as source', () => {
    const [a] = only('According to the Lantern, the council will vote on the budget next week.').attributions;
    expect(a?.cue?.exact).toBe('According to');
    expect(a?.speakerId).toBe('daily-lantern');
    expect(a?.content.exact).toContain('the council will vote on the budget next week');
    expect(a?.direct).toBe(false);
  });

  it('resolves "the newspaper" to the nearest outlet', () => {
    const draft = only('The Daily Lantern ran the story first. The newspaper said the plan had been delayed twice.');
    const a = draft.attributions.find((x) => x.source?.exact === 'The newspaper');
    expect(a?.speakerId).toBe('daily-lantern');
  });

  it('reports indirect speech as a non-direct attribution', () => {
    const [a] = only('Ada Park said she did not support the new road.').attributions;
    expect(a?.direct).toBe(false);
    expect(a?.speakerId).toBe('ada-park');
    expect(a?.content.exact).toContain('she did not support the new road');
  });

  it('does not take scare quotes or titles for speech', () => {
    const draft = only('The so-called “reform” was discussed on “Morning Town Hall Live” last night.');
    expect(draft.attributions).toEqual([]);
  });

  it('keeps a quote that runs over several paragraphs as one quote', () => {
    const text =
      'Ada Park said: “The first part of the plan is the bridge.\n\n“The second part is the road, and it comes later.”';
    const [a] = only(text).attributions;
    expect(a?.content.exact).toContain('The first part of the plan is the bridge.');
    expect(a?.content.exact).toContain('The second part is the road, and it comes later.');
    expect(a?.speakerId).toBe('ada-park');
  });

  it('gives a quote that continues the turn in the next paragraph to the same speaker', () => {
    const text = '“The bridge is safe for now,” Tom Reyes said.\n\n“We will check it again after the winter storms.”';
    const draft = only(text);
    expect(draft.attributions).toHaveLength(2);
    expect(draft.attributions[1]?.cue).toBeNull();
    expect(draft.attributions[1]?.speakerId).toBe('tom-reyes');
  });

  it('counts spans in code points after characters outside the BMP', () => {
    const text = '🌉🌉 Ada Park said: “We will open the bridge in 2025, on March 3, 2025.”';
    const draft = only(text);
    const [a] = draft.attributions;
    expect(a?.content.start).toBe(Array.from(text).indexOf('W'));
    expect(draft.dates.map((d) => d.date)).toEqual(['2025', '2025-03-03']);
  });

  it('proposes an unknown speaker as a new entity', () => {
    const draft = only('“The vote was close,” said Maria Olsen.');
    expect(draft.attributions[0]?.speaker).toBe('Maria Olsen');
    expect(draft.attributions[0]?.speakerId).toBeNull();
    expect(draft.entities).toContainEqual(expect.objectContaining({ name: 'Maria Olsen', type: 'PERSON' }));
  });
});
