#!/usr/bin/env node
/**
 * The `claimgraph` command line: `claimgraph <command> [arguments]` (`node dist/cli.js` once built).
 *
 * Each command lives in its own module under src/cli/ and is an `async (args) => exit code`; this file only
 * dispatches. Exit codes: 0 success, 1 failure (e.g. an invalid dataset), 2 bad usage. Commands parse their arguments
 * with node:util's parseArgs through src/cli/arguments.ts, which also prints their usage errors and `--help`.
 */
export type CliCommand = (args: string[]) => Promise<number>;

/**
 * Each command's module is imported only when that command runs: `serve` need not load the drafting model, the
 * HTML reader or the backup code, and starts sooner for it.
 */
const commands = new Map<string, () => Promise<CliCommand>>([
  ['serve', async () => (await import('./cli/serveCommand.js')).serveCommand],
  ['import', async () => (await import('./cli/importCommand.js')).importCommand],
  ['import-claimreview', async () => (await import('./cli/importFactChecksCommand.js')).importClaimReviewCommand],
  [
    'import-verified-claims',
    async () => (await import('./cli/importFactChecksCommand.js')).importVerifiedClaimsCommand,
  ],
  ['migrate', async () => (await import('./cli/migrateCommand.js')).migrateCommand],
  ['token', async () => (await import('./cli/tokenCommand.js')).tokenCommand],
  ['verify', async () => (await import('./cli/verifyCommand.js')).verifyCommand],
  ['generate', async () => (await import('./cli/generateCommand.js')).generateCommand],
  ['draft', async () => (await import('./cli/draftCommand.js')).draftCommand],
  ['backup', async () => (await import('./cli/backupCommand.js')).backupCommand],
  ['restore', async () => (await import('./cli/backupCommand.js')).restoreCommand],
  ['export', async () => (await import('./cli/exportCommand.js')).exportCommand],
]);

const usage = `usage: claimgraph <command> [arguments]

commands:
  serve         start the GraphQL server (configured by environment variables; see README.md)
  migrate       bring the database (CLAIMGRAPH_DB) to the newest schema, then exit
  import FILE   load a new annotated article into the database (CLAIMGRAPH_DB), merging known entities
  import-claimreview FILE|-
                import fact-checks others published (a ClaimReview JSON-LD feed or a Fact Check Tools API
                response; - reads stdin) as claims, their publishers and verdicts; re-importing updates in place
  import-verified-claims FILE.tsv --publisher NAME [--slug-prefix P]
                import a verified-claims file (id, vclaim, title) as claims the publisher fact-checked
  token create NAME ROLE [--file FILE]
                make a write token (role: editor, reviewer or admin) and record its digest in FILE
  verify FILE   check a dataset file (shape, references, dates, held texts, evidence spans) without loading it
  generate --statements N [--seed S] --out DIR [--import]
                write a synthetic graph of N statements as dataset shards (and load them into CLAIMGRAPH_DB)
  draft PATH... [--title T] [--url U] [--outlet NAME] [--published DATE] [--json] [--out DIR]
                draft who said what in articles (.txt or saved .html files, or folders of them) and the
                import dataset for each, matching the entities CLAIMGRAPH_DB knows; stores nothing
  backup FILE [--force]
                copy the SQLite database (CLAIMGRAPH_DB) to FILE, consistent while the server writes
  restore FILE [--force]
                replace the SQLite database (CLAIMGRAPH_DB) with the backup FILE (one that holds data: --force)
  export FILE [--force]
                write every current record of the database (CLAIMGRAPH_DB) to FILE as a dataset that import
                loads, held texts beside it (no retracted records, history or tokens)

claimgraph <command> --help prints the command's usage.`;

async function runCli(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    console.log(usage);
    return 0;
  }
  const loadCommand = name === undefined ? undefined : commands.get(name);
  if (loadCommand === undefined) {
    console.error(name === undefined ? usage : `claimgraph: unknown command ${JSON.stringify(name)}\n\n${usage}`);
    return 2;
  }
  try {
    const command = await loadCommand();
    return await command(args);
  } catch (error) {
    // a bug, not a user error: show everything
    console.error(`claimgraph ${name}: unexpected error`, error);
    return 1;
  }
}

process.exitCode = await runCli(process.argv.slice(2));
