/**
 * Linking a claim to a match as the same claim, in a real browser (Debian's Chromium, driven by playwright-core):
 * on a claim's page, a signed-in editor presses "Same claim" on a match of "Checked before?", the page lists the
 * match under "Linked as the same claim", and Unlink asks for a reason before it removes the link. Without a token
 * the page offers neither action. Both writes are in the claims' history, by the editor.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { articleSpan, startWriteServer, succeed, TOKENS, type WriteServer } from '../support/writeServer.js';
import { launchChromium, SKIP_BROWSER_TESTS, watchConsole } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-artifacts', 'e2e');
const LAPTOP = { width: 1280, height: 860 };

/** A second, reworded record of the "60,000 votes" claim: the match to link. */
const REWORDED_TEXT = 'Kanye West got roughly 60,000 votes out of 160 million in the 2020 election.';
const UNLINK_REASON = 'The reworded record counts a different election.';

let server: WriteServer;
let browser: Browser;
const consoleErrors: string[] = [];
const ids = { votes: '', reworded: '' };

async function newPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  watchConsole(page, consoleErrors);
  return page;
}

/** A browser context whose tab holds the editor's token, as the review panel keeps it. */
async function signedIn(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: LAPTOP });
  context.setDefaultTimeout(10_000);
  await context.addInitScript(
    `sessionStorage.setItem('claimgraph.reviewerToken', ${JSON.stringify(TOKENS.editor.token)})`,
  );
  return context;
}

async function linkHistory(id: string): Promise<{ action: string; actor: string; summary: string }[]> {
  const data = await succeed(
    server.graphql('query ($id: ID!) { history(id: $id, first: 100) { nodes { action actor summary } } }', { id }),
  );
  return data.history.nodes.filter((change: { action: string }) => ['LINK', 'UNLINK'].includes(change.action));
}

describe.skipIf(SKIP_BROWSER_TESTS)('"Same claim" on a claim’s page', () => {
  beforeAll(async () => {
    ensureDashboardBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWriteServer();
    const claims = await succeed(
      server.graphql('{ claims(first: 100) { nodes { id slug appearances { nodes { evidence { exact } } } } } }'),
    );
    const votes = claims.claims.nodes.find((claim: { slug: string }) => claim.slug === 'west-60000-votes');
    ids.votes = votes.id;
    const span = articleSpan(votes.appearances.nodes[0].evidence.exact as string);
    const added = await succeed(
      server.as('editor', 'mutation Add($input: AddClaimInput!) { addClaim(input: $input) { claim { id } } }', {
        input: {
          slug: 'west-60k-of-160-million',
          text: REWORDED_TEXT,
          claimants: [{ entity: 'the-source', evidence: [span] }],
          about: ['kanye-west'],
          appearances: [{ evidence: span }],
        },
      }),
    );
    ids.reworded = added.addClaim.claim.id;
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers no "Same claim" button and no Unlink without a token', async () => {
    const context = await browser.newContext({ viewport: LAPTOP });
    context.setDefaultTimeout(10_000);
    const page = await newPage(context);
    await page.goto(`${server.origin}/#/claim/${encodeURIComponent(ids.votes)}`);
    const match = page
      .getByRole('region', { name: 'Checked before?' })
      .locator('.similar-claims > li', { hasText: REWORDED_TEXT });
    await match.waitFor();
    expect(await match.getByRole('button', { name: 'Same claim' }).count()).toBe(0);
    const linked = page.getByRole('region', { name: 'Linked as the same claim (0)' });
    expect(await linked.locator('.empty').textContent()).toContain('No claim is linked as the same claim');
    await context.close();
  });

  it('links a match from the panel, lists it on the page, and unlinks it with a reason', async () => {
    const context = await signedIn();
    const page = await newPage(context);
    await page.goto(`${server.origin}/#/claim/${encodeURIComponent(ids.votes)}`);
    const match = page
      .getByRole('region', { name: 'Checked before?' })
      .locator('.similar-claims > li', { hasText: REWORDED_TEXT });
    await match.getByRole('button', { name: 'Same claim' }).click();
    await match.locator('.same-claim-linked', { hasText: 'Linked as the same claim' }).waitFor();

    const linked = page.getByRole('region', { name: 'Linked as the same claim (1)' });
    const item = linked.locator('li.same-claim');
    await item.waitFor();
    expect(await item.getByRole('link', { name: REWORDED_TEXT }).getAttribute('href')).toBe(
      `#/claim/${encodeURIComponent(ids.reworded)}`,
    );
    await linked.screenshot({ path: join(SCREENSHOTS, 'same-claim-1-linked.png') });
    const linkedEntries = await linkHistory(ids.votes);
    expect(linkedEntries).toEqual([
      {
        action: 'LINK',
        actor: TOKENS.editor.name,
        summary: 'linked as the same claim as claim west-60k-of-160-million',
      },
    ]);

    // the other claim's page lists this one back
    await item.getByRole('link', { name: REWORDED_TEXT }).click();
    const back = page.getByRole('region', { name: 'Linked as the same claim (1)' });
    await back.locator(`a[href="#/claim/${encodeURIComponent(ids.votes)}"]`).waitFor();
    await page.goBack();

    // Unlink asks why, and will not go without an answer
    const again = page.getByRole('region', { name: 'Linked as the same claim (1)' });
    await again.getByRole('button', { name: 'Unlink' }).click();
    const reason = again.getByLabel('Why is it not the same claim?');
    expect(await page.evaluate<string>('document.activeElement.id')).toBe(await reason.getAttribute('id'));
    await again.locator('form.unlink-form').getByRole('button', { name: 'Unlink' }).click();
    expect(await again.locator('.field-error').first().textContent()).toContain('Say why');
    expect(await linkHistory(ids.votes)).toHaveLength(1);

    await reason.fill(UNLINK_REASON);
    await again.locator('form.unlink-form').getByRole('button', { name: 'Unlink' }).click();
    const none = page.getByRole('region', { name: 'Linked as the same claim (0)' });
    await none.locator('.empty').waitFor();
    // the match can be linked again
    await match.getByRole('button', { name: 'Same claim' }).waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'same-claim-2-unlinked.png'), fullPage: true });

    for (const id of [ids.votes, ids.reworded]) {
      expect((await linkHistory(id)).map((change) => [change.action, change.actor])).toEqual([
        ['LINK', TOKENS.editor.name],
        ['UNLINK', TOKENS.editor.name],
      ]);
    }
    expect((await linkHistory(ids.votes))[1].summary).toBe(
      `unlinked from claim west-60k-of-160-million: ${UNLINK_REASON}`,
    );
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
