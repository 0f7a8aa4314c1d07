/**
 * The Store's same-claim links (migration 009) on the test backend (SQLite, or PostgreSQL with
 * CLAIMGRAPH_TEST_BACKEND=postgres): a pair reads from both claims in one batched call, linking twice or unlinking
 * what is not linked writes nothing, a missing or retracted claim or one claim twice is a SameClaimLinkError that
 * writes nothing, and two writers linking the same pair at once make one link. The table itself (plain SQL) keeps
 * one current row per pair, lower claim id first.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SameClaimLinkError } from '../../src/store/errors.js';
import { openStore } from '../../src/store/openStore.js';
import type { ChangeAuthor, Store } from '../../src/store/store.js';
import { newTestDatabase, ON_POSTGRES, type TestDatabaseLocation } from '../support/testDatabase.js';
import { CONTRACT_AUTHOR, loadFixture } from './contractFixture.js';
import { withClient } from './postgresTestDatabase.js';

const LINK: ChangeAuthor = { actor: 'store-test', action: 'LINK' };
const UNLINK: ChangeAuthor = { actor: 'store-test', action: 'UNLINK' };

let location: TestDatabaseLocation;
let store: Store;
const ids: Record<string, number> = {};

beforeAll(async () => {
  location = await newTestDatabase();
  store = await openStore(location.database);
  const fixture = await loadFixture();
  await store.writeDatasetIfEmpty(fixture.dataset, fixture.heldTexts, CONTRACT_AUTHOR);
  const slugs = ['fell-out-over-trump', 'legend-real-cause', 'used-by-democrats', 'west-60000-votes'];
  const found = await store.idsBySlugs('claim', slugs);
  slugs.forEach((slug, index) => (ids[slug] = found[index]!));
});

afterAll(async () => {
  await store?.close();
  await location?.remove();
});

const linkCount = async (slug: string) =>
  (await store.changePage('claim', ids[slug], { limit: 100, fromEnd: false })).rows.filter(
    ({ row }) => row.action === 'LINK' || row.action === 'UNLINK',
  ).length;

async function expectRefusal(write: Promise<unknown>, reason: SameClaimLinkError['reason']) {
  const error = await write.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(SameClaimLinkError);
  expect((error as SameClaimLinkError).reason).toBe(reason);
}

describe('same-claim links in the store', () => {
  it('a link reads from both claims, in one batched call keyed like its input', async () => {
    const [fell, cause, democrats] = [ids['fell-out-over-trump'], ids['legend-real-cause'], ids['used-by-democrats']];
    expect(await store.linkSameClaims(cause, fell, 'worded apart', LINK)).toBe(true);
    expect(await store.linkSameClaims(fell, democrats, null, LINK)).toBe(true);
    expect(await store.sameClaimIdsByClaimIds([democrats, fell, cause, fell, 999_999])).toEqual([
      [fell],
      [cause, democrats],
      [fell],
      [cause, democrats],
      [],
    ]);
    expect(await store.sameClaimIdsByClaimIds([])).toEqual([]);
  });

  it('linking a linked pair again, either way round, returns false and logs nothing', async () => {
    const before = await linkCount('fell-out-over-trump');
    expect(await store.linkSameClaims(ids['fell-out-over-trump'], ids['legend-real-cause'], 'again', LINK)).toBe(false);
    expect(await store.linkSameClaims(ids['legend-real-cause'], ids['fell-out-over-trump'], null, LINK)).toBe(false);
    expect(await linkCount('fell-out-over-trump')).toBe(before);
  });

  it('unlinking retracts the link on both sides; unlinking again returns false', async () => {
    const [fell, democrats] = [ids['fell-out-over-trump'], ids['used-by-democrats']];
    expect(await store.unlinkSameClaims(democrats, fell, 'not the same', UNLINK)).toBe(true);
    expect(await store.sameClaimIdsByClaimIds([fell, democrats])).toEqual([[ids['legend-real-cause']], []]);
    expect(await store.unlinkSameClaims(fell, democrats, 'not the same', UNLINK)).toBe(false);
    expect(await linkCount('used-by-democrats')).toBe(2);
  });

  it('one claim twice, a missing claim or a retracted one is a SameClaimLinkError that writes nothing', async () => {
    const [fell, votes] = [ids['fell-out-over-trump'], ids['west-60000-votes']];
    const before = await linkCount('fell-out-over-trump');
    await expectRefusal(store.linkSameClaims(fell, fell, null, LINK), 'same');
    await expectRefusal(store.linkSameClaims(fell, 999_999, null, LINK), 'missing');
    await store.retract('claim', votes, 'retracted by the store test', { actor: 'store-test', action: 'RETRACT' });
    await expectRefusal(store.linkSameClaims(votes, fell, null, LINK), 'retracted');
    await expectRefusal(store.unlinkSameClaims(fell, votes, 'why', UNLINK), 'retracted');
    expect(await linkCount('fell-out-over-trump')).toBe(before);
    expect(await linkCount('west-60000-votes')).toBe(0);
  });

  it('a retracted claim drops out of the claims linked to it', async () => {
    const democrats = ids['used-by-democrats'];
    const cause = ids['legend-real-cause'];
    expect(await store.linkSameClaims(democrats, cause, null, LINK)).toBe(true);
    await store.retract('claim', democrats, 'retracted by the store test', { actor: 'store-test', action: 'RETRACT' });
    expect(await store.sameClaimIdsByClaimIds([cause])).toEqual([[ids['fell-out-over-trump']]]);
  });

  it('two writers linking one new pair at once make one link', async () => {
    const fresh = await openStore(location.database);
    try {
      const [fell, cause] = [ids['fell-out-over-trump'], ids['legend-real-cause']];
      expect(await store.unlinkSameClaims(fell, cause, 'to link again', UNLINK)).toBe(true);
      const results = await Promise.all([
        store.linkSameClaims(fell, cause, null, LINK),
        fresh.linkSameClaims(cause, fell, null, LINK),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await store.sameClaimIdsByClaimIds([cause])).toEqual([[fell]]);
    } finally {
      await fresh.close();
    }
  });

  it('the table refuses a pair written higher id first, a claim paired with itself, and a second current row', async () => {
    const [low, high] = [ids['fell-out-over-trump'], ids['legend-real-cause']].sort((a, b) => a - b);
    const insert = (claim: number, other: number) =>
      `INSERT INTO same_claim_links (claim_id, other_claim_id, linked_at, linked_by)
       VALUES (${claim}, ${other}, '2026-12-01T00:00:00.000Z', 'plain-sql')`;
    // the pair is linked now (the test above): a second current row for it is refused too
    for (const [claim, other] of [
      [high, low],
      [low, low],
      [low, high],
    ]) {
      await expect(runSql(insert(claim, other))).rejects.toThrow(/CHECK|UNIQUE|check|unique|duplicate/);
    }
    expect(await store.sameClaimIdsByClaimIds([low])).toEqual([[high]]);
  });
});

/** Plain SQL on the test database, past the Store. */
async function runSql(sql: string): Promise<void> {
  if (ON_POSTGRES) {
    await withClient(location.database, (client) => client.query(sql));
    return;
  }
  const db = new Database(location.database);
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}
