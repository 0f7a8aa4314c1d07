/**
 * Partial dates as the sources give them: "2018" stays a year (never "1 January 2018"), with its precision said
 * in words next to it and kept machine-readable in <time datetime="2018">.
 */
import { h } from '../dom.js';
import type { DatePartsFragment as PartialDate } from '../generated/graphql.js';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const PRECISION_WORDS: Record<PartialDate['precision'], string> = {
  YEAR: 'year only',
  MONTH: 'month only',
  DAY: 'exact day',
};

/** "2018", "November 2020", "3 November 2020". */
export function partialDateText(date: PartialDate): string {
  const month = date.month ? MONTHS[date.month - 1] : undefined;
  if (date.precision === 'YEAR' || !month) return String(date.year);
  if (date.precision === 'MONTH' || !date.day) return `${month} ${date.year}`;
  return `${date.day} ${month} ${date.year}`;
}

/** A <time> with the date as known and a badge saying how precise it is; "undated" when null. */
export function partialDateElement(date: PartialDate | null): HTMLElement {
  if (!date) return h('span', { class: 'date date-unknown' }, 'undated');
  return h(
    'span',
    { class: 'date' },
    h('time', { datetime: date.iso }, partialDateText(date)),
    ' ',
    h(
      'span',
      {
        class: `precision precision-${date.precision.toLowerCase()}`,
        title: `Date known to the ${date.precision.toLowerCase()}`,
      },
      PRECISION_WORDS[date.precision],
    ),
  );
}

/** An ISO date-time (a review's reviewedAt) for people: "3 Nov 2026, 14:05". */
export function dateTimeText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
