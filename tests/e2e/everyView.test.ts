/**
 * Every view of the dashboard, and GraphiQL, in a real browser (Debian's Chromium) on the article's dataset, at a
 * laptop's width and a phone's: each passes axe-core's WCAG 2 A and AA checks once its content has loaded, none
 * scrolls sideways on the phone, and each is saved as a full-page screenshot under test-artifacts/views/ for a
 * person to look at. The views come from the dashboard's own route table (dashboard/src/main.ts), so that a view
 * added there without a case here fails.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { globalId } from '../support/writeServer.js';
import { axeViolations } from './support/axe.js';
import { launchChromium, SKIP_BROWSER_TESTS, watchConsole } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';
import { recordTransfers } from './support/transfers.js';

const SCREENSHOTS = join(PROJECT_ROOT, 'test-artifacts', 'views');
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

const id = (typeName: Parameters<typeof globalId>[0], slug: string) => encodeURIComponent(globalId(typeName, slug));

interface ViewCase {
  /** the screenshot's name */
  name: string;
  /** the route table's key this case shows (the hash's first segment); null for a page outside the dashboard */
  route: string | null;
  /** the address, from the server's origin */
  path: string;
  /** what shows once the view has its content (not its loading state) */
  ready: string;
}

const CASES: ViewCase[] = [
  { name: 'claims', route: 'claims', path: '/#/claims', ready: '.claims-table tbody tr' },
  {
    name: 'claim',
    route: 'claim',
    path: `/#/claim/${id('Claim', 'west-60000-votes')}`,
    ready: '.claim-detail .claim-text',
  },
  {
    name: 'claim-not-found',
    route: 'claim',
    path: `/#/claim/${id('Claim', 'no-such-claim')}`,
    ready: '[data-not-found=claim]',
  },
  {
    name: 'statement',
    route: 'statement',
    path: `/#/statement/${id('Statement', 'legend-real-impetus')}`,
    ready: '.statement-detail .statement-quote',
  },
  {
    name: 'statement-not-found',
    route: 'statement',
    path: `/#/statement/${id('Statement', 'no-such-statement')}`,
    ready: '[data-not-found=statement]',
  },
  { name: 'people', route: 'people', path: '/#/people', ready: '.path-form select[name=from]' },
  {
    name: 'person',
    route: 'people',
    path: `/#/people/${id('Person', 'kanye-west')}`,
    ready: '.entity-panel #entity-heading:text("Kanye West")',
  },
  {
    name: 'person-not-found',
    route: 'people',
    path: `/#/people/${id('Person', 'no-such-person')}`,
    ready: '.entity-panel [data-not-found=person]',
  },
  { name: 'timeline', route: 'timeline', path: '/#/timeline', ready: '.timeline-item' },
  {
    name: 'timeline-person',
    route: 'timeline',
    path: `/#/timeline/${id('Person', 'john-legend')}`,
    ready: '.timeline-item',
  },
  { name: 'search', route: 'search', path: '/#/search?q=Trump', ready: '.search-results .hit' },
  {
    name: 'document',
    route: 'document',
    path: `/#/document/${id('Document', 'thesource-legend-west')}`,
    ready: '.document-detail .document-text',
  },
  { name: 'documents', route: 'documents', path: '/#/documents', ready: '.documents-table tbody tr' },
  {
    name: 'event',
    route: 'event',
    path: `/#/event/${id('Event', 'tweets-2018')}`,
    ready: '.event-detail .facts',
  },
  { name: 'events', route: 'events', path: '/#/events', ready: '.events-table tbody tr' },
  { name: 'new-article', route: 'new-article', path: '/#/new-article', ready: '.article-form' },
  { name: 'page-not-found', route: null, path: '/#/no-such-view', ready: 'main h1:text("Page not found")' },
  { name: 'graphiql', route: null, path: '/graphiql', ready: '.graphiql-query-editor .view-lines' },
];

/** The keys of the dashboard's route table (`VIEWS` in dashboard/src/main.ts), read from its source. */
function routeTableKeys(): string[] {
  const file = join(PROJECT_ROOT, 'dashboard', 'src', 'main.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const keys: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'VIEWS' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const property of node.initializer.properties) {
        if (property.name && (ts.isIdentifier(property.name) || ts.isStringLiteral(property.name)))
          keys.push(property.name.text);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return keys;
}

let server: TestServer;
let browser: Browser;
const contexts = new Map<number, BrowserContext>();
const pages = new Map<number, Page>();
const consoleErrors: string[] = [];

beforeAll(async () => {
  if (SKIP_BROWSER_TESTS) return;
  ensureDashboardBuilt();
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startTestServer({ env: { CLAIMGRAPH_INTROSPECTION: '1' } });
  browser = await launchChromium();
  for (const viewport of WIDTHS) {
    // axe is injected as a script, which the pages' policy forbids: these contexts alone bypass it
    const context = await browser.newContext({ viewport, bypassCSP: true });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    watchConsole(page, consoleErrors);
    contexts.set(viewport.width, context);
    pages.set(viewport.width, page);
  }
}, 240_000);

afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  await browser?.close();
  await server?.close();
});

