/**
 * What a first visit costs, in Debian's Chromium (the browser the end-to-end tests drive):
 *
 * - the dashboard's first view (`/`, the claims list): the bytes that crossed the wire, summed over every response
 *   (Chrome's encodedDataLength: headers and compressed body), until the claims table is shown and the network is
 *   idle;
 * - GraphiQL (`/graphiql`): the time from navigation until its editor is usable (Monaco has laid out the first
 *   example query), with introspection on and off; the median of several cold visits (a fresh browser context, so
 *   an empty cache, each).
 *
 * A claimgraph server is started in this process on a temporary SQLite database seeded with the article's fixture;
 * the dashboard is built first when its sources changed. The timings follow the machine's load, which is printed.
 *
 * `--compare DIR...` also measures other builds of the dashboard (an older dist folder, say), each served by the
 * same dashboard routes in front of the same claimgraph, the visits taking turns so that every build meets the same
 * load; the current build is served the same way.
 *
 * `--network MBPS` throttles each page to MBPS megabits per second down (a quarter of it up) with 20 ms of latency,
 * in Chromium's network emulation: a visitor over a real network rather than the loopback, where compression pays.
 *
 *   tsx bench/firstView.ts [--runs N] [--network MBPS] [--compare DIST_DIR...]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Fastify from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../src/config/config.js';
import { startServer } from '../src/app/startServer.js';
import { DASHBOARD_DIST, registerDashboardRoutes } from '../src/http/dashboardRoutes.js';
import { buildDashboard } from '../dashboard/scripts/buildDashboard.js';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../tests/e2e/support/chromium.js';
import { recordTransfers, totalBytes, type Transfer } from '../tests/e2e/support/transfers.js';

/** the first view's budget: everything transferred for `/` */
const FIRST_VIEW_BUDGET_BYTES = 200 * 1024;
/** GraphiQL's budget: ready to type in on a first visit */
const GRAPHIQL_READY_BUDGET_MS = 2000;

const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
const compareAt = args.indexOf('--compare');
const networkAt = args.indexOf('--network');
const NETWORK_MBPS = networkAt >= 0 ? Number(args[networkAt + 1]) : null;

/** Chromium's network emulation for the page, when --network asks for it. */
async function throttle(page: Page): Promise<void> {
  if (NETWORK_MBPS === null) return;
  const session = await page.context().newCDPSession(page);
  await session.send('Network.enable');
  const bytesPerSecond = (NETWORK_MBPS * 1_000_000) / 8;
  await session.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 20,
    downloadThroughput: bytesPerSecond,
    uploadThroughput: bytesPerSecond / 4,
  });
}

/** the folders after --compare, up to the next option */
const COMPARED: string[] = [];
for (const arg of compareAt >= 0 ? args.slice(compareAt + 1) : []) {
  if (arg.startsWith('--')) break;
  COMPARED.push(resolve(arg));
}

async function firstView(browser: Browser, origin: string): Promise<Transfer[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await throttle(page);
  const transfers = await recordTransfers(page);
  await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
  await page.locator('.claims-table tbody tr').first().waitFor();
  await page.waitForLoadState('networkidle');
  const result = transfers();
  await context.close();
  return result;
}

/**
 * Milliseconds from navigation until GraphiQL's query editor shows the first example (Monaco is up), and the bytes
 * transferred by then.
 */
