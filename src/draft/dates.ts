/**
 * Dates written in the text, as partial dates keeping the precision the text gives: "November 3, 2020" ->
 * "2020-11-03", "Nov. 2020" -> "2020-11", "in 2018" -> "2018". A day or month without a year is left out: its
 * year is a guess, and a draft should not guess.
 */
import { parsePartialDate } from '../domain/partialDate.js';

export interface FoundDate {
  date: string;
  /** UTF-16 offsets */
  start: number;
  end: number;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = String.raw`(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`;
const YEAR = String.raw`(1[89]\d\d|20\d\d)`;
const DATE = new RegExp(
  String.raw`\b(\d{4})-(\d{2})-(\d{2})\b|\b(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+${YEAR}\b|\b(\d{1,2})\s+(${MONTH})\s+${YEAR}\b|\b(${MONTH})\s+(?:of\s+)?${YEAR}\b|\b${YEAR}\b`,
  'g',
);

const pad = (n: number) => String(n).padStart(2, '0');
const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of text.matchAll(DATE)) {
    let date: string;
    if (m[1]) date = `${m[1]}-${m[2]}-${m[3]}`;
    else if (m[4]) date = `${m[6]}-${pad(monthNumber(m[4]))}-${pad(Number(m[5]))}`;
    else if (m[7]) date = `${m[9]}-${pad(monthNumber(m[8]))}-${pad(Number(m[7]))}`;
    else if (m[10]) date = `${m[11]}-${pad(monthNumber(m[10]))}`;
    else date = m[12]!;
    try {
      // a calendar-impossible date ("February 30, 2020") is text, not a date
      parsePartialDate(date);
    } catch {
      continue;
    }
    found.push({ date, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
