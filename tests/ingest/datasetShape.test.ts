/**
 * The shape pass run by the zod schemas of src/domain/dataset.ts: edges the validator tests do not reach (nested
 * arrays, null, unknown keys deep down, several problems at once), and what happens to a record after a shape
 * problem (its other fields are still checked, its malformed ones are not checked twice).
 */
import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTION_CONFIDENCES,
  CLAIM_STATUSES,
  DatasetSchema,
  OUTLET_KINDS,
  OutletRecordSchema,
  RELATIONSHIP_STATUSES,
  RelationshipStateRecordSchema,
  STANCES,
  MentionRecordSchema,
  ClaimRecordSchema,
  StatementRecordSchema,
  type Dataset,
} from '../../src/domain/dataset.js';
import { validateDataset, type DatasetProblem } from '../../src/ingest/validateDataset.js';
import { smallDataset, smallHeldTexts } from '../support/smallDataset.js';

function problemsAfter(change: (dataset: any) => void): DatasetProblem[] {
  const dataset: Dataset = smallDataset();
  change(dataset);
  return validateDataset(dataset, smallHeldTexts());
}

const problem = (record: string, field: string, message: string): DatasetProblem => ({ record, field, message });

const LEGEND = 'people[0] (john-legend)';
const WEST = 'people[1] (kanye-west)';
const UP_TO_HIM = 'statements[0] (legend-up-to-him)';
const RECONSIDER = 'statements[1] (legend-reconsider)';
const URGED = 'claims[1] (legend-urged-west)';
const REVIEW = 'reviews[0] (review-legend-urged-west)';
const FRIENDSHIP = 'relationships[0] (legend-west-friendship)';
const ENTITY = 'a person, an outlet or an organization';

describe('the dataset schema (src/domain/dataset.ts)', () => {
  it('accepts the small valid dataset as it is', () => {
    expect(DatasetSchema.safeParse(smallDataset()).success).toBe(true);
  });

  it('takes its enums from the exported constant arrays', () => {
    expect(OutletRecordSchema.shape.kind.options).toEqual([...OUTLET_KINDS]);
    expect(MentionRecordSchema.shape.stance.options).toEqual([...STANCES]);
    expect(StatementRecordSchema.shape.attributionConfidence.options).toEqual([...ATTRIBUTION_CONFIDENCES]);
    expect(ClaimRecordSchema.shape.status.options).toEqual([...CLAIM_STATUSES]);
    expect(RelationshipStateRecordSchema.shape.status.options).toEqual([...RELATIONSHIP_STATUSES]);
  });

  it('rejects an unknown field on its own, without validateDataset', () => {
    const dataset: any = smallDataset();
    dataset.people[0].nickname = 'EGOT';
    const result = DatasetSchema.safeParse(dataset);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['unrecognized_keys', ['people', 0]],
    ]);
  });
});

describe('wrong types in nested arrays', () => {
  it.each([
    [
      'a mention that is not an object',
      (d: any) => (d.statements[1].mentions[1] = 'donald-trump'),
      RECONSIDER,
      'mentions[1]',
      'must be an object, found a string ("donald-trump")',
    ],
    [
      'a slug in a list that is not a string',
      (d: any) => (d.claims[1].about[2] = 7),
      URGED,
      'about[2]',
      'must be a string, found a number (7)',
    ],
    [
      'an evidence span inside a relationship state that is null',
      (d: any) => (d.relationships[0].states[0].evidence[0] = null),
      FRIENDSHIP,
      'states[0].evidence[0]',
      'must be an object, found null',
    ],
    [
      'a cited source that is an array',
      (d: any) => (d.reviews[0].sources[0] = []),
      REVIEW,
      'sources[0]',
      'must be an object, found an array',
    ],
    [
      'an enum value inside a nested object',
      (d: any) => (d.relationships[0].states[0].status = true),
      FRIENDSHIP,
      'states[0].status',
      'must be one of ACTIVE, STRAINED, ENDED, found a boolean (true)',
    ],
  ])('names the item by its index: %s', (_what, change, record, field, message) => {
    expect(problemsAfter(change)).toEqual([problem(record, field, message)]);
  });
});

