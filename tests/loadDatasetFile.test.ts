import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetValidationError, formatProblems, loadDatasetFile } from '../src/ingest/loadDatasetFile.js';
import { IMPLIED_REASON } from '../src/ingest/upgradeDataset.js';
import { smallDatasetFormat1 } from './ingest/smallDatasetFormat1.js';
import { ARTICLE_TEXT, smallDataset, spanOf } from './support/smallDataset.js';
import { writeTempDataset } from './support/tempDataset.js';

/** The DatasetValidationError that loading `file` throws (the test fails if it loads). */
async function refusal(file: string): Promise<DatasetValidationError> {
  const error: unknown = await loadDatasetFile(file).then(
    () => expect.fail(`${file} loaded, but should have been refused`),
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(DatasetValidationError);
  return error as DatasetValidationError;
}

describe('loadDatasetFile', () => {
  it('loads a valid dataset with the texts of its held documents', async () => {
    const file = await writeTempDataset(smallDataset());
    const loaded = await loadDatasetFile(file);
    expect(loaded.file).toBe(file);
    expect(loaded.dataset).toEqual(smallDataset());
    expect(loaded.heldTexts).toEqual(new Map([['the-article', ARTICLE_TEXT]]));
    expect(loaded.upgradedFrom).toBeNull();
  });

  it('loads a format-1 dataset upgraded to format 2: claimant → claimants, assertion → a basis per state', async () => {
    const loaded = await loadDatasetFile(await writeTempDataset(smallDatasetFormat1()));
    expect(loaded.upgradedFrom).toBe('claimgraph-dataset/1');
    expect(loaded.dataset.format).toBe('claimgraph-dataset/2');
    expect(loaded.dataset.claims.map((claim) => claim.claimants)).toEqual([
      [{ entity: 'the-source', evidence: [spanOf('about 60,000 votes')] }],
      [{ entity: 'kanye-west', evidence: [spanOf('reconsider aligning [himself] with Trump')] }],
    ]);
    expect(loaded.dataset.claims[0]).not.toHaveProperty('claimant');
    expect(loaded.dataset.relationships[0]).not.toHaveProperty('assertion');
    expect(loaded.dataset.relationships[0].states.map((state) => state.basis)).toEqual([
      { kind: 'INFERRED', reason: IMPLIED_REASON, evidence: [spanOf('Legend asked him to')] },
      { kind: 'INFERRED', reason: IMPLIED_REASON, evidence: [spanOf('In 2018, Ye')] },
    ]);
    expect(loaded.dataset.statements.every((statement) => statement.voice === 'SPEAKER')).toBe(true);
  });

  it('refuses a format-1 dataset with the problems of its upgrade, in format-1 terms', async () => {
    const dataset: any = smallDatasetFormat1();
    delete dataset.relationships[0].assertion;
    const error = await refusal(await writeTempDataset(dataset));
    expect(error.problems).toEqual([
      {
        record: 'relationships[0] (legend-west-friendship)',
        field: 'assertion',
        message: 'required field is missing: a format-1 relationship says whether it is STATED or IMPLIED',
      },
    ]);
  });

  it('accepts a byte order mark before the JSON', async () => {
    const file = await writeTempDataset(`\uFEFF${JSON.stringify(smallDataset())}`);
    await expect(loadDatasetFile(file)).resolves.toMatchObject({ file });
  });

  it('refuses the whole file, listing every problem, formatted one a line', async () => {
    const dataset = smallDataset();
    dataset.people[0].name = '';
    dataset.relationships[0].states = [];
    const file = await writeTempDataset(dataset);
    const error = await refusal(file);
    expect(error.file).toBe(file);
    expect(error.problems).toEqual([
      { record: 'people[0] (john-legend)', field: 'name', message: 'must not be empty' },
      { record: 'relationships[0] (legend-west-friendship)', field: 'states', message: 'must have at least one state' },
    ]);
    expect(error.message).toBe(
      `${file} is not a valid claimgraph dataset (2 problems):\n` +
        '  - people[0] (john-legend) › name: must not be empty\n' +
        '  - relationships[0] (legend-west-friendship) › states: must have at least one state',
    );
  });

  it('says "1 problem", and leaves out the field when the record as a whole is wrong', async () => {
    const error = await refusal(await writeTempDataset('[]'));
    expect(error.message).toBe(
      `${error.file} is not a valid claimgraph dataset (1 problem):\n  - dataset: must be a JSON object, found an array`,
    );
  });

  it('reports invalid JSON with its line and column, not as a raw SyntaxError', async () => {
    const source = JSON.stringify(smallDataset(), null, 2).replace('"isDirectQuote": true', '"isDirectQuote": tru');
    const lines = source.split('\n');
    const line = lines.findIndex((text) => text.includes('tru,')) + 1;
    const column = lines[line - 1].indexOf('tru,') + 4; // the "," where "e" should be, 1-based
    const error = await refusal(await writeTempDataset(source));
    expect(error.problems).toEqual([
      { record: 'dataset', field: '', message: `invalid JSON at line ${line}, column ${column}: Unexpected token ','` },
    ]);
  });

  it.each([
    [
      'a trailing comma',
      '{\n  "format": "claimgraph-dataset/1",\n}',
      'invalid JSON at line 3, column 1: Expected double-quoted property name',
    ],
    [
      'a missing colon',
      '{\n  "format" "claimgraph-dataset/1"\n}',
      "invalid JSON at line 2, column 12: Expected ':' after property name",
    ],
    [
      'a truncated file',
      '{\n  "format": "claimgraph-dataset/1",\n  "people": [',
      'invalid JSON at the end of the file (line 3, column 14): Unexpected end of JSON input',
    ],
    ['an empty file', '', 'invalid JSON at the end of the file (line 1, column 1): Unexpected end of JSON input'],
    [
      'a control character in a string',
      '{"format": "claimgraph\tdataset/1"}',
      'invalid JSON at line 1, column 23: Bad control character in string literal',
    ],
    [
      'text after the value',
      '{}\n{}',
      'invalid JSON at line 2, column 1: Unexpected non-whitespace character after JSON',
    ],
    ['a bad escape', '{"a": "\\x"}', 'invalid JSON at line 1, column 9: Bad escaped character'],
    ['a bad number', '{"a": -x}', 'invalid JSON at line 1, column 8: No number after minus sign'],
  ])('locates %s', async (_what, source, message) => {
    const error = await refusal(await writeTempDataset(source));
    expect(error.problems).toEqual([{ record: 'dataset', field: '', message }]);
  });

  it('reports a dataset file that cannot be read', async () => {
    const file = join(dirname(await writeTempDataset({})), 'nope.json');
    const error = await refusal(file);
    expect(error.problems).toEqual([{ record: 'dataset', field: '', message: 'cannot read the file: no such file' }]);
  });

  it('names the document whose text file is missing, once, in its place among the other problems', async () => {
    const dataset = smallDataset();
    dataset.format = 'claimgraph-dataset/0' as 'claimgraph-dataset/2';
    dataset.people[0].name = '';
    const file = await writeTempDataset(dataset, { 'article.txt': null });
    const error = await refusal(file);
    expect(error.problems).toEqual([
      {
        record: 'dataset',
        field: 'format',
        message: 'must be "claimgraph-dataset/2", found a string ("claimgraph-dataset/0")',
      },
      {
        record: 'documents[0] (the-article)',
        field: 'textFile',
        message: `cannot read the held text ${JSON.stringify(join(dirname(file), 'article.txt'))}: no such file`,
      },
      { record: 'people[0] (john-legend)', field: 'name', message: 'must not be empty' },
    ]);
  });

  it('refuses a held text that is not valid UTF-8', async () => {
    const file = await writeTempDataset(smallDataset(), { 'article.txt': Uint8Array.from([0x49, 0x6e, 0xff, 0x20]) });
    const error = await refusal(file);
    expect(error.problems).toEqual([
      {
        record: 'documents[0] (the-article)',
        field: 'textFile',
        message: `cannot read the held text ${JSON.stringify(join(dirname(file), 'article.txt'))}: the file is not valid UTF-8 text`,
      },
    ]);
  });

  it('hashes a held text as its bytes, byte order mark included', async () => {
    const withBom = `\uFEFF${ARTICLE_TEXT}`;
    const error = await refusal(await writeTempDataset(smallDataset(), { 'article.txt': withBom }));
    const bytesHash = createHash('sha256').update(Buffer.from(withBom, 'utf8')).digest('hex');
    expect(error.problems[0]).toEqual({
      record: 'documents[0] (the-article)',
      field: 'sha256',
      message: `does not match the text of "article.txt", whose SHA-256 is ${bytesHash}`,
    });
  });

  it('never reads a held text outside the dataset folder', async () => {
    // folder/article.txt is the right text with the right hash; folder/inner/dataset.json may still not read it
    const dataset = smallDataset();
    dataset.documents[0].textFile = '../article.txt';
    const folder = dirname(await writeTempDataset({}));
    const file = join(folder, 'inner', 'dataset.json');
    await mkdir(join(folder, 'inner'));
    await writeFile(file, JSON.stringify(dataset));
    const error = await refusal(file);
    expect(error.problems).toEqual([
      {
        record: 'documents[0] (the-article)',
        field: 'textFile',
        message:
          'must be a relative path inside the dataset\'s folder (no leading "/", no ".."), found "../article.txt"',
      },
    ]);
  });

  it('reads held texts from subfolders', async () => {
    const dataset = smallDataset();
    dataset.documents[0].textFile = 'texts/article.txt';
    const file = await writeTempDataset(dataset);
    await mkdir(join(dirname(file), 'texts'));
    await writeFile(join(dirname(file), 'texts', 'article.txt'), ARTICLE_TEXT);
    await expect(loadDatasetFile(file)).resolves.toMatchObject({ heldTexts: new Map([['the-article', ARTICLE_TEXT]]) });
  });
});

describe('formatProblems', () => {
  it('writes one indented line per problem', () => {
    expect(
      formatProblems([
        { record: 'dataset', field: '', message: 'must be a JSON object, found null' },
        {
          record: 'statements[3] (x)',
          field: 'evidence[0].exact',
          message: 'span [1, 2) should read "a" but the document has "b"',
        },
      ]),
    ).toBe(
      '  - dataset: must be a JSON object, found null\n' +
        '  - statements[3] (x) › evidence[0].exact: span [1, 2) should read "a" but the document has "b"',
    );
    expect(formatProblems([])).toBe('');
  });
});
