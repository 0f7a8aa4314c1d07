/**
 * The period a partial date may denote: "2020" is any day of 2020. Range filters ("said from 2020-06") match an
 * item when its period overlaps the range, so a year-precision statement is neither lost nor over-claimed.
 */
import { parsePartialDate, partialDateSortKey, type PartialDate } from './partialDate.js';

export interface DayRange {
  firstDay: string;
  lastDay: string;
}

export function partialDateDayRange(date: PartialDate): DayRange {
  const year = String(date.year).padStart(4, '0');
  if (date.precision === 'DAY') return { firstDay: date.iso, lastDay: date.iso };
  if (date.precision === 'MONTH') {
    const month = String(date.month).padStart(2, '0');
    const lastDay = new Date(Date.UTC(date.year, date.month!, 0)).getUTCDate();
    return { firstDay: `${year}-${month}-01`, lastDay: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
  }
  return { firstDay: `${year}-01-01`, lastDay: `${year}-12-31` };
}

/** Sort text for an optional date: undated items sort after every dated one ('~' follows the digits). */
export const UNDATED_SORT = '~';

export function optionalDateSortKey(iso: string | null | undefined): string {
  return iso ? partialDateSortKey(parsePartialDate(iso)) : UNDATED_SORT;
}
