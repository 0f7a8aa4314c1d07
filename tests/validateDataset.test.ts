import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../src/domain/dataset.js';
import { validateDataset, type DatasetProblem, type ExistingRecord } from '../src/ingest/validateDataset.js';
import { ARTICLE_SHA256, ARTICLE_TEXT, smallDataset, smallHeldTexts, spanOf } from './support/smallDataset.js';

/**
 * The problems of the small valid dataset after one change. The change works on plain JSON (`any`): the point is
 * to write what the Dataset type would forbid.
 */
function problemsAfter(change: (dataset: any) => void, heldTexts = smallHeldTexts()): DatasetProblem[] {
  const dataset: Dataset = smallDataset();
  change(dataset);
  return validateDataset(dataset, heldTexts);
}

const problem = (record: string, field: string, message: string): DatasetProblem => ({ record, field, message });

const ARTICLE = 'documents[0] (the-article)';
const NEW_YORKER_DOCUMENT = 'documents[1] (new-yorker-interview)';
const LEGEND = 'people[0] (john-legend)';
const WEST = 'people[1] (kanye-west)';
const THE_SOURCE = 'outlets[0] (the-source)';
const DEMOCRATS = 'organizations[0] (democrats)';
const INTERVIEW = 'events[0] (new-yorker-interview-event)';
const TWEET = 'events[1] (tweet-2018)';
const UP_TO_HIM = 'statements[0] (legend-up-to-him)';
const RECONSIDER = 'statements[1] (legend-reconsider)';
const NOTICED = 'statements[2] (democrats-noticed)';
const VOTES = 'claims[0] (west-got-60000-votes)';
const URGED = 'claims[1] (legend-urged-west)';
const REVIEW = 'reviews[0] (review-legend-urged-west)';
const FRIENDSHIP = 'relationships[0] (legend-west-friendship)';

const ENTITY = 'a person, an outlet or an organization';
const NO_EVIDENCE = 'must have at least one evidence span: every fact needs its source';

describe('a valid dataset', () => {
  it('has no problems', () => {
    expect(validateDataset(smallDataset(), smallHeldTexts())).toEqual([]);
  });

  it('survives a JSON round trip unchanged in meaning', () => {
    const roundTripped: unknown = JSON.parse(JSON.stringify(smallDataset()));
    expect(validateDataset(roundTripped, smallHeldTexts())).toEqual([]);
  });

  it('may paraphrase: a paraphrase need not be the text of its span', () => {
    expect(
      problemsAfter((d) => {
        d.statements[0].quote = 'Legend said it is up to West';
        d.statements[0].isDirectQuote = false;
        d.statements[0].attributionConfidence = 'PARAPHRASED_BY_SOURCE';
      }),
    ).toEqual([]);
  });

  it('may omit reviews when no claim is reviewed', () => {
    expect(
      problemsAfter((d) => {
        delete d.reviews;
        d.claims[1].status = 'UNREVIEWED';
      }),
    ).toEqual([]);
  });

  it('may cite a document with an empty evidence list, or none', () => {
    expect(problemsAfter((d) => (d.documents[1].evidence = []))).toEqual([]);
    expect(problemsAfter((d) => delete d.documents[1].evidence)).toEqual([]);
  });

  it('accepts a date-time with an offset for a review', () => {
    expect(problemsAfter((d) => (d.reviews[0].reviewedAt = '2024-05-01T12:30:00.5+02:00'))).toEqual([]);
    expect(problemsAfter((d) => (d.reviews[0].reviewedAt = '2024-05'))).toEqual([]);
  });

  it('accepts any URI scheme for sameAs', () => {
    expect(problemsAfter((d) => (d.people[1].sameAs[0].uri = 'urn:isni:0000000114581829'))).toEqual([]);
  });
});

describe('the top level', () => {
  it('must be an object', () => {
    expect(validateDataset([], smallHeldTexts())).toEqual([
      problem('dataset', '', 'must be a JSON object, found an array'),
    ]);
    expect(validateDataset(null, smallHeldTexts())).toEqual([
      problem('dataset', '', 'must be a JSON object, found null'),
    ]);
    expect(validateDataset('{}', smallHeldTexts())).toEqual([
      problem('dataset', '', 'must be a JSON object, found a string ("{}")'),
    ]);
  });

  it('names its format: the current one (format 2), as an unknown format is refused rather than misread', () => {
    expect(problemsAfter((d) => (d.format = 'claimgraph-dataset/3'))).toEqual([
      problem('dataset', 'format', 'must be "claimgraph-dataset/2", found a string ("claimgraph-dataset/3")'),
    ]);
    expect(problemsAfter((d) => delete d.format)).toEqual([
      problem('dataset', 'format', 'required field is missing; expected "claimgraph-dataset/2"'),
    ]);
  });

  it('has every required collection, as an array', () => {
    expect(problemsAfter((d) => delete d.relationships)).toEqual([
      problem('dataset', 'relationships', 'required field is missing; use [] for none'),
    ]);
    expect(problemsAfter((d) => (d.relationships = {}))).toEqual([
      problem('dataset', 'relationships', 'must be an array, found an object'),
    ]);
  });

  it('has no unknown collections, and suggests the one meant', () => {
    expect(
      problemsAfter((d) => {
        d.relationship = [];
        d.comments = 'x';
      }),
    ).toEqual([
      problem('dataset', 'relationship', 'unknown field; did you mean "relationships"?'),
      problem(
        'dataset',
        'comments',
        'unknown field; allowed fields: format, documents, people, outlets, organizations, events, statements, claims, reviews, relationships, factChecks',
      ),
    ]);
  });

  it('holds only objects in its collections, named by position', () => {
    expect(problemsAfter((d) => d.people.push('kanye'))).toEqual([
      problem('people[3]', '', 'must be an object, found a string ("kanye")'),
    ]);
  });
});

