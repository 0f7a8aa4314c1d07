/**
 * Whose words are whose in the article fixture, each choice justified by the article's own words: nothing may be put
 * in someone's mouth that they did not say.
 *
 * The tables below are the annotation's reasoning, written out: every statement with its voice and speaker, every
 * claim with its claimants (shown making it, or only reported to by someone else), and every date and relationship
 * state with how it is known. Each row quotes the words of the article that justify it. The tests check that the
 * fixture says exactly what the tables say, that every justifying text is in the article, and that it sits where
 * it has to for the choice to hold (a quotation inside quotation marks, narration outside them, a reported claim in
 * its reporter's own words, a stated date in the words that state it).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClaimRecord, Dataset, EvidenceRecord, StatementRecord } from '../src/domain/dataset.js';
import { FIXTURE_DATASET_FILE, readArticleText } from './support/testServer.js';

const fixture = JSON.parse(readFileSync(FIXTURE_DATASET_FILE, 'utf8')) as Dataset;
const article = readArticleText();
const codePoints = Array.from(article);

/** [start, end) in code points of the `occurrence`-th `words` in the article. */
function find(words: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    at = article.indexOf(words, at + 1);
    if (at === -1) throw new Error(`${JSON.stringify(words)} is not in the article`);
  }
  const start = Array.from(article.slice(0, at)).length;
  return { start, end: start + Array.from(words).length };
}

/** The paragraph (text between blank lines) that holds code point `at`, with its first code point. */
function paragraphAt(at: number): { start: number; text: string } {
  let start = at;
  while (start > 0 && !(codePoints[start - 1] === '\n' && codePoints[start - 2] === '\n')) start--;
  let end = at;
  while (end < codePoints.length && !(codePoints[end] === '\n' && codePoints[end + 1] === '\n')) end++;
  return { start, text: codePoints.slice(start, end).join('') };
}

/** True when code point `at` is inside quotation marks (more “ than ” before it in its paragraph). */
function insideQuotationMarks(at: number): boolean {
  const { start } = paragraphAt(at);
  const before = codePoints.slice(start, at).join('');
  const opened = [...before].filter((c) => c === '“').length;
  const closed = [...before].filter((c) => c === '”').length;
  return opened > closed;
}

const contains = (outer: { start: number; end: number }, inner: { start: number; end: number }) =>
  outer.start <= inner.start && inner.end <= outer.end;

// ---------------------------------------------------------------------------------------------------------------
// Statements: voice, speaker, and the words that make them the speaker's (or nobody's but the document's)

interface StatementRow {
  slug: string;
  voice: 'SPEAKER' | 'DOCUMENT';
  speaker: string;
  attribution: StatementRecord['attributionConfidence'];
  /** the article's words that attribute the statement (SPEAKER) or show it is the article's own (DOCUMENT) */
  justification: string;
  /** why, in the annotator's words */
  why: string;
}

