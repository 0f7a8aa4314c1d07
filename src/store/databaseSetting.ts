/** What a database setting (CLAIMGRAPH_DB) names: a postgres:// or postgresql:// URL, or else a SQLite file. */
export function isPostgresUrl(database: string): boolean {
  return /^postgres(ql)?:\/\//.test(database);
}
