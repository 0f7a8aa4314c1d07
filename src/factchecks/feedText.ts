/**
 * Text fields of a feed: trimmed, runs of whitespace collapsed to one space (feeds carry the line breaks and
 * indentation of the HTML they were cut from), NUL refused (it ends strings in C libraries and in PostgreSQL text,
 * so it is never meaningful in a claim and is a sign of binary or corrupted input).
 */
import { ItemProblem } from './feedProblem.js';
import { MAX_CLAIM_TEXT_LENGTH } from './limits.js';

/** `value` cleaned; "" when only whitespace. Throws ItemProblem for a NUL character. */
export function cleanedText(value: string, field: string): string {
  if (value.includes('\u0000')) throw new ItemProblem(`${field} contains a NUL character`);
  // most feed text is already clean; trimming alone is then enough and copies nothing
  return NEEDS_COLLAPSING.test(value) ? value.replace(/\s+/g, ' ').trim() : value.trim();
}

/** whitespace other than a plain space, or two spaces in a row */
const NEEDS_COLLAPSING = /[^\S ]| {2}/;

/** An optional text field: null when absent, not text or empty. Throws ItemProblem for a NUL character. */
export function optionalText(value: unknown, field: string): string | null {
  if (typeof value !== 'string') return null;
  const text = cleanedText(value, field);
  return text === '' ? null : text;
}

/**
 * The claim's text, which an item cannot do without. Throws ItemProblem with `missing` when it is absent or
 * empty, and when it is not text, too long or holds a NUL.
 */
export function claimTextOf(value: unknown, field: string, missing: string): string {
  if (value === undefined || value === null) throw new ItemProblem(missing);
  if (typeof value !== 'string') throw new ItemProblem(`${field} is ${describeValue(value)}, not text`);
  const text = cleanedText(value, field);
  if (text === '') throw new ItemProblem(missing);
  if (text.length > MAX_CLAIM_TEXT_LENGTH) {
    throw new ItemProblem(`${field} is ${text.length} characters long; at most ${MAX_CLAIM_TEXT_LENGTH} are accepted`);
  }
  return text;
}

/** A value as a message names it: `"ftp://x"`, `7`, `an object`, `an array`, `null`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // not JSON: a caller passed something JSON.parse never makes
  return `a ${typeof value}`;
}
