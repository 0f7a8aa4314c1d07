/**
 * Partial dates: the article says "In 2018", a tweet has a day, an interview may only have a month.
 *
 * A partial date keeps exactly the precision its source gives, and sorts against full dates so that a
 * year-precision item comes before the dated items of that year (it is "somewhere in 2018", and a timeline reads
 * better with the vague item first than with it pushed to the end of the year).
 */

export type DatePrecision = 'YEAR' | 'MONTH' | 'DAY';

export interface PartialDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: DatePrecision;
  /** the canonical text: "2018", "2020-11" or "2020-11-03" */
  iso: string;
}

export class PartialDateError extends Error {
  override name = 'PartialDateError';
}

const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses YYYY, YYYY-MM or YYYY-MM-DD strictly: real calendar dates only, years 1..9999, no whitespace. */
export function parsePartialDate(text: string): PartialDate {
  const match = PARTIAL_DATE_PATTERN.exec(text);
  if (match === null) {
    throw new PartialDateError(`${JSON.stringify(text)} is not a partial date (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  if (year < 1) {
    throw new PartialDateError(`${JSON.stringify(text)} is not a valid date: year must be between 0001 and 9999`);
  }
  if (monthText === undefined) {
    return { year, month: null, day: null, precision: 'YEAR', iso: yearText };
  }
  const month = Number(monthText);
  if (month < 1 || month > 12) {
    throw new PartialDateError(`${JSON.stringify(text)} is not a valid date: month must be between 01 and 12`);
  }
  const yearMonth = `${yearText}-${monthText}`;
  if (dayText === undefined) {
    return { year, month, day: null, precision: 'MONTH', iso: yearMonth };
  }
  const day = Number(dayText);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    throw new PartialDateError(
      `${JSON.stringify(text)} is not a valid date: day must be between 01 and ${lastDay} in ${yearMonth}`,
    );
  }
  return { year, month, day, precision: 'DAY', iso: `${yearMonth}-${dayText}` };
}

/**
 * "YYYY-MM-DD" with "00" for the missing parts: plain string order then puts "2018" (2018-00-00) before
 * "2018-01" (2018-01-00) before "2018-01-01".
 */
export function partialDateSortKey(date: PartialDate): string {
  return `${pad(date.year, 4)}-${pad(date.month ?? 0, 2)}-${pad(date.day ?? 0, 2)}`;
}

/** Orders by `partialDateSortKey`: negative when `a` sorts first, 0 when both are the same partial date. */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  const keyA = partialDateSortKey(a);
  const keyB = partialDateSortKey(b);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
