import { describe, expect, it } from 'vitest';
import { toPredictions } from '../../bench/attribution/predictions.js';
import { draft, withContent } from './draftChecked.js';

describe('turns: quotations that carry on one speaker', () => {
  it('links the second half of a quote split by its cue to the first, sharing the cue', () => {
    const d = draft('“The bridge will open in May,” Ada Park said, “and the road will follow in the autumn.”');
    expect(d.attributions).toHaveLength(2);
    expect(d.attributions[1].continues).toBe(0);
    expect(d.attributions[1].cue?.exact).toBe('said');
    expect(d.attributions[1].speakerId).toBe('ada-park');
  });

  it('links a quotation right after the cue sentence of the previous one in the same paragraph', () => {
    const d = draft(
      '“The bridge is safe,” Tom Reyes, the engineer in charge of the river works, said on Monday. “We checked every bolt twice.”',
    );
    expect(d.attributions[1].continues).toBe(0);
    expect(d.attributions[1].speakerId).toBe('tom-reyes');
  });

  it('links a cueless quotation a few words after an attributed one in the same paragraph', () => {
    const d = draft(
      '“The bridge is safe for now,” Ada Park said. Instead, “the old road is the real danger to the town.”',
    );
    expect(withContent(d, 'old road')?.continues).toBe(0);
    expect(withContent(d, 'old road')?.speakerId).toBe('ada-park');
  });

  it('does not link a quotation that has a cue of its own after it', () => {
    const d = draft('“The bridge is safe,” Ada Park said. “The road is not,” Tom Reyes replied.');
    expect(d.attributions.map((a) => a.continues)).toEqual([null, null]);
    expect(d.attributions[1].speakerId).toBe('tom-reyes');
  });

  it('scores a turn as one attribution whose content has one piece per quotation, with the opening source', () => {
    const d = draft('“The bridge will open in May,” Ada Park said, “and the road will follow in the autumn.”');
    const [prediction, ...rest] = toPredictions(d);
    expect(rest).toEqual([]);
    expect(prediction.content).toHaveLength(2);
    expect(prediction.source).toEqual([{ start: d.attributions[0].source!.start, end: d.attributions[0].source!.end }]);
    expect(prediction.direct).toBe(true);
  });
});

describe('quotations and their cues', () => {
  it("reads two apostrophes ''…'' as double quotation marks", () => {
    const d = draft("''We are ready to start building,'' Ada Park said.");
    expect(d.attributions[0]?.content.exact).toBe('We are ready to start building,');
    expect(d.attributions[0]?.direct).toBe(true);
    expect(d.attributions[0]?.speakerId).toBe('ada-park');
  });

  it('takes any verb that ends the clause after a handed-over quotation as its cue', () => {
    const d = draft('“Nobody has checked the pillars since 1990,” Tom Reyes sighs.');
    expect(d.attributions[0]?.cue?.exact).toBe('sighs');
    expect(d.attributions[0]?.speakerId).toBe('tom-reyes');
  });

  it('finds the speaker after a quotation past a long appositive', () => {
    const d = draft(
      '“We are on schedule,” Ada Park, the director of the city works department and a former engineer, said.',
    );
    expect(d.attributions[0]?.speakerId).toBe('ada-park');
  });

  it('reports a short quoted phrase inside a reported clause as the whole clause, not as a quote', () => {
    const d = draft('Ada Park said there was “no daylight” between the two plans for the river.');
    expect(d.attributions).toHaveLength(1);
    expect(d.attributions[0]?.content.exact).toBe('there was “no daylight” between the two plans for the river.');
    expect(d.attributions[0]?.direct).toBe(false);
  });

  it('gives a cueless quotation inside a sentence to the subject of the sentence', () => {
    const d = draft('Tom Reyes has a plan “which would change the whole river front for good.”');
    expect(d.attributions[0]?.speakerId).toBe('tom-reyes');
    expect(d.attributions[0]?.cue).toBeNull();
  });
});