describe('field shapes', () => {
  it('catches a misspelt field, and the required field it leaves missing', () => {
    expect(
      problemsAfter((d) => {
        d.statements[0].speakr = d.statements[0].speaker;
        delete d.statements[0].speaker;
      }),
    ).toEqual([
      problem(UP_TO_HIM, 'speaker', 'required field is missing'),
      problem(UP_TO_HIM, 'speakr', 'unknown field; did you mean "speaker"?'),
    ]);
  });

  it('catches a misspelt field inside evidence', () => {
    expect(
      problemsAfter((d) => {
        d.people[0].evidence[0].exct = d.people[0].evidence[0].exact;
        delete d.people[0].evidence[0].exact;
      }),
    ).toEqual([
      problem(LEGEND, 'evidence[0].exact', 'required field is missing'),
      problem(LEGEND, 'evidence[0].exct', 'unknown field; did you mean "exact"?'),
    ]);
  });

  it('lists the allowed fields when an unknown one is not a near miss', () => {
    expect(problemsAfter((d) => (d.organizations[0].founded = '1828'))).toEqual([
      problem(DEMOCRATS, 'founded', 'unknown field; allowed fields: slug, name, kind, aliases, url, evidence'),
    ]);
  });

  it('treats a "__proto__" key as an unknown field, not as a prototype', () => {
    const dataset = JSON.parse(
      JSON.stringify(smallDataset()).replace('"name":"John Legend"', '"name":"John Legend","__proto__":{"x":1}'),
    );
    expect(validateDataset(dataset, smallHeldTexts())).toEqual([
      problem(LEGEND, '__proto__', 'unknown field; allowed fields: slug, name, aliases, description, sameAs, evidence'),
    ]);
  });

  it.each([
    ['a string', (d: any) => (d.people[0].name = 42), LEGEND, 'name', 'must be a string, found a number (42)'],
    [
      'a string, not null',
      (d: any) => (d.people[0].description = null),
      LEGEND,
      'description',
      'must be a string, found null',
    ],
    ['non-empty', (d: any) => (d.people[0].name = ''), LEGEND, 'name', 'must not be empty'],
    [
      'a boolean',
      (d: any) => (d.statements[2].isDirectQuote = 'no'),
      NOTICED,
      'isDirectQuote',
      'must be a boolean (true or false), found a string ("no")',
    ],
    [
      'an integer',
      (d: any) => (d.people[0].evidence[0].start = '37'),
      LEGEND,
      'evidence[0].start',
      'must be an integer, found a string ("37")',
    ],
    [
      'a whole number',
      (d: any) => (d.people[0].evidence[0].end = 43.5),
      LEGEND,
      'evidence[0].end',
      'must be an integer, found a number (43.5)',
    ],
    [
      'a number',
      (d: any) => (d.reviews[0].ratingValue = '5'),
      REVIEW,
      'ratingValue',
      'must be a number, found a string ("5")',
    ],
    ['an array', (d: any) => (d.people[1].aliases = 'Ye'), WEST, 'aliases', 'must be an array, found a string ("Ye")'],
    [
      'an array of strings',
      (d: any) => (d.people[1].aliases = ['Ye', 7]),
      WEST,
      'aliases[1]',
      'must be a string, found a number (7)',
    ],
    [
      'an object',
      (d: any) => (d.claims[0].appearances[0].evidence = [d.claims[0].appearances[0].evidence]),
      VOTES,
      'appearances[0].evidence',
      'must be an object, found an array',
    ],
    [
      'present when required, even nested',
      (d: any) => delete d.claims[0].appearances[0].evidence,
      VOTES,
      'appearances[0].evidence',
      'required field is missing',
    ],
    ['present when required', (d: any) => delete d.people[0].evidence, LEGEND, 'evidence', 'required field is missing'],
  ])('requires %s', (_what, change, record, field, message) => {
    expect(problemsAfter(change)).toEqual([problem(record, field, message)]);
  });

  it('shortens a long wrong value in the message', () => {
    expect(problemsAfter((d) => (d.people[0].evidence[0].start = 'x'.repeat(60)))).toEqual([
      problem(LEGEND, 'evidence[0].start', `must be an integer, found a string ("${'x'.repeat(40)}…")`),
    ]);
  });

  it.each([
    [
      (d: any) => (d.outlets[0].kind = 'BLOG'),
      THE_SOURCE,
      'kind',
      'must be one of MAGAZINE, NEWSPAPER, TV_NETWORK, PODCAST, TV_SHOW, SOCIAL_NETWORK, WEBSITE, found a string ("BLOG")',
    ],
    [
      (d: any) => (d.organizations[0].kind = 'PARTY'),
      DEMOCRATS,
      'kind',
      'must be one of POLITICAL_PARTY, COMPANY, GOVERNMENT, OTHER, found a string ("PARTY")',
    ],
    [
      (d: any) => (d.events[0].kind = 'TALK'),
      INTERVIEW,
      'kind',
      'must be one of INTERVIEW, SOCIAL_MEDIA_POST, PODCAST_EPISODE, CAMPAIGN, ELECTION, ENDORSEMENT, PUBLICATION, OTHER, found a string ("TALK")',
    ],
    [
      (d: any) => (d.statements[1].mentions[0].stance = 'criticizes'),
      RECONSIDER,
      'mentions[0].stance',
      'must be one of SUPPORTS, OPPOSES, CRITICIZES, DISPUTES, NEUTRAL, found a string ("criticizes")',
    ],
    [
      (d: any) => (d.statements[2].attributionConfidence = 'HEARSAY'),
      NOTICED,
      'attributionConfidence',
      'must be one of DIRECT_QUOTE_IN_SOURCE, PARAPHRASED_BY_SOURCE, REPORTED_SECONDHAND, NARRATED_BY_SOURCE, found a string ("HEARSAY")',
    ],
    [
      (d: any) => (d.claims[0].status = 3),
      VOTES,
      'status',
      'must be one of UNREVIEWED, UNDER_REVIEW, REVIEWED, DISPUTED, found a number (3)',
    ],
    [
      (d: any) => (d.relationships[0].type = 'FRIENDS'),
      FRIENDSHIP,
      'type',
      'must be one of FRIENDSHIP, SUPPORTED, ENDORSED, CRITICIZED, URGED, OWNS, APPEARED_ON, RAN_FOR, MEMBER_OF, found a string ("FRIENDS")',
    ],
    [
      (d: any) => (d.statements[0].voice = 'QUOTED'),
      UP_TO_HIM,
      'voice',
      'must be one of SPEAKER, DOCUMENT, found a string ("QUOTED")',
    ],
    [
      (d: any) => (d.relationships[0].states[0].basis.kind = 'ASSUMED'),
      FRIENDSHIP,
      'states[0].basis.kind',
      'must be one of STATED, INFERRED, EXTERNAL, found a string ("ASSUMED")',
    ],
    [
      (d: any) => (d.documents[1].unknown = [{ field: 'title', reason: 'not given' }]),
      NEW_YORKER_DOCUMENT,
      'unknown[0].field',
      'must be one of url, published, headline, outlet, found a string ("title")',
    ],
    [
      (d: any) => (d.relationships[0].states[1].status = 'COLD'),
      FRIENDSHIP,
      'states[1].status',
      'must be one of ACTIVE, STRAINED, ENDED, found a string ("COLD")',
    ],
  ])('lists the allowed values of an enum (%#)', (change, record, field, message) => {
    expect(problemsAfter(change)).toEqual([problem(record, field, message)]);
  });
});

describe('slugs', () => {
  it.each(['Review_1', 'review--1', '-review', 'review-', 'Review', 'review 1', 'revüe'])(
    'rejects the slug %j',
    (slug) => {
      expect(problemsAfter((d) => (d.reviews[0].slug = slug))).toEqual([
        problem(
          `reviews[0] (${slug})`,
          'slug',
          `${JSON.stringify(slug)} is not a valid slug: use lowercase letters and digits in words joined by single hyphens, e.g. "john-legend"`,
        ),
      ]);
    },
  );

  it('are unique across the whole dataset, whatever the kind of record', () => {
    expect(problemsAfter((d) => (d.relationships[0].slug = 'the-article'))).toEqual([
      problem(
        'relationships[0] (the-article)',
        'slug',
        '"the-article" is already the slug of documents[0] (the-article); slugs must be unique across the dataset',
      ),
    ]);
  });

  it('name a record by position when its slug is missing, and its references fail', () => {
    expect(problemsAfter((d) => delete d.people[2].slug)).toEqual([
      problem('people[2]', 'slug', 'required field is missing'),
      problem(RECONSIDER, 'mentions[1].entity', `no record has the slug "donald-trump"; expected ${ENTITY}`),
      problem(URGED, 'about[2]', `no record has the slug "donald-trump"; expected ${ENTITY}`),
    ]);
  });
});

