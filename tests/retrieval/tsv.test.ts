import { describe, expect, it } from 'vitest';
import { parseTsv } from '../../bench/retrieval/tsv.js';

describe('reading the CheckThat! tab-separated files', () => {
  it('splits rows on line breaks and fields on tabs, keeping empty fields', () => {
    expect(parseTsv('id\ttext\ttitle\n1\tA claim\t\r\n2\t\tHeadline\n')).toEqual([
      ['id', 'text', 'title'],
      ['1', 'A claim', ''],
      ['2', '', 'Headline'],
    ]);
  });

  it('keeps tabs, line breaks and doubled quotes inside a quoted field', () => {
    expect(parseTsv('7\t"two\tparts\nand a ""quote"""\tlast\n')).toEqual([['7', 'two\tparts\nand a "quote"', 'last']]);
  });

  it('keeps what follows a closing quote up to the next tab as part of the field', () => {
    expect(parseTsv('"quoted" tail\tnext')).toEqual([['quoted tail', 'next']]);
  });

  it('reads an unterminated quoted field to the end of the text rather than failing', () => {
    expect(parseTsv('1\t"never closed\tstill here')).toEqual([['1', 'never closed\tstill here']]);
  });

  it('reads a hundred thousand rows whole', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `synthetic-${i}\tsome claim words ${i}\ta headline`);
    const parsed = parseTsv(rows.join('\n') + '\n');
    expect(parsed).toHaveLength(100_000);
    expect(parsed[99_999]).toEqual(['synthetic-99999', 'some claim words 99999', 'a headline']);
  });
});
