/**
 * `claimgraph draft PATH...`: drafts who said what in articles (plain text files or saved web pages, or folders of
 * them) and the import dataset for each, matching the people, outlets and organizations the configured database
 * (CLAIMGRAPH_DB) already knows. It only reads the database; nothing is stored. Exit codes: 0 drafted, 1 an input
 * could not be drafted (not found, empty, not UTF-8 text, too large), 2 bad usage.
 */
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/config.js';
import { parsePartialDate, PartialDateError } from '../domain/partialDate.js';
import type { CatalogEntity, DraftedDocument } from '../intake/index.js';
import { openStore } from '../store/openStore.js';
import { helpOption, parseCommandArgs, usageError } from './arguments.js';

export const draftUsage = `usage: claimgraph draft PATH... [--title T] [--url U] [--outlet NAME] [--published DATE] [--json] [--out DIR]
  PATH            a .txt file, a saved .html page, or a folder of them
  --title T       the document's title (default: the page's title, else the text's first line)
  --url U         where the article is published (http or https)
  --outlet NAME   the outlet that published it, matched by name or alias against the database
  --published D   when it was published: YYYY, YYYY-MM or YYYY-MM-DD
  --json          print {"document", "attributions", "dataset"} as JSON (an array of them for several inputs)
  --out DIR       for each input NAME.txt or NAME.html write the dataset DIR/NAME.json (for verify and import),
                  its held text DIR/NAME.txt, and the whole draft (as --json prints it) DIR/NAME.draft.json
Known entities come from the database (CLAIMGRAPH_DB), which is only read.`;

const options = {
  help: helpOption,
  title: { type: 'string' },
  url: { type: 'string' },
  outlet: { type: 'string' },
  published: { type: 'string' },
  json: { type: 'boolean' },
  out: { type: 'string' },
} as const;

/**
 * Intake (the drafter's language model, the HTML reader) is loaded once the arguments are known to be usable, so
 * that neither `claimgraph draft` with bad usage nor any other command pays for loading it.
 */
type Intake = typeof import('../intake/index.js');
let intake: Intake;

const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const TEXT_EXTENSIONS = new Set(['.txt']);

interface Input {
  path: string;
  /** the file's name without its extension: NAME of NAME.json and NAME.txt */
  name: string;
  html: boolean;
}

/** What the command prints (or writes) for one input. */
interface DraftJson {
  document: DraftedDocument['document'] & { textFile: string };
  attributions: {
    content: { start: number; end: number };
    cue: { start: number; end: number } | null;
    source: { start: number; end: number } | null;
    speaker: string | null;
    speakerId: string | null;
    direct: boolean;
    confidence: number;
  }[];
  dataset: DraftedDocument['dataset']['dataset'];
}

export async function draftCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('draft', draftUsage, args, { options, allowPositionals: true });
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usageError('draft', draftUsage, 'PATH is missing');
  if (values.published !== undefined) {
    try {
      parsePartialDate(values.published);
    } catch (error) {
      if (!(error instanceof PartialDateError)) throw error;
      return usageError('draft', draftUsage, `--published: ${error.message}`);
    }
  }
  if (values.url !== undefined && !isHttpUrl(values.url)) {
    return usageError(
      'draft',
      draftUsage,
      `--url must be an absolute http or https URL, got ${JSON.stringify(values.url)}`,
    );
  }

  intake = await import('../intake/index.js');
  const { inputs, problems } = await listInputs(positionals);
  for (const problem of problems) console.error(`claimgraph draft: ${problem}`);
  if (problems.length > 0) return 1;
  if (values.out !== undefined) {
    const clash = firstNameClash(inputs);
    if (clash !== undefined) {
      console.error(
        `claimgraph draft: ${clash[0]} and ${clash[1]} would both be written to ${join(values.out, `${basename(clash[0], extname(clash[0]))}.json`)}`,
      );
      return 1;
    }
  }

  let knownEntities: CatalogEntity[];
  try {
    knownEntities = await readKnownEntities();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`claimgraph draft: ${error.message}`);
    return 1;
  }

  const results: DraftJson[] = [];
  let failed = false;
  for (const input of inputs) {
    let drafted: DraftJson;
    let notes: string[];
    try {
      ({ json: drafted, notes } = await draftInput(input, values, knownEntities));
    } catch (error) {
      const reason = error instanceof intake.IntakeError ? error.message : fileErrorReason(error);
      if (reason === undefined) throw error;
      console.error(`claimgraph draft: ${input.path}: ${reason}`);
      failed = true;
      continue;
    }
    for (const note of notes) console.error(`note: ${input.path}: ${note}`);
    if (values.out !== undefined) {
      const written = await writeDraft(values.out, input, drafted);
      console.log(
        `wrote ${written}: ${count(drafted.attributions.length, 'attribution')}, ` +
          `${count(drafted.dataset.statements.length, 'statement')} in the dataset (the whole draft in ` +
          `${join(values.out, `${input.name}.draft.json`)})`,
      );
    }
    if (values.json !== true) console.log(formatTable(input.path, drafted));
    results.push(drafted);
  }
  if (values.json === true && values.out === undefined && results.length > 0) {
    console.log(JSON.stringify(inputs.length === 1 ? results[0] : results, null, 2));
  }
  return failed ? 1 : 0;
}

