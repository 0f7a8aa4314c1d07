/** partialDateOf: feed dates and date-times reduced to partial dates. */
import { describe, expect, it } from 'vitest';
import { partialDateOf } from '../../src/factchecks/partialDateOf.js';

describe('partialDateOf', () => {
  it('keeps a year, a month or a day as given', () => {
    expect(partialDateOf('2019')).toBe('2019');
    expect(partialDateOf('2019-07')).toBe('2019-07');
    expect(partialDateOf('2019-07-14')).toBe('2019-07-14');
  });

  it('reduces a date-time to the date as written, without converting to UTC', () => {
    expect(partialDateOf('2019-07-14T23:30:00-05:00')).toBe('2019-07-14');
    expect(partialDateOf('2019-07-14T00:00:00Z')).toBe('2019-07-14');
    expect(partialDateOf('2019-07-14 08:15')).toBe('2019-07-14');
    expect(partialDateOf(' 2019-07-14 ')).toBe('2019-07-14');
  });

  it('gives null for dates that are not real calendar dates', () => {
    expect(partialDateOf('2019-02-30')).toBeNull();
    expect(partialDateOf('2019-13')).toBeNull();
    expect(partialDateOf('0000')).toBeNull();
  });

  it('gives null for other writings of dates, and for values that are not text', () => {
    expect(partialDateOf('14 July 2019')).toBeNull();
    expect(partialDateOf('2019/07/14')).toBeNull();
    expect(partialDateOf('2019-07T10:00')).toBeNull();
    expect(partialDateOf('')).toBeNull();
    expect(partialDateOf(20190714)).toBeNull();
    expect(partialDateOf(undefined)).toBeNull();
  });
});
