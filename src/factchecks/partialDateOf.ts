/**
 * Feed dates as partial dates. ClaimReview dates are schema.org Date or DateTime ("2021-03-04",
 * "2021-03-04T10:00:00+01:00"); the Fact Check Tools API gives RFC 3339 timestamps ("2021-03-04T00:00:00Z").
 * A date-time keeps the date as written, without converting to UTC: the publisher's own calendar day is the day
 * the claim was made or checked, and a conversion would move late-evening items to the next day.
 */
import { PartialDateError, parsePartialDate } from '../domain/partialDate.js';

/** The date part, then optionally a time after "T" or a space (which some CMSs write). */
const DATE_THEN_TIME = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:[T ](\d{2}:\d{2}.*))?$/;

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; null for anything that is not a real calendar date in those forms. */
export function partialDateOf(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = DATE_THEN_TIME.exec(value.trim());
  if (match === null) return null;
  const [, date, time] = match;
  // a time only makes sense after a full date: "2021-03T10:00" is not a date-time
  if (time !== undefined && date.length !== 'YYYY-MM-DD'.length) return null;
  try {
    return parsePartialDate(date).iso;
  } catch (error) {
    if (error instanceof PartialDateError) return null;
    throw error;
  }
}
