/**
 * Writes an exported dataset as files: the dataset JSON at FILE and each held document's text beside it, in the
 * folder `<FILE without .json>.texts/` (`<document slug>.txt`), which the dataset's `textFile`s name.
 *
 * Atomically, as far as two paths allow: everything is first written under temporary names in FILE's folder, then
 * the texts folder is renamed into place, and the dataset last, so a reader never finds a dataset whose texts are
 * not all there. A failure removes what was written and leaves any earlier export as it was. An existing FILE (or
 * texts folder) is replaced only when asked to.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, open, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A refusal or failure to write, with a one-line message. */
export class ExportFileError extends Error {
  override name = 'ExportFileError';
}

/** The texts folder's name for a dataset file name: `graph.json` -> `graph.texts`. */
export function textsFolderName(file: string): string {
  return `${basename(file).replace(/\.json$/i, '')}.texts`;
}

/** The `textFile` of a held document in the export at `file` (relative to the dataset, as the format wants). */
export function exportTextFile(file: string, documentSlug: string): string {
  return `${textsFolderName(file)}/${documentSlug}.txt`;
}

/** Throws unless `file` (and its texts folder) may be written: they do not exist, or `force` is given. */
export function checkExportTarget(file: string, force: boolean): void {
  const texts = join(dirname(file), textsFolderName(file));
  if (existsSync(file) && statSync(file).isDirectory()) throw new ExportFileError(`${file} is a directory`);
  if (force) return;
  for (const path of [file, texts]) {
    if (existsSync(path)) throw new ExportFileError(`${path} already exists (--force overwrites it)`);
  }
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Writes `content` to `path` and syncs it, so a rename publishes the whole file. */
async function writeSynced(path: string, content: string): Promise<void> {
  await writeFile(path, content, { encoding: 'utf8', flag: 'wx' });
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes the dataset JSON and the held texts (document slug -> text). Returns the texts folder's path. Throws
 * ExportFileError when the target exists without `force`, or when the files cannot be written.
 */
export async function writeExportFiles(
  file: string,
  datasetJson: string,
  heldTexts: ReadonlyMap<string, string>,
  force: boolean,
): Promise<string> {
  checkExportTarget(file, force);
  const folder = dirname(file);
  const textsName = textsFolderName(file);
  const texts = join(folder, textsName);
  const tag = `${process.pid}.${randomBytes(4).toString('hex')}`;
  const temporaryDataset = join(folder, `.${basename(file)}.${tag}.tmp`);
  const temporaryTexts = join(folder, `.${textsName}.${tag}.tmp`);
  const replacedTexts = join(folder, `.${textsName}.${tag}.old`);
  // what to undo on failure: the earlier texts folder moved aside, the new one put in its place
  let textsMoved = false;
  let textsReplaced = false;
  try {
    await mkdir(folder, { recursive: true });
    await mkdir(temporaryTexts);
    for (const [slug, text] of [...heldTexts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      await writeSynced(join(temporaryTexts, `${slug}.txt`), text);
    }
    await writeSynced(temporaryDataset, datasetJson);
    if (existsSync(texts)) {
      await rename(texts, replacedTexts);
      textsMoved = true;
    }
    await rename(temporaryTexts, texts);
    textsReplaced = true;
    await rename(temporaryDataset, file);
  } catch (error) {
    // undo what can be undone; a cleanup that fails (the folder itself is the problem) must not hide the cause
    const quietly = (work: Promise<unknown>) => work.catch(() => {});
    await quietly(rm(temporaryDataset, { force: true }));
    await quietly(rm(temporaryTexts, { recursive: true, force: true }));
    if (textsReplaced) await quietly(rm(texts, { recursive: true, force: true }));
    if (textsMoved) await quietly(rename(replacedTexts, texts));
    throw new ExportFileError(`cannot write ${file}: ${describeError(error)}`);
  }
  await rm(replacedTexts, { recursive: true, force: true });
  return texts;
}
