/**
 * parseVerifiedClaimsTsv: the CheckThat! verified-claims file (`\tvclaim\ttitle`, quoted fields that may span
 * lines). Small invented files for each rule, and the real file where the shared data is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { describeFeedProblem, parseVerifiedClaimsTsv } from '../../src/factchecks/index.js';

const HEADER = '\tvclaim\ttitle\n';

function problemLines(text: string): string[] {
  return parseVerifiedClaimsTsv(text).problems.map(describeFeedProblem);
}

describe('parseVerifiedClaimsTsv', () => {
  it('reads each row’s id, claim and title, with the line it starts on', () => {
    const text = `${HEADER}0\tThe moon is made of cheese.\tMoon cheese?\n1\tCats can fly.\tFlying cats\n`;
    expect(parseVerifiedClaimsTsv(text)).toEqual({
      rows: [
        { line: 2, id: '0', claim: 'The moon is made of cheese.', title: 'Moon cheese?' },
        { line: 3, id: '1', claim: 'Cats can fly.', title: 'Flying cats' },
      ],
      problems: [],
    });
  });

  it('reads a quoted field, with "" inside it as one quote and tabs inside it as text', () => {
    const text = `${HEADER}0\t"A ""quoted"" word\tand a tab."\t"Title"\n`;
    expect(parseVerifiedClaimsTsv(text).rows).toEqual([
      { line: 2, id: '0', claim: 'A "quoted" word and a tab.', title: 'Title' },
    ]);
  });

  it('reads a quoted field that spans lines as one row, and numbers the next row by its own line', () => {
    const text = `${HEADER}0\t"A claim wrapped\nover two lines."\tWrapped\n1\tNext claim.\tNext\n`;
    expect(parseVerifiedClaimsTsv(text).rows).toEqual([
      { line: 2, id: '0', claim: 'A claim wrapped over two lines.', title: 'Wrapped' },
      { line: 4, id: '1', claim: 'Next claim.', title: 'Next' },
    ]);
  });

  it('treats a quote inside an unquoted field as an ordinary character', () => {
    const text = `${HEADER}0\tHe said "no" twice.\tSaid "no"\n`;
    expect(parseVerifiedClaimsTsv(text).rows[0]).toMatchObject({ claim: 'He said "no" twice.', title: 'Said "no"' });
  });

  it('accepts CRLF line ends, a byte order mark, a missing final line end and blank lines', () => {
    const text = `\uFEFF\tvclaim\ttitle\r\n0\tFirst.\t"One"\r\n\r\n1\tSecond.\tTwo`;
    expect(parseVerifiedClaimsTsv(text)).toEqual({
      rows: [
        { line: 2, id: '0', claim: 'First.', title: 'One' },
        { line: 4, id: '1', claim: 'Second.', title: 'Two' },
      ],
      problems: [],
    });
  });

  it('trims and collapses whitespace, and gives an empty title as null', () => {
    const text = `${HEADER} 7 \t  Spaced   out  claim. \t \n`;
    expect(parseVerifiedClaimsTsv(text).rows).toEqual([{ line: 2, id: '7', claim: 'Spaced out claim.', title: null }]);
  });

  it('refuses a wrong header, quoting it and naming what was expected, and reads no rows', () => {
    expect(parseVerifiedClaimsTsv('id\tvclaim\ttitle\n0\tA claim.\tA title\n')).toEqual({
      rows: [],
      problems: [
        {
          position: 'line 1',
          message:
            'header is "id\\tvclaim\\ttitle"; expected an empty first column (the id), then "vclaim" and "title", ' +
            'separated by tabs',
        },
      ],
    });
    expect(problemLines('\tclaim\n')).toEqual([
      'line 1: header is "\\tclaim"; expected an empty first column (the id), then "vclaim" and "title", separated by tabs',
    ]);
  });

  it('refuses an empty text as having no header', () => {
    expect(problemLines('')).toEqual([
      'line 1: no header; expected an empty first column (the id), then "vclaim" and "title", separated by tabs',
    ]);
  });

  it('refuses a row with the wrong number of columns, by line, and reads the rest', () => {
    const text = `${HEADER}0\tNo title column.\n1\tGood.\tGood\n2\tToo\tmany\tcolumns\n`;
    const { rows, problems } = parseVerifiedClaimsTsv(text);
    expect(rows.map((row) => row.id)).toEqual(['1']);
    expect(problems.map(describeFeedProblem)).toEqual([
      'line 2: 2 columns; expected 3 (id, vclaim, title)',
      'line 4: 4 columns; expected 3 (id, vclaim, title)',
    ]);
  });

  it('refuses an empty claim and an empty id', () => {
    expect(problemLines(`${HEADER}0\t  \tA title\n\tA claim.\tA title\n`)).toEqual([
      'line 2: empty vclaim (id "0")',
      'line 3: empty id',
    ]);
  });

  it('refuses a duplicate id, naming the line that used it first, and keeps the first', () => {
    const { rows, problems } = parseVerifiedClaimsTsv(`${HEADER}5\tFirst.\tA\n6\tOther.\tB\n5\tAgain.\tC\n`);
    expect(rows.map((row) => row.claim)).toEqual(['First.', 'Other.']);
    expect(problems.map(describeFeedProblem)).toEqual(['line 4: id "5" is already used on line 2']);
  });

  it('reports a quote that is never closed at the line it opens, keeping the rows before it', () => {
    const { rows, problems } = parseVerifiedClaimsTsv(`${HEADER}0\tFine.\tA\n1\t"Never closed.\tB\n2\tLost.\tC\n`);
    expect(rows.map((row) => row.id)).toEqual(['0']);
    expect(problems.map(describeFeedProblem)).toEqual([
      'line 3: a quoted field opens here and is never closed; the rest of the file was not read',
    ]);
  });

  it('refuses a row with text after a closing quote, and reads the rows after it', () => {
    const { rows, problems } = parseVerifiedClaimsTsv(`${HEADER}0\t"Quoted" then more.\tA\n1\tFine.\tB\n`);
    expect(rows.map((row) => row.id)).toEqual(['1']);
    expect(problems.map(describeFeedProblem)).toEqual(['line 2: text after the closing quote of column 2']);
  });
});

// The shared data sits beside the project, not in it; read at run time, never copied.
const realFile = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'shared',
  'claim-retrieval',
  'verified_claims.docs.tsv',
);
const realFilePresent = existsSync(realFile);

describe('parseVerifiedClaimsTsv on the real CheckThat! file', () => {
  it.skipIf(!realFilePresent)(
    realFilePresent
      ? 'reads all 10,375 claims (ids 0..10374, 14 of them spanning two lines) with no problems'
      : `is skipped: ${realFile} is absent`,
    () => {
      const text = readFileSync(realFile, 'utf8');
      const { rows, problems } = parseVerifiedClaimsTsv(text);
      expect(problems).toEqual([]);
      // the README's "10,389" is the file's line count less the header: 14 quoted claims wrap onto a second line
      expect(text.split('\n').filter((line) => line !== '')).toHaveLength(10_390);
      expect(rows).toHaveLength(10_375);
      expect(rows.map((row) => row.id)).toEqual(Array.from({ length: 10_375 }, (_, i) => String(i)));
      expect(rows.at(-1)?.line).toBe(10_390);
    },
  );
});
