/**
 * "Checked before?" in a real browser (Debian's Chromium, driven by playwright-core): on a claim's page, the
 * claims claimgraph already holds that are likely the same claim, with their verdicts; on the "New article" page,
 * the same for a drafted statement, asked for only when the editor presses the button. A claim nothing resembles
 * says that no earlier check was found; a failed search shows one error box whose button asks again.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { articleSpan, startWriteServer, succeed, TOKENS, type WriteServer } from '../support/writeServer.js';
import { launchChromium, SKIP_BROWSER_TESTS, watchConsole } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-artifacts', 'e2e');
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LAPTOP = { width: 1280, height: 860 };

/** A second, reworded record of the "60,000 votes" claim, which a reviewer has rated. */
const REWORDED_TEXT = 'Kanye West got roughly 60,000 votes out of 160 million in the 2020 election.';
/** A claim whose words no other claim shares. */
const LONE_TEXT = 'Purple lanterns glow above the harbour pier every solstice.';
/** A fact-check another organization published on the votes claim, as its ClaimReview feed gives it (invented). */
const PUBLISHED = {
  '@context': 'https://schema.org',
  '@type': 'ClaimReview',
  url: 'https://checks.example.org/west-votes-2020',
  claimReviewed: 'Kanye West won only about 60,000 votes of 160 million in the 2020 presidential election.',
  datePublished: '2020-11-20',
  name: 'Yes, West’s 2020 run drew about 60,000 votes',
  author: { '@type': 'Organization', name: 'Example Checks', url: 'https://checks.example.org' },
  reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' },
};
/** A claim that shares a name with the others, and nothing else. */
const NAME_ONLY_TEXT = 'Kanye West collects antique typewriters.';

let server: WriteServer;
let browser: Browser;
let context: BrowserContext;
const consoleErrors: string[] = [];
const ids = { votes: '', reworded: '', lone: '', nameOnly: '' };

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  watchConsole(page, consoleErrors);
  return page;
}

function isSimilarClaimsRequest(request: Request): boolean {
  return request.url().endsWith('/graphql') && (request.postData() ?? '').includes('similarClaims(');
}

async function addClaim(slug: string, text: string, spanText: string): Promise<string> {
  const data = await succeed(
    server.as('editor', 'mutation Add($input: AddClaimInput!) { addClaim(input: $input) { claim { id } } }', {
      input: {
        slug,
        text,
        claimants: [{ entity: 'the-source', evidence: [articleSpan(spanText)] }],
        about: ['kanye-west'],
        appearances: [{ evidence: articleSpan(spanText) }],
      },
    }),
  );
  return data.addClaim.claim.id;
}

