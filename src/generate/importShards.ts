/**
 * Loads a synthetic dataset's shards, in the manifest's order, through the normal import path (readDatasetSource,
 * then importDataset: the same validation and the same one-transaction write as `claimgraph import`). Later shards
 * refer to shard 0's records by slug, which the import resolves against the stored records.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDataset } from '../ingest/importDataset.js';
import { readDatasetSource } from '../ingest/loadDatasetFile.js';
import type { Store } from '../store/store.js';
import { MANIFEST_FILE, MANIFEST_FORMAT, type SyntheticManifest } from './writeSyntheticDataset.js';

export function readManifest(folder: string): SyntheticManifest {
  const manifest = JSON.parse(readFileSync(join(folder, MANIFEST_FILE), 'utf8')) as SyntheticManifest;
  if (manifest.format !== MANIFEST_FORMAT)
    throw new Error(`${join(folder, MANIFEST_FILE)} is not a synthetic dataset manifest`);
  return manifest;
}

export async function importShards(
  store: Store,
  folder: string,
  log: (line: string) => void = () => {},
  actor = 'claimgraph generate',
): Promise<void> {
  const manifest = readManifest(folder);
  for (const [index, shard] of manifest.shards.entries()) {
    const file = join(folder, shard);
    const started = performance.now();
    const { raw, heldTexts, readProblems } = await readDatasetSource(file);
    const result = await importDataset(store, raw, heldTexts, { actor, action: 'IMPORT' }, file, readProblems);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const statements = result.summary.inserted.statement ?? 0;
    log(`imported ${shard} (${index + 1}/${manifest.shards.length}): ${statements} statements in ${seconds} s`);
  }
}