describe('null', () => {
  it.each([
    [
      'a required string',
      (d: any) => (d.statements[0].quote = null),
      UP_TO_HIM,
      'quote',
      'must be a string, found null',
    ],
    [
      'an optional string nested in evidence',
      (d: any) => (d.statements[0].evidence[0].prefix = null),
      UP_TO_HIM,
      'evidence[0].prefix',
      'must be a string, found null',
    ],
    [
      'an optional list',
      (d: any) => (d.statements[2].respondsTo = null),
      'statements[2] (democrats-noticed)',
      'respondsTo',
      'must be an array, found null',
    ],
    [
      'a required object',
      (d: any) => (d.people[1].sameAs[0].source = null),
      WEST,
      'sameAs[0].source',
      'must be an object, found null',
    ],
  ])('is not allowed for %s, and is not taken for "absent"', (_what, change, record, field, message) => {
    expect(problemsAfter(change)).toEqual([problem(record, field, message)]);
  });

  it('as a collection is not an empty one', () => {
    expect(problemsAfter((d) => (d.reviews = null))).toEqual([
      problem('dataset', 'reviews', 'must be an array, found null'),
      problem(URGED, 'status', 'is REVIEWED, but no review in the dataset rates this claim'),
    ]);
  });
});

describe('unknown keys', () => {
  it('are caught deep inside arrays, with the field meant', () => {
    expect(
      problemsAfter((d) => {
        d.statements[1].mentions[0].stanse = d.statements[1].mentions[0].stance;
        delete d.statements[1].mentions[0].stance;
        d.people[1].sameAs[0].source.acessed = '2024';
      }),
    ).toEqual([
      problem(WEST, 'sameAs[0].source.acessed', 'unknown field; did you mean "accessed"?'),
      problem(RECONSIDER, 'mentions[0].stance', 'required field is missing'),
      problem(RECONSIDER, 'mentions[0].stanse', 'unknown field; did you mean "stance"?'),
    ]);
  });

  it('are each reported when an object has several', () => {
    expect(
      problemsAfter((d) => {
        d.reviews[0].ratingVlaue = 5;
        d.reviews[0].notes = 'x';
      }),
    ).toEqual([
      problem(REVIEW, 'ratingVlaue', 'unknown field; did you mean "ratingValue"?'),
      problem(
        REVIEW,
        'notes',
        'unknown field; allowed fields: slug, claim, ratingValue, ratingLabel, explanation, reviewer, reviewedAt, sources',
      ),
    ]);
  });
});

describe('several problems at once', () => {
  it("lists a record's shape problems in field order, unknown fields last, then its other problems", () => {
    expect(
      problemsAfter((d) => {
        const statement = d.statements[0];
        statement.extra = true;
        statement.attributionConfidence = 'DIRECT';
        statement.isDirectQuote = 'yes';
        statement.speaker = 'kanye-wset';
        delete statement.mentions;
      }),
    ).toEqual([
      problem(UP_TO_HIM, 'isDirectQuote', 'must be a boolean (true or false), found a string ("yes")'),
      problem(
        UP_TO_HIM,
        'attributionConfidence',
        'must be one of DIRECT_QUOTE_IN_SOURCE, PARAPHRASED_BY_SOURCE, REPORTED_SECONDHAND, NARRATED_BY_SOURCE, found a string ("DIRECT")',
      ),
      problem(UP_TO_HIM, 'mentions', 'required field is missing'),
      problem(
        UP_TO_HIM,
        'extra',
        'unknown field; allowed fields: slug, speaker, voice, quote, isDirectQuote, attributionConfidence, completions, saidOn, occasion, mentions, disputes, respondsTo, evidence',
      ),
      problem(
        UP_TO_HIM,
        'speaker',
        `no record has the slug "kanye-wset"; expected ${ENTITY} (did you mean "kanye-west"?)`,
      ),
    ]);
  });

  it('reports problems at the top level and in records together', () => {
    expect(
      problemsAfter((d) => {
        d.format = 1;
        d.events = 'none';
        d.event = [];
        d.people[0].name = '';
      }),
    ).toEqual([
      problem('dataset', 'format', 'must be "claimgraph-dataset/2", found a number (1)'),
      problem('dataset', 'events', 'must be an array, found a string ("none")'),
      problem('dataset', 'event', 'unknown field; did you mean "events"?'),
      problem(LEGEND, 'name', 'must not be empty'),
      // the events are gone, so references to them fail
      problem(UP_TO_HIM, 'occasion', 'no record has the slug "new-yorker-interview-event"; expected an event'),
      problem(RECONSIDER, 'occasion', 'no record has the slug "tweet-2018"; expected an event'),
    ]);
  });
});

