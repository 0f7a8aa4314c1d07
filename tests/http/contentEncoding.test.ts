/** Reading Accept-Encoding and If-None-Match (src/http/contentEncoding.ts), directly: the rules, one by one. */
import { describe, expect, it } from 'vitest';
import { chooseCoding, ifNoneMatchMatches, type Coding } from '../../src/http/contentEncoding.js';

const ALL: Coding[] = ['identity', 'br', 'gzip'];

describe('chooseCoding', () => {
  it('prefers brotli, then gzip, then identity among codings of equal quality', () => {
    expect(chooseCoding('gzip, deflate, br, zstd', ALL)).toBe('br');
    expect(chooseCoding('gzip, deflate', ALL)).toBe('gzip');
    expect(chooseCoding('gzip, br', ['identity', 'gzip'])).toBe('gzip');
    expect(chooseCoding('deflate', ALL)).toBe('identity');
  });

  it('lets the higher quality value win, and never chooses a coding with q=0', () => {
    expect(chooseCoding('br;q=0.3, gzip;q=0.8', ALL)).toBe('gzip');
    expect(chooseCoding('br;q=0, gzip;q=0', ALL)).toBe('identity');
    expect(chooseCoding('br;q=0.000, gzip; q=0.001', ALL)).toBe('gzip');
    expect(chooseCoding('identity;q=1, br;q=0.5', ALL)).toBe('identity');
  });

  it('treats identity, unless named, as the last resort the client still accepts', () => {
    expect(chooseCoding('gzip;q=0.2', ALL)).toBe('gzip');
    expect(chooseCoding('gzip;q=0.2', ['identity'])).toBe('identity');
    expect(chooseCoding('identity;q=0', ['identity'])).toBeNull();
    expect(chooseCoding('*;q=0', ALL)).toBeNull();
    expect(chooseCoding('*;q=0, identity', ALL)).toBe('identity');
  });

  it('reads * as every coding the header does not name', () => {
    expect(chooseCoding('*', ALL)).toBe('br');
    expect(chooseCoding('br;q=0, *;q=0.5', ALL)).toBe('gzip');
    expect(chooseCoding('gzip;q=0.4, *;q=0.9', ['identity', 'gzip'])).toBe('identity');
  });

  it('sends identity when there is no header, or an empty one', () => {
    expect(chooseCoding(undefined, ALL)).toBe('identity');
    expect(chooseCoding('', ALL)).toBe('identity');
    expect(chooseCoding(' , ;q=1', ALL)).toBe('identity');
  });

  it('ignores case, spaces and x-gzip, and skips an element whose quality value is malformed', () => {
    expect(chooseCoding(' GZip ; Q=0.5 ', ['identity', 'gzip'])).toBe('gzip');
    expect(chooseCoding('x-gzip', ALL)).toBe('gzip');
    for (const malformed of ['br;q=1.5', 'br;q=-1', 'br;q=abc', 'br;q=0.1234', 'br;q='])
      expect(chooseCoding(malformed, ALL), malformed).toBe('identity');
  });

  it('keeps the first quality of a coding named twice', () => {
    expect(chooseCoding('br;q=0, br', ALL)).toBe('identity');
  });
});

describe('ifNoneMatchMatches', () => {
  it('matches the same tag, weakly, in a list, or *', () => {
    expect(ifNoneMatchMatches('"abc-br"', '"abc-br"')).toBe(true);
    expect(ifNoneMatchMatches('W/"abc-br"', '"abc-br"')).toBe(true);
    expect(ifNoneMatchMatches('"x", "abc-br" ,"y"', '"abc-br"')).toBe(true);
    expect(ifNoneMatchMatches('*', '"abc-br"')).toBe(true);
  });

  it('matches nothing else', () => {
    expect(ifNoneMatchMatches(undefined, '"abc"')).toBe(false);
    expect(ifNoneMatchMatches('', '"abc"')).toBe(false);
    expect(ifNoneMatchMatches('"abc"', '"abc-br"')).toBe(false);
    expect(ifNoneMatchMatches('abc', '"abc"')).toBe(false);
  });
});
