/**
 * Claims, reviews and relationship changes on the timeline, in a real browser (Debian's Chromium, driven by
 * playwright-core) against a claimgraph seeded with the small test dataset: West's timeline shows the claim he
 * makes with its status, its review with the rating in the scale's words and the reviewer, and his friendship with
 * Legend as it began and as it became strained, each linking to its page; the "Show" checkboxes keep only the kinds
 * checked; and the page passes axe-core's WCAG checks.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { smallDataset } from '../support/smallDataset.js';
import { writeTempDataset } from '../support/tempDataset.js';
import { globalId, startWriteServer, type WriteServer } from '../support/writeServer.js';
import { launchChromium, SKIP_BROWSER_TESTS, watchConsole } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-artifacts', 'e2e');
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LAPTOP = { width: 1280, height: 860 };
const WEST = globalId('Person', 'kanye-west');
const WEST_TIMELINE = `/#/timeline/${encodeURIComponent(WEST)}`;
const CLAIM = globalId('Claim', 'legend-urged-west');
const CLAIM_TEXT = 'Legend urged West to reconsider aligning himself with Trump';

let server: WriteServer;
let browser: Browser;
let context: BrowserContext;
const consoleErrors: string[] = [];

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  watchConsole(page, consoleErrors);
  return page;
}

/** West's timeline once its items are shown. */
async function openWestTimeline(page: Page): Promise<void> {
  await page.goto(`${server.origin}${WEST_TIMELINE}`);
  await page.locator('.timeline-item').first().waitFor();
}

/** The kinds of the items shown, by their class ("claim", "review", ...), in order. */
async function shownKinds(page: Page): Promise<string[]> {
  return page
    .locator('.timeline-item')
    .evaluateAll((items) => items.map((item) => [...item.classList].find((name) => name !== 'timeline-item') ?? ''));
}

describe.skipIf(SKIP_BROWSER_TESTS)('claims, reviews and relationship changes on the timeline', () => {
  beforeAll(async () => {
    ensureDashboardBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWriteServer({ seedDataset: await writeTempDataset(smallDataset()) });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: LAPTOP });
    context.setDefaultTimeout(10_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the claim West makes with its status, its review with the rating in words, and his friendship changing', async () => {
    const page = await newPage();
    await openWestTimeline(page);
    // the review, published in 2024, has a year of its own
    expect(await page.locator('.timeline-year h2').allTextContents()).toEqual(['2018', '2024', 'Undated']);

    // first seen in Legend's 2018 tweet, which West posted
    const claim = page.locator('.timeline-year[aria-label="2018"] .timeline-item.claim');
    expect(await claim.locator('.what').textContent()).toBe(`claim first seen ${CLAIM_TEXT} Reviewed`);
    expect(await claim.getByRole('link', { name: CLAIM_TEXT }).getAttribute('href')).toBe(
      `#/claim/${encodeURIComponent(CLAIM)}`,
    );

    const review = page.locator('.timeline-year[aria-label="2024"] .timeline-item.claim-review');
    expect(await review.locator('.what').textContent()).toBe(`review 5 · True by Example Fact Desk of ${CLAIM_TEXT}`);
    expect(await review.locator('time').getAttribute('datetime')).toBe('2024-05-01');
    expect(await review.getByRole('link', { name: CLAIM_TEXT }).getAttribute('href')).toBe(
      `#/claim/${encodeURIComponent(CLAIM)}`,
    );

    // the friendship became strained in 2018; when it began the dataset does not say
    const strained = page.locator('.timeline-year[aria-label="2018"] .timeline-item.relationship-change');
    expect(await strained.locator('.what').textContent()).toBe(
      'relationship John Legend’s friendship with Kanye West became strained',
    );
    expect(await strained.getByRole('link', { name: 'John Legend' }).getAttribute('href')).toBe(
      `#/people/${encodeURIComponent(globalId('Person', 'john-legend'))}`,
    );
    const began = page.locator('.timeline-year[aria-label="Undated"] .timeline-item.relationship-change');
    expect(await began.locator('.what').textContent()).toBe('relationship John Legend became a friend of Kanye West');

    // the stance still follows the quote
    const reconsider = page.locator('.timeline-item.statement', { hasText: 'reconsider aligning' });
    expect(await reconsider.locator('.statement-stance').textContent()).toBe(
      ' — criticizes Kanye West; opposes Donald Trump',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-items-1.png'), fullPage: true });
    await page.close();
  });

  it('keeps only the kinds checked under "Show", and asks for one when none is', async () => {
    const page = await newPage();
    await openWestTimeline(page);
    const all = await shownKinds(page);
    expect(new Set(all)).toEqual(new Set(['event', 'statement', 'claim', 'claim-review', 'relationship-change']));
    const show = page.getByRole('group', { name: 'Show' });

    await show.getByLabel('Events').uncheck();
    await expect.poll(() => shownKinds(page)).toEqual(all.filter((kind) => kind !== 'event'));
    await show.getByLabel('Statements').uncheck();
    await expect
      .poll(() => shownKinds(page))
      .toEqual(all.filter((kind) => ['claim', 'claim-review', 'relationship-change'].includes(kind)));
    expect(await page.locator('.result-count').textContent()).toBe('4 items');
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-items-2-filtered.png'), fullPage: true });

    for (const label of ['Claims', 'Reviews', 'Relationship changes']) await show.getByLabel(label).uncheck();
    await expect
      .poll(() => page.locator('.timeline').textContent())
      .toContain('Choose at least one kind of item to show.');
    expect(await page.locator('.error-box').count()).toBe(0);

    await show.getByLabel('Reviews').check();
    await expect.poll(() => shownKinds(page)).toEqual(['claim-review']);
    for (const label of ['Events', 'Statements', 'Claims', 'Relationship changes'])
      await show.getByLabel(label).check();
    await expect.poll(() => shownKinds(page)).toEqual(all);
    await page.close();
  });

  it("passes axe-core's WCAG 2 A and AA checks with every kind shown and with the filter in use", async () => {
    const auditing = await browser.newContext({ viewport: LAPTOP, bypassCSP: true });
    auditing.setDefaultTimeout(10_000);
    const page = await auditing.newPage();
    await page.goto(`${server.origin}${WEST_TIMELINE}`);
    await page.locator('.timeline-item.claim-review').waitFor();
    await page.addScriptTag({ path: AXE_SCRIPT });
    const audit = () =>
      page.evaluate<{ id: string; help: string; nodes: { target: string[] }[] }[]>(
        "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))",
      );
    const problems = (await audit()).map((violation) => `all kinds: ${violation.id} (${violation.help})`);
    await page.getByRole('group', { name: 'Show' }).getByLabel('Statements').uncheck();
    await page.locator('.timeline-item.statement').first().waitFor({ state: 'detached' });
    problems.push(...(await audit()).map((violation) => `filtered: ${violation.id} (${violation.help})`));
    await auditing.close();
    expect(problems).toEqual([]);
  });

  it('broke no Content-Security-Policy rule and logged no error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