async function graphiqlReady(browser: Browser, origin: string): Promise<{ ms: number; bytes: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  await throttle(page);
  const transfers = await recordTransfers(page);
  const started = performance.now();
  await page.goto(`${origin}/graphiql`, { waitUntil: 'commit' });
  await page
    .locator('.graphiql-query-editor .view-lines', { hasText: 'WhoDidWestCallASellout' })
    .waitFor({ timeout: 30_000 });
  const ms = performance.now() - started;
  const bytes = totalBytes(transfers());
  await context.close();
  return { ms, bytes };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

interface Claimgraph {
  origin: string;
  close(): Promise<void>;
}

async function startClaimgraph(introspection: boolean): Promise<Claimgraph> {
  const folder = mkdtempSync(join(tmpdir(), 'claimgraph-first-view-'));
  const server = await startServer(
    loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      CLAIMGRAPH_DB: join(folder, 'bench.sqlite'),
      CLAIMGRAPH_RATE_LIMIT: '0',
      CLAIMGRAPH_INTROSPECTION: introspection ? '1' : '0',
    }),
    () => {},
  );
  return {
    origin: new URL(server.url).origin,
    close: async () => {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The dashboard routes over `distDir`, with /graphql passed on to `claimgraph` (queries over HTTP; no socket). */
async function startFront(distDir: string, claimgraph: Claimgraph): Promise<Claimgraph> {
  const front = Fastify({ logger: false });
  registerDashboardRoutes(front, { distDir });
  front.post('/graphql', async (request, reply) => {
    const response = await fetch(`${claimgraph.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: request.headers.accept ?? 'application/json' },
      body: JSON.stringify(request.body),
    });
    return reply
      .code(response.status)
      .type(response.headers.get('content-type') ?? 'application/json')
      .send(Buffer.from(await response.arrayBuffer()));
  });
  await front.listen({ host: '127.0.0.1', port: 0 });
  return {
    origin: `http://127.0.0.1:${(front.server.address() as AddressInfo).port}`,
    close: () => front.close(),
  };
}

function printFirstView(label: string, transfers: Transfer[]): void {
  const total = totalBytes(transfers);
  console.log(`First view of / ${label}(${transfers.length} responses):`);
  for (const transfer of [...transfers].sort((a, b) => b.bytes - a.bytes)) {
    console.log(
      `  ${kb(transfer.bytes).padStart(10)}  ${transfer.encoding.padEnd(8)}  ${new URL(transfer.url).pathname}`,
    );
  }
  console.log(
    `  total ${total} bytes = ${kb(total)} (budget ${kb(FIRST_VIEW_BUDGET_BYTES)}: ${total < FIRST_VIEW_BUDGET_BYTES ? 'within' : 'OVER'})`,
  );
}

function printGraphiql(label: string, visits: { ms: number; bytes: number }[]): void {
  const times = visits.map((visit) => visit.ms);
  const middle = median(times);
  console.log(
    `GraphiQL ready, ${label}: median ${middle.toFixed(0)} ms of ${visits.length} cold visits (${times.map((time) => time.toFixed(0)).join(', ')} ms; budget ${GRAPHIQL_READY_BUDGET_MS} ms: ${middle < GRAPHIQL_READY_BUDGET_MS ? 'within' : 'OVER'}); ${kb(median(visits.map((visit) => visit.bytes)))} transferred by then`,
  );
}

await buildDashboard();
console.log(
  `load average before: ${load()}; network: ${NETWORK_MBPS === null ? 'loopback, unthrottled' : `${NETWORK_MBPS} Mbit/s down, 20 ms latency`}`,
);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
try {
  if (COMPARED.length === 0) {
    const production = await startClaimgraph(false);
    const introspecting = await startClaimgraph(true);
    try {
      printFirstView('', await firstView(browser, production.origin));
      for (const [label, server] of [
        ['introspection on', introspecting],
        ['introspection off', production],
      ] as const) {
        const visits = [];
        for (let run = 0; run < RUNS; run++) visits.push(await graphiqlReady(browser, server.origin));
        printGraphiql(label, visits);
      }
    } finally {
      await production.close();
      await introspecting.close();
    }
  } else {
    const builds = [DASHBOARD_DIST, ...COMPARED];
    for (const introspection of [true, false]) {
      const claimgraph = await startClaimgraph(introspection);
      const fronts = await Promise.all(builds.map((dist) => startFront(dist, claimgraph)));
      try {
        if (!introspection) {
          for (const [index, dist] of builds.entries())
            printFirstView(`(${dist}) `, await firstView(browser, fronts[index].origin));
        }
        const visits = builds.map(() => [] as { ms: number; bytes: number }[]);
        // the builds take turns, so that a burst of load elsewhere does not fall on one of them only
        for (let run = 0; run < RUNS; run++) {
          for (const [index, front] of fronts.entries()) visits[index].push(await graphiqlReady(browser, front.origin));
        }
        for (const [index, dist] of builds.entries())
          printGraphiql(`introspection ${introspection ? 'on' : 'off'}, ${dist}`, visits[index]);
      } finally {
        for (const front of fronts) await front.close();
        await claimgraph.close();
      }
    }
  }
} finally {
  await browser.close();
  console.log(`load average after: ${load()}`);
}
