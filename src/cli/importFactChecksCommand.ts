/**
 * `claimgraph import-claimreview FILE|-` and `claimgraph import-verified-claims FILE.tsv --publisher NAME
 * [--slug-prefix P]`: fact-checks published by other organizations, imported into the configured database
 * (CLAIMGRAPH_DB, as for `import`) in one transaction. Prints a one-line summary; each refused item on stderr as
 * `position: message`. Exit 0 when every item was imported (or already was), 1 when any was refused (the rest are
 * imported all the same) or the input cannot be read, 2 for bad usage.
 */
import { readFile } from 'node:fs/promises';
import { text as readStream } from 'node:stream/consumers';
import { ConfigError, loadConfig } from '../config/config.js';
import { redactDatabase } from '../config/redactDatabase.js';
import { describeFeedProblem } from '../factchecks/index.js';
import {
  FactCheckImportOptionsError,
  importClaimReviewFeed,
  importVerifiedClaims,
  type FactCheckImportResult,
} from '../factcheckImport/importFactChecks.js';
import { openStore } from '../store/openStore.js';
import type { ChangeAuthor, Store } from '../store/store.js';
import { helpOption, parseCommandArgs, usageError } from './arguments.js';

const CLAIMREVIEW_USAGE =
  'usage: claimgraph import-claimreview FILE|-   (a ClaimReview JSON-LD feed or a Fact Check Tools API response; ' +
  '- reads stdin; the database is CLAIMGRAPH_DB, as for serve)';
const VERIFIED_CLAIMS_USAGE =
  'usage: claimgraph import-verified-claims FILE.tsv --publisher NAME [--slug-prefix P]   ' +
  '(the database is CLAIMGRAPH_DB, as for serve)';

export async function importClaimReviewCommand(args: string[]): Promise<number> {
  const command = 'import-claimreview';
  const parsed = parseCommandArgs(command, CLAIMREVIEW_USAGE, args, {
    options: { help: helpOption },
    allowPositionals: true,
  });
  if (typeof parsed === 'number') return parsed;
  const file = oneFile(command, CLAIMREVIEW_USAGE, parsed.positionals);
  if (typeof file === 'number') return file;
  return runImport(command, file, (store, text, author) => importClaimReviewFeed(store, text, author));
}

export async function importVerifiedClaimsCommand(args: string[]): Promise<number> {
  const command = 'import-verified-claims';
  const parsed = parseCommandArgs(command, VERIFIED_CLAIMS_USAGE, args, {
    options: { help: helpOption, publisher: { type: 'string' }, 'slug-prefix': { type: 'string' } },
    allowPositionals: true,
  });
  if (typeof parsed === 'number') return parsed;
  const file = oneFile(command, VERIFIED_CLAIMS_USAGE, parsed.positionals);
  if (typeof file === 'number') return file;
  const publisher = parsed.values.publisher;
  if (publisher === undefined) return usageError(command, VERIFIED_CLAIMS_USAGE, '--publisher NAME is missing');
  const options = { publisher, slugPrefix: parsed.values['slug-prefix'] };
  return runImport(command, file, (store, text, author) => importVerifiedClaims(store, text, options, author));
}

function oneFile(command: string, usage: string, positionals: string[]): string | number {
  const [file, ...extra] = positionals;
  if (file === undefined) return usageError(command, usage, 'FILE is missing');
  if (extra.length > 0) return usageError(command, usage, `one FILE at a time, got ${positionals.length}`);
  return file;
}

async function runImport(
  command: string,
  file: string,
  importText: (store: Store, text: string, author: ChangeAuthor) => Promise<FactCheckImportResult>,
): Promise<number> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`claimgraph ${command}: ${error.message}`);
      return 1;
    }
    throw error;
  }
  let text: string;
  try {
    text = file === '-' ? await readStream(process.stdin) : await readFile(file, 'utf8');
  } catch (error) {
    console.error(`claimgraph ${command}: cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  const store = await openStore(config.database, { sqliteCacheMiB: config.sqliteCacheMiB });
  try {
    const author: ChangeAuthor = { actor: `cli:${process.env.USER ?? 'unknown'}`, action: 'IMPORT' };
    const result = await importText(store, text, author);
    const source = file === '-' ? 'stdin' : file;
    const refused = result.problems.length;
    console.log(
      `imported ${source} into ${redactDatabase(config.database)}: ${result.created} created, ` +
        `${result.updated} updated, ${result.unchanged} unchanged, ${refused} refused`,
    );
    for (const problem of result.problems) console.error(describeFeedProblem(problem));
    return refused > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof FactCheckImportOptionsError) {
      return usageError(command, VERIFIED_CLAIMS_USAGE, error.message);
    }
    throw error;
  } finally {
    await store.close();
  }
}
