/**
 * Writes a synthetic graph as dataset shards (the import format) with their held texts, and a manifest that lists
 * the shards in the order they must be imported (shard 0, the entities and events, first).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SyntheticGraph, type GraphSizes, type SyntheticGraphOptions } from './syntheticGraph.js';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_FORMAT = 'claimgraph-synthetic/1';

export interface SyntheticManifest {
  format: typeof MANIFEST_FORMAT;
  seed: number;
  sizes: GraphSizes;
  /** dataset files, relative to the manifest, in import order */
  shards: string[];
  /** per shard: how many records of each collection it holds */
  counts: Record<string, number>[];
}

export function writeSyntheticDataset(
  options: SyntheticGraphOptions,
  folder: string,
  onShard: (file: string, counts: Record<string, number>) => void = () => {},
): SyntheticManifest {
  const graph = new SyntheticGraph(options);
  mkdirSync(folder, { recursive: true });
  const manifest: SyntheticManifest = {
    format: MANIFEST_FORMAT,
    seed: options.seed,
    sizes: graph.sizes,
    shards: [],
    counts: [],
  };
  for (const shard of graph.shards()) {
    for (const [textFile, text] of shard.texts) {
      const path = join(folder, textFile);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text, 'utf8');
    }
    const file = `${shard.name}.dataset.json`;
    writeFileSync(join(folder, file), JSON.stringify(shard.dataset), 'utf8');
    const counts = Object.fromEntries(
      Object.entries(shard.dataset)
        .filter(([, value]) => Array.isArray(value))
        .map(([key, value]) => [key, (value as unknown[]).length]),
    );
    manifest.shards.push(file);
    manifest.counts.push(counts);
    onShard(file, counts);
  }
  writeFileSync(join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  return manifest;
}
