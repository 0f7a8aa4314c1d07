/**
 * The size of a SQLite connection's page cache, kept apart from the driver so that the configuration can name its
 * default without loading better-sqlite3 on a server that runs on PostgreSQL.
 *
 * SQLite's own default of 2 MiB held too little of a 100k-statement graph's indexes: each request read the same
 * pages back from the operating system, and the nested who-said-what query took ~30% more time than with 32 MiB or
 * more (BENCHMARKS.md). The cache fills only as pages are read, so a small database never uses all of it.
 */
export const DEFAULT_SQLITE_CACHE_MIB = 128;

/** The largest cache the setting takes: 1 TiB, whose size in KiB still fits cache_size's 32-bit integer. */
export const MAX_SQLITE_CACHE_MIB = 1024 * 1024;

/** cache_size's value for a cache of `mib` MiB: a negative cache_size counts KiB rather than pages. */
export function cacheSizeKiB(mib: number): number {
  return -Math.round(mib * 1024);
}
