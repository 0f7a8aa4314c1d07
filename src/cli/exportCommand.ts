/**
 * `claimgraph export FILE [--force]`: the whole graph in CLAIMGRAPH_DB (SQLite or PostgreSQL) as a dataset that
 * `claimgraph verify` accepts and `claimgraph import` loads into an empty database to rebuild the same graph.
 * Building the dataset is src/ingest/exportDataset.ts (Store reads only); writing it, src/ingest/writeExportFiles.ts.
 * The export is validated like any dataset before anything is written, so a file it writes always imports.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, loadConfig } from '../config/config.js';
import { redactDatabase } from '../config/redactDatabase.js';
import { exportDataset, type ExportedDataset } from '../ingest/exportDataset.js';
import { formatProblems } from '../ingest/loadDatasetFile.js';
import { validateDataset } from '../ingest/validateDataset.js';
import {
  checkExportTarget,
  ExportFileError,
  exportTextFile,
  textsFolderName,
  writeExportFiles,
} from '../ingest/writeExportFiles.js';
import { openStore } from '../store/openStore.js';
import { isPostgresUrl } from '../store/databaseSetting.js';
import type { Store } from '../store/store.js';
import { helpOption, parseCommandArgs, usageError } from './arguments.js';
import { summarizeDataset } from './verifyCommand.js';

const USAGE = `usage: claimgraph export FILE [--force]
  writes every current record of the database (CLAIMGRAPH_DB, SQLite or PostgreSQL) to FILE as a dataset
  (claimgraph-dataset/2) that verify accepts and import loads, each held document's text beside it in
  FILE's folder, under <FILE without .json>.texts/<document slug>.txt; --force overwrites an earlier export.
  Not exported (the format cannot carry them): retracted records, the change history, which entities were
  merged, tokens. Fact-checks published by others are (factChecks). A full copy of the database is a backup:
  claimgraph backup, or pg_dump (README "Backups").`;

function fail(message: string): number {
  console.error(`claimgraph export: ${message}`);
  return 1;
}

/** How many times an export is read again when a write commits while it is read. */
const ATTEMPTS = 3;

/**
 * The Store's reads are many queries, not one snapshot: an export is kept only when no write committed while it was
 * read (the change log's version is the same before and after), else read again; null after ATTEMPTS tries.
 */
async function exportUnchanged(store: Store, file: string): Promise<ExportedDataset | null> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const before = await store.changeLogVersion();
    const exported = await exportDataset(store, (slug) => exportTextFile(file, slug));
    if ((await store.changeLogVersion()) === before) return exported;
  }
  return null;
}

export async function exportCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('export', USAGE, args, {
    options: { help: helpOption, force: { type: 'boolean' } },
    allowPositionals: true,
  });
  if (typeof parsed === 'number') return parsed;
  const [given, ...extra] = parsed.positionals;
  if (given === undefined) return usageError('export', USAGE, 'FILE is missing');
  if (extra.length > 0) return usageError('export', USAGE, `one FILE at a time, got ${parsed.positionals.length}`);
  const file = resolve(given);
  const force = parsed.values.force === true;
  let database: string;
  try {
    database = loadConfig().database;
  } catch (error) {
    if (error instanceof ConfigError) return fail(error.message);
    throw error;
  }
  // opening a SQLite path that names no file would create an empty database there: a mistyped path, not a graph
  if (database === ':memory:') return fail('CLAIMGRAPH_DB is :memory:, there is no database to export');
  if (!isPostgresUrl(database) && !existsSync(database)) return fail(`there is no database at ${database}`);
  try {
    checkExportTarget(file, force);
  } catch (error) {
    if (error instanceof ExportFileError) return fail(error.message);
    throw error;
  }

  const store = await openStore(database);
  try {
    if (await store.isEmpty()) return fail(`${redactDatabase(database)} holds no records: there is nothing to export`);
    const exported = await exportUnchanged(store, file);
    if (exported === null) return fail(`the database kept changing while it was read (${ATTEMPTS} tries); try again`);
    const problems = validateDataset(exported.dataset, exported.heldTexts);
    if (problems.length > 0) {
      // a bug or a database changed behind the store's back; say what, but write nothing that would not import
      const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
      console.error(formatProblems(problems));
      return fail(`the database's records do not make a valid dataset (${count}, above); nothing was written`);
    }
    const json = `${JSON.stringify(exported.dataset, null, 2)}\n`;
    await writeExportFiles(file, json, exported.heldTexts, force);
    console.log(
      `exported ${redactDatabase(database)} to ${file} (texts in ${textsFolderName(file)}/): ` +
        summarizeDataset(exported.dataset).replace(/ checked$/, ''),
    );
    for (const note of exported.notes) console.log(`  note: ${note}`);
    return 0;
  } catch (error) {
    if (error instanceof ExportFileError) return fail(error.message);
    throw error;
  } finally {
    await store.close();
  }
}
