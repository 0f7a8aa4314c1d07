import { describe, expect, it } from 'vitest';
import { checkSpan, CodePointText, findSpanMismatch, sha256Hex, spanContext } from '../src/domain/spans.js';

// "📱" is one code point but two UTF-16 units: every offset after it differs between the two counts
const TEXT = 'Ye 📱 posted: “reconsider aligning [himself] with Trump,” he said. Trump!';
const doc = new CodePointText(TEXT);

describe('CodePointText', () => {
  it('counts code points, not UTF-16 units', () => {
    expect(TEXT.length).toBe(73);
    expect(doc.length).toBe(72);
    expect(new CodePointText('').length).toBe(0);
  });

  it('slices by code point, also after an astral character', () => {
    expect(doc.slice(3, 4)).toBe('📱');
    expect(doc.slice(5, 11)).toBe('posted');
    expect(doc.slice(14, 54)).toBe('reconsider aligning [himself] with Trump');
  });

  it('clamps out-of-range slices like String.prototype.slice', () => {
    expect(doc.slice(-5, 2)).toBe('Ye');
    expect(doc.slice(66, 1000)).toBe('Trump!');
    expect(doc.slice(10, 5)).toBe('');
  });

  it('finds every occurrence, in code points', () => {
    expect(doc.occurrencesOf('Trump')).toEqual([49, 66]);
    expect(doc.occurrencesOf('Biden')).toEqual([]);
    expect(doc.occurrencesOf('')).toEqual([]);
  });

  it('does not report a match of half a surrogate pair as a code point match', () => {
    const lowSurrogateOfPhone = '📱'[1];
    expect(doc.occurrencesOf(lowSurrogateOfPhone)).toEqual([]);
  });
});

const quote = { start: 14, end: 54, exact: 'reconsider aligning [himself] with Trump' };

describe('checkSpan', () => {
  it('accepts a span that reads its exact text, with or without prefix and suffix', () => {
    expect(checkSpan(doc, quote)).toBeNull();
    expect(checkSpan(doc, { ...quote, prefix: 'posted: “', suffix: ',” he' })).toBeNull();
    expect(checkSpan(doc, { start: 0, end: 2, exact: 'Ye', prefix: '' })).toBeNull();
    expect(checkSpan(doc, { start: 66, end: 72, exact: 'Trump!', suffix: '' })).toBeNull();
  });

  it('accepts a span containing the astral character', () => {
    expect(checkSpan(doc, { start: 0, end: 11, exact: 'Ye 📱 posted' })).toBeNull();
  });

  it('rejects UTF-16 offsets: one too far after an astral character, and says where the text really is', () => {
    expect(checkSpan(doc, { start: 15, end: 55, exact: quote.exact })).toBe(
      'span [15, 55) should read "reconsider aligning [himself] with Trump" but the document has ' +
        '"econsider aligning [himself] with Trump,"; "reconsider aligning [himself] with Trump" occurs at [14, 54)',
    );
  });

  it('rejects a wrong exact text and says it does not occur at all', () => {
    expect(checkSpan(doc, { start: 14, end: 24, exact: 'reconsiders' })).toBe(
      'span [14, 24) should read "reconsiders" but the document has "reconsider"; "reconsiders" does not occur anywhere in the document',
    );
  });

  it('points to the nearest occurrence when the text occurs more than once', () => {
    expect(checkSpan(doc, { start: 65, end: 70, exact: 'Trump' })).toBe(
      'span [65, 70) should read "Trump" but the document has " Trum"; "Trump" occurs at [66, 71) (and 1 more)',
    );
  });

  it('shows newlines and quotes in messages unambiguously', () => {
    const lines = new CodePointText('one\ntwo "three"');
    expect(checkSpan(lines, { start: 2, end: 5, exact: 'one' })).toBe(
      'span [2, 5) should read "one" but the document has "e\\nt"; "one" occurs at [0, 3)',
    );
  });

  it.each([
    [{ start: -1, end: 2, exact: 'Ye' }, 'start', 'span start must be an integer >= 0, found -1'],
    [{ start: 1.5, end: 2, exact: 'Ye' }, 'start', 'span start must be an integer >= 0, found 1.5'],
    [{ start: 0, end: 2.5, exact: 'Ye' }, 'end', 'span end must be an integer, found 2.5'],
    [{ start: 5, end: 5, exact: 'x' }, 'end', 'span [5, 5) is empty or reversed: end must be greater than start'],
    [{ start: 6, end: 5, exact: 'x' }, 'end', 'span [6, 5) is empty or reversed: end must be greater than start'],
    [
      { start: 66, end: 73, exact: 'Trump!' },
      'end',
      'span [66, 73) ends beyond the end of the document, which has 72 code points',
    ],
  ])('rejects bad bounds %j', (span, part, message) => {
    expect(checkSpan(doc, span)).toBe(message);
    expect(findSpanMismatch(doc, span)).toEqual({ part, message });
  });

  it('accepts a span that ends exactly at the end of the document', () => {
    expect(checkSpan(doc, { start: 71, end: 72, exact: '!' })).toBeNull();
  });

  it('rejects a prefix that does not precede the span, with expected and found', () => {
    const span = { ...quote, prefix: 'posted “' };
    expect(findSpanMismatch(doc, span)).toEqual({
      part: 'prefix',
      message: 'span [14, 54) should be preceded by "posted “" but the document has "osted: “"',
    });
  });

  it('rejects a prefix longer than the text before the span', () => {
    expect(checkSpan(doc, { start: 0, end: 2, exact: 'Ye', prefix: ' ' })).toBe(
      'span [0, 2) should be preceded by " " but the document has ""',
    );
  });

  it('rejects a suffix that does not follow the span, with expected and found', () => {
    const span = { ...quote, suffix: '” he' };
    expect(findSpanMismatch(doc, span)).toEqual({
      part: 'suffix',
      message: 'span [14, 54) should be followed by "” he" but the document has ",” h"',
    });
  });

  it('reports the exact text before the context when both are wrong', () => {
    expect(findSpanMismatch(doc, { start: 0, end: 2, exact: 'Ya', prefix: 'x', suffix: 'y' })?.part).toBe('exact');
  });
});

describe('spanContext', () => {
  it('takes up to width code points either side', () => {
    expect(spanContext(doc, 14, 54, 9)).toEqual({ prefix: 'posted: “', suffix: ',” he sai' });
  });

  it('counts the astral character as one', () => {
    expect(spanContext(doc, 5, 11, 3)).toEqual({ prefix: ' 📱 ', suffix: ': “' });
  });

  it('stops at the edges of the document', () => {
    expect(spanContext(doc, 0, 2, 5)).toEqual({ prefix: '', suffix: ' 📱 po' });
    expect(spanContext(doc, 66, 72, 5)).toEqual({ prefix: 'aid. ', suffix: '' });
  });

  it('produces context that checkSpan accepts', () => {
    const context = spanContext(doc, 14, 54, 12);
    expect(checkSpan(doc, { ...quote, ...context })).toBeNull();
  });
});

describe('sha256Hex', () => {
  it('hashes the UTF-8 bytes', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    // digests from `printf 'é' | sha256sum`: the two UTF-8 bytes c3 a9, not one Latin-1 byte
    expect(sha256Hex('é')).toBe('4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c');
    expect(sha256Hex('📱')).toBe('2566561f81db7a7c4adb6cee3e93139155a6b01d52ff0d3d5c11648f46bc79bb');
  });
});
