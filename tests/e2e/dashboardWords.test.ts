/**
 * The dashboard's pure wording helpers, without a browser: how a similar-claim score reads, how a claim argued
 * against by statements is counted, how an original address is shortened, and which failed requests mean "no such
 * record" rather than a failure to retry.
 */
import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '../../dashboard/src/api/graphqlClient.js';
import { isMissingRecord } from '../../dashboard/src/api/missingRecord.js';
import { contestedText, STATUS_LABELS } from '../../dashboard/src/format/labels.js';
import { MATCH_STRENGTH_LABELS, matchStrength, scoreText } from '../../dashboard/src/format/matchStrength.js';
import { isWebAddress, shortAddress } from '../../dashboard/src/format/webAddress.js';

describe('a similar claim’s score in words', () => {
  it('reads 0.5 and above as a close match, 0.1 and above as possible, and below as sharing words only', () => {
    expect([0.999, 0.5, 0.4999, 0.1, 0.0999, 0].map(matchStrength)).toEqual([
      'close',
      'close',
      'possible',
      'possible',
      'weak',
      'weak',
    ]);
    expect(MATCH_STRENGTH_LABELS).toEqual({
      close: 'Close match',
      possible: 'Possible match',
      weak: 'Shares words only',
    });
  });

  it('shows the number with two decimals, and a tiny score as under 0.01 rather than 0.00', () => {
    expect(scoreText(0.9988806)).toBe('score 1.00 of 1');
    expect(scoreText(0.5409)).toBe('score 0.54 of 1');
    expect(scoreText(0.0055)).toBe('score under 0.01 of 1');
    expect(scoreText(0)).toBe('score 0.00 of 1');
  });
});

describe('the words for disagreement', () => {
  it('says "Reviewers disagree" for the DISPUTED status and "contested" for statements arguing against a claim', () => {
    expect(STATUS_LABELS.DISPUTED).toBe('Reviewers disagree');
    expect([0, 1, 3].map(contestedText)).toEqual([
      'Contested in no statement',
      'Contested in 1 statement',
      'Contested in 3 statements',
    ]);
  });
});

describe('an original address', () => {
  it('is shown without its scheme, cut to 60 characters, and linked only when it is http or https', () => {
    expect(shortAddress('https://thesource.com/legend-west')).toBe('thesource.com/legend-west');
    expect(shortAddress('https://thesource.com/')).toBe('thesource.com');
    expect(shortAddress('http://example.org/a?b=c')).toBe('example.org/a?b=c');
    const long = shortAddress(`https://example.org/${'x'.repeat(100)}`);
    expect([...long]).toHaveLength(60);
    expect(long.endsWith('…')).toBe(true);
    expect(['https://example.org', 'http://example.org'].map(isWebAddress)).toEqual([true, true]);
    expect(['javascript:alert(1)', 'ftp://example.org/file', 'not a url', ''].map(isWebAddress)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('a request for a record that does not exist', () => {
  const failure = (code: string, extra: Record<string, unknown> = {}, path?: string[]) =>
    new GraphQLRequestError('failed', [{ message: 'failed', path, extensions: { code, ...extra } }], 200);

  it('is the API’s NOT_FOUND, or BAD_USER_INPUT on the id of a node lookup (a mistyped address)', () => {
    expect(isMissingRecord(failure('NOT_FOUND', { argumentPath: 'id' }, ['node']))).toBe(true);
    expect(isMissingRecord(failure('BAD_USER_INPUT', { argumentPath: 'id' }))).toBe(true);
    expect(isMissingRecord(failure('BAD_USER_INPUT', {}, ['node']))).toBe(true);
  });

  it('is not any other failure, which keeps its error box and its retry', () => {
    expect(isMissingRecord(failure('BAD_USER_INPUT', { argumentPath: 'text' }, ['similarClaims']))).toBe(false);
    expect(isMissingRecord(failure('INTERNAL_SERVER_ERROR', {}, ['node']))).toBe(false);
    expect(isMissingRecord(new GraphQLRequestError('claimgraph cannot be reached', [], 0))).toBe(false);
    expect(isMissingRecord(new Error('network down'))).toBe(false);
  });
});