/** axe-core's WCAG 2 A and AA violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const violations = await page.evaluate<{ id: string; help: string; nodes: { target: string[] }[] }[]>(
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))",
  );
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

describe.skipIf(SKIP_BROWSER_TESTS)('"Checked before?"', () => {
  beforeAll(async () => {
    ensureDashboardBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWriteServer();
    const claims = await succeed(
      server.graphql('{ claims(first: 100) { nodes { id slug appearances { nodes { evidence { exact } } } } } }'),
    );
    const votes = claims.claims.nodes.find((claim: { slug: string }) => claim.slug === 'west-60000-votes');
    ids.votes = votes.id;
    const votesSpan: string = votes.appearances.nodes[0].evidence.exact;
    ids.reworded = await addClaim('west-60k-of-160-million', REWORDED_TEXT, votesSpan);
    await succeed(
      server.as(
        'reviewer',
        'mutation Review($input: ReviewClaimInput!) { reviewClaim(input: $input) { review { id } } }',
        {
          input: {
            claim: ids.reworded,
            ratingValue: 4,
            explanation: 'Official returns give him about 70,000 votes of some 158 million cast.',
            sources: [{ url: 'https://example.org/2020-results', title: '2020 presidential election results' }],
          },
        },
      ),
    );
    ids.lone = await addClaim('purple-lanterns', LONE_TEXT, votesSpan);
    ids.nameOnly = await addClaim('west-typewriters', NAME_ONLY_TEXT, votesSpan);
    const imported = await succeed(
      server.as(
        'admin',
        'mutation Import($feed: String!) { importClaimReviews(feed: $feed) { created problemCount } }',
        {
          feed: JSON.stringify(PUBLISHED),
        },
      ),
    );
    expect(imported.importClaimReviews).toEqual({ created: 1, problemCount: 0 });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: LAPTOP });
    context.setDefaultTimeout(10_000);
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lists, on a claim’s page, the earlier record of the same claim with its strength, score and verdict, never the claim itself', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/#/claim/${encodeURIComponent(ids.votes)}`);
    const panel = page.getByRole('region', { name: 'Checked before?' });
    const matches = panel.locator('.similar-claims > li');
    await matches.first().waitFor();
    // the newsroom's reworded record of the claim (the other close match is a published fact-check's claim)
    const first = matches.filter({ hasText: REWORDED_TEXT });
    const link = first.getByRole('link', { name: REWORDED_TEXT });
    expect(await link.getAttribute('href')).toBe(`#/claim/${encodeURIComponent(ids.reworded)}`);
    // a likely match (the engine's score, and so the band, moves with what else the index holds), named in words
    const strength = await first.getAttribute('data-strength');
    expect(['close', 'possible']).toContain(strength);
    expect(await first.locator('.match-strength strong').textContent()).toBe(
      strength === 'close' ? 'Close match' : 'Possible match',
    );
    // the number is shown too, with what it is in the title
    expect(await first.locator('.match-score').textContent()).toMatch(/^\(score (0\.\d\d|1\.00) of 1\)$/);
    expect(await first.locator('.match-strength').getAttribute('title')).toContain(
      'estimate that a claim is the same claim',
    );
    // who makes it and the newsroom's verdict on it
    expect(await first.locator('.similar-claim-meta').textContent()).toContain('claimed by The Source');
    const verdict = await first.locator('.similar-claim-verdict').textContent();
    expect(verdict).toContain('Our verdict: 4/5 Mostly true');
    expect(verdict).toContain(`by ${TOKENS.reviewer.name}`);
    expect(await first.locator('.matched-terms').textContent()).toMatch(/^Words in common: .*votes/);
    // the claim the page is about is not an earlier check of itself
    expect(await panel.locator(`a[href="#/claim/${encodeURIComponent(ids.votes)}"]`).count()).toBe(0);
    expect(await matches.count()).toBeLessThanOrEqual(5);
    // what the score is, said in the panel itself
    expect(await panel.locator('.checked-before-lede').textContent()).toContain(
      'it says nothing about whether the claim is true',
    );
    expect(await panel.locator('.error-box').count()).toBe(0);
    // this server ranks by words only (semantic ranking is off in test servers), and the panel says so
    expect(await panel.locator('.ranking-note').textContent()).toMatch(/^Ranked by shared words only/);
    await panel.screenshot({ path: join(SCREENSHOTS, 'checked-before-1-claim.png') });

    // one click to the match, whose own panel finds the first claim back
    await link.click();
    await page.waitForURL(new RegExp(`#/claim/${encodeURIComponent(ids.reworded)}$`));
    const back = page
      .getByRole('region', { name: 'Checked before?' })
      .locator('.similar-claims > li')
      .filter({ has: page.locator(`a[href="#/claim/${encodeURIComponent(ids.votes)}"]`) });
    await back.waitFor();
    expect(await back.locator('.similar-claim-verdict').textContent()).toContain('Our verdict: none yet');
    await page.close();
  });

  it('shows the fact-check another organization published on a matching claim: publisher, verdict, link and date, and on that claim’s page', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/#/claim/${encodeURIComponent(ids.votes)}`);
    const panel = page.getByRole('region', { name: 'Checked before?' });
    const match = panel.locator('.similar-claims > li', { hasText: PUBLISHED.claimReviewed });
    await match.waitFor();
    const published = match.locator('.published-fact-check');
    expect(await published.count()).toBe(1);
    expect(await published.locator('.fact-check-publisher').textContent()).toBe('Example Checks');
    expect(await published.locator('.fact-check-rating').textContent()).toBe('Mostly true');
    const link = published.getByRole('link', { name: PUBLISHED.name });
    expect(await link.getAttribute('href')).toBe(PUBLISHED.url);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await published.locator('time').getAttribute('datetime')).toBe('2020-11-20');
    // this claim has none of its own, and says so
    const elsewhere = page.getByRole('region', { name: /^Fact-checks published elsewhere/ });
    expect(await elsewhere.locator('h2').textContent()).toBe('Fact-checks published elsewhere (0)');
    expect(await elsewhere.locator('.empty').textContent()).toContain('No other organization’s fact-check');

    // the matching claim's own page lists the fact-check under its heading
    await match.locator('.similar-claim-text a').click();
    const own = page.getByRole('region', { name: 'Fact-checks published elsewhere (1)' });
    await own.waitFor();
    expect(await own.locator('.fact-check-publisher').textContent()).toBe('Example Checks');
    expect(await own.getByRole('link', { name: PUBLISHED.name }).getAttribute('href')).toBe(PUBLISHED.url);
    await page.close();
  });

  it('says "No earlier check found" for a claim no other claim resembles', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/#/claim/${encodeURIComponent(ids.lone)}`);
    const panel = page.getByRole('region', { name: 'Checked before?' });
    const none = panel.locator('.checked-before-none');
    await none.waitFor();
    expect(await none.textContent()).toContain('No earlier check found');
    expect(await panel.locator('.similar-claims').count()).toBe(0);
    expect(await panel.locator('.error-box').count()).toBe(0);
    await page.close();
  });

  it('keeps claims that only share words behind a disclosure, and says no earlier check was found', async () => {
    const page = await newPage();
    await page.goto(`${server.origin}/#/claim/${encodeURIComponent(ids.nameOnly)}`);
    const panel = page.getByRole('region', { name: 'Checked before?' });
    const none = panel.locator('.checked-before-none');
    await none.waitFor();
    expect(await none.textContent()).toContain('No earlier check found');
    // the claims that share "Kanye West" with it are there on request, each said to be weak
    const weak = panel.locator('details.weak-matches');
    expect(await weak.locator('summary').textContent()).toMatch(
      /^\d+ claims? sharing only some words \(unlikely the same claim\)$/,
    );
    const weakItems = weak.locator('.similar-claims > li');
    expect(await weakItems.first().isVisible()).toBe(false);
    await weak.locator('summary').click();
    expect(await weakItems.first().isVisible()).toBe(true);
    expect(await weakItems.count()).toBeLessThanOrEqual(5);
    await panel.screenshot({ path: join(SCREENSHOTS, 'checked-before-2-weak-only.png') });
    for (const item of await weakItems.all()) {
      expect(await item.getAttribute('data-strength')).toBe('weak');
      expect(await item.locator('.match-strength strong').textContent()).toBe('Shares words only');
    }
    expect(await weakItems.first().locator('.matched-terms').textContent()).toContain('Kanye West');
    await page.close();
  });

  it('shows one error box when the search fails, and asks again with its button', async () => {
    const page = await newPage();
    let refuse = true;
    await page.route('**/graphql', async (route) => {
      if (refuse && isSimilarClaimsRequest(route.request())) {
        await route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            errors: [{ message: 'the similar-claim index is not available', extensions: { code: 'INTERNAL' } }],
            data: null,
          }),
        });
      } else await route.continue();
    });
    await page.goto(`${server.origin}/#/claim/${encodeURIComponent(ids.votes)}`);
    const panel = page.getByRole('region', { name: 'Checked before?' });
    const error = panel.locator('.error-box');
    await error.waitFor();
    expect(await error.count()).toBe(1);
    expect(await error.textContent()).toContain('the similar-claim index is not available');
    // the rest of the page is there: only the panel failed
    expect(await page.locator('.appearances mark').count()).toBeGreaterThan(0);

    refuse = false;
    const asked = page.waitForRequest(isSimilarClaimsRequest);
    await error.getByRole('button', { name: 'Try again' }).click();
    await asked;
    await panel.locator('.similar-claims > li').first().waitFor();
    expect(await panel.locator('.error-box').count()).toBe(0);
    expect(await panel.locator('.similar-claims > li').first().getAttribute('data-strength')).not.toBe('weak');
    await page.close();
  });

  it('checks a statement drafted on the "New article" page only when asked, and finds the claim it repeats', async () => {
    const page = await newPage();
    const searches: string[] = [];
    page.on('request', (request) => {
      if (isSimilarClaimsRequest(request)) searches.push(request.postData() ?? '');
    });
    await page.goto(`${server.origin}/#/new-article`);
    await page.getByLabel('Your token').fill(TOKENS.editor.token);
    await page
      .getByLabel('Article text')
      .fill(
        'Pollsters look back at 2020\n\n' +
          '“Kanye West got roughly 60,000 votes out of 160 million in 2020,” said Dana Whitfield, a pollster.\n\n' +
          '“Purple lanterns glow above the harbour pier every solstice,” said Omar Raman, a tour guide.\n',
      );
    await page.getByRole('button', { name: 'Draft attributions' }).click();
    const items = page.locator('.draft-list > .draft-item');
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThanOrEqual(1);
    // nothing is searched until the editor asks
    expect(searches).toEqual([]);

    const votesItem = items.filter({ has: page.locator('blockquote', { hasText: '60,000 votes' }) });
    const button = votesItem.getByRole('button', { name: /^Checked before\?/ });
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const panel = votesItem.getByRole('region', { name: 'Checked before?' });
    const first = panel.locator('.similar-claims > li').first();
    await first.waitFor();
    expect(searches).toHaveLength(1);
    await votesItem.screenshot({ path: join(SCREENSHOTS, 'checked-before-3-new-article.png') });
    const shown = await panel.locator('.similar-claims > li .similar-claim-text').allTextContents();
    expect(shown).toContain(REWORDED_TEXT);
    expect(shown.length).toBeLessThanOrEqual(5);
    expect(await panel.textContent()).toContain('Our verdict: 4/5 Mostly true');

    // hiding and showing again asks nothing more
    await button.click();
    expect(await panel.isVisible()).toBe(false);
    await button.click();
    expect(await panel.isVisible()).toBe(true);
    expect(searches).toHaveLength(1);
    await page.close();
  });

  it("passes axe-core's WCAG 2 A and AA checks with the panel shown, its weak matches open", async () => {
    const auditing = await browser.newContext({ viewport: LAPTOP, bypassCSP: true });
    auditing.setDefaultTimeout(10_000);
    const page = await auditing.newPage();
    const problems: string[] = [];
    for (const id of [ids.votes, ids.lone, ids.nameOnly]) {
      await page.goto(`${server.origin}/#/claim/${encodeURIComponent(id)}`);
      const panel = page.getByRole('region', { name: 'Checked before?' });
      await panel.locator('.checked-before-none, .similar-claims').first().waitFor();
      for (const summary of await panel.locator('details summary').all()) await summary.click();
      await page.waitForFunction("!document.querySelector('.loading')");
      problems.push(...(await axeViolations(page)).map((problem) => `${id}: ${problem}`));
    }
    await auditing.close();
    expect(problems).toEqual([]);
  });

  it('broke no Content-Security-Policy rule and logged no error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
