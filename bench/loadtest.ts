/**
 * `npm run loadtest` (30 s) or `npm run loadtest -- --short` (5 s, for CI): a bounded load on the loopback
 * interface against the real `claimgraph serve` (its own process, a fresh SQLite database seeded with the article),
 * from autocannon: mixed reads (lists, filters, search, paths, timeline, the dashboard summary) with one write in
 * ten (reviewClaim with a reviewer token). The server's resident memory and the size of its WAL file are sampled
 * throughout. Passes (exit 0) when there were no connection errors, no 5xx, no other non-2xx, no GraphQL error,
 * memory stayed under a ceiling (and, in runs of 20 s or more, did not trend upwards) and the WAL stayed bounded;
 * prints a summary either way, exit 1 on failure.
 *
 * Options: --short (5 s), --duration SECONDS, --connections N (default 8).
 * The rate limit is turned off for the run (CLAIMGRAPH_RATE_LIMIT=0): one loopback client would otherwise get 429s
 * by design.
 */
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const REVIEWER_TOKEN = 'loadtest-reviewer-token-0123456789abcdef';

interface Options {
  durationSeconds: number;
  connections: number;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { durationSeconds: 30, connections: 8 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--short') options.durationSeconds = 5;
    else if (arg === '--duration') options.durationSeconds = Number(argv[++i]);
    else if (arg === '--connections') options.connections = Number(argv[++i]);
    else {
      console.error(
        `loadtest: unknown argument ${arg}\nusage: loadtest [--short] [--duration SECONDS] [--connections N]`,
      );
      process.exit(2);
    }
  }
  for (const [name, value] of Object.entries(options)) {
    if (!Number.isInteger(value) || value < 1 || value > 600) {
      console.error(`loadtest: ${name} must be an integer from 1 to 600`);
      process.exit(2);
    }
  }
  return options;
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Resident memory of a process, in bytes (Linux /proc; `ps` elsewhere). */
function rssOf(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

const READS: { name: string; query: string; variables?: Record<string, unknown> }[] = [
  {
    name: 'statements by speaker',
    query:
      '{ statements(filter: { speaker: "Ye", text: "sellout" }) { totalCount nodes { quote mentions { entity { name } stance } evidence { exact } } } }',
  },
  {
    name: 'unreviewed claims',
    query:
      '{ claims(filter: { status: UNREVIEWED }, first: 20) { totalCount nodes { slug text claimant { name } disputedBy { totalCount } } } }',
  },
  {
    name: 'said about',
    query:
      '{ entity(name: "Legend") { name saidAbout(subject: "Trump") { totalCount nodes { quote saidOn { iso } occasion { title } } } } }',
  },
  {
    name: 'search',
    query: 'query S($q: String!) { search(query: $q, first: 5) { totalCount nodes { kind score snippet } } }',
    variables: { q: 'votes' },
  },
  {
    name: 'paths',
    query: '{ paths(from: "Big Sean", to: "Joe Biden", first: 1) { length hops { kind description } } }',
  },
  {
    name: 'timeline',
    query: '{ timeline(entity: "john-legend", first: 5) { totalCount edges { date { iso } node { __typename } } } }',
  },
  {
    name: 'dashboard',
    query:
      '{ factCheckSummary { totalClaims byStatus { status count } byRating { ratingValue count } mostDisputed { claim { slug } disputeCount } } }',
  },
  {
    name: 'claim reviews',
    query:
      '{ claims(first: 5) { nodes { slug status reviews(last: 3) { totalCount nodes { ratingValue verdict } } } } }',
  },
  {
    name: 'people',
    query: '{ people(first: 10) { totalCount nodes { name aliases } } outlets { nodes { name kind } } }',
  },
];

const WRITE = {
  name: 'reviewClaim',
  query: `mutation Review($input: ReviewClaimInput!) { reviewClaim(input: $input) { review { id } claim { status } } }`,
  variables: {
    input: {
      claim: 'west-60000-votes',
      ratingValue: 4,
      explanation: 'Official results put it near 67,000.',
      sources: [{ url: 'https://example.org/results', title: 'Official results' }],
    },
  },
};

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-loadtest-'));
  const databaseFile = join(folder, 'loadtest.db');
  const walFile = `${databaseFile}-wal`;
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      CLAIMGRAPH_DB: databaseFile,
      CLAIMGRAPH_TOKENS: `loadtest:reviewer:${REVIEWER_TOKEN}`,
      CLAIMGRAPH_RATE_LIMIT: '0',
      CLAIMGRAPH_DEV: '0',
      CLAIMGRAPH_REPORT_STORE_CALLS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let serverOut = '';
  let serverErr = '';
  server.stdout.setEncoding('utf8').on('data', (chunk: string) => (serverOut += chunk));
  server.stderr.setEncoding('utf8').on('data', (chunk: string) => (serverErr += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolveExit) =>
    server.once('exit', (code, signal) => resolveExit({ code, signal })),
  );
  const problems: string[] = [];
  try {
    const url = await new Promise<string>((resolveUrl, reject) => {
      const guard = setTimeout(
        () => reject(new Error(`the server did not start within 30 s\n${serverOut}${serverErr}`)),
        30_000,
      );
      const check = () => {
        const match = /claimgraph serving (http:\/\/\S+)/.exec(serverOut);
        if (match) {
          clearTimeout(guard);
          resolveUrl(match[1]);
        }
      };
      server.stdout.on('data', check);
      check();
      void exited.then(() => reject(new Error(`the server exited before it was ready\n${serverOut}${serverErr}`)));
    });
    const pageSize = (() => {
      const db = new Database(databaseFile, { readonly: true });
      try {
        return db.pragma('page_size', { simple: true }) as number;
      } finally {
        db.close();
      }
    })();
    const walBound = 2 * 1000 * pageSize; // auto-checkpoint at 1000 pages, plus the transaction in progress

    // sampling
    const rss: number[] = [];
    let walMax = existsSync(walFile) ? statSync(walFile).size : 0;
    const sampler = setInterval(() => {
      const bytes = rssOf(server.pid!);
      if (bytes !== null) rss.push(bytes);
      if (existsSync(walFile)) walMax = Math.max(walMax, statSync(walFile).size);
    }, 250);

    // the mix: nine reads, one write, in every connection's rotation
    const graphqlErrors = new Map<string, number>();
    // the first error body of each operation, so a failed run says what went wrong
    const firstErrors = new Map<string, string>();
    const onResponse = (name: string) => (status: number, body: string) => {
      if (status !== 200) return; // counted by autocannon
      if (!body.includes('"errors"')) return;
      graphqlErrors.set(name, (graphqlErrors.get(name) ?? 0) + 1);
      if (!firstErrors.has(name)) firstErrors.set(name, body.slice(0, 500));
    };
    const requests: autocannon.Request[] = [...READS, WRITE].map(({ name, query, variables }) => ({
      method: 'POST',
      path: '/graphql',
      headers: {
        'content-type': 'application/json',
        ...(name === WRITE.name ? { authorization: `Bearer ${REVIEWER_TOKEN}` } : {}),
      },
      body: JSON.stringify(variables === undefined ? { query } : { query, variables }),
      onResponse: onResponse(name),
    }));
    const result = await autocannon({
      url,
      connections: options.connections,
      duration: options.durationSeconds,
      requests,
      timeout: 10,
    });
    clearInterval(sampler);

    const warm = Math.max(1, Math.floor(rss.length / 5));
    const warmedUp = rss.slice(warm);
    const baseline = Math.max(...rss.slice(0, warm));
    const rssMin = Math.min(...warmedUp);
    const rssMax = Math.max(...warmedUp);
    const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
    const writes = Math.round(result.requests.total / requests.length);

    console.log(
      `claimgraph loadtest: ${options.durationSeconds} s, ${options.connections} connections, 127.0.0.1:${port}`,
    );
    console.log(
      `  requests  ${result.requests.total} (${result.requests.average.toFixed(0)}/s average), about ${writes} of them writes`,
    );
    console.log(
      `  latency   p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
    );
    console.log(
      `  responses 2xx ${result['2xx']}, non-2xx ${result.non2xx}, 5xx ${result['5xx']}, errors ${result.errors}, timeouts ${result.timeouts}, GraphQL errors ${[...graphqlErrors.values()].reduce((a, b) => a + b, 0)}`,
    );
    console.log(
      `  memory    server RSS after warm-up: min ${mib(rssMin)}, max ${mib(rssMax)} (warm-up peak ${mib(baseline)}; ${rss.length} samples)`,
    );
    console.log(`  WAL       max ${mib(walMax)} (bound ${mib(walBound)})`);

    if (result.errors > 0) problems.push(`${result.errors} connection errors`);
    if (result.timeouts > 0) problems.push(`${result.timeouts} timeouts`);
    if (result['5xx'] > 0) problems.push(`${result['5xx']} 5xx responses`);
    if (result.non2xx > 0) problems.push(`${result.non2xx} non-2xx responses`);
    for (const [name, count] of graphqlErrors) {
      problems.push(`${count} GraphQL errors from ${name}, the first: ${firstErrors.get(name)}`);
    }
    if (result.requests.total === 0) problems.push('no request completed');
    if (walMax > walBound) problems.push(`the WAL grew to ${mib(walMax)}, over ${mib(walBound)}`);
    if (warmedUp.length < 2) problems.push('too few memory samples');
    else {
      // bounded: the heap grows towards its garbage-collection sawtooth for the first ~15 s of load, then stays in
      // it (about 60 MiB between peaks and troughs here), so the whole run must stay under a ceiling
      const ceiling = Math.min(baseline + 256 * 2 ** 20, 1024 * 2 ** 20);
      if (rssMax > ceiling) problems.push(`RSS reached ${mib(rssMax)}, over ${mib(ceiling)} (warm-up peak + 256 MiB)`);
      // stable: in a run long enough to see several collections, the troughs (what survives a collection) of the
      // last third are not above those of the middle third; a leak raises every trough
      if (options.durationSeconds >= 20) {
        const third = Math.floor(warmedUp.length / 3);
        const middleTrough = Math.min(...warmedUp.slice(third, 2 * third));
        const lastTrough = Math.min(...warmedUp.slice(2 * third));
        console.log(`  trend     RSS troughs: middle third ${mib(middleTrough)}, last third ${mib(lastTrough)}`);
        if (lastTrough > middleTrough + Math.max(32 * 2 ** 20, 0.15 * middleTrough)) {
          problems.push(
            `RSS kept growing: troughs ${mib(middleTrough)} in the middle third, ${mib(lastTrough)} in the last`,
          );
        }
      } else {
        console.log('  trend     (the RSS trend is judged on runs of 20 s or more; this run checks the ceiling only)');
      }
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
    const guard = setTimeout(() => server.kill('SIGKILL'), 15_000);
    const { code, signal } = await exited;
    clearTimeout(guard);
    if (code !== 0) problems.push(`the server exited with code ${code} (signal ${signal})`);
    if (serverErr.trim() !== '') problems.push(`the server wrote to stderr: ${serverErr.trim().slice(0, 500)}`);
    rmSync(folder, { recursive: true, force: true });
  }
  if (problems.length > 0) {
    console.log(`FAILED:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    return 1;
  }
  console.log(`PASSED: no errors, no 5xx, memory ${options.durationSeconds >= 20 ? 'stable' : 'bounded'}, WAL bounded`);
  return 0;
}

process.exitCode = await main();
