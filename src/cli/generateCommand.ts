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

export const generateUsage =
  'usage: claimgraph generate --statements N [--seed S] [--shard-size K] --out DIR [--import]   (--import loads it into CLAIMGRAPH_DB)';

interface GenerateArgs {
  statements: number;
  seed: number;
  shardSize: number | undefined;
  out: string;
  load: boolean;
}

function parseArgs(args: string[]): GenerateArgs | string {
  const values = new Map<string, string>();
  let load = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--import') load = true;
    else if (['--statements', '--seed', '--shard-size', '--out'].includes(arg) && args[i + 1] !== undefined) values.set(arg, args[++i]!);
    else return `unexpected argument ${JSON.stringify(arg)}`;
  }
  const integer = (name: string, fallback?: number): number | string => {
    const text = values.get(name);
    if (text === undefined) return fallback ?? `${name} is required`;
    const value = Number(text.replace(/_/g, ''));
    return Number.isSafeInteger(value) && value >= 0 ? value : `${name} must be a non-negative integer, got ${JSON.stringify(text)}`;
  };
  const statements = integer('--statements');
  const seed = integer('--seed', 1);
  const shardSize = values.has('--shard-size') ? integer('--shard-size') : undefined;
  const out = values.get('--out');
  for (const value of [statements, seed, shardSize]) if (typeof value === 'string') return value;
  if (statements === 0) return '--statements must be at least 1';
  if (shardSize === 0) return '--shard-size must be at least 1';
  if (out === undefined) return '--out is required';
  return { statements: statements as number, seed: seed as number, shardSize: shardSize as number | undefined, out, load };
}

export async function generateCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`claimgraph generate: ${parsed}\n${generateUsage}`);
    return 2;
  }
  const started = performance.now();
  const manifest = writeSyntheticDataset(
    { statements: parsed.statements, seed: parsed.seed, statementsPerShard: parsed.shardSize },
    parsed.out,
    (file, counts) => console.log(`wrote ${file}: ${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}`),
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
  const store = await openStore(config.database);
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