describe('cues beyond speech verbs', () => {
  it('takes "called X “Y”" as naming in the subject\'s words', () => {
    const d = draft('Ada Park called the new budget “a disgrace.”');
    expect(d.attributions[0]?.content.exact).toBe('the new budget “a disgrace.');
    expect(d.attributions[0]?.speakerId).toBe('ada-park');
  });

  it('does not take "called" with no quotation as a cue', () => {
    expect(draft('Ada Park called the office twice on Monday.').attributions).toEqual([]);
  });

  it('gives a cue after "and" the subject of the verb before it', () => {
    const d = draft('Tom Reyes called the budget “reckless” and said the council would regret it.');
    expect(withContent(d, 'council would regret')?.speakerId).toBe('tom-reyes');
  });

  it('gives a participle cue after a comma the subject of the sentence', () => {
    const d = draft('Ada Park defended the budget, saying the bridge would pay for itself.');
    expect(withContent(d, 'pay for itself')?.speakerId).toBe('ada-park');
    expect(withContent(d, 'pay for itself')?.cue?.exact).toBe('saying');
  });

  it('takes a verb of stance with its object as content, without a trailing time phrase', () => {
    const d = draft('Tom Reyes endorsed Ada Park last week.');
    expect(d.attributions[0]?.content.exact).toBe('Ada Park');
    expect(d.attributions[0]?.cue?.exact).toBe('endorsed');
    expect(d.attributions[0]?.speakerId).toBe('tom-reyes');
  });

  it('takes "called for" with the content after the preposition', () => {
    const d = draft('Ada Park called for a new vote on the bridge.');
    expect(d.attributions[0]?.cue?.exact).toBe('called for');
    expect(d.attributions[0]?.content.exact).toBe('a new vote on the bridge');
  });

  it('reports an expectation with no holder as subject and complement, with no source', () => {
    const d = draft('The council is expected to approve the bridge on Friday.');
    expect(d.attributions[0]?.content.exact).toBe('The council is expected to approve the bridge');
    expect(d.attributions[0]?.source).toBeNull();
  });

  it('takes a cue word the tagger read as a noun after a plural subject', () => {
    const d = draft('The city spent twice its budget last year, council records show.');
    expect(d.attributions[0]?.content.exact).toBe('The city spent twice its budget last year');
    expect(d.attributions[0]?.source?.exact).toBe('council records');
  });

  it('takes the question after "asked" and its listener', () => {
    const d = draft('A reporter asked Ada Park how the bridge would be paid for.');
    expect(d.attributions[0]?.content.exact).toBe('how the bridge would be paid for.');
  });

  it('reads a headline "Name: words" as that source\'s words', () => {
    const d = draft('Reyes: Bridge Plan Is Dead In The Water\n\nThe council met on Monday.');
    expect(d.attributions[0]?.source?.exact).toBe('Reyes');
    expect(d.attributions[0]?.content.exact).toBe('Bridge Plan Is Dead In The Water');
  });
});

describe('sources and according to', () => {
  it('takes the whole phrase after "according to" as the source', () => {
    const d = draft('The bridge carried 9,000 cars a day, according to the most recent data from the city.');
    expect(d.attributions[0]?.source?.exact).toBe('the most recent data from the city');
  });

  it('reports the clause after a parenthetical "according to him,"', () => {
    const d = draft('He left the council after, according to him, the mayor ignored his report.');
    expect(d.attributions[0]?.content.exact).toBe('the mayor ignored his report.');
  });

  it('steps over a party and state in brackets to the speaker', () => {
    const d = draft('Sen. Tom Reyes (R-Ga.), one of the authors, said the bill would pass.');
    expect(d.attributions[0]?.speakerId).toBe('tom-reyes');
    expect(d.attributions[0]?.content.exact).toBe('the bill would pass.');
  });

  it('keeps the reported clause before an inverted cue whose speaker has an appositive with a verb', () => {
    const d = draft('The bridge will cost more than planned, said Tom Reyes, an engineer who built the old one.');
    expect(d.attributions[0]?.content.exact).toBe('The bridge will cost more than planned');
    expect(d.attributions[0]?.speakerId).toBe('tom-reyes');
  });

  it('reports an object right after the cue, not the frame before the subject', () => {
    const d = draft('Last month, 26 percent said the same.');
    expect(d.attributions[0]?.content.exact).toBe('the same.');
    expect(d.attributions[0]?.source?.exact).toBe('26 percent');
  });

  it('takes a quantifier standing alone as the subject', () => {
    const d = draft('Some said the vote came too late.');
    expect(d.attributions[0]?.source?.exact).toBe('Some');
  });
});

describe('proposed entities', () => {
  it('proposes no adjective of party, no opening function word and no possessive ending', () => {
    const d = draft(
      'According to the Republican nominee, the plan failed. Maria Olsen’s office said the Democratic senator agreed.',
    );
    const names = d.entities.map((e) => e.name);
    expect(names).not.toContain('According');
    expect(names).not.toContain('Republican');
    expect(names).not.toContain('Democratic');
    expect(names).toContain('Maria Olsen');
  });
});