/** The routes without a case, and the cases' routes the table does not have. */
function coverageGaps(routes: string[], cases: ViewCase[]): { uncovered: string[]; unknown: string[] } {
  const covered = new Set(cases.map((view) => view.route).filter((route) => route !== null));
  return {
    uncovered: routes.filter((route) => !covered.has(route)),
    unknown: [...covered].filter((route) => !routes.includes(route)),
  };
}

describe('the list of views checked here', () => {
  it('has a case for every route in the dashboard’s route table, and none for a route it does not have', () => {
    const routes = routeTableKeys();
    expect(routes).toContain('claims');
    expect(coverageGaps(routes, CASES)).toEqual({ uncovered: [], unknown: [] });
  });

  it('names a view added to the route table without a case, and a case whose route is gone', () => {
    const routes = [...routeTableKeys().filter((route) => route !== 'events'), 'maps'];
    expect(coverageGaps(routes, CASES)).toEqual({ uncovered: ['maps'], unknown: ['events'] });
  });
});

describe.skipIf(SKIP_BROWSER_TESTS).each(WIDTHS)('every view at $width px wide', ({ width }) => {
  it.each(CASES)('$name: passes axe-core, fits the width and is saved as a screenshot', async (view) => {
    const page = pages.get(width)!;
    // a full load each time (not a hash change), as a reader arriving from a link would see it
    await page.goto('about:blank');
    await page.goto(`${new URL(server.url).origin}${view.path}`);
    await page.locator(view.ready).first().waitFor();
    // a selector wait, not waitForFunction: the string predicate would need the eval the policy refuses
    await page.waitForSelector('main .loading', { state: 'detached' });
    expect(await page.locator('.error-box').allTextContents(), view.path).toEqual([]);

    await page.screenshot({ path: join(SCREENSHOTS, `${view.name}-${width}.png`), fullPage: true });
    expect(await axeViolations(page), view.path).toEqual([]);
    const scrollWidth = await page.evaluate<number>('document.scrollingElement.scrollWidth');
    expect(scrollWidth, `${view.path} is ${scrollWidth} px wide`).toBeLessThanOrEqual(width);
  });
});

describe.skipIf(SKIP_BROWSER_TESTS)('GraphiQL’s tab bar', () => {
  it('is a list of buttons, the open tab marked current, the mark following the reader to another tab', async () => {
    const page = pages.get(WIDTHS[0].width)!;
    await page.goto(`${new URL(server.url).origin}/graphiql`);
    const tabs = page.locator('.graphiql-tabs .graphiql-tab-button');
    await page.locator('.graphiql-query-editor .view-lines').first().waitFor();
    expect(await page.locator('.graphiql-tabs [role=tab], .graphiql-tabs[role=tablist]').count()).toBe(0);
    const current = () => page.locator('.graphiql-tabs [aria-current=true]').allTextContents();
    expect(await current()).toEqual(['WhoDidWestCallASellout']);
    await tabs.filter({ hasText: 'UnreviewedClaims' }).click();
    await expect.poll(current).toEqual(['UnreviewedClaims']);
    await page.locator('.graphiql-query-editor .view-lines', { hasText: 'UnreviewedClaims' }).waitFor();
    expect(await page.locator('.graphiql-tabs [aria-selected]').count()).toBe(0);
    // the open tab's close button stays a button a keyboard reaches, with a name
    expect(await page.getByRole('button', { name: 'Close Tab' }).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe.skipIf(SKIP_BROWSER_TESTS)('GraphiQL’s fonts', () => {
  it('come as font files, only the subsets the page shows, never inline in a stylesheet', async () => {
    // a fresh context: an empty cache, as on a first visit
    const context = await browser.newContext({ viewport: WIDTHS[0] });
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    watchConsole(page, consoleErrors);
    const transfers = await recordTransfers(page);
    await page.goto(`${new URL(server.url).origin}/graphiql`);
    await page.locator('.graphiql-query-editor .view-lines', { hasText: 'WhoDidWestCallASellout' }).waitFor();
    await page.waitForLoadState('networkidle');
    const sent = transfers();
    await context.close();
    const listing = sent.map((transfer) => `${transfer.bytes} ${transfer.url}`).join('\n');
    const fonts = sent.filter((transfer) => /\/assets\/[^/]+\.(?:woff2?|ttf)$/.test(transfer.url));
    expect(fonts.length, listing).toBeGreaterThan(0);
    // GraphiQL's stylesheet declares some thirty faces (Cyrillic, Greek, Vietnamese... subsets); English needs few
    expect(fonts.length, listing).toBeLessThan(8);
    for (const stylesheet of sent.filter((transfer) => /\.css$/.test(transfer.url)))
      expect(stylesheet.bytes, stylesheet.url).toBeLessThan(64 * 1024);
  });
});

describe.skipIf(SKIP_BROWSER_TESTS)('all those pages', () => {
  it('logged no error and threw nothing', () => {
    expect(consoleErrors).toEqual([]);
  });
});
