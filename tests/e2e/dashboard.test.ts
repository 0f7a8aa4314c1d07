/**
 * The fact-check dashboard in a real browser (Debian's Chromium, driven by playwright-core) against a claimgraph
 * started by the test, with a reviewer's token and introspection on: what a fact-checker does on day one. Each
 * view is saved as a screenshot under test-artifacts/e2e/.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { articleSpan, startWriteServer, succeed, TOKENS, type WriteServer } from '../support/writeServer.js';
import { launchChromium, SKIP_BROWSER_TESTS, watchConsole } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-artifacts', 'e2e');
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LAPTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };

let server: WriteServer;
let browser: Browser;
let context: BrowserContext;
/** console errors, uncaught errors and CSP violations of every page opened */
const consoleErrors: string[] = [];
/** every URL the pages requested that is not on the server's own origin */
const foreignRequests: string[] = [];

async function newPage(target: BrowserContext = context): Promise<Page> {
  const page = await target.newPage();
  watchConsole(page, consoleErrors);
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.host !== new URL(server.origin).host)
      foreignRequests.push(request.url());
  });
  return page;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The claim's appearance span, as the API gives it. */
async function sixtyThousandVotes(): Promise<{ id: string; exact: string }> {
  const data = await succeed(
    server.graphql(`{ claims(first: 100) { nodes { id slug appearances { nodes { evidence { exact } } } } } }`),
  );
  const claim = data.claims.nodes.find((node: { slug: string }) => node.slug === 'west-60000-votes');
  return { id: claim.id, exact: claim.appearances.nodes[0].evidence.exact };
}

beforeAll(async () => {
  if (SKIP_BROWSER_TESTS) return;
  ensureDashboardBuilt();
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startWriteServer({ env: { CLAIMGRAPH_INTROSPECTION: '1' } });
  browser = await launchChromium();
  context = await newContext(LAPTOP);
}, 180_000);

async function newContext(
  viewport: { width: number; height: number },
  options: { isMobile?: boolean } = {},
): Promise<BrowserContext> {
  const created = await browser.newContext({
    viewport,
    ...(options.isMobile ? { isMobile: true, hasTouch: true } : {}),
  });
  // fail within the test's own time, with Playwright's account of what it waited for
  created.setDefaultTimeout(10_000);
  return created;
}

