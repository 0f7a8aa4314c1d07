import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  parsePartialDate,
  PartialDateError,
  partialDateSortKey,
} from '../src/domain/partialDate.js';

describe('parsePartialDate', () => {
  it('reads a year, as the article says "In 2018"', () => {
    expect(parsePartialDate('2018')).toEqual({ year: 2018, month: null, day: null, precision: 'YEAR', iso: '2018' });
  });

  it('reads a month', () => {
    expect(parsePartialDate('2020-11')).toEqual({
      year: 2020,
      month: 11,
      day: null,
      precision: 'MONTH',
      iso: '2020-11',
    });
  });

  it('reads a day', () => {
    expect(parsePartialDate('2020-11-03')).toEqual({
      year: 2020,
      month: 11,
      day: 3,
      precision: 'DAY',
      iso: '2020-11-03',
    });
  });

  it('accepts the edges of the calendar: year 1, year 9999, leap days', () => {
    expect(parsePartialDate('0001').year).toBe(1);
    expect(parsePartialDate('9999-12-31').day).toBe(31);
    expect(parsePartialDate('2020-02-29').day).toBe(29); // divisible by 4
    expect(parsePartialDate('2000-02-29').day).toBe(29); // divisible by 400
  });

  it.each([
    ['2021-02-29', '"2021-02-29" is not a valid date: day must be between 01 and 28 in 2021-02'],
    ['1900-02-29', '"1900-02-29" is not a valid date: day must be between 01 and 28 in 1900-02'],
    ['2020-04-31', '"2020-04-31" is not a valid date: day must be between 01 and 30 in 2020-04'],
    ['2020-01-32', '"2020-01-32" is not a valid date: day must be between 01 and 31 in 2020-01'],
    ['2020-01-00', '"2020-01-00" is not a valid date: day must be between 01 and 31 in 2020-01'],
    ['2020-13', '"2020-13" is not a valid date: month must be between 01 and 12'],
    ['2020-00-10', '"2020-00-10" is not a valid date: month must be between 01 and 12'],
    ['0000', '"0000" is not a valid date: year must be between 0001 and 9999'],
  ])('rejects the impossible date %s', (text, message) => {
    expect(() => parsePartialDate(text)).toThrow(new PartialDateError(message));
  });

  it.each([
    '',
    '18',
    '20180',
    '10000',
    '2018-1',
    '2018-01-1',
    '2018/01/01',
    ' 2018',
    '2018 ',
    '2018-01-01T00:00',
    '-2018',
    '２０１８',
  ])('rejects %j as not a partial date at all', (text) => {
    expect(() => parsePartialDate(text)).toThrow(
      new PartialDateError(`${JSON.stringify(text)} is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)`),
    );
  });

  it('throws a PartialDateError, so callers can tell bad input from bugs', () => {
    let caught: unknown;
    try {
      parsePartialDate('2018-02-30');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PartialDateError);
    expect(caught).toBeInstanceOf(Error);
  });
});

describe('partialDateSortKey', () => {
  it('fills missing parts with 00', () => {
    expect(partialDateSortKey(parsePartialDate('2018'))).toBe('2018-00-00');
    expect(partialDateSortKey(parsePartialDate('2020-11'))).toBe('2020-11-00');
    expect(partialDateSortKey(parsePartialDate('2020-11-03'))).toBe('2020-11-03');
    expect(partialDateSortKey(parsePartialDate('0042-01'))).toBe('0042-01-00');
  });
});

describe('comparePartialDates', () => {
  const sorted = (texts: string[]) =>
    texts
      .map(parsePartialDate)
      .sort(comparePartialDates)
      .map((date) => date.iso);

  it('puts a year before the dated items of that year, and a month before its days', () => {
    expect(sorted(['2018-01-01', '2020-11-03', '2018', '2020-11', '2019-12-31', '2020'])).toEqual([
      '2018',
      '2018-01-01',
      '2019-12-31',
      '2020',
      '2020-11',
      '2020-11-03',
    ]);
  });

  it('is 0 only for the same partial date, and antisymmetric', () => {
    const year = parsePartialDate('2018');
    const day = parsePartialDate('2018-01-01');
    expect(comparePartialDates(year, parsePartialDate('2018'))).toBe(0);
    expect(comparePartialDates(year, day)).toBeLessThan(0);
    expect(comparePartialDates(day, year)).toBeGreaterThan(0);
  });

  it('orders early years (zero-padded) before later ones', () => {
    expect(sorted(['2018', '9999', '0999'])).toEqual(['0999', '2018', '9999']);
  });
});
