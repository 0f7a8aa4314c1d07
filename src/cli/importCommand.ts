/** `claimgraph import FILE`: loads a new annotated article into the configured database, in one transaction. */
import { ConfigError, loadConfig } from '../config/config.js';
import { importDataset } from '../ingest/importDataset.js';
import { DatasetValidationError, readDatasetSource } from '../ingest/loadDatasetFile.js';
import { redactDatabase } from '../config/redactDatabase.js';
import { openStore } from '../store/openStore.js';
import { helpOption, parseCommandArgs, usageError } from './arguments.js';

const USAGE = 'usage: claimgraph import FILE   (the database is CLAIMGRAPH_DB, as for serve)';

export async function importCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('import', USAGE, args, { options: { help: helpOption }, allowPositionals: true });
  if (typeof parsed === 'number') return parsed;
  const [file, ...extra] = parsed.positionals;
  if (file === undefined) return usageError('import', USAGE, 'FILE is missing');
  if (extra.length > 0) return usageError('import', USAGE, `one FILE at a time, got ${parsed.positionals.length}`);
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`claimgraph import: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const store = await openStore(config.database, { sqliteCacheMiB: config.sqliteCacheMiB });
  try {
    const { raw, heldTexts, readProblems } = await readDatasetSource(file);
    const actor = `cli:${process.env.USER ?? 'unknown'}`;
    const result = await importDataset(store, raw, heldTexts, { actor, action: 'IMPORT' }, file, readProblems);
    const counts = Object.entries(result.summary.inserted)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ');
    console.log(`imported ${file} into ${redactDatabase(config.database)}: ${counts}`);
    for (const merge of result.merged)
      console.log(`  merged ${merge.importedSlug} into existing ${merge.existingSlug}`);
    return 0;
  } catch (error) {
    if (error instanceof DatasetValidationError) {
      console.error(`${error.message}\nNothing was imported.`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}
