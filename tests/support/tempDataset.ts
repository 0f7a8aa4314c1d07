/** Writes datasets and their held texts into fresh temporary folders, removed after the test file. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { ARTICLE_FILE, ARTICLE_TEXT } from './smallDataset.js';

const folders: string[] = [];

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

/**
 * A folder holding `dataset.json` (the value as JSON, or a string written as is) and, unless replaced in
 * `files`, the small dataset's article. Returns the dataset file's path.
 */
export async function writeTempDataset(
  dataset: unknown,
  files: Record<string, string | Uint8Array | null> = {},
): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'claimgraph-dataset-'));
  folders.push(folder);
  const allFiles: Record<string, string | Uint8Array | null> = { [ARTICLE_FILE]: ARTICLE_TEXT, ...files };
  for (const [name, content] of Object.entries(allFiles)) {
    if (content !== null) await writeFile(join(folder, name), content);
  }
  const file = join(folder, 'dataset.json');
  await writeFile(file, typeof dataset === 'string' ? dataset : JSON.stringify(dataset, null, 2));
  return file;
}