async function draftInput(
  input: Input,
  values: { title?: string; url?: string; outlet?: string; published?: string; out?: string },
  knownEntities: CatalogEntity[],
): Promise<{ json: DraftJson; notes: string[] }> {
  const { content, bytes } = await readInput(input.path);
  const textFile = heldTextFile(input, content, bytes, values.out);
  const drafted = await intake.draftDocument(
    {
      ...(input.html ? { html: content } : { text: content }),
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.url !== undefined ? { url: values.url } : {}),
      ...(values.outlet !== undefined ? { outlet: values.outlet } : {}),
      ...(values.published !== undefined ? { published: values.published } : {}),
      textFile,
    },
    { knownEntities },
  );
  const span = (value: { start: number; end: number } | null) =>
    value === null ? null : { start: value.start, end: value.end };
  const json: DraftJson = {
    document: { ...drafted.document, textFile },
    attributions: drafted.draft.attributions.map((attribution) => ({
      content: { start: attribution.content.start, end: attribution.content.end },
      cue: span(attribution.cue),
      source: span(attribution.source),
      speaker: attribution.speaker,
      speakerId: attribution.speakerId,
      direct: attribution.direct,
      confidence: attribution.confidence,
    })),
    dataset: drafted.dataset.dataset,
  };
  return { json, notes: drafted.dataset.notes };
}

/** A file's text, refused before reading when it is too large, and checked to be UTF-8 text with something in it. */
async function readInput(path: string): Promise<{ content: string; bytes: Buffer }> {
  const { size } = await stat(path);
  if (size > intake.MAX_INPUT_BYTES) throw new intake.InputTooLargeError(size);
  const bytes = await readFile(path);
  const content = intake.decodeInputBytes(bytes);
  if (content.trim() === '') throw new intake.EmptyInputError('the file');
  return { content, bytes };
}

/**
 * The held text's file name: NAME.txt beside NAME.json. When that is the input itself (a .txt drafted into its own
 * folder) it is used as it is, unless its bytes are not exactly the held text (a byte order mark was dropped):
 * the text then goes to NAME.held.txt, and the input is never overwritten.
 */
function heldTextFile(input: Input, content: string, bytes: Buffer, out: string | undefined): string {
  const name = `${input.name}.txt`;
  const isInput = out !== undefined && resolve(join(out, name)) === resolve(input.path);
  return isInput && !Buffer.from(content, 'utf8').equals(bytes) ? `${input.name}.held.txt` : name;
}

