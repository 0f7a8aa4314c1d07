/**
 * The dashboard's record pages as a fact-checker reads them, in a real browser (Debian's Chromium, driven by
 * playwright-core) against a claimgraph seeded with the small test dataset: the lists of documents and events
 * (title, outlet, original address, date; paged), the document and event pages with their original address and
 * date, a "No such …" page for an id that names nothing, spans shown as quoted text (offsets only on request), and
 * distinct words for "reviewers disagree" and "contested in statements".
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { smallDataset } from '../support/smallDataset.js';
import { writeTempDataset } from '../support/tempDataset.js';
import { globalId, startWriteServer, succeed, type WriteServer } from '../support/writeServer.js';
import { launchChromium, SKIP_BROWSER_TESTS, watchConsole } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-artifacts', 'e2e');
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LAPTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

/** A cited document added through the API, with everything a row shows. */
const CITED = {
  slug: 'pier-report',
  title: 'Harbor pier reopens to crowds',
  url: 'https://news.example.org/2024/06/harbor-pier-reopens?ref=feed',
  outlet: 'the-new-yorker',
  published: '2024-06-02',
};

let server: WriteServer;
let browser: Browser;
let context: BrowserContext;
const consoleErrors: string[] = [];

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  watchConsole(page, consoleErrors);
  return page;
}

/** The page once its view has loaded (no loading state left). */
async function open(page: Page, path: string): Promise<void> {
  await page.goto(`${server.origin}${path}`);
  await page.locator('main h1').waitFor();
  // a selector wait, not waitForFunction: the page's CSP refuses the eval a string predicate needs
  await page.waitForSelector('main .loading', { state: 'detached' });
}

