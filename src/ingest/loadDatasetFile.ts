/**
 * Reads a dataset file and the held texts it names, validates them, and refuses the whole file on any problem:
 * a dataset is loaded in one transaction, so a half-valid file must not leave half a graph behind. A file in an
 * earlier format is upgraded to the current one (upgradeDataset.ts): the dataset loaded is in the current format.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Dataset } from '../domain/dataset.js';
import { describeJsonSyntaxError } from './jsonSyntaxError.js';
import { isJsonObject } from './shapeProblems.js';
import { checkDataset, recordLabel, textFilePathProblem, type DatasetProblem } from './validateDataset.js';

export class DatasetValidationError extends Error {
  override name = 'DatasetValidationError';
  readonly problems: DatasetProblem[];
  readonly file: string;

  constructor(file: string, problems: DatasetProblem[]) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`${file} is not a valid claimgraph dataset (${count}):\n${formatProblems(problems)}`);
    this.file = file;
    this.problems = problems;
  }
}

export interface LoadedDataset {
  /** the dataset in the current format */
  dataset: Dataset;
  /** held document slug -> its text */
  heldTexts: Map<string, string>;
  file: string;
  /** the earlier format the file was written in and upgraded from, or null */
  upgradedFrom: string | null;
}

/** A dataset file as read, before validation: its JSON, the texts of its held documents, and what could not be read. */
export interface DatasetSource {
  raw: unknown;
  heldTexts: Map<string, string>;
  readProblems: DatasetProblem[];
}

/** Reads a dataset file and its held texts; an unreadable file or a JSON syntax error is a DatasetValidationError. */
export async function readDatasetSource(path: string): Promise<DatasetSource> {
  const fileProblem = (message: string) =>
    new DatasetValidationError(path, [{ record: 'dataset', field: '', message }]);
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    throw fileProblem(`cannot read the file: ${describeFileError(error)}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(withoutByteOrderMark(source));
  } catch (error) {
    throw fileProblem(describeJsonSyntaxError(withoutByteOrderMark(source), error));
  }
  const { heldTexts, readProblems } = await readHeldTexts(raw, dirname(path));
  return { raw, heldTexts, readProblems };
}

export async function loadDatasetFile(path: string): Promise<LoadedDataset> {
  const { raw, heldTexts, readProblems } = await readDatasetSource(path);
  const checked = checkDataset(raw, heldTexts);
  const problems = withReadProblems(checked.problems, readProblems);
  if (problems.length > 0) throw new DatasetValidationError(path, problems);
  // checkDataset found nothing wrong, so the (upgraded) value has the shape of a Dataset
  return { dataset: checked.dataset as Dataset, heldTexts, file: path, upgradedFrom: checked.upgradedFrom };
}

export function formatProblems(problems: DatasetProblem[]): string {
  return problems
    .map(({ record, field, message }) => `  - ${field === '' ? record : `${record} › ${field}`}: ${message}`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * Reads the text of every held document that the (not yet validated) value names well enough to find. Shape
 * problems are left to validateDataset; only what goes wrong reading a file is reported here.
 */
async function readHeldTexts(
  raw: unknown,
  folder: string,
): Promise<{ heldTexts: Map<string, string>; readProblems: DatasetProblem[] }> {
  const heldTexts = new Map<string, string>();
  const readProblems: DatasetProblem[] = [];
  const documents = isJsonObject(raw) && Array.isArray(raw.documents) ? (raw.documents as unknown[]) : [];
  const reads = documents.map(async (document, index) => {
    if (!isJsonObject(document)) return;
    const { slug, textFile } = document;
    if (typeof slug !== 'string' || typeof textFile !== 'string' || textFile === '') return;
    // never read outside the dataset's folder; validateDataset reports the path
    if (textFilePathProblem(textFile) !== null) return;
    const textPath = join(folder, textFile);
    try {
      heldTexts.set(slug, await readUtf8Text(textPath));
    } catch (error) {
      readProblems.push({
        record: recordLabel('documents', index, slug),
        field: 'textFile',
        message: `cannot read the held text ${JSON.stringify(textPath)}: ${describeFileError(error)}`,
      });
    }
  });
  await Promise.all(reads);
  return { heldTexts, readProblems };
}

/**
 * Strict UTF-8, byte order mark kept: the text must be exactly the bytes its sha256 was computed from, and a
 * replacement character silently standing in for a bad byte would shift nothing but corrupt a quote.
 */
async function readUtf8Text(path: string): Promise<string> {
  const bytes = await readFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error('the file is not valid UTF-8 text');
  }
}

/**
 * validateDataset cannot know why a held text is missing; the read error can. It replaces the validator's
 * problem about the same document, in the validator's place in the list.
 */
/** Merges problems reading held texts into the validator's, replacing its generic "text not supplied". */
export function withReadProblems(problems: DatasetProblem[], readProblems: DatasetProblem[]): DatasetProblem[] {
  const pending = new Map(readProblems.map((problem) => [problem.record, problem]));
  const merged = problems.map((problem) => {
    const readProblem = problem.field === 'textFile' ? pending.get(problem.record) : undefined;
    if (readProblem === undefined) return problem;
    pending.delete(problem.record);
    return readProblem;
  });
  return [...merged, ...pending.values()];
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function withoutByteOrderMark(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}