/** The files named, folders expanded to their .txt and .html files (sorted); every path that cannot be used. */
async function listInputs(paths: string[]): Promise<{ inputs: Input[]; problems: string[] }> {
  const inputs: Input[] = [];
  const problems: string[] = [];
  const asInput = (path: string): Input => {
    const extension = extname(path).toLowerCase();
    return { path, name: basename(path, extname(path)), html: HTML_EXTENSIONS.has(extension) };
  };
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      problems.push(`${path}: ${describeFileError(error)}`);
      continue;
    }
    if (!isDirectory) {
      inputs.push(asInput(path));
      continue;
    }
    const entries = (await readdir(path, { withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .filter(
        (name) => HTML_EXTENSIONS.has(extname(name).toLowerCase()) || TEXT_EXTENSIONS.has(extname(name).toLowerCase()),
      )
      .sort();
    if (entries.length === 0) problems.push(`${path}: the folder has no .txt or .html file`);
    for (const name of entries) inputs.push(asInput(join(path, name)));
  }
  return { inputs, problems };
}

function firstNameClash(inputs: Input[]): [string, string] | undefined {
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const earlier = seen.get(input.name);
    if (earlier !== undefined) return [earlier, input.path];
    seen.set(input.name, input.path);
  }
  return undefined;
}

/**
 * The known entities of the configured database. A SQLite file that does not exist is not created: the drafts
 * are made without known entities, and a note says so.
 */
async function readKnownEntities(): Promise<CatalogEntity[]> {
  const config = loadConfig();
  const isFile = config.database !== ':memory:' && !/^[a-z]+:\/\//.test(config.database);
  if (isFile && !existsSync(config.database)) {
    console.error(`note: no database at ${config.database}: drafting without known entities`);
    return [];
  }
  const store = await openStore(config.database, { sqliteCacheMiB: config.sqliteCacheMiB });
  try {
    return await intake.loadKnownEntities(store);
  } finally {
    await store.close();
  }
}

/**
 * Writes, for input NAME: DIR/NAME.json, the dataset (what `claimgraph verify` and `claimgraph import` take),
 * DIR/NAME.txt, the held text it refers to, and DIR/NAME.draft.json, the whole draft (document, attributions and
 * dataset, as --json prints it). Returns the dataset file's path.
 */
async function writeDraft(folder: string, input: Input, drafted: DraftJson): Promise<string> {
  await mkdir(folder, { recursive: true });
  const textPath = join(folder, drafted.document.textFile);
  // the input itself may be DIR/NAME.txt: it is then left as it is (its bytes are the held text, see heldTextFile)
  if (resolve(textPath) !== resolve(input.path)) await writeFile(textPath, drafted.document.text, 'utf8');
  await writeFile(join(folder, `${input.name}.draft.json`), `${JSON.stringify(drafted, null, 2)}\n`, 'utf8');
  const datasetPath = join(folder, `${input.name}.json`);
  await writeFile(datasetPath, `${JSON.stringify(drafted.dataset, null, 2)}\n`, 'utf8');
  return datasetPath;
}

/** The attributions as a table: speaker, direct or indirect, the words shortened. */
function formatTable(path: string, drafted: DraftJson): string {
  const { document, attributions } = drafted;
  const header = `${path}: ${JSON.stringify(document.title)}, ${count(attributions.length, 'attribution')}`;
  if (attributions.length === 0) return `${header}\n  (no attributions found)`;
  const codePoints = Array.from(document.text);
  const rows = attributions.map((attribution, index) => [
    String(index + 1),
    attribution.speaker === null
      ? '(no speaker)'
      : `${attribution.speaker}${attribution.speakerId === null ? '' : ` (${attribution.speakerId})`}`,
    attribution.direct ? 'direct' : 'indirect',
    intake.shorten(codePoints.slice(attribution.content.start, attribution.content.end).join(''), 70),
  ]);
  const all = [['#', 'speaker', 'kind', 'quote'], ...rows];
  const widths = [0, 1, 2].map((column) => Math.max(...all.map((row) => row[column].length)));
  const lines = all.map(
    (row) => `  ${row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell)).join('  ')}`,
  );
  return [header, ...lines].join('\n');
}

function count(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? '' : 's'}`;
}

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Why a file could not be read, for a file system error; undefined for anything else. */
function fileErrorReason(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code.startsWith('E') ? describeFileError(error) : undefined;
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