describe('a record with a shape problem', () => {
  it('still has its well-formed items checked: a bad item of a list does not hide the next one', () => {
    expect(problemsAfter((d) => (d.claims[1].about = [7, 'kanye-wset']))).toEqual([
      problem(URGED, 'about[0]', 'must be a string, found a number (7)'),
      problem(
        URGED,
        'about[1]',
        `no record has the slug "kanye-wset"; expected ${ENTITY} (did you mean "kanye-west"?)`,
      ),
    ]);
  });
});

describe('strings and numbers', () => {
  it('refuses the NUL character, which PostgreSQL cannot store', () => {
    expect(problemsAfter((d) => (d.people[0].description = 'a\u0000b'))).toEqual([
      problem(LEGEND, 'description', 'must not contain the NUL character (U+0000)'),
    ]);
  });

  it('allows an empty prefix, which a span at the start of a document has', () => {
    expect(problemsAfter((d) => (d.documents[1].evidence[0].prefix = ''))).toEqual([]);
  });

  it('refuses a span offset too large to be held exactly as an integer', () => {
    expect(problemsAfter((d) => (d.people[0].evidence[0].end = 2 ** 53))).toEqual([
      problem(LEGEND, 'evidence[0].end', 'must be at most 9007199254740991, found a number (9007199254740992)'),
    ]);
  });
});

describe('unions: a basis (by its kind) and a dated fact (a string or an object)', () => {
  const RECONSIDER_SAID_ON = (field = '') => `saidOn${field}`;

  it.each([
    [
      'an empty date string',
      (d: any) => (d.statements[1].saidOn = ''),
      RECONSIDER,
      RECONSIDER_SAID_ON(),
      'must not be empty',
    ],
    [
      'a wrong type inside the dated fact object',
      (d: any) => (d.statements[1].saidOn.knownBy = 1),
      RECONSIDER,
      RECONSIDER_SAID_ON('.knownBy'),
      'must be a boolean (true or false), found a number (1)',
    ],
    [
      'a wrong type inside the basis its kind names',
      (d: any) => (d.relationships[0].states[0].basis.reason = 5),
      FRIENDSHIP,
      'states[0].basis.reason',
      'must be a string, found a number (5)',
    ],
    [
      'a basis that is null',
      (d: any) => (d.relationships[0].states[0].basis = null),
      FRIENDSHIP,
      'states[0].basis',
      'must be an object, found null',
    ],
    [
      'a kind no basis has, nested in a date',
      (d: any) => (d.statements[1].saidOn.basis.kind = 'GUESSED'),
      RECONSIDER,
      'saidOn.basis.kind',
      'must be one of STATED, INFERRED, EXTERNAL, found a string ("GUESSED")',
    ],
    [
      'a field missing in an EXTERNAL basis’s source',
      (d: any) => (d.relationships[0].states[0].basis = { kind: 'EXTERNAL', sources: [{ url: 'https://a.example' }] }),
      FRIENDSHIP,
      'states[0].basis.sources[0].title',
      'required field is missing',
    ],
    [
      'an unknown field in the basis its kind names, with the field meant',
      (d: any) => (d.relationships[0].states[0].basis.evidnce = []),
      FRIENDSHIP,
      'states[0].basis.evidnce',
      'unknown field; did you mean "evidence"?',
    ],
  ])('translate the option’s own problem: %s', (_what, change, record, field, message) => {
    expect(problemsAfter(change)).toEqual([problem(record, field, message)]);
  });
});
