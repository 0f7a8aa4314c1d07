/**
 * Web addresses in feeds. Only http(s) is kept: a review or an appearance is something a reader opens in a
 * browser, and other schemes (javascript:, data:, file:) are either useless or unsafe to show as links.
 */
import { ItemProblem } from './feedProblem.js';
import { describeValue } from './feedText.js';

export function isHttpUrl(text: string): boolean {
  try {
    const { protocol } = new URL(text);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** `value` trimmed when it is an http(s) address, else null. */
export function httpUrlOrNull(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  return isHttpUrl(text) ? text : null;
}

/** A required address, trimmed. Throws ItemProblem with `missing` when absent or blank, else when not http(s). */
export function requiredHttpUrl(value: unknown, missing: string): string {
  if (value === undefined || value === null) throw new ItemProblem(missing);
  if (typeof value !== 'string') throw new ItemProblem(`url is ${describeValue(value)}, not an address`);
  const url = value.trim();
  if (url === '') throw new ItemProblem(missing);
  if (!isHttpUrl(url)) throw new ItemProblem(`url ${describeValue(url)} is not an http(s) address`);
  return url;
}