describe('references', () => {
  it('must name a record, and a near miss is suggested', () => {
    expect(problemsAfter((d) => (d.statements[0].speaker = 'kanye-wset'))).toEqual([
      problem(
        UP_TO_HIM,
        'speaker',
        `no record has the slug "kanye-wset"; expected ${ENTITY} (did you mean "kanye-west"?)`,
      ),
    ]);
  });

  it('suggest only records of the right kind', () => {
    // "tweet-2017" is near the event "tweet-2018", but a participant must be an entity
    expect(problemsAfter((d) => (d.events[0].participants[1] = 'tweet-2017'))).toEqual([
      problem(INTERVIEW, 'participants[1]', `no record has the slug "tweet-2017"; expected ${ENTITY}`),
    ]);
  });

  it.each([
    [
      'speaker',
      (d: any) => (d.statements[0].speaker = 'tweet-2018'),
      UP_TO_HIM,
      'speaker',
      `"tweet-2018" is an event (events[1] (tweet-2018)); expected ${ENTITY}`,
    ],
    [
      'speaker of narration, an outlet',
      (d: any) => (d.statements[2].speaker = 'democrats'),
      NOTICED,
      'speaker',
      `"democrats" is an organization (${DEMOCRATS}); expected an outlet`,
    ],
    [
      'occasion',
      (d: any) => (d.statements[0].occasion = 'john-legend'),
      UP_TO_HIM,
      'occasion',
      `"john-legend" is a person (${LEGEND}); expected an event`,
    ],
    [
      'mention',
      (d: any) => (d.statements[1].mentions[1].entity = 'legend-up-to-him'),
      RECONSIDER,
      'mentions[1].entity',
      `"legend-up-to-him" is a statement (${UP_TO_HIM}); expected ${ENTITY}`,
    ],
    [
      'disputes',
      (d: any) => (d.statements[0].disputes = ['kanye-west']),
      UP_TO_HIM,
      'disputes[0]',
      `"kanye-west" is a person (${WEST}); expected a claim`,
    ],
    [
      'respondsTo',
      (d: any) => (d.statements[2].respondsTo = ['west-got-60000-votes']),
      NOTICED,
      'respondsTo[0]',
      `"west-got-60000-votes" is a claim (${VOTES}); expected a statement`,
    ],
    [
      'claimant',
      (d: any) => (d.claims[0].claimants[0].entity = 'tweet-2018'),
      VOTES,
      'claimants[0].entity',
      `"tweet-2018" is an event (${TWEET}); expected ${ENTITY}`,
    ],
    [
      'claimant reported by',
      (d: any) => (d.claims[0].claimants[0].reportedBy = 'legend-up-to-him'),
      VOTES,
      'claimants[0].reportedBy',
      `"legend-up-to-him" is a statement (${UP_TO_HIM}); expected ${ENTITY}`,
    ],
    [
      'external basis document',
      (d: any) => (d.relationships[0].states[0].basis = { kind: 'EXTERNAL', documents: ['john-legend'] }),
      FRIENDSHIP,
      'states[0].basis.documents[0]',
      `"john-legend" is a person (${LEGEND}); expected a document`,
    ],
    [
      'about',
      (d: any) => (d.claims[0].about = ['the-article']),
      VOTES,
      'about[0]',
      `"the-article" is a document (${ARTICLE}); expected ${ENTITY}`,
    ],
    [
      'appearance statement',
      (d: any) => (d.claims[1].appearances[0].statement = 'west-got-60000-votes'),
      URGED,
      'appearances[0].statement',
      `"west-got-60000-votes" is a claim (${VOTES}); expected a statement`,
    ],
    [
      'participant',
      (d: any) => (d.events[1].participants[0] = 'legend-west-friendship'),
      TWEET,
      'participants[0]',
      `"legend-west-friendship" is a relationship (${FRIENDSHIP}); expected ${ENTITY}`,
    ],
    [
      'event outlet',
      (d: any) => (d.events[0].outlet = 'democrats'),
      INTERVIEW,
      'outlet',
      `"democrats" is an organization (${DEMOCRATS}); expected an outlet`,
    ],
    [
      'document outlet',
      (d: any) => (d.documents[1].outlet = 'john-legend'),
      NEW_YORKER_DOCUMENT,
      'outlet',
      `"john-legend" is a person (${LEGEND}); expected an outlet`,
    ],
    [
      'relationship from',
      (d: any) => (d.relationships[0].from = 'tweet-2018'),
      FRIENDSHIP,
      'from',
      `"tweet-2018" is an event (${TWEET}); expected ${ENTITY}`,
    ],
    [
      'relationship to',
      (d: any) => (d.relationships[0].to = 'legend-up-to-him'),
      FRIENDSHIP,
      'to',
      `"legend-up-to-him" is a statement (${UP_TO_HIM}); expected ${ENTITY}`,
    ],
    [
      'evidence document',
      (d: any) => (d.people[0].evidence[0].document = 'john-legend'),
      LEGEND,
      'evidence[0].document',
      `"john-legend" is a person (${LEGEND}); expected a document`,
    ],
    [
      'review claim',
      (d: any) => (d.reviews[0].claim = 'west-got-60000-votes'),
      VOTES,
      'status',
      `is UNREVIEWED, but ${REVIEW} rates this claim`,
    ],
  ])('must name the right kind of record: %s', (_what, change, record, field, message) => {
    expect(problemsAfter(change)).toContainEqual(problem(record, field, message));
  });

  it('a review of something that is not a claim leaves its claim unreviewed', () => {
    expect(problemsAfter((d) => (d.reviews[0].claim = 'legend-reconsider'))).toEqual([
      problem(URGED, 'status', 'is REVIEWED, but no review in the dataset rates this claim'),
      problem(REVIEW, 'claim', `"legend-reconsider" is a statement (${RECONSIDER}); expected a claim`),
    ]);
  });

  it('evidence must point into a held document', () => {
    expect(problemsAfter((d) => (d.people[0].evidence[0].document = 'new-yorker-interview'))).toEqual([
      problem(
        LEGEND,
        'evidence[0].document',
        '"new-yorker-interview" is a document that is not held (it has no textFile); evidence must point into a held document',
      ),
    ]);
  });

  it('a statement cannot respond to itself', () => {
    expect(problemsAfter((d) => (d.statements[2].respondsTo = ['democrats-noticed']))).toEqual([
      problem(NOTICED, 'respondsTo[0]', 'a statement cannot respond to itself'),
    ]);
  });

  it('a relationship joins two different entities', () => {
    expect(problemsAfter((d) => (d.relationships[0].to = 'john-legend'))).toEqual([
      problem(FRIENDSHIP, 'to', 'a relationship joins two different entities, but from and to are both "john-legend"'),
    ]);
  });
});

