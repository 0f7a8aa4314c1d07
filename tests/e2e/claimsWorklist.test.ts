/**
 * The claims worklist's controls in a real browser (Debian's Chromium, driven by playwright-core): text search,
 * verdict filter (its ratings in the label), sort order, applied by the Apply button only (arrow keys in a select
 * never reload the list), first-seen and last-review columns, "Seen N×" linking to the claim's appearances,
 * export links for the list as filtered, and the summary folded on a phone but open on a laptop.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFixtureDataset, startTestServer, writeDatasetVariant, type TestServer } from '../support/testServer.js';
import { worklistDataset } from '../support/worklistDataset.js';
import { launchChromium, SKIP_BROWSER_TESTS, watchConsole } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';

const LAPTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

let server: TestServer;
let origin: string;
let removeDataset: () => void;
let browser: Browser;
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (SKIP_BROWSER_TESTS) return;
  ensureDashboardBuilt();
  const { dataset, texts } = worklistDataset(readFixtureDataset());
  const variant = writeDatasetVariant(dataset, texts);
  removeDataset = variant.remove;
  server = await startTestServer({ seedDataset: variant.datasetFile });
  origin = new URL(server.url).origin;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  removeDataset?.();
});

async function newPage(viewport: { width: number; height: number }): Promise<{ page: Page; context: BrowserContext }> {
  const context = await browser.newContext({ viewport });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchConsole(page, consoleErrors);
  return { page, context };
}

/** The claims of the API for a filter and order, by slug, as the table should list them. */
async function apiSlugs(filter: Record<string, unknown>, order: string): Promise<{ slugs: string[]; total: number }> {
  const { body } = await server.graphql(
    `query ($filter: ClaimFilter, $order: ClaimOrder) { claims(filter: $filter, order: $order, first: 10) {
      totalCount nodes { slug } } }`,
    { filter, order },
  );
  expect(body.errors).toBeUndefined();
  return {
    slugs: body.data.claims.nodes.map((node: { slug: string }) => node.slug),
    total: body.data.claims.totalCount,
  };
}

describe.skipIf(SKIP_BROWSER_TESTS)('the claims worklist controls', () => {
  it('filters by text and verdict, sorts, and applies only on Apply', async () => {
    const { page, context } = await newPage(LAPTOP);
    await page.goto(`${origin}/#/claims`);
    const rows = page.locator('.claims-table tbody tr');
    await expect.poll(() => rows.count()).toBe(10);

    const verdict = page.getByLabel('Verdict');
    expect(await verdict.locator('option').allTextContents()).toEqual([
      'Any verdict',
      'False (1-2)',
      'Mixed (3)',
      'True (4-5)',
    ]);

    // arrow keys move through a select's options without reloading the list
    const sort = page.getByLabel('Sort by');
    await sort.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.getByLabel('Text').fill('tally');
    await verdict.selectOption({ label: 'True (4-5)' });
    expect(new URL(page.url()).hash).toBe('#/claims');

    await sort.selectOption('LAST_REVIEWED_DESC');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/verdict=TRUE/);
    const params = new URLSearchParams(new URL(page.url()).hash.split('?')[1]);
    expect(Object.fromEntries(params)).toEqual({ text: 'tally', verdict: 'TRUE', order: 'LAST_REVIEWED_DESC' });

    const expected = await apiSlugs({ text: 'tally', verdict: 'TRUE' }, 'LAST_REVIEWED_DESC');
    expect(expected.slugs.length).toBeGreaterThan(1);
    await expect
      .poll(() => rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-claim'))))
      .toEqual(expected.slugs);
    expect(await page.locator('.result-count').textContent()).toContain(String(expected.total));

    // first seen and last review are columns; "Seen N×" opens the claim at its appearances
    const first = rows.first();
    expect(await first.locator('td[data-label="Last review"] time').count()).toBe(1);
    expect(await first.locator('td[data-label="First seen"]').textContent()).not.toBe('');
    const seen = first.locator('td[data-label=Seen] a');
    expect(await seen.textContent()).toMatch(/^Seen \d+×$/);
    expect(await seen.getAttribute('href')).toMatch(/^#\/claim\/[^?]+\?section=appearances$/);

    // the export links carry the list's filter and order, and the files hold its rows
    const csv = page.getByRole('link', { name: 'CSV' });
    const csvHref = await csv.getAttribute('href');
    expect(csvHref).toBe('/export/claims.csv?verdict=TRUE&text=tally&order=LAST_REVIEWED_DESC');
    expect(await page.getByRole('link', { name: 'JSON' }).getAttribute('href')).toBe(
      '/export/claims.json?verdict=TRUE&text=tally&order=LAST_REVIEWED_DESC',
    );
    const response = await fetch(`${origin}${csvHref!.replace('.csv', '.json')}`);
    const exported = (await response.json()) as { slug: string }[];
    expect(exported.map((row) => row.slug)).toEqual(expected.slugs);

    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  it('shows the summary open on a laptop and folded on a phone', async () => {
    for (const [viewport, open] of [
      [LAPTOP, true],
      [PHONE, false],
    ] as const) {
      const { page, context } = await newPage(viewport);
      await page.goto(`${origin}/#/claims`);
      const fold = page.locator('details.summary-fold');
      await fold.waitFor({ state: 'attached' });
      expect(await fold.evaluate((details) => details.hasAttribute('open'))).toBe(open);
      await context.close();
    }
    expect(consoleErrors).toEqual([]);
  });
});
