/**
 * The people graph in a real browser (Debian's Chromium, driven by playwright-core) against a claimgraph seeded
 * with the Legend–West fixture: no edge label is drawn until asked for, and the labels drawn for a selected person
 * never cover each other, on a phone or a laptop; the three relationships between John Legend and Kanye West are
 * one line saying so, which lists them all; the type and status filters hide the other edges and table rows; a
 * relationship that changed shows the evidence for each of its states apart; and axe-core finds no violation.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { globalId, startWriteServer, succeed, type WriteServer } from '../support/writeServer.js';
import { launchChromium, SKIP_BROWSER_TESTS, watchConsole } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';

const ARTIFACTS = join(PROJECT_ROOT, 'test-artifacts');
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const LEGEND = globalId('Person', 'john-legend');
const WEST = globalId('Person', 'kanye-west');
const LEGEND_WEST = `pair:${[LEGEND, WEST].sort().join('|')}`;

let server: WriteServer;
let browser: Browser;
const consoleErrors: string[] = [];

interface Box {
  id: string;
  label: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

beforeAll(async () => {
  if (SKIP_BROWSER_TESTS) return;
  ensureDashboardBuilt();
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startWriteServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPeople(viewport: { width: number; height: number }, path = '/#/people'): Promise<Page> {
  const context = await browser.newContext({ viewport, bypassCSP: true });
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  watchConsole(page, consoleErrors);
  await page.goto(`${server.origin}${path}`);
  await page.locator('.relationship-filter').waitFor();
  await page.waitForFunction("document.querySelector('#relationship-graph')?.cy?.edges().length > 0");
  return page;
}

/** The boxes of the edge labels the canvas draws, in rendered (screen) pixels. */
function drawnEdgeLabels(page: Page): Promise<Box[]> {
  return page.locator('#relationship-graph').evaluate((element) => {
    const cy = (element as unknown as { cy: import('cytoscape').Core }).cy;
    return cy
      .edges()
      .filter((edge) => Boolean(edge.style('label')))
      .map((edge) => {
        const box = edge.renderedBoundingBox({
          includeLabels: true,
          includeNodes: false,
          includeEdges: false,
          includeOverlays: false,
          includeUnderlays: false,
        });
        return { id: edge.id(), label: String(edge.style('label')), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
      });
  });
}

function overlapping(boxes: Box[]): string[] {
  const pairs: string[] = [];
  for (const [index, a] of boxes.entries())
    for (const b of boxes.slice(index + 1))
      if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) pairs.push(`"${a.label}" covers "${b.label}"`);
  return pairs;
}

/** Where on the page a graph element is drawn: a node's centre or an edge's midpoint. */
async function pointOf(page: Page, id: string): Promise<{ x: number; y: number }> {
  // the mouse clicks where the page is scrolled to: bring the whole canvas into view first
  await page.locator('#relationship-graph').scrollIntoViewIfNeeded();
  // cytoscape learns where its canvas went from the scroll event, which comes with the next frame
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
  return page.locator('#relationship-graph').evaluate((element, elementId) => {
    const cy = (element as unknown as { cy: import('cytoscape').Core }).cy;
    const target = cy.getElementById(elementId);
    const position = target.isEdge()
      ? target.renderedMidpoint()
      : (target as unknown as import('cytoscape').NodeSingular).renderedPosition();
    const box = element.getBoundingClientRect();
    return { x: box.left + position.x, y: box.top + position.y };
  }, id);
}

function edgeCount(page: Page): Promise<number> {
  return page
    .locator('#relationship-graph')
    .evaluate((element) => (element as unknown as { cy: import('cytoscape').Core }).cy.edges().length);
}

