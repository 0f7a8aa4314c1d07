/**
 * How long importing the CLEF verified-claims file (../shared/claim-retrieval/verified_claims.docs.tsv, 10,375
 * rows) takes through the Store, on a fresh database, and how long re-importing it unchanged takes:
 *
 *   npx tsx bench/importVerifiedClaims.ts [DATABASE]
 *
 * DATABASE is a SQLite file path (default: a file in a new temporary folder) or a postgres:// URL of an empty
 * database on this machine. Times only the import calls (parse, lookups, one transaction), not the process's start:
 * the wall-clock time, and the CPU time spent on it (this process's, plus, for PostgreSQL, that of the server
 * processes serving the database, read from /proc), which a machine busy with other work inflates far less.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { importVerifiedClaims } from '../src/factcheckImport/importFactChecks.js';
import { openStore } from '../src/store/openStore.js';

const FILE = join(import.meta.dirname, '../../shared/claim-retrieval/verified_claims.docs.tsv');
const CLOCK_TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) the PostgreSQL server processes serving `url`'s database have used so far. */
async function serverCpuSeconds(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    let ticks = 0;
    for (const { pid } of rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      } catch {
        // a process that has ended since, or another machine's: not counted
      }
    }
    return ticks / CLOCK_TICKS_PER_SECOND;
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  if (!existsSync(FILE)) {
    console.log(`skipped: ${FILE} is missing`);
    return;
  }
  const database = process.argv[2] ?? join(mkdtempSync(join(tmpdir(), 'claimgraph-bench-')), 'claimgraph.db');
  const onPostgres = /^postgres(ql)?:\/\//.test(database);
  const text = readFileSync(FILE, 'utf8');
  const store = await openStore(database);
  try {
    const author = { actor: 'bench', action: 'IMPORT' as const };
    for (const run of ['first import', 'unchanged re-import']) {
      const serverBefore = onPostgres ? await serverCpuSeconds(database) : 0;
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const result = await importVerifiedClaims(store, text, { publisher: 'Snopes' }, author);
      const wall = (performance.now() - started) / 1000;
      const cpu = process.cpuUsage(cpuBefore);
      const clientCpu = (cpu.user + cpu.system) / 1e6;
      const serverCpu = onPostgres ? (await serverCpuSeconds(database)) - serverBefore : 0;
      const counts = `${result.created} created, ${result.updated} updated, ${result.unchanged} unchanged`;
      const server = onPostgres ? ` + server ${serverCpu.toFixed(2)} s` : '';
      console.log(
        `${store.backend} ${run}: ${wall.toFixed(2)} s wall, CPU ${clientCpu.toFixed(2)} s${server} ` +
          `(${counts}, ${result.problems.length} refused)`,
      );
    }
  } finally {
    await store.close();
  }
}

await main();
