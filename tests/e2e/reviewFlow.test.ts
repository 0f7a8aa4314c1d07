/**
 * A reviewer's flow on a claim's page, in Chromium: the panel checks a token with the server before it says who is
 * signed in (a wrong token is called wrong), publishing collapses the form into a link to the published review,
 * the history gives ratings in the scale's own words with the verdict bucket apart, and the reviewer can edit and
 * withdraw their own review (only their own). Each action leaves one notice, in the panel, covering nothing.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, startWriteServer, succeed, TOKENS_VARIABLE, type WriteServer } from '../support/writeServer.js';
import { launchChromium, SKIP_BROWSER_TESTS } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';

const RUTH = { name: 'ruth', displayName: 'Ruth Example-Okafor', token: 'reviewer-token-of-ruth-0123456789' };
const OTTO = { name: 'otto', token: 'reviewer-token-of-otto-0123456789' };
const CLAIM = 'used-by-democrats';

let server: WriteServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  if (SKIP_BROWSER_TESTS) return;
  ensureDashboardBuilt();
  server = await startWriteServer({
    env: {
      CLAIMGRAPH_TOKENS: [
        TOKENS_VARIABLE,
        `${RUTH.name}=${RUTH.displayName}:reviewer:${RUTH.token}`,
        `${OTTO.name}:reviewer:${OTTO.token}`,
      ].join(','),
    },
  });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(10_000);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

function claimUrl(): string {
  return `${server.origin}/#/claim/${encodeURIComponent(globalId('Claim', CLAIM))}`;
}

async function signIn(target: Page, token: string): Promise<void> {
  await target.getByLabel('Reviewer token').fill(token);
  await target.getByRole('button', { name: 'Use this token' }).click();
}

const panelText = () => page.locator('.review-panel').textContent();
const notice = () => page.locator('.review-notice').textContent();

describe.skipIf(SKIP_BROWSER_TESTS)("a reviewer's flow on a claim page", () => {
  it('calls a wrong token wrong, and never says "Signed in" for it', async () => {
    page = await context.newPage();
    await page.goto(claimUrl());
    await signIn(page, 'not-a-token-of-anyone-0123456789');
    await expect.poll(panelText).toContain('did not accept this token');
    expect(await panelText()).not.toContain('Signed in');
    expect(await page.evaluate("sessionStorage.getItem('claimgraph.reviewerToken')")).toBeNull();
    expect(await page.getByLabel('Reviewer token').getAttribute('aria-invalid')).toBe('true');
  });

  it('says who is signed in, by display name and role, once the server has checked the token', async () => {
    await signIn(page, RUTH.token);
    await expect.poll(panelText).toContain(`Signed in as ${RUTH.displayName} (reviewer)`);
  });

  it('publishes a review, collapses the form to a link to the published review, with one notice in the page flow', async () => {
    // a second page on the claim hears the review's live event: once it has, the reviewer's page has had it too
    const watcher = await context.newPage();
    await watcher.goto(claimUrl());
    await watcher.locator('#live-status[data-state=live]').waitFor();
    await page.locator('#live-status[data-state=live]').waitFor();

    await page.getByLabel('Rating', { exact: true }).selectOption('4');
    await page.getByLabel('Explanation').fill('Democrats did quote him, but not as the claim says.');
    await page.getByLabel('URL').fill('https://example.org/quotes');
    await page.getByLabel('Title').fill('Where the quotes ran');
    await page.getByRole('button', { name: 'Publish review' }).click();

    await expect.poll(notice).toContain('Review published: 4 · Mostly true');
    expect(await page.locator('.review-panel form.review-form').count()).toBe(0);
    const link = page.getByRole('link', { name: /See the published review/ });
    expect(await link.getAttribute('href')).toBe(`/claims/${CLAIM}/claimreview`);
    const published = await fetch(`${server.origin}/claims/${CLAIM}/claimreview`);
    expect(published.status).toBe(200);
    expect(await published.json()).toMatchObject({ '@type': 'ClaimReview' });

    await watcher.locator('.announcement', { hasText: 'just reviewed this claim' }).waitFor();
    expect(await page.locator('.announcement').count()).toBe(0);
    // the notice is in the page's flow, not fixed over the footer
    const box = page.locator('.review-notice');
    expect(await page.evaluate("getComputedStyle(document.querySelector('.review-notice')).position")).toBe('static');
    const noticeBox = (await box.boundingBox())!;
    const footerBox = (await page.locator('.site-footer').boundingBox())!;
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(footerBox.y);
    await watcher.close();
  });

  it('gives the rating in the scale’s words and the verdict bucket apart, never "verdict: True" for a 4', async () => {
    const review = page.locator('.review-list .review', { hasText: 'not as the claim says' });
    await review.waitFor();
    const head = (await review.locator('.review-head').textContent()) ?? '';
    expect(head).toContain('4 · Mostly true');
    expect(head).toContain('verdict bucket: true (4-5)');
    expect(head).toContain(`by ${RUTH.displayName}`);
    expect(head).not.toMatch(/verdict: true/i);
  });

  it('edits one’s own review: the form comes back filled, and the revision replaces the review', async () => {
    const review = page.locator('.review-list .review', { hasText: 'not as the claim says' });
    const oldId = await review.getAttribute('data-review');
    await review.getByRole('button', { name: 'Edit' }).click();
    const rating = page.getByLabel('Rating', { exact: true });
    expect(await rating.inputValue()).toBe('4');
    expect(await page.getByLabel('Explanation').inputValue()).toBe(
      'Democrats did quote him, but not as the claim says.',
    );
    await rating.selectOption('2');
    await page.getByLabel('Explanation').fill('On a closer reading the quotes were cut: mostly false.');
    await page.getByRole('button', { name: 'Publish revised review' }).click();
    await expect.poll(notice).toContain('Revised review published: 2 · Mostly false');
    // the revised review leaves the default list (retracted, naming its successor); the new one takes its place
    const current = page.locator('.review-list .review', { hasText: 'quotes were cut' });
    await current.waitFor();
    expect(await current.locator('.review-head').textContent()).toContain('verdict bucket: false (1-2)');
    await expect.poll(() => page.locator('.review-list .review', { hasText: 'not as the claim says' }).count()).toBe(0);
    const data = await succeed(
      server.graphql('query Old($id: ID!) { node(id: $id) { ... on ClaimReview { retraction { reason } } } }', {
        id: oldId,
      }),
    );
    expect(data.node.retraction.reason).toMatch(/^revised by review-used-by-democrats-/);
    expect(await page.locator('.announcement').count()).toBe(0);
  });

  it('offers another reviewer, in another tab, no Edit or Withdraw on reviews not theirs', async () => {
    const other = await context.newPage();
    await other.goto(claimUrl());
    await signIn(other, OTTO.token);
    await expect
      .poll(() => other.locator('.review-panel').textContent())
      .toContain(`Signed in as ${OTTO.name} (reviewer)`);
    await other.locator('.review-list .review', { hasText: 'quotes were cut' }).waitFor();
    expect(await other.locator('.review-list').getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await other.locator('.review-list').getByRole('button', { name: 'Withdraw' }).count()).toBe(0);
    await other.close();
  });

  it('withdraws one’s own review with a reason', async () => {
    const current = page.locator('.review-list .review', { hasText: 'quotes were cut' });
    await current.getByRole('button', { name: 'Withdraw' }).click();
    await page.getByRole('button', { name: 'Withdraw review' }).click();
    expect(await page.getByLabel('Why withdraw it').getAttribute('aria-invalid')).toBe('true');
    await page.getByLabel('Why withdraw it').fill('I reviewed the wrong claim.');
    await page.getByRole('button', { name: 'Withdraw review' }).click();
    await expect.poll(notice).toBe('Your review is withdrawn.');
    await expect.poll(() => current.count()).toBe(0);
    expect(await page.locator('.announcement').count()).toBe(0);
  });
});