const STATEMENTS: StatementRow[] = [
  {
    slug: 'legend-clarifies-not-about-trump',
    voice: 'SPEAKER',
    speaker: 'john-legend',
    attribution: 'PARAPHRASED_BY_SOURCE',
    justification: 'In an interview with the New Yorker, Legend clarifies that',
    why: 'reported speech: the article gives what Legend clarified, in its own words',
  },
  {
    slug: 'legend-murdoch-version-mischaracterization',
    voice: 'SPEAKER',
    speaker: 'john-legend',
    attribution: 'DIRECT_QUOTE_IN_SOURCE',
    justification: 'In the interview, Legend stated the following: “',
    why: 'Legend’s words in quotation marks, introduced as his',
  },
  {
    slug: 'legend-real-impetus',
    voice: 'SPEAKER',
    speaker: 'john-legend',
    attribution: 'DIRECT_QUOTE_IN_SOURCE',
    justification: 'In the interview, Legend stated the following: “',
    why: 'the same quotation continues: still Legend’s words',
  },
  {
    slug: 'legend-supported-joe-biden',
    voice: 'SPEAKER',
    speaker: 'john-legend',
    attribution: 'DIRECT_QUOTE_IN_SOURCE',
    justification: 'In the interview, Legend stated the following: “',
    why: 'the same quotation, up to its closing mark',
  },
  {
    slug: 'new-yorker-west-unreachable',
    voice: 'SPEAKER',
    speaker: 'the-new-yorker',
    attribution: 'PARAPHRASED_BY_SOURCE',
    justification: 'According to the New Yorker,',
    why: 'the article relays what the New Yorker says, in its own words',
  },
  {
    slug: 'legend-tweet-reconsider-trump',
    voice: 'SPEAKER',
    speaker: 'john-legend',
    attribution: 'DIRECT_QUOTE_IN_SOURCE',
    justification: 'a tweet in which Legend asked him to “',
    why: 'Legend’s tweet, quoted (the bracket is the article’s own, kept verbatim)',
  },
  {
    slug: 'west-tweets-support-trump',
    voice: 'DOCUMENT',
    speaker: 'the-source',
    attribution: 'NARRATED_BY_SOURCE',
    justification: 'a series of bizarre tweets in which he seemed to emphasize independent thought',
    why: 'the article’s own description of the tweets, with its own judgement (“bizarre”, “seemed”): not West’s words',
  },
  {
    slug: 'west-calls-legend-big-sean-sellouts',
    voice: 'SPEAKER',
    speaker: 'kanye-west',
    attribution: 'PARAPHRASED_BY_SOURCE',
    justification: 'And that’s some sellout sh-t.',
    why: 'West’s quoted words support “called them sellouts”, and only that',
  },
  {
    slug: 'thesource-sellouts-for-not-supporting',
    voice: 'DOCUMENT',
    speaker: 'the-source',
    attribution: 'NARRATED_BY_SOURCE',
    justification: 'sellouts for not supporting him',
    why: 'the reason is the article’s reading: West’s quoted words do not say it',
  },
  {
    slug: 'west-drink-champs-quote',
    voice: 'SPEAKER',
    speaker: 'kanye-west',
    attribution: 'DIRECT_QUOTE_IN_SOURCE',
    justification: 'stating, “',
    why: 'West’s words in quotation marks, introduced as his',
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Claims: who makes each, or is only said to by someone else

interface ClaimantRow {
  entity: string;
  reportedBy?: string;
  /** the article's words that show the claimant making the claim, or the reporter saying the claimant makes it */
  justification: string;
}

interface ClaimRow {
  slug: string;
  claimants: ClaimantRow[];
  /** entities that must not be claimants, with the words that show it */
  notClaimants?: { entity: string; justification: string }[];
}

const CLAIMS: ClaimRow[] = [
  {
    slug: 'fell-out-over-trump',
    claimants: [
      { entity: 'new-york-post', reportedBy: 'john-legend', justification: 'it was all over the New York' },
      { entity: 'fox-news', reportedBy: 'john-legend', justification: 'and Fox News' },
      {
        entity: 'rupert-murdoch',
        reportedBy: 'john-legend',
        justification: 'That was kind of the Rupert Murdoch version of the story',
      },
    ],
    notClaimants: [
      // The Source reports how it appeared and says it was not the case
      { entity: 'the-source', justification: 'that was not apparently the case' },
      // Legend relays the story to call it a mischaracterization
      { entity: 'john-legend', justification: 'which was a mischaracterization of what I said' },
    ],
  },
  {
    slug: 'legend-real-cause',
    claimants: [
      { entity: 'john-legend', justification: 'that was the real impetus for us having a strain in our friendship' },
    ],
  },
  {
    slug: 'west-changed-their-lives',
    claimants: [{ entity: 'kanye-west', justification: 'they boy that actually changed they life' }],
  },
  {
    slug: 'used-by-democrats',
    claimants: [{ entity: 'kanye-west', justification: 'got used quick by the Democrats to come at they boy' }],
  },
  {
    slug: 'west-60000-votes',
    claimants: [{ entity: 'the-source', justification: 'West received about 60,000 votes' }],
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Dates and relationship states: stated, inferred, or only known by a date

interface DateRow {
  /** where the date is: "event <slug>", "statement <slug> saidOn", "relationship <slug> state <i> start" */
  where: string;
  date: string;
  knownBy: boolean;
  basis: 'STATED' | 'INFERRED';
  justification: string;
}

const DATES: DateRow[] = [
  { where: 'event tweets-2018', date: '2018', knownBy: false, basis: 'STATED', justification: 'In 2018, Ye posted' },
  {
    where: 'event west-2020-presidential-run',
    date: '2020',
    knownBy: false,
    basis: 'STATED',
    justification: 'his 2020 presidential run',
  },
  {
    where: 'event legend-supports-biden-2020',
    date: '2020',
    knownBy: false,
    basis: 'INFERRED',
    justification: 'when West made his own run for president, Legend did not support him and rather supported Biden',
  },
  {
    where: 'event drink-champs-2020-episode',
    date: '2020',
    knownBy: false,
    basis: 'STATED',
    justification: 'a 2020 episode',
  },
  { where: 'event election-2020', date: '2020', knownBy: false, basis: 'STATED', justification: 'in the 2020' },
  {
    where: 'statement legend-tweet-reconsider-trump saidOn',
    date: '2018',
    knownBy: true,
    basis: 'INFERRED',
    justification: 'In 2018, Ye posted screenshots of a tweet',
  },
  {
    where: 'statement west-calls-legend-big-sean-sellouts saidOn',
    date: '2020',
    knownBy: false,
    basis: 'STATED',
    justification: 'On a 2020 episode of “Drink Champs,”',
  },
  {
    where: 'statement west-drink-champs-quote saidOn',
    date: '2020',
    knownBy: false,
    basis: 'STATED',
    justification: 'On a 2020 episode of “Drink Champs,”',
  },
  {
    where: 'relationship legend-west-friendship state 1 start',
    date: '2020',
    knownBy: false,
    basis: 'INFERRED',
    justification: 'that was the real impetus for us having a strain in our friendship',
  },
  {
    where: 'relationship west-supported-trump state 0 start',
    date: '2018',
    knownBy: true,
    basis: 'STATED',
    justification: 'In 2018, Ye posted screenshots of a tweet',
  },
  {
    where: 'relationship legend-supported-biden state 0 start',
    date: '2020',
    knownBy: true,
    basis: 'INFERRED',
    justification: 'his 2020 presidential run',
  },
  {
    where: 'relationship legend-urged-west state 0 start',
    date: '2018',
    knownBy: true,
    basis: 'INFERRED',
    justification: 'In 2018, Ye posted screenshots of a tweet',
  },
  {
    where: 'relationship west-criticized-legend state 0 start',
    date: '2020',
    knownBy: true,
    basis: 'STATED',
    justification: 'On a 2020 episode of “Drink Champs,”',
  },
  {
    where: 'relationship west-criticized-big-sean state 0 start',
    date: '2020',
    knownBy: true,
    basis: 'STATED',
    justification: 'On a 2020 episode of “Drink Champs,”',
  },
  {
    where: 'relationship west-appeared-on-drink-champs state 0 start',
    date: '2020',
    knownBy: false,
    basis: 'STATED',
    justification: 'On a 2020 episode of “Drink Champs,” West called',
  },
];

/** Relationship states the article does not state outright, and the words they are inferred from. */
const INFERRED_STATES: { where: string; justification: string }[] = [
  { where: 'relationship west-supported-trump state 1', justification: 'West’s one-time support of Donald Trump' },
  { where: 'relationship legend-supported-democrats state 0', justification: 'a vocal supporter of many Democrats' },
];

// ---------------------------------------------------------------------------------------------------------------

const statementsBySlug = new Map(fixture.statements.map((statement) => [statement.slug, statement]));
const claimsBySlug = new Map(fixture.claims.map((claim) => [claim.slug, claim]));
const documentOutlets = new Map(fixture.documents.map((document) => [document.slug, document.outlet]));
const spanOf = (evidence: EvidenceRecord) => ({ start: evidence.start, end: evidence.end });

describe('every statement of the fixture, with its voice and the article’s words that justify it', () => {
  it('is in the table, and the table lists only the fixture’s statements', () => {
    expect(STATEMENTS.map((row) => row.slug).sort()).toEqual(fixture.statements.map((s) => s.slug).sort());
  });

  it.each(STATEMENTS.map((row) => [row.slug, row] as const))('%s', (_slug, row) => {
    const statement = statementsBySlug.get(row.slug)!;
    expect({
      voice: statement.voice,
      speaker: statement.speaker,
      attribution: statement.attributionConfidence,
    }).toEqual({ voice: row.voice, speaker: row.speaker, attribution: row.attribution });
    const justification = find(row.justification);
    const [evidence] = statement.evidence;
    // the justifying words are in the statement's paragraph
    expect(paragraphAt(justification.start).start, row.why).toBe(paragraphAt(evidence.start).start);
    // a quotation is inside quotation marks; a paraphrase or the article's narration is not
    expect(insideQuotationMarks(evidence.start), row.why).toBe(statement.isDirectQuote);
    if (row.voice === 'DOCUMENT') {
      // narration: the outlet of its document speaks, verbatim, and the justifying words are its own words
      expect(statement.speaker).toBe(documentOutlets.get(evidence.document));
      expect(statement.quote).toBe(evidence.exact);
      expect(contains(spanOf(evidence), justification), row.why).toBe(true);
    }
  });

  it('narrows West’s paraphrase to what his quoted words support, leaving the reason to the article', () => {
    const paraphrase = statementsBySlug.get('west-calls-legend-big-sean-sellouts')!;
    expect(paraphrase.quote).toBe('West called both Legend and Big Sean sellouts');
    expect(paraphrase.quote).not.toContain('for not supporting him');
    expect(statementsBySlug.get('thesource-sellouts-for-not-supporting')!.quote).toContain('for not supporting him');
    // "sellout" is in West's own quoted words; "not supporting" is not
    const quoted = statementsBySlug.get('west-drink-champs-quote')!.quote;
    expect(quoted).toContain('sellout');
    expect(quoted).not.toMatch(/support/);
  });

  it('gives no person a statement whose words the article says in its own voice', () => {
    const narration = fixture.statements.filter((s) => s.voice === 'DOCUMENT');
    for (const statement of fixture.statements.filter((s) => s.voice === 'SPEAKER')) {
      for (const span of statement.evidence) {
        for (const narrated of narration) {
          expect(
            contains(spanOf(narrated.evidence[0]), spanOf(span)) && statement.quote === narrated.quote,
            `${statement.slug} repeats the narration ${narrated.slug}`,
          ).toBe(false);
        }
      }
    }
  });
});

describe('every claim of the fixture, with its claimants and the article’s words that justify each', () => {
  it('is in the table, and the table lists only the fixture’s claims', () => {
    expect(CLAIMS.map((row) => row.slug).sort()).toEqual(fixture.claims.map((c) => c.slug).sort());
  });

  it.each(CLAIMS.map((row) => [row.slug, row] as const))('%s', (_slug, row) => {
    const claim: ClaimRecord = claimsBySlug.get(row.slug)!;
    expect(claim.claimants.map(({ entity, reportedBy }) => ({ entity, reportedBy }))).toEqual(
      row.claimants.map(({ entity, reportedBy }) => ({ entity, reportedBy })),
    );
    row.claimants.forEach((claimantRow, index) => {
      const justification = find(claimantRow.justification);
      const claimant = claim.claimants[index];
      const where = `${row.slug}: ${claimant.entity}`;
      // the justifying words are among the claimant's evidence
      expect(
        claimant.evidence.some((span) => contains(spanOf(span), justification)),
        where,
      ).toBe(true);
      // whose words they are: the reporter's (a quotation of theirs), the claimant's own, or the article's narration
      const speaker = claimant.reportedBy ?? claimant.entity;
      const inStatementOf = fixture.statements.filter(
        (s) => s.voice === 'SPEAKER' && s.evidence.some((span) => contains(spanOf(span), justification)),
      );
      if (documentOutlets.get('thesource-legend-west') === speaker && claimant.reportedBy === undefined) {
        expect(inStatementOf, `${where}: the article's own words, nobody else's`).toEqual([]);
        expect(insideQuotationMarks(justification.start)).toBe(false);
      } else {
        expect(
          inStatementOf.map((s) => s.speaker),
          where,
        ).toContain(speaker);
      }
    });
    for (const excluded of row.notClaimants ?? []) {
      expect(find(excluded.justification).start).toBeGreaterThanOrEqual(0);
      expect(claim.claimants.map((c) => c.entity)).not.toContain(excluded.entity);
    }
  });

  it('shows the claim that they fell out over Trump first in the article’s own voice, which says it was not so', () => {
    const claim = claimsBySlug.get('fell-out-over-trump')!;
    const [first] = claim.appearances;
    expect(first.statement).toBeUndefined();
    expect(paragraphAt(first.evidence.start).text).toContain('that was not apparently the case');
    // the Post, Fox News and Murdoch are Legend's words about them, inside his quotation
    for (const claimant of claim.claimants) {
      expect(claimant.reportedBy).toBe('john-legend');
      for (const span of claimant.evidence) expect(insideQuotationMarks(span.start)).toBe(true);
    }
  });

  it('marks the word the article leaves out of the 60,000-votes sentence as an editor’s', () => {
    const claim = claimsBySlug.get('west-60000-votes')!;
    expect(article).toContain('in the 2020.');
    expect(claim.text).toContain('in the 2020 [election]');
    expect(claim.completions).toEqual([{ text: 'election', reason: expect.stringContaining('in the 2020.') }]);
  });
});

describe('every date and relationship state of the fixture, with how it is known', () => {
  /** The dated facts of the fixture, by where they are. */
  function datedFacts(): Map<string, unknown> {
    const facts = new Map<string, unknown>();
    for (const event of fixture.events) if (event.date !== undefined) facts.set(`event ${event.slug}`, event.date);
    for (const statement of fixture.statements) {
      if (statement.saidOn !== undefined) facts.set(`statement ${statement.slug} saidOn`, statement.saidOn);
    }
    for (const relationship of fixture.relationships) {
      relationship.states.forEach((state, index) => {
        const where = `relationship ${relationship.slug} state ${index}`;
        if (state.start !== undefined) facts.set(`${where} start`, state.start);
        if (state.end !== undefined) facts.set(`${where} end`, state.end);
      });
    }
    return facts;
  }

  it('lists every date in the table, and only those', () => {
    expect(DATES.map((row) => row.where).sort()).toEqual([...datedFacts().keys()].sort());
  });

  it.each(DATES.map((row) => [row.where, row] as const))('%s', (where, row) => {
    const fact = datedFacts().get(where)!;
    const object = typeof fact === 'string' ? { date: fact } : (fact as Record<string, any>);
    expect({ date: object.date, knownBy: object.knownBy ?? false, basis: object.basis?.kind ?? 'STATED' }).toEqual({
      date: row.date,
      knownBy: row.knownBy,
      basis: row.basis,
    });
    const justification = find(row.justification);
    if (row.basis === 'STATED') {
      // the words that state the date name its year
      expect(row.justification).toContain(row.date);
    } else {
      expect(object.basis.reason).toMatch(/\S/);
      expect(
        object.basis.evidence.some((span: EvidenceRecord) => contains(spanOf(span), justification)),
        where,
      ).toBe(true);
    }
  });

  it('infers the states the article only implies, from the words given', () => {
    for (const { where, justification } of INFERRED_STATES) {
      const [, slug, , index] = where.split(' ');
      const state = fixture.relationships.find((r) => r.slug === slug)!.states[Number(index)];
      expect(state.basis.kind, where).toBe('INFERRED');
      const basis = state.basis as Extract<typeof state.basis, { kind: 'INFERRED' }>;
      expect(
        basis.evidence.some((span) => contains(spanOf(span), find(justification))),
        where,
      ).toBe(true);
    }
    const inferred = fixture.relationships.flatMap((r) =>
      r.states.flatMap((state, index) =>
        state.basis.kind === 'INFERRED' ? [`relationship ${r.slug} state ${index}`] : [],
      ),
    );
    expect(inferred.sort()).toEqual(INFERRED_STATES.map((row) => row.where).sort());
  });

  it('keeps no relationship the article does not state, such as who owns the Post or Fox News', () => {
    expect(fixture.relationships.filter((r) => r.type === 'OWNS')).toEqual([]);
  });
});

describe('the article document', () => {
  const [document] = fixture.documents;

  it('says what its text does not give: no address, no date, no headline', () => {
    expect(document.slug).toBe('thesource-legend-west');
    expect(document.unknown?.map((fact) => fact.field).sort()).toEqual(['headline', 'published', 'url']);
    expect(document.title).toMatch(/editor’s title; headline unknown/);
    expect(document).not.toHaveProperty('headline');
  });

  it('infers its outlet from the one line that names the site', () => {
    expect(document.outlet).toBe('the-source');
    expect(document.outletBasis).toMatchObject({
      kind: 'INFERRED',
      evidence: [{ exact: 'Visit streaming.thesource.com for more information' }],
    });
  });
});
