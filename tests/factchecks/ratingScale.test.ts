/** normaliseRating: a publisher's numeric rating mapped onto claimgraph's 1 (false) .. 5 (true). */
import { describe, expect, it } from 'vitest';
import { normaliseRating } from '../../src/factchecks/ratingScale.js';

const rating = (ratingValue: unknown, bestRating?: unknown, worstRating?: unknown) =>
  normaliseRating({ ratingValue, bestRating, worstRating }, 'reviewRating');

describe('normaliseRating', () => {
  it('keeps a rating on schema.org’s default 1..5 scale when the scale is not named', () => {
    expect(rating(1)).toEqual({ ok: true, value: 1 });
    expect(rating(3)).toEqual({ ok: true, value: 3 });
    expect(rating(5)).toEqual({ ok: true, value: 5 });
  });

  it('maps a 0..10 scale linearly: 0 is 1, 10 is 5, 5 is 3, and 7 is 3.8', () => {
    expect(rating(0, 10, 0)).toEqual({ ok: true, value: 1 });
    expect(rating(10, 10, 0)).toEqual({ ok: true, value: 5 });
    expect(rating(5, 10, 0)).toEqual({ ok: true, value: 3 });
    expect(rating(7, 10, 0)).toEqual({ ok: true, value: 3.8 });
  });

  it('maps a 1..7 scale and rounds to 2 decimals (2 of 7 is 1 + 4/6 = 1.67)', () => {
    expect(rating(1, 7, 1)).toEqual({ ok: true, value: 1 });
    expect(rating(2, 7, 1)).toEqual({ ok: true, value: 1.67 });
    expect(rating(4, 7, 1)).toEqual({ ok: true, value: 3 });
    expect(rating(7, 7, 1)).toEqual({ ok: true, value: 5 });
  });

  it('uses the default worstRating 1 when only bestRating is given', () => {
    expect(rating(3, 3)).toEqual({ ok: true, value: 5 });
    expect(rating(2, 3)).toEqual({ ok: true, value: 3 });
  });

  it('follows a reversed scale, where bestRating is below worstRating', () => {
    expect(rating(1, 1, 5)).toEqual({ ok: true, value: 5 });
    expect(rating(4, 1, 5)).toEqual({ ok: true, value: 2 });
  });

  it('accepts numbers written as strings, with surrounding spaces', () => {
    expect(rating('4', '10', '0')).toEqual({ ok: true, value: 2.6 });
    expect(rating(' 2.5 ')).toEqual({ ok: true, value: 2.5 });
  });

  it('gives null, not a problem, when there is no ratingValue (a textual verdict only)', () => {
    expect(rating(undefined)).toEqual({ ok: true, value: null });
    expect(rating(null, 10, 0)).toEqual({ ok: true, value: null });
    expect(rating('  ')).toEqual({ ok: true, value: null });
  });

  it('refuses a value outside the scale, naming the value and both ends', () => {
    expect(rating(7)).toEqual({
      ok: false,
      message: 'reviewRating.ratingValue 7 is outside worstRating 1 .. bestRating 5',
    });
    expect(rating(0, 10, 1)).toEqual({
      ok: false,
      message: 'reviewRating.ratingValue 0 is outside worstRating 1 .. bestRating 10',
    });
    expect(rating(-1)).toEqual({
      ok: false,
      message: 'reviewRating.ratingValue -1 is outside worstRating 1 .. bestRating 5',
    });
  });

  it('refuses a scale whose two ends are equal', () => {
    expect(rating(3, 3, 3)).toEqual({
      ok: false,
      message: 'reviewRating.bestRating 3 equals worstRating 3: the scale has no range',
    });
  });

  it('refuses a non-numeric ratingValue, bestRating or worstRating, quoting what was found', () => {
    expect(rating('false')).toEqual({ ok: false, message: 'reviewRating.ratingValue "false" is not a number' });
    expect(rating('0x10', 20, 0)).toEqual({
      ok: false,
      message: 'reviewRating.ratingValue "0x10" is not a number',
    });
    expect(rating(true)).toEqual({ ok: false, message: 'reviewRating.ratingValue true is not a number' });
    expect(rating(3, 'ten')).toEqual({ ok: false, message: 'reviewRating.bestRating "ten" is not a number' });
    expect(rating(3, 5, {})).toEqual({ ok: false, message: 'reviewRating.worstRating an object is not a number' });
  });
});
