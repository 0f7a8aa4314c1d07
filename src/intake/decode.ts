/** Bytes and strings checked before drafting: size, UTF-8, binary content, emptiness. */
import { BinaryInputError, EmptyInputError, InputTooLargeError, InvalidUtf8Error, MAX_INPUT_BYTES } from './errors.js';

/** A UTF-16 surrogate without its partner: a string no UTF-8 file can hold. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * A file's bytes as text: strict UTF-8 (a bad byte is an error, never a replacement character that would corrupt a
 * quote), a leading byte order mark dropped, no NUL. Throws an IntakeError; an empty file is the caller's to judge
 * (HTML may be markup only).
 */
export function decodeInputBytes(bytes: Uint8Array): string {
  if (bytes.length > MAX_INPUT_BYTES) throw new InputTooLargeError(bytes.length);
  if (bytes.includes(0)) throw new BinaryInputError();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidUtf8Error();
  }
}

/** A string given directly (the API's input) held to the same rules as a file's bytes. */
export function checkInputString(value: string, what = 'the text'): string {
  if (LONE_SURROGATE.test(value))
    throw new InvalidUtf8Error(`${what} is not valid Unicode text (it has a lone surrogate)`);
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > MAX_INPUT_BYTES) throw new InputTooLargeError(bytes);
  if (value.includes('\u0000')) throw new BinaryInputError();
  const text = value.startsWith('\uFEFF') ? value.slice(1) : value;
  return text;
}

/** Refuses a text with nothing but white space in it. */
export function requireText(text: string, what = 'the text'): string {
  if (text.trim() === '') throw new EmptyInputError(what);
  return text;
}
