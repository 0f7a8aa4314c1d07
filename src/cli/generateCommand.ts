/**
 * `claimgraph generate --statements N [--seed S] [--shard-size K] --out DIR [--import]`: writes a deterministic
 * synthetic graph with the article's shape (see src/generate/syntheticGraph.ts) as dataset shards in DIR, with
 * a manifest; `--import` then loads the shards, in order, into CLAIMGRAPH_DB through the normal import path
 * (`claimgraph import DIR/shard-000.dataset.json`, then each later shard, does the same by hand).
 */
import { ConfigError, loadConfig } from '../config/config.js';
import { importShards } from '../generate/importShards.js';
import { writeSyntheticDataset } from '../generate/writeSyntheticDataset.js';
import { DatasetValidationError } from '../ingest/loadDatasetFile.js';
import { openStore } from '../store/openStore.js';
import { helpOption, parseCommandArgs, usageError, type ParsedCommandArgs } from './arguments.js';

export const generateUsage =
  'usage: claimgraph generate --statements N [--seed S] [--shard-size K] --out DIR [--import]   (--import loads it into CLAIMGRAPH_DB)';

interface GenerateArgs {
  statements: number;
  seed: number;
  shardSize: number | undefined;
  out: string;
  load: boolean;
}

const options = {
  statements: { type: 'string' },
  seed: { type: 'string', default: '1' },
  'shard-size': { type: 'string' },
  out: { type: 'string' },
  import: { type: 'boolean', default: false },
  help: helpOption,
} as const;

/** A count given on the command line; `_` may group digits (`--statements 1_000_000`). */
function nonNegativeInteger(name: string, text: string): number | string {
  const value = Number(text.replace(/_/g, ''));
  return Number.isSafeInteger(value) && value >= 0
    ? value
    : `--${name} must be a non-negative integer, got ${JSON.stringify(text)}`;
}

/** The checked arguments, or one line saying what is wrong with them. */
function checkArgs(values: ParsedCommandArgs<{ options: typeof options }>['values']): GenerateArgs | string {
  if (values.statements === undefined) return '--statements is required';
  const statements = nonNegativeInteger('statements', values.statements);
  const seed = nonNegativeInteger('seed', values.seed);
  const shardSize =
    values['shard-size'] === undefined ? undefined : nonNegativeInteger('shard-size', values['shard-size']);
  for (const value of [statements, seed, shardSize]) if (typeof value === 'string') return value;
  if (statements === 0) return '--statements must be at least 1';
  if (shardSize === 0) return '--shard-size must be at least 1';
  if (values.out === undefined) return '--out is required';
  return {
    statements: statements as number,
    seed: seed as number,
    shardSize: shardSize as number | undefined,
    out: values.out,
    load: values.import,
  };
}

export async function generateCommand(args: string[]): Promise<number> {
  const result = parseCommandArgs('generate', generateUsage, args, { options });
  if (typeof result === 'number') return result;
  const parsed = checkArgs(result.values);
  if (typeof parsed === 'string') return usageError('generate', generateUsage, parsed);
  const started = performance.now();
  const manifest = writeSyntheticDataset(
    { statements: parsed.statements, seed: parsed.seed, statementsPerShard: parsed.shardSize },
    parsed.out,
    (file, counts) =>
      console.log(
        `wrote ${file}: ${Object.entries(counts)
          .map(([k, n]) => `${n} ${k}`)
          .join(', ')}`,
      ),
  );
  console.log(
    `wrote ${manifest.shards.length} shards of a ${parsed.statements}-statement graph (seed ${parsed.seed}) to ${parsed.out} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  if (!parsed.load) return 0;
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`claimgraph generate: ${error.message}`);
      return 1;
    }
    throw error;
  }
  const store = await openStore(config.database, { sqliteCacheMiB: config.sqliteCacheMiB });
  try {
    await importShards(store, parsed.out, (line) => console.log(line), `cli:${process.env.USER ?? 'unknown'}`);
    console.log(`imported into ${config.database} in ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
    return 0;
  } catch (error) {
    if (error instanceof DatasetValidationError) {
      console.error(`${error.message.slice(0, 5_000)}\nThe shards before it were imported.`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}
