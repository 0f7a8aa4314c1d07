/**
 * A first visit in a real browser (Debian's Chromium): what the dashboard's first view costs on the wire, and what
 * GraphiQL's help says about the schema, which must match the server's introspection setting (a production server
 * refuses introspection, so its explorer must not promise docs and points to schema.graphql instead).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { launchChromium, SKIP_BROWSER_TESTS, watchConsole } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';
import { recordTransfers, totalBytes } from './support/transfers.js';

/** Everything the first view of / may transfer, headers included (the dashboard's budget). */
const FIRST_VIEW_BUDGET_BYTES = 200 * 1024;

let production: TestServer;
let introspecting: TestServer;
let browser: Browser;
const consoleErrors: string[] = [];
const contexts: BrowserContext[] = [];

const origin = (server: TestServer) => new URL(server.url).origin;

/** A page in a fresh context: an empty cache, as on a first visit. */
async function freshPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  context.setDefaultTimeout(15_000);
  contexts.push(context);
  const page = await context.newPage();
  watchConsole(page, consoleErrors);
  return page;
}

/** The text of GraphiQL's query editor once Monaco shows the first example. */
async function firstTabText(page: Page): Promise<string> {
  const editor = page.locator('.graphiql-query-editor .view-lines');
  await editor.filter({ hasText: 'WhoDidWestCallASellout' }).waitFor();
  // Monaco renders a non-breaking space for each space
  return ((await editor.textContent()) ?? '').replace(/\u00a0/g, ' ');
}

beforeAll(async () => {
  if (SKIP_BROWSER_TESTS) return;
  ensureDashboardBuilt();
  // production mode, where introspection is off by default
  production = await startTestServer();
  introspecting = await startTestServer({ env: { CLAIMGRAPH_INTROSPECTION: '1' } });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await production?.close();
  await introspecting?.close();
});

describe.skipIf(SKIP_BROWSER_TESTS)('a first visit', () => {
  it('loads the first view of / in under 200 KB on the wire, its text files compressed', async () => {
    const page = await freshPage();
    const transfers = await recordTransfers(page);
    await page.goto(`${origin(production)}/`);
    await page.locator('.claims-table tbody tr').first().waitFor();
    await page.waitForLoadState('networkidle');
    const sent = transfers();
    const total = totalBytes(sent);
    const listing = sent.map((transfer) => `${transfer.bytes} ${transfer.encoding} ${transfer.url}`).join('\n');
    expect(total, listing).toBeGreaterThan(0);
    expect(total, listing).toBeLessThan(FIRST_VIEW_BUDGET_BYTES);
    // the page and its scripts and styles came compressed (Chromium accepts br)
    const assets = sent.filter((transfer) => /\/assets\/.+\.(?:js|css)$|\/$/.test(transfer.url));
    expect(assets.length, listing).toBeGreaterThan(0);
    for (const transfer of assets.filter((item) => item.bytes > 2048))
      expect(transfer.encoding, transfer.url).toBe('br');
    // the people view's graph library is not part of the first view
    expect(
      sent.some((transfer) => /peopleView|cytoscape/i.test(transfer.url)),
      listing,
    ).toBe(false);
  });

  it('loads another view on demand, and its graph, when the reader goes there', async () => {
    const page = await freshPage();
    const transfers = await recordTransfers(page);
    await page.goto(`${origin(production)}/`);
    await page.locator('.claims-table tbody tr').first().waitFor();
    const peopleChunk = () => transfers().some((transfer) => /\/assets\/peopleView-[^/]+\.js$/.test(transfer.url));
    expect(peopleChunk()).toBe(false);
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.locator('.path-form select[name=from]').waitFor();
    expect(peopleChunk()).toBe(true);
    expect(await page.locator('main h1').textContent()).toContain('People');
  });

  it('on a server without introspection, GraphiQL points to schema.graphql and offers no docs', async () => {
    const page = await freshPage();
    await page.goto(`${origin(production)}/graphiql`);
    const text = await firstTabText(page);
    expect(text).toContain('schema.graphql');
    expect(text).toContain('does not allow');
    expect(text).not.toContain('The docs, in the left bar');
    const banner = page.locator('#graphiql-banner');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.textContent()).toContain('schema.graphql');
    expect(await page.locator('body').getAttribute('data-introspection')).toBe('off');
    expect(await page.locator('.graphiql-sidebar button[aria-label*="Documentation Explorer"]').count()).toBe(0);
  });

  it('on a server with introspection, GraphiQL offers its docs and says so', async () => {
    const page = await freshPage();
    await page.goto(`${origin(introspecting)}/graphiql`);
    const text = await firstTabText(page);
    expect(text).toContain('The docs, in the left bar');
    expect(text).not.toContain('schema.graphql');
    expect(await page.locator('#graphiql-banner').isHidden()).toBe(true);
    expect(await page.locator('body').getAttribute('data-introspection')).toBe('on');
    const docs = page.locator('.graphiql-sidebar button[aria-label="Show Documentation Explorer"]');
    await docs.click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
  });

  it('broke no Content-Security-Policy rule and threw nothing', () => {
    expect(consoleErrors).toEqual([]);
  });
});