describe.skipIf(SKIP_BROWSER_TESTS)('the record pages', () => {
  beforeAll(async () => {
    ensureDashboardBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    const dataset = smallDataset();
    // the narration "and the Democrats noticed" argues against the votes claim, so that the claim is contested
    const noticed = dataset.statements.find((statement) => statement.slug === 'democrats-noticed')!;
    Object.assign(noticed, { disputes: ['west-got-60000-votes'] });
    server = await startWriteServer({ seedDataset: await writeTempDataset(dataset) });
    await succeed(
      server.as(
        'editor',
        'mutation Add($input: AddDocumentInput!) { addDocument(input: $input) { document { id } } }',
        {
          input: CITED,
        },
      ),
    );
    browser = await launchChromium();
    context = await browser.newContext({ viewport: LAPTOP });
    context.setDefaultTimeout(10_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists the documents from the navigation: title, outlet, original address and date, paged', async () => {
    const page = await newPage();
    await open(page, '/#/claims');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Documents' }).click();
    await page.waitForURL(/#\/documents$/);
    const rows = page.locator('.documents-table tbody tr');
    await rows.first().waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Documents');
    expect(await page.getByRole('link', { name: 'Documents' }).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('.result-count').textContent()).toBe('3 documents');
    expect(await rows.count()).toBe(3);

    const cited = rows.filter({ hasText: CITED.title });
    expect(await cited.locator('td[data-label=Title] a').getAttribute('href')).toBe(
      `#/document/${encodeURIComponent(globalId('Document', CITED.slug))}`,
    );
    expect(await cited.locator('td[data-label=Title]').textContent()).toContain('(cited, text not held)');
    expect(await cited.locator('td[data-label=Outlet]').textContent()).toBe('The New Yorker');
    const address = cited.locator('td[data-label="Original address"] a');
    expect(await address.getAttribute('href')).toBe(CITED.url);
    expect(await address.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await address.textContent()).toBe('news.example.org/2024/06/harbor-pier-reopens?ref=feed');
    expect(await cited.locator('td[data-label=Published] time').getAttribute('datetime')).toBe('2024-06-02');

    const held = rows.filter({ hasText: 'Legend and West' });
    expect(await held.locator('td[data-label="Original address"] a').getAttribute('href')).toBe(
      'https://thesource.com/legend-west',
    );
    expect(await held.locator('td[data-label=Published] time').getAttribute('datetime')).toBe('2023-01');
    // a document without an address or a date says so
    const interview = rows.filter({ hasText: 'The New Yorker interview with John Legend' });
    expect(await interview.locator('td[data-label="Original address"]').textContent()).toBe('not recorded');
    expect(await interview.locator('td[data-label=Published]').textContent()).toBe('undated');
    await page.screenshot({ path: join(SCREENSHOTS, 'records-1-documents.png'), fullPage: true });

    // paged through the connection's cursors, forward and back
    await open(page, '/#/documents?size=2');
    await expect.poll(() => rows.count()).toBe(2);
    const firstPage = await rows.locator('td[data-label=Title] a').allTextContents();
    await page.getByRole('link', { name: 'Next →' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.locator('.pager .disabled').textContent()).toBe('Next →');
    await page.getByRole('link', { name: '← Previous' }).click();
    await expect.poll(() => rows.locator('td[data-label=Title] a').allTextContents()).toEqual(firstPage);
    await page.close();
  });

  it('lists the events from the navigation: title, outlet, the reporting document’s address and the date', async () => {
    const page = await newPage();
    await open(page, '/#/claims');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Events' }).click();
    await page.waitForURL(/#\/events$/);
    const rows = page.locator('.events-table tbody tr');
    await rows.first().waitFor();
    expect(await page.locator('main h1').textContent()).toBe('Events');
    expect(await rows.count()).toBe(2);
    const tweet = rows.filter({ hasText: 'Ye posts a screenshot of Legend’s tweet' });
    expect(await tweet.locator('td[data-label=Event] .kind').textContent()).toBe('social media post');
    expect(await tweet.locator('td[data-label=Outlet]').textContent()).toBe('Twitter');
    const address = tweet.locator('td[data-label="Original address"] a');
    expect(await address.getAttribute('href')).toBe('https://thesource.com/legend-west');
    expect(await address.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await tweet.locator('td[data-label=When] time').getAttribute('datetime')).toBe('2018');
    const interview = rows.filter({ hasText: 'Legend interviewed by the New Yorker' });
    expect(await interview.locator('td[data-label=When]').textContent()).toBe('undated');
    await page.screenshot({ path: join(SCREENSHOTS, 'records-2-events.png'), fullPage: true });

    await open(page, '/#/events?size=1');
    await expect.poll(() => rows.count()).toBe(1);
    await page.getByRole('link', { name: 'Next →' }).click();
    // both pages hold one row: wait for the second page's pager, not for the row count
    await expect.poll(() => page.locator('.pager .disabled').textContent()).toBe('Next →');
    expect(await rows.count()).toBe(1);

    // the event's own page names the documents that report it, with their address and date
    await open(page, `/#/event/${encodeURIComponent(globalId('Event', 'tweet-2018'))}`);
    const reported = page.locator('.reporting-documents li');
    expect(await reported.count()).toBe(1);
    expect(await reported.getByRole('link', { name: 'Legend and West' }).count()).toBe(1);
    expect(await reported.locator('a.original-url').getAttribute('href')).toBe('https://thesource.com/legend-west');
    expect(await reported.locator('time').getAttribute('datetime')).toBe('2023-01');
    await page.close();
  });

  it('shows the document’s original address and date on its page', async () => {
    const page = await newPage();
    await open(page, `/#/document/${encodeURIComponent(globalId('Document', CITED.slug))}`);
    expect(await page.locator('main h1').textContent()).toBe(CITED.title);
    const address = page.locator('.facts a.original-url');
    expect(await address.getAttribute('href')).toBe(CITED.url);
    expect(await address.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await page.locator('.facts time').getAttribute('datetime')).toBe('2024-06-02');
    await page.close();
  });

  it('says "No such …" with a link back to the list for an id that names nothing, whatever its kind', async () => {
    const page = await newPage();
    const cases: [string, string, string, string][] = [
      ['claim', globalId('Claim', 'no-such-claim'), 'No such claim', '#/claims'],
      ['claim', 'not-an-id-at-all', 'No such claim', '#/claims'],
      // a well-formed id of another kind of record is no claim either
      ['claim', globalId('Person', 'john-legend'), 'No such claim', '#/claims'],
      ['statement', globalId('Statement', 'no-such-statement'), 'No such statement', '#/search'],
      ['document', globalId('Document', 'no-such-document'), 'No such document', '#/documents'],
      ['event', globalId('Event', 'no-such-event'), 'No such event', '#/events'],
    ];
    for (const [route, id, title, list] of cases) {
      await open(page, `/#/${route}/${encodeURIComponent(id)}`);
      await expect.poll(() => page.locator('main h1').textContent(), { message: id }).toBe(title);
      expect(await page.title()).toBe(`${title} · claimgraph`);
      const back = page.locator('.not-found a');
      expect(await back.getAttribute('href'), id).toBe(list);
      // nothing to retry: no error box, no "Try again"
      expect(await page.locator('.error-box').count(), id).toBe(0);
      expect(await page.getByRole('button', { name: 'Try again' }).count(), id).toBe(0);
    }
    await page.screenshot({ path: join(SCREENSHOTS, 'records-3-no-such-event.png') });
    await page.locator('.not-found a').click();
    await page.waitForURL(/#\/events$/);
    await page.locator('.events-table').waitFor();

    // a person's timeline
    await page.goto(`${server.origin}/#/timeline/${encodeURIComponent(globalId('Person', 'no-such-person'))}`);
    await expect.poll(() => page.locator('main h1').textContent()).toBe('No such person');
    expect(await page.locator('.timeline .not-found a').getAttribute('href')).toBe('#/people');
    expect(await page.locator('.error-box').count()).toBe(0);

    // a person: the people view's panel says so, beside the graph
    await page.goto(`${server.origin}/#/people/${encodeURIComponent(globalId('Person', 'no-such-person'))}`);
    const panel = page.locator('.entity-panel');
    await expect.poll(() => panel.locator('h2').first().textContent()).toBe('No such person');
    expect(await panel.locator('.not-found a').getAttribute('href')).toBe('#/people');
    expect(await panel.locator('.error-box').count()).toBe(0);
    await page.close();
  });

  it('shows spans as their quoted text in context, with the offsets only on request', async () => {
    const page = await newPage();
    await open(page, `/#/claim/${encodeURIComponent(globalId('Claim', 'west-got-60000-votes'))}`);
    const evidence = page.locator('.appearances .evidence').first();
    expect(await evidence.locator('mark').textContent()).toBe('about 60,000 votes');
    // no offsets in what is shown...
    const shown = await page.locator('main').innerText();
    expect(shown).not.toMatch(/characters? \d+/i);
    const offsets = evidence.locator('details.span-offsets');
    expect(await offsets.locator('p').isVisible()).toBe(false);
    // ...until the reader asks
    await offsets.locator('summary').click();
    expect(await offsets.locator('p').textContent()).toMatch(/^Characters \d+ to \d+, counted in Unicode code points/);
    await page.close();
  });

  it('says a claim argued against by statements is "contested", and a DISPUTED status "Reviewers disagree"', async () => {
    const page = await newPage();
    await open(page, `/#/claim/${encodeURIComponent(globalId('Claim', 'west-got-60000-votes'))}`);
    expect(await page.locator('#disputes-heading').textContent()).toBe('Contested in 1 statement');
    await open(page, '/#/claims');
    await page.locator('.claims-table tbody tr').first().waitFor();
    expect(await page.locator('.claims-table thead').textContent()).toContain('Contested in');
    expect(await page.locator('.most-disputed').textContent()).toContain('contested in 1 statement');
    // the status filter offers the DISPUTED status by what it means
    const statuses = await page.getByLabel('Status').locator('option').allTextContents();
    expect(statuses).toContain('Reviewers disagree');
    expect(statuses).not.toContain('Disputed');
    await page.close();
  });

  it('fits a phone: the lists become one card per row', async () => {
    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    phone.setDefaultTimeout(10_000);
    const page = await phone.newPage();
    watchConsole(page, consoleErrors);
    for (const path of ['/#/documents', '/#/events']) {
      await open(page, path);
      await page.locator('.records-table tbody tr').first().waitFor();
      expect(await page.evaluate<number>('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(
        PHONE.width,
      );
    }
    await phone.close();
  });

  it("passes axe-core's WCAG 2 A and AA checks on the lists, the record pages and a not-found page", async () => {
    const auditing = await browser.newContext({ viewport: LAPTOP, bypassCSP: true });
    auditing.setDefaultTimeout(10_000);
    const page = await auditing.newPage();
    const problems: string[] = [];
    for (const path of [
      '/#/documents',
      '/#/events',
      `/#/document/${encodeURIComponent(globalId('Document', CITED.slug))}`,
      `/#/event/${encodeURIComponent(globalId('Event', 'tweet-2018'))}`,
      `/#/claim/${encodeURIComponent(globalId('Claim', 'no-such-claim'))}`,
    ]) {
      await open(page, path);
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
