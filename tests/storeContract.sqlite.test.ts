/** The Store contract on SQLite: each store gets a fresh database file in its own temporary folder. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../src/store/sqlite/sqliteStore.js';
import type { Store } from '../src/store/store.js';
import { describeParentListContract } from './store/parentListContract.js';
import { describeStoreContract, type StoreUnderTest } from './store/storeContract.js';

const freshSqliteStore = async (): Promise<StoreUnderTest> => {
  const folder = await mkdtemp(join(tmpdir(), 'claimgraph-store-contract-'));
  const file = join(folder, 'claimgraph.db');
  const stores: Store[] = [SqliteStore.open(file)];
  return {
    store: stores[0],
    async openAnother() {
      const store = SqliteStore.open(file);
      stores.push(store);
      return store;
    },
    async cleanup() {
      for (const store of stores) await store.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
};

describeStoreContract('sqlite', freshSqliteStore);
describeParentListContract('sqlite', freshSqliteStore);
