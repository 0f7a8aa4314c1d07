/**
 * The timeline view without anyone picked, in a real browser (Debian's Chromium, driven by playwright-core) against
 * a claimgraph seeded with the small test dataset: `#/timeline` opens on the person with the most statements (never
 * an outlet, however much it narrates) and says so, with the picker still there; a statement's stance follows the
 * quote as its attitude toward each entity it mentions ("— criticizes Kanye West"); with no statements at all the
 * page asks the reader to choose; and the pages pass axe-core's WCAG checks.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { smallDataset, spanOf } from '../support/smallDataset.js';
import { writeTempDataset } from '../support/tempDataset.js';
import { globalId, startWriteServer, succeed, type WriteServer } from '../support/writeServer.js';
import { launchChromium, SKIP_BROWSER_TESTS, watchConsole } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-artifacts', 'e2e');
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LAPTOP = { width: 1280, height: 860 };
const LEGEND = globalId('Person', 'john-legend');
const WEST = globalId('Person', 'kanye-west');

let server: WriteServer;
let silentServer: WriteServer;
let browser: Browser;
let context: BrowserContext;
const consoleErrors: string[] = [];

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  watchConsole(page, consoleErrors);
  return page;
}

/** The page once its view has loaded (no loading state left). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('main h1').waitFor();
  // a selector wait, not waitForFunction: the page's CSP refuses the eval a string predicate needs
  await page.waitForSelector('main .loading', { state: 'detached' });
}

describe.skipIf(SKIP_BROWSER_TESTS)('the timeline without anyone picked', () => {
  beforeAll(async () => {
    ensureDashboardBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    // The Source narrates three statements, more than John Legend's two: the most active speaker is an outlet
    const dataset = smallDataset();
    dataset.statements.push(
      {
        slug: 'source-counts-votes',
        speaker: 'the-source',
        voice: 'DOCUMENT',
        quote: 'The Source counts about 60,000 votes',
        isDirectQuote: false,
        attributionConfidence: 'NARRATED_BY_SOURCE',
        mentions: [{ entity: 'kanye-west', stance: 'NEUTRAL' }],
        evidence: [spanOf('The Source counts about 60,000 votes')],
      },
      {
        slug: 'source-screenshot',
        speaker: 'the-source',
        voice: 'DOCUMENT',
        quote: 'Ye 📱 posted a screenshot of a tweet',
        isDirectQuote: false,
        attributionConfidence: 'NARRATED_BY_SOURCE',
        mentions: [{ entity: 'kanye-west', stance: 'NEUTRAL' }],
        evidence: [spanOf('Ye 📱 posted a screenshot of a tweet')],
      },
    );
    server = await startWriteServer({ seedDataset: await writeTempDataset(dataset) });
    // the same records without a single statement
    const silent = smallDataset();
    silent.statements = [];
    for (const claim of silent.claims)
      claim.appearances = claim.appearances?.map((appearance) => ({ evidence: appearance.evidence }));
    silentServer = await startWriteServer({ seedDataset: await writeTempDataset(silent) });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: LAPTOP });
    context.setDefaultTimeout(10_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await silentServer?.close();
  });

  it('opens on the person with the most statements, not an outlet, says so, and keeps the picker', async () => {
    // the premise: the API ranks the outlet first
    const summary = (await succeed(
      server.as(null, '{ factCheckSummary { statementsPerSpeaker(first: 2) { speaker { name } count } } }'),
    )) as { factCheckSummary: { statementsPerSpeaker: { speaker: { name: string }; count: number }[] } };
    expect(summary.factCheckSummary.statementsPerSpeaker).toEqual([
      { speaker: { name: 'The Source' }, count: 3 },
      { speaker: { name: 'John Legend' }, count: 2 },
    ]);
    const page = await newPage();
    await open(page, `${server.origin}/#/timeline`);
    await page.locator('.timeline-item').first().waitFor();
    expect(await page.locator('.timeline-default').textContent()).toBe(
      'Showing John Legend, who has the most statements; pick someone else:',
    );
    expect(await page.locator('main h1').textContent()).toBe('Timeline of John Legend');
    // the address stays the plain view's, so a reload shows whoever is the most active then
    expect(new URL(page.url()).hash).toBe('#/timeline');
    const picker = page.getByLabel('Timeline of');
    await expect.poll(() => picker.inputValue()).toBe(LEGEND);
    expect(await page.locator('.timeline').textContent()).toContain('reconsider aligning [himself] with Trump');
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-default-1.png'), fullPage: true });

    // picking someone else shows theirs, under their own address, without the line about the default
    await picker.selectOption({ label: 'Kanye West' });
    await page.waitForURL((url) => url.hash === `#/timeline/${encodeURIComponent(WEST)}`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Timeline of Kanye West');
    expect(await page.locator('.timeline-default').count()).toBe(0);
    expect(await page.getByLabel('Timeline of').inputValue()).toBe(WEST);
    await page.close();
  });

  it('says a statement’s stance after the quote, as its attitude toward each entity it mentions', async () => {
    const page = await newPage();
    await open(page, `${server.origin}/#/timeline/${encodeURIComponent(WEST)}`);
    const reconsider = page.locator('.timeline-item.statement', { hasText: 'reconsider aligning' });
    await reconsider.waitFor();
    const what = reconsider.locator('.what');
    expect(await what.textContent()).toBe(
      'John Legend said: “reconsider aligning [himself] with Trump” — criticizes Kanye West; opposes Donald Trump',
    );
    // nothing between the speaker and "said": the stance is not the speaker's
    expect(await what.innerText()).toMatch(/^John Legend said: /);
    const stance = reconsider.locator('.statement-stance');
    expect(await stance.getByRole('link', { name: 'Kanye West' }).count()).toBe(1);
    expect(await stance.getByRole('link', { name: 'Donald Trump' }).count()).toBe(1);
    expect(
      await stance.locator('[data-stance]').evaluateAll((nodes) => nodes.map((node) => node.dataset.stance)),
    ).toEqual(['CRITICIZES', 'OPPOSES']);

    // a neutral mention says only that the statement mentions them
    const upToHim = page.locator('.timeline-item.statement', { hasText: 'It’s up to him.' });
    expect(await upToHim.locator('.statement-stance').textContent()).toBe(' — mentions Kanye West');
    // narration in a document's own voice gets the same line
    const votes = page.locator('.timeline-item.statement', { hasText: 'The Source counts' });
    expect(await votes.locator('.what').textContent()).toBe(
      'The Source (in its own voice, narrating): The Source counts about 60,000 votes — mentions Kanye West',
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'timeline-default-2-stances.png'), fullPage: true });
    await page.close();
  });

  it('asks the reader to choose when nobody has said anything yet', async () => {
    const page = await newPage();
    await open(page, `${silentServer.origin}/#/timeline`);
    await expect.poll(() => page.locator('.timeline').textContent()).toContain('Choose someone to see their timeline.');
    expect(await page.locator('.timeline-default').count()).toBe(0);
    expect(await page.locator('main h1').textContent()).toBe('Timeline');
    expect(await page.getByLabel('Timeline of').inputValue()).toBe('');
    expect(await page.locator('.error-box').count()).toBe(0);
    await page.close();
  });

  it("passes axe-core's WCAG 2 A and AA checks on the default timeline and a picked one", async () => {
    const auditing = await browser.newContext({ viewport: LAPTOP, bypassCSP: true });
    auditing.setDefaultTimeout(10_000);
    const page = await auditing.newPage();
    const problems: string[] = [];
    for (const path of ['/#/timeline', `/#/timeline/${encodeURIComponent(WEST)}`]) {
      await open(page, `${server.origin}${path}`);
      await page.locator('.timeline-item').first().waitFor();
      await page.addScriptTag({ path: AXE_SCRIPT });
      const violations = await page.evaluate<{ id: string; help: string; nodes: { target: string[] }[] }[]>(
        "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))",
      );
      for (const violation of violations)
        problems.push(
          `${path}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
    }
    await auditing.close();
    expect(problems).toEqual([]);
  });

  it('broke no Content-Security-Policy rule and logged no error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