describe.skipIf(SKIP_BROWSER_TESTS)('the people graph', () => {
  for (const [name, viewport] of [
    ['390', PHONE],
    ['1280', LAPTOP],
  ] as const)
    it(`draws no edge label by default at ${name} px, and John Legend's edge labels apart from each other`, async () => {
      const page = await openPeople(viewport);
      expect(await drawnEdgeLabels(page)).toEqual([]);
      // the canvas and its nodes (with their names) fit the width
      expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(viewport.width);
      const fit = await page.locator('#relationship-graph').evaluate((element) => {
        const cy = (element as unknown as { cy: import('cytoscape').Core }).cy;
        const box = cy.nodes().renderedBoundingBox({ includeLabels: true });
        return { ...box, width: element.clientWidth, height: element.clientHeight };
      });
      expect(fit.x1).toBeGreaterThanOrEqual(0);
      expect(fit.y1).toBeGreaterThanOrEqual(0);
      expect(fit.x2).toBeLessThanOrEqual(fit.width);
      expect(fit.y2).toBeLessThanOrEqual(fit.height);

      await page.mouse.click(...(Object.values(await pointOf(page, LEGEND)) as [number, number]));
      await expect.poll(() => page.locator('.entity-panel h2').first().textContent()).toBe('John Legend');
      await expect.poll(async () => (await drawnEdgeLabels(page)).length).toBeGreaterThan(0);
      const labels = await drawnEdgeLabels(page);
      expect(overlapping(labels)).toEqual([]);
      // the line standing for most relationships keeps its label first
      expect(labels.map((box) => box.label)).toContain('3 relationships');
      // only his edges are labelled
      const legendEdges = await page.locator('#relationship-graph').evaluate(
        (element, id) =>
          (element as unknown as { cy: import('cytoscape').Core }).cy
            .getElementById(id)
            .connectedEdges()
            .map((edge) => edge.id()),
        LEGEND,
      );
      for (const label of labels) expect(legendEdges).toContain(label.id);
      await page.screenshot({ path: join(ARTIFACTS, `people-graph-${name}.png`), fullPage: true });
      await page.context().close();
    });

  it('lays the graph out the same on every load, on a phone as on a laptop, only scaled', async () => {
    const layout = async (viewport: { width: number; height: number }) => {
      const page = await openPeople(viewport);
      const positions = await page
        .locator('#relationship-graph')
        .evaluate((element) =>
          (element as unknown as { cy: import('cytoscape').Core }).cy
            .nodes()
            .map((node) => [node.data('label'), Math.round(node.position('x')), Math.round(node.position('y'))]),
        );
      await page.context().close();
      return positions;
    };
    const laptop = await layout(LAPTOP);
    expect(await layout(LAPTOP)).toEqual(laptop);
    expect(await layout(PHONE)).toEqual(laptop);
  });

  it('draws the three relationships between John Legend and Kanye West as one edge that lists them all', async () => {
    const page = await openPeople(LAPTOP);
    const label = await page
      .locator('#relationship-graph')
      .evaluate(
        (element, id) => (element as unknown as { cy: import('cytoscape').Core }).cy.getElementById(id).data('label'),
        LEGEND_WEST,
      );
    expect(label).toBe('3 relationships');
    const point = await pointOf(page, LEGEND_WEST);
    // pointing at the line shows its label, and only its
    await page.mouse.move(point.x, point.y);
    await expect.poll(async () => (await drawnEdgeLabels(page)).map((box) => box.label)).toEqual(['3 relationships']);
    await page.mouse.click(point.x, point.y);
    const panel = page.locator('.connection-panel');
    await expect
      .poll(() => panel.locator('h2').textContent())
      .toMatch(/^(John Legend and Kanye West|Kanye West and John Legend)$/);
    const listed = panel.locator('.pair-relationship');
    expect(await listed.count()).toBe(3);
    const types = await listed.evaluateAll((items) => items.map((item) => item.getAttribute('data-type')).sort());
    expect(types).toEqual(['CRITICIZED', 'FRIENDSHIP', 'URGED']);
    expect(await listed.locator('h3').allTextContents()).toEqual(
      expect.arrayContaining([
        'John Legend friendship Kanye West',
        'John Legend urged Kanye West',
        'Kanye West criticized John Legend',
      ]),
    );
    // each with its status now and its dated states
    expect(await panel.textContent()).toContain('Now: strained');
    await page.context().close();
  });

  it('lists an edge from the keyboard, through its button in the connection list', async () => {
    const page = await openPeople(LAPTOP);
    const button = page.locator(`.connection[data-pair="${LEGEND_WEST}"]`);
    expect(await button.textContent()).toMatch(/: 3 relationships$/);
    await button.focus();
    // focusing it shows the edge's label on the canvas, as pointing at it does
    await expect.poll(async () => (await drawnEdgeLabels(page)).map((box) => box.label)).toEqual(['3 relationships']);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate<string | undefined>('document.activeElement?.id')).toBe('connection-heading');
    expect(await page.locator('.connection-panel .pair-relationship').count()).toBe(3);
    await page.locator('.connection-panel').getByRole('button', { name: 'Close' }).click();
    expect(await page.locator('.connection-panel').isHidden()).toBe(true);
    await page.context().close();
  });

  it('keeps only the checked relationship types, on the canvas and in the table', async () => {
    const page = await openPeople(LAPTOP);
    const rows = page.locator('.relationship-table tbody tr');
    const before = await rows.count();
    expect(before).toBe(10);
    expect(await page.locator('.entity-buttons').textContent()).toContain('The Democrats');
    const filter = page.locator('.relationship-filter');
    const boxes = filter.getByRole('checkbox');
    for (const box of await boxes.all()) if ((await box.getAttribute('value')) !== 'FRIENDSHIP') await box.uncheck();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-type')).toBe('FRIENDSHIP');
    expect(await edgeCount(page)).toBe(1);
    expect(await page.locator('.connection').count()).toBe(1);
    // the list of names keeps the people, and only the outlets and organizations a shown line reaches
    const names = page.locator('.entity-buttons');
    expect(await names.textContent()).toContain('Big Sean');
    expect(await names.textContent()).not.toContain('The Democrats');
    expect(await filter.locator('.filter-count').textContent()).toBe('Showing 1 of 10 relationships.');
    // the control the user is on keeps focus
    expect(await page.evaluate<string | undefined>('document.activeElement?.type')).toBe('checkbox');

    // with no type checked nothing is drawn, and the table says so
    await filter.getByLabel('friendship').uncheck();
    await expect.poll(() => edgeCount(page)).toBe(0);
    expect(await page.locator('.relationship-table').textContent()).toContain('No relationship matches the filter.');
    await page.context().close();
  });

  it('keeps only the relationships that have ended, or those that still hold', async () => {
    const page = await openPeople(LAPTOP);
    const rows = page.locator('.relationship-table tbody tr');
    await page.getByLabel('Ended', { exact: true }).check();
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-status')).toBe('ENDED');
    expect(await rows.first().textContent()).toContain('Donald Trump');
    expect(await edgeCount(page)).toBe(1);

    await page.getByLabel('Holding now (active or strained)').check();
    await expect.poll(() => rows.count()).toBe(9);
    const statuses = await rows.evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    expect(statuses).not.toContain('ENDED');
    // seven lines: the three relationships between Legend and West still hold, and are one line
    expect(await edgeCount(page)).toBe(7);
    await page.context().close();
  });

  it("groups the evidence of Legend and West's friendship under each of its states", async () => {
    const data = await succeed(
      server.graphql(
        `{ relationships(between: ["john-legend", "kanye-west"], types: [FRIENDSHIP]) { nodes { states { status evidence { exact } } } } }`,
      ),
    );
    const states: { status: string; evidence: { exact: string }[] }[] = data.relationships.nodes[0].states;
    expect(states.map((state) => state.status)).toEqual(['ACTIVE', 'STRAINED']);

    const page = await openPeople(LAPTOP);
    await page.locator(`.connection[data-pair="${LEGEND_WEST}"]`).click();
    const groups = page.locator('.pair-relationship[data-type="FRIENDSHIP"] .state-group');
    expect(await groups.count()).toBe(2);
    for (const [index, state] of states.entries()) {
      const group = groups.nth(index);
      expect(await group.getAttribute('data-status')).toBe(state.status);
      expect(await group.locator('.state-headline strong').textContent()).toBe(state.status.toLowerCase());
      expect(await group.locator('.state-quotes mark').allTextContents()).toEqual(
        state.evidence.map((span) => span.exact),
      );
    }
    // the strain is dated (2020), and how that date is known is said
    expect(await groups.nth(1).locator('.state-headline').textContent()).toContain('from 2020');
    await page.context().close();
  });

  it('groups the evidence of a relationship hop on a path under each state of the relationship', async () => {
    const from = encodeURIComponent(globalId('Person', 'big-sean'));
    const to = encodeURIComponent(globalId('Person', 'joe-biden'));
    const page = await openPeople(LAPTOP, `/#/people?from=${from}&to=${to}`);
    const friendship = page
      .locator('.path-list .path')
      .first()
      .locator('.hop')
      .filter({ hasText: 'John Legend is or was friends with Kanye West' });
    await friendship.waitFor();
    const groups = friendship.locator('.state-group');
    expect(await groups.evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).toEqual([
      'ACTIVE',
      'STRAINED',
    ]);
    for (const group of await groups.all())
      expect(await group.locator('.state-quotes mark').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it("passes axe-core's WCAG 2 A and AA checks with a person selected and an edge's relationships listed", async () => {
    const page = await openPeople(LAPTOP, `/#/people/${encodeURIComponent(LEGEND)}`);
    await page.locator(`.connection[data-pair="${LEGEND_WEST}"]`).click();
    await page.locator('.connection-panel .pair-relationship').first().waitFor();
    await page.waitForFunction("!document.querySelector('.loading')");
    await page.addScriptTag({ path: AXE_SCRIPT });
    const violations = await page.evaluate<{ id: string; help: string; targets: string[] }[]>(
      "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) })))",
    );
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('logged no console error', () => {
    expect(consoleErrors).toEqual([]);
  });
});