/** The error boxes a page shows (failed requests), which must be none. */
async function shownErrors(page: Page): Promise<string[]> {
  return page.locator('.error-box').allTextContents();
}

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe.skipIf(SKIP_BROWSER_TESTS)('the fact-check dashboard', () => {
  it('is served by claimgraph at / with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${server.origin}/`);
    expect(response.status).toBe(200);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\d+ wss:\/\/127\.0\.0\.1:\d+/);
    expect(policy).not.toContain('unsafe-eval');
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/); // nothing from elsewhere
  });

  it('lists the claims with status and rating, and charts the summary', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/`);
    const rows = page.locator('.claims-table tbody tr');
    await page.locator('.summary, .summary-slot .error-box').first().waitFor();
    expect(await shownErrors(page)).toEqual([]);
    await expect.poll(() => rows.count()).toBe(5);
    const votes = rows.filter({ hasText: '60,000 votes' });
    await expect.poll(() => votes.locator('[data-status]').textContent()).toBe('Unreviewed');
    expect(await votes.locator('td[data-label=Rating]').textContent()).toBe('not rated');
    const chart = page.getByRole('img', { name: /Claims by status/ });
    expect(await chart.getAttribute('aria-label')).toContain('Unreviewed 5');
    await screenshot(page, '1-claims');

    // a filter goes through the API and into the address
    await page.getByLabel('Claimant').selectOption({ label: 'Kanye West' });
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL(/claimant=kanye-west/);
    await expect.poll(() => rows.count()).toBe(2);

    // pages through the connection's cursors, forward and back
    await page.goto(`${server.origin}/#/claims?size=2`);
    await expect.poll(() => rows.count()).toBe(2);
    const firstPage = await rows.locator('.claim-text').allTextContents();
    await page.getByRole('link', { name: 'Next →' }).click();
    await expect.poll(() => rows.locator('.claim-text').allTextContents()).not.toEqual(firstPage);
    await page.getByRole('link', { name: 'Next →' }).click();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.locator('.pager .disabled').textContent()).toBe('Next →');
    await page.getByRole('link', { name: '← Previous' }).click();
    await page.getByRole('link', { name: '← Previous' }).click();
    await expect.poll(() => rows.locator('.claim-text').allTextContents()).toEqual(firstPage);
    await page.close();
  });

  it('opens the "60,000 votes" claim and highlights its sentence in the article', async () => {
    const { exact } = await sixtyThousandVotes();
    const page = await newPage();
    await page.goto(`${server.origin}/`);
    await page.getByRole('link', { name: /60,000 votes/ }).click();
    const mark = page.locator('.appearances blockquote mark');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(exact);
    // the whole sentence around it, cut from the held text
    expect(await page.locator('.appearances blockquote').textContent()).toBe(`${exact}.`);
    expect(await page.locator('h1').textContent()).toContain('60,000 votes');
    expect(await page.locator('.claimant').textContent()).toBe('The Source');
    await screenshot(page, '2-claim-detail');

    // one click to the exact characters in the whole article
    await page.locator('.appearances .evidence-source a').click();
    const span = page.locator('.document-text mark#highlighted-span');
    await span.waitFor();
    expect(await span.textContent()).toBe(exact);
    await page.close();
  });

  it('takes a review from a reviewer, shows input problems next to their fields, and updates a second page live', async () => {
    const { id } = await sixtyThousandVotes();
    const claimUrl = `${server.origin}/#/claim/${encodeURIComponent(id)}`;

    // a second fact-checker has the claim open in another browser session
    const otherContext = await newContext(LAPTOP);
    const watcher = await newPage(otherContext);
    await watcher.goto(claimUrl);
    await watcher.locator('.review-list, .reviews .empty').first().waitFor();
    await watcher.locator('#live-status[data-state=live]').waitFor();
    // (browser-side expressions are strings: this project's TypeScript has no DOM library)
    await watcher.evaluate('window.untouched = true');

    const reviewer = await newPage();
    await reviewer.goto(claimUrl);
    await reviewer.getByLabel('Reviewer token').fill(TOKENS.reviewer.token);
    await reviewer.getByRole('button', { name: 'Use this token' }).click();
    // kept for the tab's session only
    expect(
      await reviewer.evaluate("[sessionStorage.getItem('claimgraph.reviewerToken'), localStorage.length]"),
    ).toEqual([TOKENS.reviewer.token, 0]);

    // the server's BAD_USER_INPUT problems appear next to the fields they name
    await reviewer.getByLabel('Rating', { exact: true }).selectOption('2');
    await reviewer.getByLabel('URL').fill('ftp://example.org/results');
    await reviewer.getByRole('button', { name: 'Publish review' }).click();
    const explanation = reviewer.getByLabel('Explanation');
    await expect.poll(() => explanation.getAttribute('aria-invalid')).toBe('true');
    const explanationError = reviewer.locator(`#${await explanation.getAttribute('id')}-error`);
    expect(await explanationError.textContent()).toBe('must not be empty');
    const url = reviewer.getByLabel('URL');
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await reviewer.locator(`#${await url.getAttribute('id')}-error`).textContent()).toContain(
      'must be an http or https URL',
    );
    expect(await reviewer.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    await screenshot(reviewer, '3-review-problems');

    await explanation.fill(
      'Official returns give him about 70,000 votes of some 158 million cast: the order of magnitude holds.',
    );
    await url.fill('https://example.org/2020-results');
    await reviewer.getByLabel('Title').fill('2020 presidential election: official results');
    await reviewer.getByRole('button', { name: 'Publish review' }).click();
    await reviewer.locator('.review-list .review').waitFor();
    expect(await reviewer.locator('.claim-status [data-status]').textContent()).toBe('Reviewed');

    // the other page, untouched, shows it through the subscription
    const liveReview = watcher.locator('.review-list .review', { hasText: 'about 70,000 votes' });
    await liveReview.waitFor({ timeout: 10_000 });
    expect(await liveReview.locator('.rating').textContent()).toContain('Mostly false');
    expect(await liveReview.textContent()).toContain(`by ${TOKENS.reviewer.name}`);
    await expect.poll(() => watcher.locator('.claim-status [data-status]').textContent()).toBe('Reviewed');
    expect(await watcher.evaluate('window.untouched')).toBe(true);
    await screenshot(watcher, '4-live-review-in-second-page');
    await reviewer.close();
    await otherContext.close();
  });

  it('searches "sellout" and lands on West\'s quote', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/`);
    await page.getByRole('searchbox', { name: /Search/ }).fill('sellout');
    await page.getByRole('searchbox', { name: /Search/ }).press('Enter');
    const hits = page.locator('.hit-list .hit');
    await hits.first().waitFor();
    expect(await hits.first().getAttribute('data-kind')).toBe('STATEMENT');
    expect(await page.locator('.hit-list mark').first().textContent()).toMatch(/^sellouts?$/);
    // West's own words first, in quotation marks; the article's paraphrase of them after, as reported speech
    const titles = await hits.locator('.hit-title').allTextContents();
    expect(titles[0]).toMatch(/^Direct quote Kanye West: “I know this man mama/);
    expect(titles[1]).toMatch(/^Paraphrase Kanye West \(paraphrased\): West called both Legend and Big Sean sellouts/);
    expect(titles[1]).not.toMatch(/[“”"]/);
    await screenshot(page, '5-search');

    await page.getByRole('link', { name: /I know this man mama/ }).click();
    await page.locator('.statement-quote blockquote').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Quote by Kanye West');
    expect(await page.locator('.statement-quote blockquote').textContent()).toContain('that’s some sellout sh-t');
    expect(await page.locator('.evidence mark').textContent()).toContain('sellout sh-t');
    await screenshot(page, '6-statement');
    await page.close();
  });

  it('draws the relationship graph; a node shows its statements; the path from Big Sean to Joe Biden has evidence on every hop', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/#/people`);
    await page.locator('.path-form select[name=from]').waitFor();
    // click Kanye West's node on the canvas, scrolled into view (the mouse clicks where the page is)
    await page.locator('#relationship-graph').scrollIntoViewIfNeeded();
    // cytoscape learns where its canvas went from the scroll event, which comes with the next frame
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    const point = await page.locator('#relationship-graph').evaluate((element) => {
      const cy = (element as unknown as { cy: import('cytoscape').Core }).cy;
      const node = cy.nodes().filter((candidate) => candidate.data('label') === 'Kanye West');
      const position = node.renderedPosition();
      const box = element.getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    });
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => page.locator('.entity-panel h2').first().textContent()).toBe('Kanye West');
    await page.locator('.statement-list.made').waitFor();
    // West's own words only: the article's narration of his tweets and of his "sellouts" remark is The Source's
    expect(await page.locator('.entity-panel').textContent()).toContain('Statements made (2)');

    await page.getByLabel('From').selectOption({ label: 'Big Sean' });
    await page.getByLabel('To').selectOption({ label: 'Joe Biden' });
    await page.getByRole('button', { name: 'Find paths' }).click();
    const first = page.locator('.path-list .path').first();
    await first.waitFor();
    expect(await first.locator('.path-title').textContent()).toBe(
      'Path 1 · 3 hops: Big Sean → Kanye West → John Legend → Joe Biden',
    );
    const hops = first.locator('.hop');
    expect(await hops.count()).toBe(3);
    expect(await hops.nth(0).locator('.hop-description').textContent()).toContain('Kanye West criticized Big Sean');
    expect(await hops.nth(2).locator('.hop-description').textContent()).toContain('John Legend supported Joe Biden');
    for (let index = 0; index < 3; index++) expect(await hops.nth(index).locator('mark').count()).toBeGreaterThan(0);
    await screenshot(page, '7-people-and-paths');
    await page.close();
  });

  it('shows a timeline with partial dates as such', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/#/timeline`);
    await page.getByLabel('Timeline of').selectOption({ label: 'Kanye West' });
    // #/timeline opens on the most active person (John Legend here): wait for West's own address
    await page.waitForURL(/#\/timeline\/.+/);
    const first = page.locator('.timeline-item').first();
    await first.waitFor();
    expect(await first.locator('time').getAttribute('datetime')).toBe('2018');
    expect(await first.locator('.precision').textContent()).toBe('year only');
    expect(await page.locator('.timeline-year h2').allTextContents()).toEqual(['2018', '2020', 'Undated']);
    const items = await page.locator('.timeline-item').count();

    // an editor adds a statement of West's elsewhere: the open timeline shows it without a reload
    const quote = 'I need my apologies';
    await succeed(
      server.as(
        'editor',
        `mutation Add($input: AddStatementInput!) { addStatement(input: $input) { statement { id } } }`,
        {
          input: {
            speaker: 'kanye-west',
            quote,
            isDirectQuote: true,
            attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
            saidOn: '2020',
            mentions: [{ entity: 'john-legend', stance: 'CRITICIZES' }],
            evidence: [articleSpan(quote)],
          },
        },
      ),
    );
    await expect.poll(() => page.locator('.timeline-item').count()).toBe(items + 1);
    expect(await page.locator('.timeline-year[aria-label="2020"]').textContent()).toContain(`“${quote}”`);
    expect(await page.locator('.announcement').first().textContent()).toContain('New statement by Kanye West');
    await screenshot(page, '8-timeline');
    await page.close();
  });

  it('serves GraphiQL at /graphiql, with the schema and example queries that run', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/graphiql`);
    await page.locator('.graphiql-container').waitFor();
    expect(await page.locator('#graphiql-banner').isHidden()).toBe(true);
    // run once the editor holds the first example (a click before Monaco is ready runs nothing)
    await expect
      .poll(() => page.locator('.graphiql-query-editor .view-lines').textContent(), { timeout: 15_000 })
      .toContain('WhoDidWestCallASellout');
    await page.locator('.graphiql-execute-button').click();
    // the response editor wraps long lines (and so breaks spaces): compare without white space
    const answer = async () => ((await page.locator('.graphiql-response').textContent()) ?? '').replace(/\s+/g, '');
    await expect.poll(answer, { timeout: 15_000 }).toContain('"quote":"WestcalledbothLegendandBigSeansellouts');
    await screenshot(page, '9-graphiql');
    await page.close();
  });

  it('fits a phone', async () => {
    const phone = await newContext(PHONE, { isMobile: true });
    const page = await newPage(phone);
    await page.goto(`${server.origin}/`);
    await page.locator('.claims-table tbody tr').first().waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, '10-claims-phone');
    await page.getByRole('link', { name: /60,000 votes/ }).click();
    await page.locator('.appearances mark').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, '11-claim-phone');
    await page.goto(`${server.origin}/#/people`);
    await page.locator('.path-form select[name=from]').waitFor();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, '12-people-phone');
    await phone.close();
  });

  it("passes axe-core's WCAG 2 A and AA checks (labels, names, contrast) on every view", async () => {
    // axe is injected as a script, which the page's own policy rightly forbids: this context alone bypasses it
    const auditing = await browser.newContext({ viewport: LAPTOP, bypassCSP: true });
    auditing.setDefaultTimeout(10_000);
    // signed in as a reviewer, so the claim view shows the review form too
    await auditing.addInitScript(
      `sessionStorage.setItem('claimgraph.reviewerToken', ${JSON.stringify(TOKENS.reviewer.token)})`,
    );
    const page = await auditing.newPage();
    const { id } = await sixtyThousandVotes();
    const ids = await succeed(
      server.graphql(
        `{ west: entity(name: "Ye") { id } sean: entity(name: "Big Sean") { id } biden: entity(name: "Joe Biden") { id } }`,
      ),
    );
    const views: [string, string][] = [
      ['claims', '/#/claims'],
      ['claim', `/#/claim/${encodeURIComponent(id)}`],
      ['search', '/#/search?q=sellout'],
      [
        'people',
        `/#/people/${encodeURIComponent(ids.west.id)}?from=${encodeURIComponent(ids.sean.id)}&to=${encodeURIComponent(ids.biden.id)}`,
      ],
      ['timeline', `/#/timeline/${encodeURIComponent(ids.west.id)}`],
      ['new article', '/#/new-article'],
    ];
    const problems: string[] = [];
    for (const [name, path] of views) {
      await page.goto(`${server.origin}${path}`);
      await page.locator('main h1').waitFor();
      await page.waitForFunction("!document.querySelector('.loading')");
      await page.addScriptTag({ path: AXE_SCRIPT });
      const violations = await page.evaluate<{ id: string; help: string; nodes: { target: string[] }[] }[]>(
        "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))",
      );
      for (const violation of violations)
        problems.push(
          `${name}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
    }
    await auditing.close();
    expect(problems).toEqual([]);
  });

  it('loaded nothing from elsewhere and broke no Content-Security-Policy rule', () => {
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
