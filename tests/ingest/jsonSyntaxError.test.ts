/**
 * describeJsonSyntaxError: where a dataset file stops being JSON, as an editor wants it (line and column, columns
 * in characters as an editor counts them), with V8's reason but without its byte offset or source snippet.
 */
import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError } from '../../src/ingest/jsonSyntaxError.js';

/** The message for `source`, from the error JSON.parse really throws on it. */
function describe_(source: string): string {
  try {
    JSON.parse(source);
  } catch (error) {
    return describeJsonSyntaxError(source, error);
  }
  throw new Error(`${JSON.stringify(source)} is valid JSON`);
}

describe('describeJsonSyntaxError', () => {
  it('gives the line and column of a trailing comma, without the position in characters', () => {
    expect(describe_('{"a": 1,}')).toBe('invalid JSON at line 1, column 9: Expected double-quoted property name');
  });

  it('counts lines from 1 and columns from the start of the line', () => {
    const source = '{\n  "people": [\n    {"slug": "ye",}\n  ]\n}\n';
    expect(describe_(source)).toBe('invalid JSON at line 3, column 19: Expected double-quoted property name');
  });

  it('drops the source snippet V8 quotes, keeping the reason', () => {
    const message = describe_('{"a": tru}');
    expect(message).toBe("invalid JSON at line 1, column 10: Unexpected token '}'");
    expect(message).not.toContain('is not valid JSON');
  });

  it('counts a character outside the Basic Multilingual Plane (an emoji) as one column, as an editor does', () => {
    // "🎤" is two UTF-16 code units; the error (the "}" after "tru") is the 21st character of the line
    const source = '{"q": "🎤🎤", "b": tru}';
    expect(source.indexOf('}')).toBe(22);
    expect(describe_(source)).toBe("invalid JSON at line 1, column 21: Unexpected token '}'");
  });

  it('counts an accented letter (two bytes in UTF-8) as one column', () => {
    // the error is the "1" of "01", the 41st character of line 2 (the 42nd byte)
    const source = '{\n"name": "Beyoncé Knowles-Carter", "x": 01}';
    expect(describe_(source)).toBe('invalid JSON at line 2, column 41: Unexpected number');
  });

  it('says "at the end of the file" for a file cut short, with the line and column after its last character', () => {
    expect(describe_('{"a": [1, 2')).toBe(
      "invalid JSON at the end of the file (line 1, column 12): Expected ',' or ']' after array element",
    );
    expect(describe_('{\n  "a": "unterminated')).toMatch(
      /^invalid JSON at the end of the file \(line 2, column 21\): /,
    );
  });

  it('points at a line break inside a string, which JSON does not allow', () => {
    expect(describe_('{\n  "a": "unterminated\n}')).toBe(
      'invalid JSON at line 2, column 21: Bad control character in string literal',
    );
  });

  it('says "at the end of the file" for an empty file', () => {
    expect(describe_('')).toBe('invalid JSON at the end of the file (line 1, column 1): Unexpected end of JSON input');
  });

  it('points at a bad escape in a string', () => {
    expect(describe_('{"a": "\\x"}')).toBe('invalid JSON at line 1, column 9: Bad escaped character');
  });

  it('points at a second value after a complete one', () => {
    expect(describe_('[1]\n[2]')).toBe(
      'invalid JSON at line 2, column 1: Unexpected non-whitespace character after JSON',
    );
  });

  it('points at a number with a leading zero', () => {
    expect(describe_('{"a":\n  01}')).toBe('invalid JSON at line 2, column 4: Unexpected number');
  });

  it('points at a raw control character inside a string', () => {
    expect(describe_('{"a": "tab\there"}')).toMatch(/^invalid JSON at line 1, column 11: /);
  });

  it('gives the reason alone when nesting is too deep to scan for a position', () => {
    const source = '['.repeat(200_000);
    expect(describe_(source)).toBe('invalid JSON: Unexpected end of JSON input');
  });

  it('accepts an error that is not an Error object', () => {
    expect(describeJsonSyntaxError('{,}', 'broken')).toBe('invalid JSON at line 1, column 2: broken');
  });
});
