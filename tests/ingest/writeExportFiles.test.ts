/**
 * Writing an export's files (src/ingest/writeExportFiles.ts): the dataset at FILE and its texts in
 * `<FILE without .json>.texts/`, replaced only with `force`, and never half-written: a failure leaves an earlier
 * export as it was and no temporary file behind.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ExportFileError,
  exportTextFile,
  textsFolderName,
  writeExportFiles,
} from '../../src/ingest/writeExportFiles.js';

const folder = mkdtempSync(join(tmpdir(), 'claimgraph-export-files-'));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function listing(path: string): string[] {
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).sort();
}

describe('writeExportFiles', () => {
  it('names the texts folder after the dataset file, without its .json', () => {
    expect(textsFolderName('/x/graph.json')).toBe('graph.texts');
    expect(textsFolderName('/x/graph.dataset.JSON')).toBe('graph.dataset.texts');
    expect(textsFolderName('/x/graph')).toBe('graph.texts');
    expect(exportTextFile('/x/graph.json', 'the-article')).toBe('graph.texts/the-article.txt');
  });

  it('writes the dataset and each text, and nothing else', async () => {
    const file = join(folder, 'first', 'graph.json');
    await writeExportFiles(
      file,
      '{"a":1}\n',
      new Map([
        ['doc-b', 'B'],
        ['doc-a', 'A, with é'],
      ]),
      false,
    );
    expect(listing(join(folder, 'first'))).toEqual([
      'graph.json',
      'graph.texts',
      'graph.texts/doc-a.txt',
      'graph.texts/doc-b.txt',
    ]);
    expect(readFileSync(join(folder, 'first', 'graph.texts', 'doc-a.txt'), 'utf8')).toBe('A, with é');
  });

  it('replaces an earlier export only with force, texts folder included', async () => {
    const file = join(folder, 'replace', 'graph.json');
    await writeExportFiles(file, 'old\n', new Map([['old-doc', 'old']]), false);
    await expect(writeExportFiles(file, 'new\n', new Map([['new-doc', 'new']]), false)).rejects.toThrow(
      new ExportFileError(`${file} already exists (--force overwrites it)`),
    );
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    await writeExportFiles(file, 'new\n', new Map([['new-doc', 'new']]), true);
    expect(readFileSync(file, 'utf8')).toBe('new\n');
    expect(listing(join(folder, 'replace'))).toEqual(['graph.json', 'graph.texts', 'graph.texts/new-doc.txt']);
  });

  it('leaves an earlier export as it was, and no temporary file, when writing fails', async () => {
    const file = join(folder, 'failing', 'graph.json');
    await writeExportFiles(file, 'old\n', new Map([['old-doc', 'old']]), false);
    // a text whose name leads into a folder that does not exist cannot be written
    const failing = writeExportFiles(file, 'new\n', new Map([['missing/doc', 'new']]), true);
    await expect(failing).rejects.toThrow(ExportFileError);
    await expect(failing).rejects.toThrow(/^cannot write .*graph\.json: /);
    expect(readFileSync(file, 'utf8')).toBe('old\n');
    expect(listing(join(folder, 'failing'))).toEqual(['graph.json', 'graph.texts', 'graph.texts/old-doc.txt']);
  });

  it('refuses a FILE that is a folder', async () => {
    const file = join(folder, 'a-folder.json');
    await writeExportFiles(join(file, 'inside.json'), '{}\n', new Map(), false);
    expect(existsSync(file)).toBe(true);
    await expect(writeExportFiles(file, '{}\n', new Map(), true)).rejects.toThrow(`${file} is a directory`);
  });
});
