/**
 * The Store's claim sentence vectors (migration 013) on the test backend (SQLite, or PostgreSQL with
 * CLAIMGRAPH_TEST_BACKEND=postgres): saved bytes read back as they were, per model, a claim's row replaced when
 * saved again and dropped when its claim is retracted, and none of it a change to the graph (the change-log
 * version, which rebuilds the similar-claim index, does not move).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/openStore.js';
import type { Store } from '../../src/store/store.js';
import { newTestDatabase, type TestDatabaseLocation } from '../support/testDatabase.js';
import { CONTRACT_AUTHOR, loadFixture } from './contractFixture.js';

let location: TestDatabaseLocation;
let store: Store;
let claimIds: number[];

beforeAll(async () => {
  location = await newTestDatabase();
  store = await openStore(location.database);
  const fixture = await loadFixture();
  await store.writeDatasetIfEmpty(fixture.dataset, fixture.heldTexts, CONTRACT_AUTHOR);
  claimIds = (await store.claimRetrievalSource()).claims.map((claim) => claim.id);
});

afterAll(async () => {
  await store?.close();
  await location?.remove();
});

/** 4,096 bytes (two 512-float vectors) whose every byte is derived from `seed`. */
function bytes(seed: number): Uint8Array {
  return Uint8Array.from({ length: 4096 }, (_, i) => (i * 31 + seed) % 256);
}

describe('claim vectors', () => {
  it('reads back the bytes saved for a model, and nothing of another model', async () => {
    await store.saveClaimVectors('model-a', [
      { claimId: claimIds[0], source: 'src-0', vectors: bytes(1) },
      { claimId: claimIds[1], source: 'src-1', vectors: bytes(2) },
    ]);
    const rows = (await store.claimVectors('model-a')).sort((x, y) => x.claimId - y.claimId);
    expect(rows.map((row) => [row.claimId, row.source])).toEqual([
      [claimIds[0], 'src-0'],
      [claimIds[1], 'src-1'],
    ]);
    expect(Buffer.from(rows[0].vectors).equals(Buffer.from(bytes(1)))).toBe(true);
    expect(Buffer.from(rows[1].vectors).equals(Buffer.from(bytes(2)))).toBe(true);
    expect(await store.claimVectors('model-b')).toEqual([]);
  });

  it('replaces a claim’s row when saved again, whatever model wrote it', async () => {
    await store.saveClaimVectors('model-b', [{ claimId: claimIds[0], source: 'src-0-new', vectors: bytes(3) }]);
    const [row] = await store.claimVectors('model-b');
    expect(row.source).toBe('src-0-new');
    expect(Buffer.from(row.vectors).equals(Buffer.from(bytes(3)))).toBe(true);
    expect((await store.claimVectors('model-a')).map((r) => r.claimId)).toEqual([claimIds[1]]);
  });

  it('is no change to the graph: the change-log version does not move', async () => {
    const before = await store.changeLogVersion();
    await store.saveClaimVectors('model-a', [{ claimId: claimIds[2], source: 'src-2', vectors: bytes(4) }]);
    expect(await store.changeLogVersion()).toBe(before);
  });

  it('saves nothing for an unknown claim, and keeps what the failed call would have replaced', async () => {
    await expect(
      store.saveClaimVectors('model-a', [
        { claimId: claimIds[1], source: 'replaced', vectors: bytes(5) },
        { claimId: 987654321, source: 'nobody', vectors: bytes(6) },
      ]),
    ).rejects.toThrow();
    const row = (await store.claimVectors('model-a')).find((r) => r.claimId === claimIds[1]);
    expect(row?.source).toBe('src-1');
  });

  it('drops a claim’s vectors when the claim is retracted, and keeps the others’', async () => {
    await store.saveClaimVectors('model-c', [
      { claimId: claimIds[3], source: 'src-3', vectors: bytes(7) },
      { claimId: claimIds[4], source: 'src-4', vectors: bytes(8) },
    ]);
    await store.retract('claim', claimIds[3], 'a test retraction', CONTRACT_AUTHOR);
    expect((await store.claimVectors('model-c')).map((r) => r.claimId)).toEqual([claimIds[4]]);
  });

  it('accepts an empty list', async () => {
    await expect(store.saveClaimVectors('model-a', [])).resolves.toBeUndefined();
  });
});
