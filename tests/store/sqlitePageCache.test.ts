/**
 * The SQLite connection's page cache: its size is set on every connection opened and read back, and the setting
 * that chooses it is validated like every other.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { openSqliteDatabase } from '../../src/store/sqlite/openSqliteDatabase.js';
import { DEFAULT_SQLITE_CACHE_MIB, MAX_SQLITE_CACHE_MIB } from '../../src/store/sqlite/pageCache.js';
import { ON_POSTGRES } from '../support/testDatabase.js';
import { removeFolders, temporaryFolder } from '../security/helpers.js';

afterAll(() => removeFolders());

/** cache_size as SQLite reports it, converted to MiB (a negative value counts KiB). */
function cacheMiBOf(db: ReturnType<typeof openSqliteDatabase>): number {
  return -Number(db.pragma('cache_size', { simple: true })) / 1024;
}

describe.skipIf(ON_POSTGRES)('the SQLite page cache', () => {
  it('is 128 MiB on a connection opened without a size, and the size asked for otherwise, up to the largest allowed', () => {
    const folder = temporaryFolder();
    const unsized = openSqliteDatabase(join(folder, 'default.db'));
    const sized = openSqliteDatabase(join(folder, 'sized.db'), { cacheMiB: 16 });
    const largest = openSqliteDatabase(join(folder, 'largest.db'), { cacheMiB: MAX_SQLITE_CACHE_MIB });
    try {
      expect(DEFAULT_SQLITE_CACHE_MIB).toBe(128);
      expect(cacheMiBOf(unsized)).toBe(128);
      expect(cacheMiBOf(sized)).toBe(16);
      expect(cacheMiBOf(largest)).toBe(MAX_SQLITE_CACHE_MIB);
    } finally {
      unsized.close();
      sized.close();
      largest.close();
    }
  });
});

describe('the SQLite page cache setting', () => {
  it('defaults to 128 MiB, takes a whole number of MiB up to 1 TiB and refuses zero, fractions, negatives, words and more', () => {
    expect(loadConfig({}).sqliteCacheMiB).toBe(128);
    expect(loadConfig({ CLAIMGRAPH_SQLITE_CACHE_MIB: '512' }).sqliteCacheMiB).toBe(512);
    expect(loadConfig({ CLAIMGRAPH_SQLITE_CACHE_MIB: '1048576' }).sqliteCacheMiB).toBe(1048576);
    for (const bad of ['0', '-1', '2.5', 'lots', '1048577', '99999999999']) {
      expect(() => loadConfig({ CLAIMGRAPH_SQLITE_CACHE_MIB: bad })).toThrow(
        new ConfigError(`CLAIMGRAPH_SQLITE_CACHE_MIB must be an integer from 1 to 1048576, got ${JSON.stringify(bad)}`),
      );
    }
  });
});