describe('partial dates', () => {
  it.each([
    [
      (d: any) => (d.events[1].date = '2021-02-29'),
      TWEET,
      'date',
      '"2021-02-29" is not a valid date: day must be between 01 and 28 in 2021-02',
    ],
    [
      (d: any) => (d.statements[1].saidOn = '2018/06'),
      RECONSIDER,
      'saidOn',
      '"2018/06" is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
    [
      (d: any) => (d.documents[0].published = '2023-13'),
      ARTICLE,
      'published',
      '"2023-13" is not a valid date: month must be between 01 and 12',
    ],
    [
      (d: any) => (d.people[1].sameAs[0].source.accessed = 'yesterday'),
      WEST,
      'sameAs[0].source.accessed',
      '"yesterday" is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
    [
      (d: any) => (d.reviews[0].sources[0].accessed = '0000'),
      REVIEW,
      'sources[0].accessed',
      '"0000" is not a valid date: year must be between 0001 and 9999',
    ],
    [
      (d: any) => (d.relationships[0].states[1].start = '2018-02-30'),
      FRIENDSHIP,
      'states[1].start',
      '"2018-02-30" is not a valid date: day must be between 01 and 28 in 2018-02',
    ],
    [
      (d: any) => (d.reviews[0].reviewedAt = '2024-05-01 12:30'),
      REVIEW,
      'reviewedAt',
      '"2024-05-01 12:30" is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
    [
      (d: any) => (d.reviews[0].reviewedAt = '2024-02-30T12:30:00Z'),
      REVIEW,
      'reviewedAt',
      '"2024-02-30" is not a valid date: day must be between 01 and 29 in 2024-02',
    ],
    [
      (d: any) => (d.reviews[0].reviewedAt = '2024-05-01T24:00:00Z'),
      REVIEW,
      'reviewedAt',
      '"2024-05-01T24:00:00Z" is not a valid date-time (expected e.g. "2024-05-01T12:30:00Z") or partial date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
    [
      (d: any) => (d.reviews[0].reviewedAt = '2024-05-01T12:30:00'),
      REVIEW,
      'reviewedAt',
      '"2024-05-01T12:30:00" is not a valid date-time (expected e.g. "2024-05-01T12:30:00Z") or partial date (YYYY, YYYY-MM or YYYY-MM-DD)',
    ],
  ])('are parsed strictly (%#)', (change, record, field, message) => {
    expect(problemsAfter(change)).toEqual([problem(record, field, message)]);
  });
});

describe('relationship states', () => {
  const withStates = (states: object[]) => (d: any) => {
    const evidence = d.relationships[0].states[0].evidence;
    d.relationships[0].states = states.map((state) => ({ basis: { kind: 'STATED' }, evidence, ...state }));
  };

  it('are not empty', () => {
    expect(problemsAfter(withStates([]))).toEqual([problem(FRIENDSHIP, 'states', 'must have at least one state')]);
  });

  it('do not end before they start', () => {
    expect(problemsAfter(withStates([{ status: 'ACTIVE', start: '2019', end: '2018-12-31' }]))).toEqual([
      problem(FRIENDSHIP, 'states[0].end', '"2018-12-31" is before the state\'s start "2019"'),
    ]);
  });

  it('are in date order, oldest first', () => {
    expect(
      problemsAfter(
        withStates([
          { status: 'ACTIVE', start: '2010', end: '2018' },
          { status: 'STRAINED', start: '2016' },
        ]),
      ),
    ).toEqual([
      problem(
        FRIENDSHIP,
        'states[1].start',
        'states must be in date order, oldest first: "2016" is before states[0].end "2018"',
      ),
    ]);
  });

  it('compare across an undated state, and by end when a state has no start', () => {
    expect(
      problemsAfter(
        withStates([{ status: 'ACTIVE', start: '2018' }, { status: 'STRAINED' }, { status: 'ENDED', end: '2017-05' }]),
      ),
    ).toEqual([
      problem(
        FRIENDSHIP,
        'states[2].end',
        'states must be in date order, oldest first: "2017-05" is before states[0].start "2018"',
      ),
    ]);
  });

  it('treat partial dates as ranges: only an order wrong for every day in them is reported', () => {
    // "2018" may be December 2018: it can end a state that started in June, and precede one that starts in 2018-06
    expect(
      problemsAfter(
        withStates([
          { status: 'ACTIVE', start: '2018-06', end: '2018' },
          { status: 'STRAINED', start: '2018-06' },
        ]),
      ),
    ).toEqual([]);
    expect(
      problemsAfter(
        withStates([
          { status: 'ACTIVE', end: '2018-06-01' },
          { status: 'STRAINED', start: '2018-06-01', end: '2018-06-01' },
        ]),
      ),
    ).toEqual([]);
    expect(
      problemsAfter(
        withStates([
          { status: 'ACTIVE', end: '2018-07' },
          { status: 'STRAINED', start: '2018-06-30' },
        ]),
      ),
    ).toEqual([
      problem(
        FRIENDSHIP,
        'states[1].start',
        'states must be in date order, oldest first: "2018-06-30" is before states[0].end "2018-07"',
      ),
    ]);
  });
});

describe('reviews', () => {
  it.each([7, 0, 4.5, -1])('rate from 1 to 5, not %d', (ratingValue) => {
    expect(problemsAfter((d) => (d.reviews[0].ratingValue = ratingValue))).toEqual([
      problem(REVIEW, 'ratingValue', `must be an integer from 1 (false) to 5 (true), found ${ratingValue}`),
    ]);
  });

  it('cite at least one source', () => {
    expect(problemsAfter((d) => (d.reviews[0].sources = []))).toEqual([
      problem(REVIEW, 'sources', 'must cite at least one source: a review without a source cannot be published'),
    ]);
  });

  it('cite sources by web address', () => {
    expect(problemsAfter((d) => (d.reviews[0].sources[0].url = 'example.org/screenshot'))).toEqual([
      problem(REVIEW, 'sources[0].url', 'must be an absolute URL, found "example.org/screenshot"'),
    ]);
    expect(problemsAfter((d) => (d.reviews[0].sources[0].url = 'ftp://example.org/screenshot'))).toEqual([
      problem(REVIEW, 'sources[0].url', 'must be an http or https URL, found "ftp://example.org/screenshot"'),
    ]);
  });
});

describe('claims', () => {
  it('appear somewhere', () => {
    expect(problemsAfter((d) => (d.claims[0].appearances = []))).toEqual([
      problem(VOTES, 'appearances', 'must have at least one appearance: a claim needs evidence of where it was made'),
    ]);
  });

  it('are REVIEWED only with a review', () => {
    expect(problemsAfter((d) => (d.reviews = []))).toEqual([
      problem(URGED, 'status', 'is REVIEWED, but no review in the dataset rates this claim'),
    ]);
  });

  it('are not UNREVIEWED once reviewed', () => {
    expect(problemsAfter((d) => (d.claims[1].status = 'UNREVIEWED'))).toEqual([
      problem(URGED, 'status', `is UNREVIEWED, but ${REVIEW} rates this claim`),
    ]);
  });

  it('are DISPUTED only when a statement disputes them', () => {
    expect(problemsAfter((d) => (d.claims[0].status = 'DISPUTED'))).toEqual([
      problem(VOTES, 'status', 'is DISPUTED, but no statement disputes this claim (see statements[].disputes)'),
    ]);
    expect(
      problemsAfter((d) => {
        d.claims[0].status = 'DISPUTED';
        d.statements[0].disputes = ['west-got-60000-votes'];
      }),
    ).toEqual([]);
  });
});

describe('held documents', () => {
  it('match their SHA-256', () => {
    expect(problemsAfter((d) => (d.documents[0].sha256 = '0'.repeat(64)))).toEqual([
      problem(ARTICLE, 'sha256', `does not match the text of "article.txt", whose SHA-256 is ${ARTICLE_SHA256}`),
    ]);
  });

  it('are checked against the text supplied, not the one the dataset was written for', () => {
    // "in which" is in no span, prefix or suffix
    const edited = new Map([['the-article', smallHeldTexts().get('the-article')!.replace('in which', 'IN WHICH')]]);
    const problems = validateDataset(smallDataset(), edited);
    expect(problems[0]).toEqual(
      problem(
        ARTICLE,
        'sha256',
        `does not match the text of "article.txt", whose SHA-256 is ${sha256Of(edited.get('the-article')!)}`,
      ),
    );
    expect(problems).toHaveLength(1); // the same length and the spans elsewhere: only the hash notices
  });

  it('record a well-formed SHA-256', () => {
    expect(problemsAfter((d) => (d.documents[0].sha256 = ARTICLE_SHA256.toUpperCase()))).toEqual([
      problem(
        ARTICLE,
        'sha256',
        `must be 64 lowercase hexadecimal digits (a SHA-256 digest), found "${ARTICLE_SHA256.toUpperCase()}"`,
      ),
    ]);
  });

  it('require a SHA-256, which only they may have', () => {
    expect(problemsAfter((d) => delete d.documents[0].sha256)).toEqual([
      problem(ARTICLE, 'sha256', 'required field is missing: a held document records the SHA-256 of its text'),
    ]);
    expect(problemsAfter((d) => (d.documents[1].sha256 = ARTICLE_SHA256))).toEqual([
      problem(NEW_YORKER_DOCUMENT, 'sha256', 'is only allowed on a held document (one with textFile)'),
    ]);
  });

  it('need their text supplied; their spans are then not checked', () => {
    expect(problemsAfter((d) => (d.people[0].evidence[0].start = 0), new Map())).toEqual([
      problem(ARTICLE, 'textFile', 'the text of "article.txt" was not supplied, so its spans cannot be checked'),
    ]);
  });

  it.each(['../article.txt', '/etc/passwd', 'texts/../../article.txt', '..\\article.txt', 'C:\\article.txt'])(
    'keep their text inside the dataset folder, not %j',
    (textFile) => {
      expect(problemsAfter((d) => (d.documents[0].textFile = textFile))).toEqual([
        problem(
          ARTICLE,
          'textFile',
          `must be a relative path inside the dataset's folder (no leading "/", no ".."), found ${JSON.stringify(textFile)}`,
        ),
      ]);
    },
  );
});

describe('evidence spans', () => {
  it('read exactly their text: a span shifted by one shows expected and found, and where the text is', () => {
    expect(
      problemsAfter((d) => {
        d.people[0].evidence[0].start += 1;
        d.people[0].evidence[0].end += 1;
      }),
    ).toEqual([
      problem(
        LEGEND,
        'evidence[0].exact',
        'span [38, 44) should read "Legend" but the document has "egend "; "Legend" occurs at [37, 43) (and 1 more)',
      ),
    ]);
  });

  it('count code points: UTF-16 offsets after the emoji are one too far', () => {
    // "📱" is two UTF-16 units; "posted" starts at code point 82 but UTF-16 offset 83
    expect(
      problemsAfter(
        (d) => (d.events[1].evidence[0] = { document: 'the-article', start: 83, end: 89, exact: 'posted' }),
      ),
    ).toEqual([
      problem(
        TWEET,
        'evidence[0].exact',
        'span [83, 89) should read "posted" but the document has "osted "; "posted" occurs at [82, 88)',
      ),
    ]);
  });

  it('reject a wrong exact text, and a direct quote that no longer matches it', () => {
    expect(
      problemsAfter((d) => (d.statements[1].evidence[0].exact = 'reconsider aligning himself with Trump')),
    ).toEqual([
      problem(
        RECONSIDER,
        'evidence[0].exact',
        'span [143, 183) should read "reconsider aligning himself with Trump" but the document has "reconsider aligning [himself] with Trump"; "reconsider aligning himself with Trump" does not occur anywhere in the document',
      ),
      problem(
        RECONSIDER,
        'quote',
        'a direct quote must be the exact text of one of its evidence spans, but no span reads "reconsider aligning [himself] with Trump"',
      ),
    ]);
  });

  it('check prefix and suffix when present', () => {
    expect(problemsAfter((d) => (d.statements[0].evidence[0].prefix = 'says: “'))).toEqual([
      problem(
        UP_TO_HIM,
        'evidence[0].prefix',
        'span [51, 66) should be preceded by "says: “" but the document has "said: “"',
      ),
    ]);
    expect(problemsAfter((d) => (d.statements[0].evidence[0].suffix = '” He'))).toEqual([
      problem(
        UP_TO_HIM,
        'evidence[0].suffix',
        'span [51, 66) should be followed by "” He" but the document has "” In"',
      ),
    ]);
  });

  it.each([
    [{ start: -1 }, 'evidence[0].start', 'span start must be an integer >= 0, found -1'],
    [{ end: 213 }, 'evidence[0].end', 'span [213, 213) is empty or reversed: end must be greater than start'],
    [{ end: 252 }, 'evidence[0].end', 'span [213, 252) ends beyond the end of the document, which has 251 code points'],
  ])('stay within the document (%j)', (bounds, field, message) => {
    expect(problemsAfter((d) => Object.assign(d.outlets[0].evidence[0], bounds))).toEqual([
      problem(THE_SOURCE, field, message),
    ]);
  });

  it('are checked wherever they occur: documents, claim appearances, relationship states', () => {
    expect(
      problemsAfter((d) => {
        d.documents[1].evidence[0].start = 1;
        d.claims[0].appearances[0].evidence.exact = 'about 60 000 votes';
        d.relationships[0].states[1].evidence[0].suffix = '!';
      }),
    ).toEqual([
      problem(
        NEW_YORKER_DOCUMENT,
        'evidence[0].exact',
        'span [1, 35) should read "In an interview with the New Yorker" but the document has "n an interview with the New Yorker"; "In an interview with the New Yorker" occurs at [0, 35)',
      ),
      problem(
        VOTES,
        'appearances[0].evidence.exact',
        'span [231, 249) should read "about 60 000 votes" but the document has "about 60,000 votes"; "about 60 000 votes" does not occur anywhere in the document',
      ),
      problem(
        FRIENDSHIP,
        'states[1].evidence[0].suffix',
        'span [68, 79) should be followed by "!" but the document has " "',
      ),
    ]);
  });

  it.each([
    ['a person', (d: any) => (d.people[0].evidence = []), LEGEND, 'evidence'],
    ['an outlet', (d: any) => (d.outlets[0].evidence = []), THE_SOURCE, 'evidence'],
    ['an organization', (d: any) => (d.organizations[0].evidence = []), DEMOCRATS, 'evidence'],
    ['an event', (d: any) => (d.events[0].evidence = []), INTERVIEW, 'evidence'],
    ['a statement', (d: any) => (d.statements[2].evidence = []), NOTICED, 'evidence'],
    [
      'a relationship state',
      (d: any) => (d.relationships[0].states[1].evidence = []),
      FRIENDSHIP,
      'states[1].evidence',
    ],
  ])('are required for %s', (_what, change, record, field) => {
    expect(problemsAfter(change)).toEqual([problem(record, field, NO_EVIDENCE)]);
  });
});

describe('direct quotes', () => {
  it('are the exact text of one of their spans', () => {
    expect(problemsAfter((d) => (d.statements[0].quote = 'It is up to him.'))).toEqual([
      problem(
        UP_TO_HIM,
        'quote',
        'a direct quote must be the exact text of one of its evidence spans, but no span reads "It is up to him."',
      ),
    ]);
  });

  it('may have other spans besides the one they match', () => {
    expect(
      problemsAfter((d) =>
        d.statements[0].evidence.unshift({ document: 'the-article', start: 37, end: 43, exact: 'Legend' }),
      ),
    ).toEqual([]);
  });
});

describe('web addresses', () => {
  it('are absolute http(s) URLs for documents and outlets', () => {
    expect(problemsAfter((d) => (d.outlets[0].url = 'thesource.com'))).toEqual([
      problem(THE_SOURCE, 'url', 'must be an absolute URL, found "thesource.com"'),
    ]);
    expect(problemsAfter((d) => (d.documents[0].url = 'javascript:alert(1)'))).toEqual([
      problem(ARTICLE, 'url', 'must be an http or https URL, found "javascript:alert(1)"'),
    ]);
  });
});

describe('reporting', () => {
  it('reports every problem at once, grouped by record in file order', () => {
    expect(
      problemsAfter((d) => {
        d.relationships[0].states = [];
        d.reviews[0].ratingValue = 9;
        d.statements[0].speakr = 'john-legend';
        delete d.statements[0].speaker;
        d.people[0].evidence[0].exact = 'Legends';
        d.format = 'claimgraph/1';
      }),
    ).toEqual([
      problem('dataset', 'format', 'must be "claimgraph-dataset/2", found a string ("claimgraph/1")'),
      problem(
        LEGEND,
        'evidence[0].exact',
        'span [37, 43) should read "Legends" but the document has "Legend"; "Legends" does not occur anywhere in the document',
      ),
      problem(UP_TO_HIM, 'speaker', 'required field is missing'),
      problem(UP_TO_HIM, 'speakr', 'unknown field; did you mean "speaker"?'),
      problem(REVIEW, 'ratingValue', 'must be an integer from 1 (false) to 5 (true), found 9'),
      problem(FRIENDSHIP, 'states', 'must have at least one state'),
    ]);
  });

  it('does not report a malformed field twice', () => {
    // a wrong-typed start is one problem: the span check and the direct-quote check do not pile on
    expect(problemsAfter((d) => (d.statements[0].evidence[0].start = null))).toEqual([
      problem(UP_TO_HIM, 'evidence[0].start', 'must be an integer, found null'),
    ]);
  });

  it('does not change its input', () => {
    const dataset = smallDataset();
    const before = JSON.stringify(dataset);
    validateDataset(dataset, smallHeldTexts());
    expect(JSON.stringify(dataset)).toBe(before);
  });
});

function sha256Of(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

// ---------------------------------------------------------------------------------------------------------------
// Format 2: voices, completions, claimants, bases, dated facts, unknown document facts

describe('voices: a speaker’s words, or the document’s own narration', () => {
  it('lets a person, an outlet or an organization speak in their own voice', () => {
    expect(problemsAfter((d) => (d.statements[0].speaker = 'democrats'))).toEqual([]);
    expect(problemsAfter((d) => (d.statements[0].speaker = 'the-new-yorker'))).toEqual([]);
  });

  it('require narration (voice DOCUMENT) to be NARRATED_BY_SOURCE', () => {
    expect(problemsAfter((d) => (d.statements[2].attributionConfidence = 'PARAPHRASED_BY_SOURCE'))).toEqual([
      problem(
        NOTICED,
        'attributionConfidence',
        "is PARAPHRASED_BY_SOURCE, but a statement in the document's own voice (voice DOCUMENT) is NARRATED_BY_SOURCE: the words are nobody else's",
      ),
    ]);
  });

  it('keep NARRATED_BY_SOURCE for narration: a speaker’s words are never narration', () => {
    expect(problemsAfter((d) => (d.statements[0].attributionConfidence = 'NARRATED_BY_SOURCE'))).toEqual([
      problem(
        UP_TO_HIM,
        'attributionConfidence',
        "is NARRATED_BY_SOURCE, which is only for the document's own narration (voice DOCUMENT); a speaker's words are DIRECT_QUOTE_IN_SOURCE, PARAPHRASED_BY_SOURCE or REPORTED_SECONDHAND",
      ),
    ]);
  });

  it('do not mark narration as a direct quote', () => {
    expect(problemsAfter((d) => (d.statements[2].isDirectQuote = true))).toEqual([
      problem(
        NOTICED,
        'isDirectQuote',
        "must be false in the document's own voice (voice DOCUMENT): narration is not a quotation of its speaker (its words are checked verbatim all the same)",
      ),
    ]);
  });

  it('keep narration verbatim: its quote is the exact text of one of its spans', () => {
    expect(problemsAfter((d) => (d.statements[2].quote = 'the Democrats took notice'))).toEqual([
      problem(
        NOTICED,
        'quote',
        'narration (voice DOCUMENT) is the document\'s own words, verbatim: it must be the exact text of one of its evidence spans, but no span reads "the Democrats took notice"',
      ),
    ]);
  });

  it('give narration to the outlet of its evidence’s document, and to no one else', () => {
    expect(problemsAfter((d) => (d.statements[2].speaker = 'the-new-yorker'))).toEqual([
      problem(
        NOTICED,
        'speaker',
        'a statement in the document\'s own voice (voice DOCUMENT) is spoken by the outlet of its document, but evidence[0] is in "the-article", whose outlet is "the-source", not "the-new-yorker"',
      ),
    ]);
    // a person cannot narrate a document: the reference itself is refused
    expect(problemsAfter((d) => (d.statements[2].speaker = 'john-legend'))).toEqual([
      problem(NOTICED, 'speaker', `"john-legend" is a person (${LEGEND}); expected an outlet`),
    ]);
  });

  it('need the document to have an outlet', () => {
    expect(
      problemsAfter((d) => {
        delete d.documents[0].outlet;
        d.documents[0].unknown.push({ field: 'outlet', reason: 'the test article names no publisher' });
      }),
    ).toEqual([
      problem(
        NOTICED,
        'evidence[0].document',
        '"the-article" has no outlet: a statement in the document\'s own voice (voice DOCUMENT) is its outlet\'s, so the document needs one (documents[].outlet, with outletBasis when it is inferred)',
      ),
    ]);
  });

  it('check narration in a stored document against its stored outlet, and refuse it when that is not known', () => {
    const stored = (outlet?: string | null): Map<string, ExistingRecord> =>
      new Map([
        [
          'stored-article',
          {
            kind: 'document',
            label: 'the stored document "stored-article"',
            held: true,
            text: ARTICLE_TEXT,
            ...(outlet !== undefined ? { outlet } : {}),
          },
        ],
      ]);
    const dataset: any = smallDataset();
    dataset.statements[2].evidence[0].document = 'stored-article';
    expect(validateDataset(dataset, smallHeldTexts(), stored('the-source'))).toEqual([]);
    expect(validateDataset(dataset, smallHeldTexts(), stored('the-new-yorker'))).toEqual([
      problem(
        NOTICED,
        'speaker',
        'a statement in the document\'s own voice (voice DOCUMENT) is spoken by the outlet of its document, but evidence[0] is in "stored-article", whose outlet is "the-new-yorker", not "the-source"',
      ),
    ]);
    expect(validateDataset(dataset, smallHeldTexts(), stored())).toEqual([
      problem(
        NOTICED,
        'evidence[0].document',
        '"stored-article" has no outlet known here: a statement in the document\'s own voice (voice DOCUMENT) is its outlet\'s, so the document needs one (documents[].outlet, with outletBasis when it is inferred)',
      ),
    ]);
  });

  it('keep brackets in narration as the source wrote them, without completions', () => {
    const words = '“reconsider aligning [himself] with Trump,” and the Democrats noticed';
    expect(
      problemsAfter((d) => {
        d.statements[2].quote = words;
        d.statements[2].evidence = [spanOf(words)];
      }),
    ).toEqual([]);
  });
});

describe('completions: an editor’s words in [brackets]', () => {
  const paraphrase = (quote: string) => (d: any) => {
    d.statements[0].quote = quote;
    d.statements[0].isDirectQuote = false;
    d.statements[0].attributionConfidence = 'PARAPHRASED_BY_SOURCE';
  };

  it('are listed, each with its reason, for every [bracket] of a paraphrase', () => {
    expect(problemsAfter(paraphrase('it is up to [West]'))).toEqual([
      problem(
        UP_TO_HIM,
        'quote',
        'has "[West]", but completions lists no "West": every word an editor adds in [brackets] needs a completion with its reason',
      ),
    ]);
    expect(
      problemsAfter((d) => {
        paraphrase('it is up to [West]')(d);
        d.statements[0].completions = [{ text: 'West', reason: '“him” is West, named earlier' }];
      }),
    ).toEqual([]);
  });

  it('are listed for every [bracket] of a claim’s text', () => {
    expect(problemsAfter((d) => delete d.claims[0].completions)).toEqual([
      problem(
        VOTES,
        'text',
        'has "[West]", but completions lists no "West": every word an editor adds in [brackets] needs a completion with its reason',
      ),
    ]);
  });

  it('each appear in the text as [their words], and are listed once', () => {
    expect(
      problemsAfter((d) => {
        d.claims[0].completions.push({ text: 'votes', reason: 'x' }, { text: 'West', reason: 'again' });
      }),
    ).toEqual([
      problem(VOTES, 'completions[1].text', '"votes" does not appear as "[votes]" in the text'),
      problem(VOTES, 'completions[2].text', '"West" is already completions[0]; list each completion once'),
    ]);
    expect(problemsAfter((d) => (d.claims[0].completions[0].text = '[West]'))).toEqual([
      problem(
        VOTES,
        'completions[0].text',
        'must be the words between the brackets, without the brackets, found "[West]"',
      ),
      problem(
        VOTES,
        'text',
        'has "[West]", but completions lists no "West": every word an editor adds in [brackets] needs a completion with its reason',
      ),
    ]);
  });

  it('give a one-line reason', () => {
    expect(problemsAfter((d) => (d.claims[0].completions[0].reason = 'first line\nsecond line'))).toEqual([
      problem(VOTES, 'completions[0].reason', 'must be one line, but has a line break'),
    ]);
    expect(problemsAfter((d) => (d.claims[0].completions[0].reason = 'x'.repeat(201)))).toEqual([
      problem(VOTES, 'completions[0].reason', 'must be one line of at most 200 characters, but has 201'),
    ]);
  });

  it('have their brackets matched', () => {
    expect(problemsAfter((d) => (d.claims[0].text = '[West received about 60,000 votes'))).toEqual([
      problem(VOTES, 'completions[0].text', '"West" does not appear as "[West]" in the text'),
      problem(VOTES, 'text', 'has a "[" at character 0 that is never closed'),
    ]);
    expect(problemsAfter((d) => (d.claims[0].text = '[West] received] about 60,000 votes'))).toEqual([
      problem(VOTES, 'text', 'has a "]" at character 15 that closes no "["'),
    ]);
    expect(problemsAfter((d) => (d.claims[0].text = '[West] received [] votes'))).toEqual([
      problem(VOTES, 'text', 'has empty brackets "[]": an editor\'s completion says what was added'),
    ]);
  });

  it('are not needed for brackets the source prints itself, kept in a paraphrase or a claim', () => {
    const words = 'Legend asked him to “reconsider aligning [himself] with Trump,”';
    expect(
      problemsAfter((d) => {
        paraphrase('Legend asked West to “reconsider aligning [himself] with Trump”')(d);
        d.statements[0].evidence = [spanOf(words)];
      }),
    ).toEqual([]);
    // words copied as the source has them keep even an unmatched bracket of the source's
    expect(
      problemsAfter((d) => {
        d.statements[0].evidence = [spanOf(words)];
        paraphrase('aligning [himself')(d);
      }),
    ).toEqual([]);
    expect(
      problemsAfter((d) => {
        d.claims[1].text = 'Legend urged West to reconsider aligning [himself] with Trump';
      }),
    ).toEqual([]);
  });

  it('are not for a direct quote, whose brackets are the source’s own', () => {
    // "[himself]" is in the quote as the article prints it
    expect(problemsAfter(() => {})).toEqual([]);
    expect(
      problemsAfter((d) => (d.statements[1].completions = [{ text: 'himself', reason: 'the source’s bracket' }])),
    ).toEqual([
      problem(
        RECONSIDER,
        'completions',
        "are for words an editor adds to a paraphrase, but the quote is a direct quote, verbatim: its brackets are the source's own and need no entry",
      ),
    ]);
  });

  it('are not for narration either', () => {
    expect(problemsAfter((d) => (d.statements[2].completions = [{ text: 'x', reason: 'y' }]))).toEqual([
      problem(
        NOTICED,
        'completions',
        "are for words an editor adds to a paraphrase, but the quote is narration (voice DOCUMENT), verbatim: its brackets are the source's own and need no entry",
      ),
    ]);
  });
});

describe('claimants', () => {
  const legendSays = () => ({
    entity: 'john-legend',
    reportedBy: 'kanye-west',
    evidence: [spanOf('Legend asked him to')],
  });

  it('may be several, directly or reported by a third party', () => {
    expect(problemsAfter((d) => d.claims[1].claimants.push(legendSays()))).toEqual([]);
  });

  it('are at least one', () => {
    expect(problemsAfter((d) => (d.claims[0].claimants = []))).toEqual([
      problem(
        VOTES,
        'claimants',
        'must have at least one claimant: who makes the claim, or who is said (reportedBy) to make it',
      ),
    ]);
    expect(problemsAfter((d) => delete d.claims[0].claimants)).toEqual([
      problem(VOTES, 'claimants', 'required field is missing'),
    ]);
  });

  it('name each entity once', () => {
    expect(
      problemsAfter((d) =>
        d.claims[1].claimants.push({ ...legendSays(), entity: 'kanye-west', reportedBy: undefined }),
      ),
    ).toEqual([
      problem(
        URGED,
        'claimants[1].entity',
        '"kanye-west" is already claimants[0]; list each claimant once, with all its evidence',
      ),
    ]);
  });

  it('are never reported by themselves', () => {
    expect(problemsAfter((d) => (d.claims[0].claimants[0].reportedBy = 'the-source'))).toEqual([
      problem(
        VOTES,
        'claimants[0].reportedBy',
        'is the claimant itself ("the-source"): reportedBy names the third party who says the claimant makes the claim; leave it out when the evidence shows the claimant making it',
      ),
    ]);
  });

  it('resolve to entities', () => {
    expect(problemsAfter((d) => (d.claims[0].claimants[0].reportedBy = 'kanye-wset'))).toEqual([
      problem(
        VOTES,
        'claimants[0].reportedBy',
        `no record has the slug "kanye-wset"; expected ${ENTITY} (did you mean "kanye-west"?)`,
      ),
    ]);
  });

  it('have evidence, checked like all evidence', () => {
    expect(problemsAfter((d) => (d.claims[0].claimants[0].evidence = []))).toEqual([
      problem(VOTES, 'claimants[0].evidence', NO_EVIDENCE),
    ]);
    expect(problemsAfter((d) => (d.claims[0].claimants[0].evidence[0].exact = 'The Source says'))).toEqual([
      expect.objectContaining({ record: VOTES, field: 'claimants[0].evidence[0].exact' }),
    ]);
  });
});

describe('the basis of a relationship state', () => {
  const basis = (value: unknown) => (d: any) => (d.relationships[0].states[0].basis = value);
  const BASIS = 'states[0].basis';

  it('is required', () => {
    expect(problemsAfter((d) => delete d.relationships[0].states[0].basis)).toEqual([
      problem(FRIENDSHIP, BASIS, 'required field is missing'),
    ]);
  });

  it('is an object with a kind', () => {
    expect(problemsAfter(basis('STATED'))).toEqual([
      problem(FRIENDSHIP, BASIS, 'must be an object, found a string ("STATED")'),
    ]);
    expect(problemsAfter(basis({ reason: 'x', evidence: [] }))).toEqual([
      problem(FRIENDSHIP, `${BASIS}.kind`, 'required field is missing; expected one of STATED, INFERRED, EXTERNAL'),
    ]);
  });

  it('has only the fields of its kind', () => {
    expect(problemsAfter(basis({ kind: 'STATED', reason: 'x' }))).toEqual([
      problem(FRIENDSHIP, `${BASIS}.reason`, 'unknown field; allowed fields: kind, evidence'),
    ]);
  });

  it('may be STATED by the state’s own evidence, or by a span of its own', () => {
    expect(problemsAfter(basis({ kind: 'STATED' }))).toEqual([]);
    expect(problemsAfter(basis({ kind: 'STATED', evidence: [spanOf('Legend asked him to')] }))).toEqual([]);
    expect(problemsAfter(basis({ kind: 'STATED', evidence: [] }))).toEqual([
      problem(
        FRIENDSHIP,
        `${BASIS}.evidence`,
        "must have at least one evidence span when given; leave it out when the record's own evidence states the fact",
      ),
    ]);
  });

  it('if INFERRED, gives a one-line reason', () => {
    const inferred = (reason: string) => basis({ kind: 'INFERRED', reason, evidence: [spanOf('Legend asked him to')] });
    expect(problemsAfter(inferred(''))).toEqual([problem(FRIENDSHIP, `${BASIS}.reason`, 'must not be empty')]);
    expect(problemsAfter(inferred('   '))).toEqual([
      problem(FRIENDSHIP, `${BASIS}.reason`, 'must say why, in one line, but is only blank space'),
    ]);
    expect(problemsAfter(inferred('because\nof this'))).toEqual([
      problem(FRIENDSHIP, `${BASIS}.reason`, 'must be one line, but has a line break'),
    ]);
    expect(problemsAfter(inferred('é'.repeat(200)))).toEqual([]);
    expect(problemsAfter(inferred('x'.repeat(201)))).toEqual([
      problem(FRIENDSHIP, `${BASIS}.reason`, 'must be one line of at most 200 characters, but has 201'),
    ]);
    expect(problemsAfter(basis({ kind: 'INFERRED', evidence: [spanOf('Legend asked him to')] }))).toEqual([
      problem(FRIENDSHIP, `${BASIS}.reason`, 'required field is missing'),
    ]);
  });

  it('if INFERRED, names at least one span it rests on, checked like all evidence', () => {
    expect(problemsAfter(basis({ kind: 'INFERRED', reason: 'x', evidence: [] }))).toEqual([
      problem(
        FRIENDSHIP,
        `${BASIS}.evidence`,
        'must have at least one evidence span: an inference names the spans it rests on',
      ),
    ]);
    expect(problemsAfter(basis({ kind: 'INFERRED', reason: 'x' }))).toEqual([
      problem(FRIENDSHIP, `${BASIS}.evidence`, 'required field is missing'),
    ]);
    expect(
      problemsAfter(
        basis({ kind: 'INFERRED', reason: 'x', evidence: [{ ...spanOf('Legend asked him to'), start: 0 }] }),
      ),
    ).toEqual([expect.objectContaining({ record: FRIENDSHIP, field: `${BASIS}.evidence[0].exact` })]);
  });

  it('if EXTERNAL, cites at least one source or document', () => {
    const EXTERNAL_MESSAGE =
      'is EXTERNAL, so it must cite at least one source (sources) or document of the dataset (documents) that states the fact: the held documents do not';
    expect(problemsAfter(basis({ kind: 'EXTERNAL' }))).toEqual([problem(FRIENDSHIP, BASIS, EXTERNAL_MESSAGE)]);
    expect(problemsAfter(basis({ kind: 'EXTERNAL', sources: [], documents: [] }))).toEqual([
      problem(FRIENDSHIP, BASIS, EXTERNAL_MESSAGE),
    ]);
    expect(problemsAfter(basis({ kind: 'EXTERNAL', documents: ['new-yorker-interview'] }))).toEqual([]);
    expect(
      problemsAfter(basis({ kind: 'EXTERNAL', sources: [{ url: 'https://example.org/a', title: 'A source' }] })),
    ).toEqual([]);
  });

  it('if EXTERNAL, cites documents that exist and sources by web address', () => {
    expect(problemsAfter(basis({ kind: 'EXTERNAL', documents: ['new-yorker-interveiw'] }))).toEqual([
      problem(
        FRIENDSHIP,
        `${BASIS}.documents[0]`,
        'no record has the slug "new-yorker-interveiw"; expected a document (did you mean "new-yorker-interview"?)',
      ),
    ]);
    expect(problemsAfter(basis({ kind: 'EXTERNAL', sources: [{ url: 'example.org', title: 'A' }] }))).toEqual([
      problem(FRIENDSHIP, `${BASIS}.sources[0].url`, 'must be an absolute URL, found "example.org"'),
    ]);
  });

  it('is checked wherever a basis is: a document’s outlet, a date', () => {
    expect(problemsAfter((d) => (d.documents[0].outletBasis = { kind: 'EXTERNAL' }))).toEqual([
      problem(
        ARTICLE,
        'outletBasis',
        'is EXTERNAL, so it must cite at least one source (sources) or document of the dataset (documents) that states the fact: the held documents do not',
      ),
    ]);
    expect(problemsAfter((d) => (d.statements[1].saidOn.basis.evidence = []))).toEqual([
      problem(
        RECONSIDER,
        'saidOn.basis.evidence',
        'must have at least one evidence span: an inference names the spans it rests on',
      ),
    ]);
  });
});

describe('dated facts', () => {
  it('may be a bare partial date or an object with date, knownBy and basis', () => {
    expect(problemsAfter((d) => (d.statements[1].saidOn = '2018'))).toEqual([]);
    expect(problemsAfter((d) => (d.events[1].date = { date: '2018' }))).toEqual([]);
    expect(
      problemsAfter((d) => (d.events[1].date = { date: '2018', knownBy: false, basis: { kind: 'STATED' } })),
    ).toEqual([]);
  });

  it('parse their date as a partial date', () => {
    expect(problemsAfter((d) => (d.statements[1].saidOn.date = '2018-02-30'))).toEqual([
      problem(RECONSIDER, 'saidOn.date', '"2018-02-30" is not a valid date: day must be between 01 and 28 in 2018-02'),
    ]);
    expect(problemsAfter((d) => (d.events[1].date = { date: 'spring 2018' }))).toEqual([
      problem(TWEET, 'date.date', '"spring 2018" is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)'),
    ]);
  });

  it('have a date, a boolean knownBy and no other field', () => {
    expect(problemsAfter((d) => delete d.statements[1].saidOn.date)).toEqual([
      problem(RECONSIDER, 'saidOn.date', 'required field is missing'),
    ]);
    expect(problemsAfter((d) => (d.statements[1].saidOn.knownBy = 'yes'))).toEqual([
      problem(RECONSIDER, 'saidOn.knownBy', 'must be a boolean (true or false), found a string ("yes")'),
    ]);
    expect(
      problemsAfter((d) => {
        d.statements[1].saidOn.knownby = true;
        delete d.statements[1].saidOn.knownBy;
      }),
    ).toEqual([problem(RECONSIDER, 'saidOn.knownby', 'unknown field; did you mean "knownBy"?')]);
  });

  it('are a string or an object, nothing else', () => {
    expect(problemsAfter((d) => (d.events[1].date = 2018))).toEqual([
      problem(TWEET, 'date', 'must be a string or an object, found a number (2018)'),
    ]);
  });

  it('keep relationship states in order by their dates, knownBy or not (a state held by its date)', () => {
    const evidence = [spanOf('Legend asked him to')];
    expect(
      problemsAfter((d) => {
        d.relationships[0].states = [
          { status: 'ACTIVE', basis: { kind: 'STATED' }, start: { date: '2019' }, end: '2018-12-31', evidence },
          {
            status: 'STRAINED',
            basis: { kind: 'STATED' },
            start: { date: '2017', knownBy: true, basis: { kind: 'STATED' } },
            evidence,
          },
        ];
      }),
    ).toEqual([
      problem(FRIENDSHIP, 'states[0].end', '"2018-12-31" is before the state\'s start "2019"'),
      problem(
        FRIENDSHIP,
        'states[1].start',
        'states must be in date order, oldest first: "2017" is before states[0].end "2018-12-31"',
      ),
    ]);
  });
});

describe('the facts a held document gives or says are unknown', () => {
  const FACTS_MESSAGE = (missing: string, verb = 'is') =>
    `a held document gives or lists as unknown each of url, published, headline and outlet, but ${missing} ${verb} neither given nor listed as unknown`;

  it('are each of url, published, headline and outlet, given or listed as unknown', () => {
    expect(problemsAfter((d) => delete d.documents[0].unknown)).toEqual([
      problem(
        ARTICLE,
        'unknown',
        `${FACTS_MESSAGE('"headline"')} (add e.g. { "field": "headline", "reason": "…" } to unknown)`,
      ),
    ]);
    expect(
      problemsAfter((d) => {
        delete d.documents[0].url;
        delete d.documents[0].published;
      }),
    ).toEqual([
      problem(
        ARTICLE,
        'unknown',
        `${FACTS_MESSAGE('"url" and "published"', 'are')} (add e.g. { "field": "url", "reason": "…" } to unknown)`,
      ),
    ]);
    expect(
      problemsAfter((d) => {
        delete d.documents[0].unknown;
        d.documents[0].headline = 'Legend and West';
      }),
    ).toEqual([]);
  });

  it('are not both given and listed as unknown', () => {
    expect(problemsAfter((d) => d.documents[0].unknown.push({ field: 'url', reason: 'not known' }))).toEqual([
      problem(
        ARTICLE,
        'unknown[1].field',
        '"url" is given (the document\'s url), so it cannot also be listed as unknown: give it or list it as unknown, not both',
      ),
    ]);
  });

  it('are listed once each', () => {
    expect(problemsAfter((d) => d.documents[0].unknown.push({ field: 'headline', reason: 'again' }))).toEqual([
      problem(
        ARTICLE,
        'unknown[1].field',
        '"headline" is already listed as unknown in unknown[0]; list each field once',
      ),
    ]);
  });

  it('need not be listed for a cited document, which may list some', () => {
    expect(
      problemsAfter((d) => (d.documents[1].unknown = [{ field: 'published', reason: 'the article does not say' }])),
    ).toEqual([]);
  });

  it('include how the outlet is known, which needs an outlet', () => {
    const inferred = { kind: 'INFERRED', reason: 'the site’s name', evidence: [spanOf('The Source')] };
    expect(problemsAfter((d) => (d.documents[0].outletBasis = inferred))).toEqual([]);
    expect(
      problemsAfter((d) => {
        d.documents[1].outletBasis = inferred;
        delete d.documents[1].outlet;
      }),
    ).toEqual([
      problem(NEW_YORKER_DOCUMENT, 'outletBasis', 'says how the outlet is known, but the document has no outlet'),
    ]);
  });
});
