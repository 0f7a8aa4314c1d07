/**
 * The dashboard's "New article" page: an editor pastes an article claimgraph has never seen, checks the drafted
 * attributions against the marked text, corrects one speaker with the search-as-you-type box, imports the two it
 * accepts, and finds them in the search, on the speakers' pages and in the timeline. Bad input gets a message in the
 * page and imports nothing; a problem the import finds is shown next to the attribution it is about.
 *
 * The first block checks the rebuild of the import dataset from the editor's decisions (dashboard/src/draft/), a
 * pure function, without a browser; the rest runs in Debian's Chromium against a claimgraph started by the test.
 * Screenshots go to test-artifacts/e2e/new-article-*.png.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImportDataset, type DatasetJson } from '../../dashboard/src/draft/buildImportDataset.js';
import { EVIDENCE_CONTEXT_WIDTH } from '../../dashboard/src/draft/codePoints.js';
import {
  initialDecision,
  type ArticleDraft,
  type AttributionDecision,
  type TextSpan,
} from '../../dashboard/src/draft/draftTypes.js';
import { placeImportProblems } from '../../dashboard/src/draft/importProblems.js';
import { textSegments } from '../../dashboard/src/draft/textSegments.js';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { startWriteServer, succeed, TOKENS, type WriteServer } from '../support/writeServer.js';
import { launchChromium, SKIP_BROWSER_TESTS, watchConsole } from './support/chromium.js';
import { ensureDashboardBuilt } from './support/dashboardBuild.js';

// --- the rebuild, without a browser ---------------------------------------------------------------------------------

/** A small draft written by hand, as draftDocument answers: two statements, and an attribution left out. */
const SMALL_TEXT =
  '“The bridge is late,” said Mara Okonkwo.\n\nYe said the bridge was too expensive. “It will pay off,” a spokeswoman said.\n';

function spanIn(text: string, exact: string, from = 0): TextSpan {
  const at = text.indexOf(exact, from);
  if (at < 0) throw new Error(`${exact} is not in the text`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(exact).length, exact };
}

function evidenceIn(text: string, exact: string) {
  const span = spanIn(text, exact);
  const points = Array.from(text);
  return {
    document: 'bridge-report',
    ...span,
    prefix: points.slice(Math.max(0, span.start - EVIDENCE_CONTEXT_WIDTH), span.start).join(''),
    suffix: points.slice(span.end, span.end + EVIDENCE_CONTEXT_WIDTH).join(''),
  };
}

function smallDraft(): ArticleDraft {
  const t = SMALL_TEXT;
  const dataset: DatasetJson = {
    format: 'claimgraph-dataset/1',
    documents: [
      { slug: 'bridge-report', title: 'Bridge report', textFile: 'bridge-report.txt', sha256: '0'.repeat(64) },
    ],
    people: [
      { slug: 'mara-okonkwo', name: 'Mara Okonkwo', evidence: [evidenceIn(t, 'Mara Okonkwo')] },
      { slug: 'kanye-west', name: 'Kanye West', aliases: ['Ye', 'West'], evidence: [evidenceIn(t, 'Ye')] },
    ],
    outlets: [],
    organizations: [],
    events: [],
    statements: [
      {
        slug: 'mara-okonkwo-the-bridge-is-late',
        speaker: 'mara-okonkwo',
        quote: 'The bridge is late,',
        isDirectQuote: true,
        attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
        mentions: [],
        evidence: [evidenceIn(t, 'The bridge is late,')],
      },
      {
        slug: 'kanye-west-the-bridge-was-too-expensive',
        speaker: 'kanye-west',
        quote: 'the bridge was too expensive.',
        isDirectQuote: false,
        attributionConfidence: 'PARAPHRASED_BY_SOURCE',
        mentions: [{ entity: 'mara-okonkwo', stance: 'NEUTRAL' }],
        evidence: [evidenceIn(t, 'the bridge was too expensive.')],
      },
    ],
    claims: [],
    relationships: [],
  };
  return {
    title: 'Bridge report',
    documentSlug: 'bridge-report',
    text: t,
    attributions: [
      {
        content: spanIn(t, 'The bridge is late,'),
        cue: spanIn(t, 'said'),
        source: spanIn(t, 'Mara Okonkwo'),
        speaker: 'Mara Okonkwo',
        speakerEntity: null,
        direct: true,
        confidence: 0.9,
        statementSlug: 'mara-okonkwo-the-bridge-is-late',
      },
      {
        content: spanIn(t, 'the bridge was too expensive.'),
        cue: spanIn(t, 'said', t.indexOf('Ye')),
        source: spanIn(t, 'Ye'),
        speaker: 'Kanye West',
        speakerEntity: { slug: 'kanye-west', name: 'Kanye West', entityType: 'PERSON' },
        direct: false,
        confidence: 0.6,
        statementSlug: 'kanye-west-the-bridge-was-too-expensive',
      },
      {
        content: spanIn(t, 'It will pay off,'),
        cue: spanIn(t, 'said', t.lastIndexOf('said')),
        source: spanIn(t, 'a spokeswoman'),
        speaker: null,
        speakerEntity: null,
        direct: true,
        confidence: 0.9,
        statementSlug: null,
      },
    ],
    proposedEntities: [{ slug: 'mara-okonkwo', name: 'Mara Okonkwo', type: 'PERSON' }],
    dataset,
    texts: [{ document: 'bridge-report', text: t }],
    notes: [],
  };
}

function decide(draft: ArticleDraft, changes: Partial<AttributionDecision>[]): AttributionDecision[] {
  return draft.attributions.map((attribution, index) => ({ ...initialDecision(attribution), ...changes[index] }));
}

describe('the import dataset rebuilt from the editor’s decisions', () => {
  it('is the draft’s own dataset when every statement is accepted as drafted', () => {
    const draft = smallDraft();
    const plan = buildImportDataset(draft, decide(draft, [{ verdict: 'accepted' }, { verdict: 'accepted' }, {}]));
    expect(plan.problems).toEqual([]);
    expect(plan.dataset).toEqual(draft.dataset);
    expect(plan.statementSlugs).toEqual(
      new Map([
        [0, 'mara-okonkwo-the-bridge-is-late'],
        [1, 'kanye-west-the-bridge-was-too-expensive'],
      ]),
    );
    expect(plan.newEntities).toEqual([{ slug: 'mara-okonkwo', name: 'Mara Okonkwo', type: 'PERSON' }]);
  });

  it('leaves out a rejected statement and the entities only it involved, and never changes the draft', () => {
    const draft = smallDraft();
    const before = JSON.stringify(draft);
    const plan = buildImportDataset(draft, decide(draft, [{ verdict: 'accepted' }, { verdict: 'rejected' }, {}]));
    expect(plan.dataset.statements.map((statement) => statement.slug)).toEqual(['mara-okonkwo-the-bridge-is-late']);
    expect(plan.dataset.people.map((person) => person.slug)).toEqual(['mara-okonkwo']);
    expect(JSON.stringify(draft)).toBe(before);
  });

  it('drops a mention the editor removed, and the new entity nothing else refers to', () => {
    const draft = smallDraft();
    const plan = buildImportDataset(
      draft,
      decide(draft, [{ verdict: 'rejected' }, { verdict: 'accepted', droppedMentions: ['mara-okonkwo'] }, {}]),
    );
    expect(plan.dataset.statements[0].mentions).toEqual([]);
    expect(plan.dataset.people.map((person) => person.slug)).toEqual(['kanye-west']);
    expect(plan.newEntities).toEqual([]);
  });

  it('refers to a speaker chosen from the graph by its slug, and switches direct and reported speech', () => {
    const draft = smallDraft();
    const plan = buildImportDataset(
      draft,
      decide(draft, [
        {
          verdict: 'accepted',
          direct: false,
          speaker: { kind: 'graph', entity: { slug: 'john-legend', name: 'John Legend', entityType: 'PERSON' } },
        },
        { verdict: 'accepted', direct: true },
        {},
      ]),
    );
    const [legend, west] = plan.dataset.statements;
    expect(legend).toMatchObject({
      speaker: 'john-legend',
      isDirectQuote: false,
      attributionConfidence: 'PARAPHRASED_BY_SOURCE',
    });
    expect(west).toMatchObject({ isDirectQuote: true, attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE' });
    // Mara Okonkwo is still mentioned by West's words; john-legend is the graph's, with no record here
    expect(plan.dataset.people.map((person) => person.slug)).toEqual(['mara-okonkwo', 'kanye-west']);
    expect(plan.entityUsers.get('john-legend')).toEqual([0]);
  });

  it('gives an attribution the draft left out a statement, with a new speaker where the text names them', () => {
    const draft = smallDraft();
    const plan = buildImportDataset(
      draft,
      decide(draft, [{}, {}, { verdict: 'accepted', speaker: { kind: 'new', name: 'Mara Okonkwo', type: 'PERSON' } }]),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.dataset.statements).toEqual([
      {
        slug: 'bridge-report-attribution-3',
        speaker: 'mara-okonkwo',
        quote: 'It will pay off,',
        isDirectQuote: true,
        attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
        mentions: [],
        evidence: [evidenceIn(SMALL_TEXT, 'It will pay off,')],
      },
    ]);
    // the draft's proposal of that name is reused, not added twice
    expect(plan.dataset.people.map((person) => person.slug)).toEqual(['mara-okonkwo']);

    const newcomer = buildImportDataset(
      draft,
      decide(draft, [{}, {}, { verdict: 'accepted', speaker: { kind: 'new', name: 'Okonkwo', type: 'PERSON' } }]),
    );
    expect(newcomer.dataset.people).toContainEqual({
      slug: 'okonkwo',
      name: 'Okonkwo',
      evidence: [evidenceIn(SMALL_TEXT, 'Okonkwo')],
    });
    const outlet = buildImportDataset(
      draft,
      decide(draft, [{}, {}, { verdict: 'accepted', speaker: { kind: 'new', name: 'Mara Okonkwo', type: 'OUTLET' } }]),
    );
    expect(outlet.dataset.people).toEqual([]);
    expect(outlet.dataset.outlets).toEqual([
      {
        slug: 'mara-okonkwo',
        name: 'Mara Okonkwo',
        kind: 'WEBSITE',
        evidence: [evidenceIn(SMALL_TEXT, 'Mara Okonkwo')],
      },
    ]);
  });

  it('takes the description the text gives at the cue as evidence for a new speaker the text does not name', () => {
    const draft = smallDraft();
    const plan = buildImportDataset(
      draft,
      decide(draft, [{}, {}, { verdict: 'accepted', speaker: { kind: 'new', name: 'Ada Lind', type: 'PERSON' } }]),
    );
    expect(plan.problems).toEqual([]);
    expect(plan.dataset.people).toEqual([
      { slug: 'ada-lind', name: 'Ada Lind', evidence: [evidenceIn(SMALL_TEXT, 'a spokeswoman')] },
    ]);
    expect(plan.newEntities).toEqual([{ slug: 'ada-lind', name: 'Ada Lind', type: 'PERSON' }]);
  });

  it('keeps the dataset’s format: a statement added to a format 2 dataset says whose voice it is in', () => {
    const draft = smallDraft();
    const dataset = draft.dataset as DatasetJson;
    draft.dataset = {
      ...dataset,
      format: 'claimgraph-dataset/2',
      statements: dataset.statements.map((statement) => ({ ...statement, voice: 'SPEAKER' })),
    };
    const plan = buildImportDataset(
      draft,
      decide(draft, [
        { verdict: 'accepted' },
        {},
        { verdict: 'accepted', speaker: { kind: 'new', name: 'Mara Okonkwo', type: 'PERSON' } },
      ]),
    );
    expect(plan.dataset.format).toBe('claimgraph-dataset/2');
    expect(plan.dataset.statements.map(({ slug, voice }) => ({ slug, voice }))).toEqual([
      { slug: 'mara-okonkwo-the-bridge-is-late', voice: 'SPEAKER' },
      { slug: 'bridge-report-attribution-3', voice: 'SPEAKER' },
    ]);
  });

  it('refuses, next to the attribution, a speaker the text never names, an accepted attribution without one, and no acceptance at all', () => {
    const draft = smallDraft();
    const plan = buildImportDataset(
      draft,
      decide(draft, [{}, { verdict: 'accepted', speaker: { kind: 'new', name: 'Teodor Vance', type: 'PERSON' } }, {}]),
    );
    expect(plan.problems).toEqual([
      { attribution: 1, message: expect.stringContaining('“Teodor Vance” is not named') },
    ]);
    const speakerless = buildImportDataset(draft, decide(draft, [{}, {}, { verdict: 'accepted' }]));
    expect(speakerless.problems).toEqual([{ attribution: 2, message: expect.stringContaining('no speaker') }]);
    const none = buildImportDataset(draft, decide(draft, [{ verdict: 'rejected' }, {}, {}]));
    expect(none.problems).toEqual([{ attribution: null, message: 'Accept at least one attribution to import.' }]);
  });

  it('places the server’s problems with the attributions whose statement or entity they name', () => {
    const draft = smallDraft();
    const plan = buildImportDataset(draft, decide(draft, [{ verdict: 'accepted' }, { verdict: 'accepted' }, {}]));
    const placed = placeImportProblems(
      [
        { field: 'dataset.statements[1] (kanye-west-the-bridge-was-too-expensive).speaker', message: 'no such person' },
        { field: 'dataset.people[0] (mara-okonkwo).slug', message: 'taken' },
        { field: 'dataset.documents[0] (bridge-report).url', message: 'not http' },
      ],
      plan,
    );
    expect(placed.byAttribution).toEqual(
      new Map([
        [1, ['speaker: no such person', 'The person “Mara Okonkwo”: slug: taken']],
        [0, ['The person “Mara Okonkwo”: slug: taken']],
      ]),
    );
    expect(placed.general).toEqual(['documents[0] (bridge-report).url: not http']);
  });

  it('cuts the text into runs that keep every character and carry the spans covering them', () => {
    const segments = textSegments(SMALL_TEXT, [
      { attribution: 0, role: 'content', ...spanIn(SMALL_TEXT, 'The bridge is late,') },
      { attribution: 0, role: 'source', ...spanIn(SMALL_TEXT, 'Mara Okonkwo') },
      { attribution: 1, role: 'content', ...spanIn(SMALL_TEXT, 'Okonkwo.') },
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(SMALL_TEXT);
    expect(segments.find((segment) => segment.text === 'Okonkwo')?.marks).toEqual([
      { attribution: 0, role: 'source' },
      { attribution: 1, role: 'content' },
    ]);
    expect(segments.find((segment) => segment.text === 'The bridge is late,')?.contentStarts).toEqual([0]);
  });
});

// --- in the browser ----------------------------------------------------------------------------------------------------

/** An article written for this test (in no fixture): a new person, the graph's Kanye West as "Ye", John Legend. */
const ARTICLE = `Harbor City festival adds a late-night stage

The Harbor City Music Festival will open a late-night stage on the pier this summer, organisers announced on Monday, after two years of complaints about early closing times.

“We heard the fans loud and clear, and the pier is finally ready for it,” said Priya Raman, the festival’s director.

Ye, who headlined the festival in 2019, praised the decision. Raman later shared his post with the festival’s followers. “Harbor City always had the best crowd in the country,” he wrote.

John Legend was more cautious. He said the neighbours deserved a say before any stage stayed open after midnight.

Tickets for the new stage go on sale in May, according to the organisers.
`;
const RAMAN_QUOTE = 'We heard the fans loud and clear, and the pier is finally ready for it,';
const WEST_QUOTE = 'Harbor City always had the best crowd in the country,';

/** A second article, for the import the server refuses. */
const BROADCAST = `Pier opening draws a crowd

Fox News aired the opening of the pier live on Saturday evening.

“The pier has never looked better,” said Dana Whitfield, who hosted the broadcast from the boardwalk.
`;

const SCREENSHOTS = join(PROJECT_ROOT, 'test-artifacts', 'e2e');
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const LAPTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server: WriteServer;
let browser: Browser;
let context: BrowserContext;
/** the page of the main story: drafted, decided, imported, then followed into the rest of the dashboard */
let editorPage: Page;
const consoleErrors: string[] = [];
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

async function newContext(viewport: { width: number; height: number }, isMobile = false): Promise<BrowserContext> {
  const created = await browser.newContext({ viewport, ...(isMobile ? { isMobile: true, hasTouch: true } : {}) });
  created.setDefaultTimeout(15_000);
  return created;
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `new-article-${name}.png`), fullPage: true });
}

/** What an import would change: how many statements, documents and people the graph has. */
async function graphCounts(): Promise<{ statements: number; documents: number; people: number }> {
  const data = await succeed(
    server.graphql('{ statements { totalCount } documents { totalCount } people { totalCount } }'),
  );
  return {
    statements: data.statements.totalCount,
    documents: data.documents.totalCount,
    people: data.people.totalCount,
  };
}

/** Opens the page, enters the token and the article, and asks for a draft; resolves once the list is shown. */
async function draftArticle(page: Page, text: string, token: string): Promise<Locator> {
  await page.goto(`${server.origin}/#/new-article`);
  await page.getByLabel('Your token').fill(token);
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Draft attributions' }).click();
  const items = page.locator('.draft-list > .draft-item');
  await items.first().waitFor();
  return items;
}

function itemWith(items: Locator, words: string): Locator {
  return items.filter({ has: items.page().locator('blockquote', { hasText: words }) });
}

/** Types into an item's speaker box key by key and chooses the suggestion named `option` with the keyboard. */
async function changeSpeaker(item: Locator, typed: string, option: RegExp): Promise<void> {
  const box = item.getByRole('combobox', { name: 'Change the speaker' });
  await box.pressSequentially(typed, { delay: 30 });
  const options = item.getByRole('option');
  await options.first().waitFor();
  const labels = await options.allTextContents();
  const position = labels.findIndex((label) => option.test(label));
  expect(position, `${option} among ${JSON.stringify(labels)}`).toBeGreaterThanOrEqual(0);
  for (let step = 0; step <= position; step++) await box.press('ArrowDown');
  await box.press('Enter');
}

describe.skipIf(SKIP_BROWSER_TESTS)('the "New article" page', () => {
  beforeAll(async () => {
    ensureDashboardBuilt();
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startWriteServer();
    browser = await launchChromium();
    context = await newContext(LAPTOP);
    editorPage = await newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is linked from the navigation and asks for the article, its facts and a token, every control labelled', async () => {
    const page = editorPage;
    await page.goto(`${server.origin}/`);
    await page.getByRole('link', { name: 'New article' }).click();
    await page.waitForURL(/#\/new-article$/);
    // the address changes before the view renders: wait for the heading
    await expect.poll(() => page.locator('main h1').textContent()).toBe('New article');
    expect(await page.getByRole('link', { name: 'New article' }).getAttribute('aria-current')).toBe('page');
    for (const label of [
      'Your token',
      'Article text',
      'Or read it from a file',
      'Plain text',
      'HTML (a saved web page)',
      'Title (optional)',
      'Address (optional)',
      'Outlet (optional)',
      'Publication date (optional)',
    ]) {
      expect(await page.getByLabel(label, { exact: true }).count(), label).toBe(1);
    }
    await screenshot(page, '1-form');
  });

  it('drafts a pasted article and marks every attribution in its text: words, cue and speaker told apart without colour, one list item each, "Ye" found as the graph’s Kanye West', async () => {
    const page = editorPage;
    const items = await draftArticle(page, ARTICLE, TOKENS.editor.token);
    const count = await items.count();
    expect(count).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#draft-heading').textContent()).toBe(
      `Drafted attributions (${count}): “Harbor City festival adds a late-night stage”`,
    );
    // one highlighted, numbered run of words per attribution, in the article's own text
    const text = page.locator('.draft-text');
    expect(await text.textContent()).toContain('Tickets for the new stage go on sale in May');
    expect(await text.locator('.span-tag').count()).toBe(count);
    expect(await text.locator('mark.role-content', { hasText: 'We heard the fans' }).count()).toBe(1);
    // content, cue and source look different in more than colour: underline styles, italics, weight
    const style = (selector: string, property: string) =>
      page.evaluate<string>(`getComputedStyle(document.querySelector(${JSON.stringify(selector)})).${property}`);
    expect(await style('.draft-text mark.role-content', 'borderBottomStyle')).toBe('solid');
    expect(await style('.draft-text .role-cue', 'textDecorationStyle')).toBe('dotted');
    expect(await style('.draft-text .role-cue', 'fontStyle')).toBe('italic');
    expect(await style('.draft-text .role-source', 'textDecorationStyle')).toBe('double');
    expect(await style('.draft-text .role-source', 'fontWeight')).toBe('700');

    const raman = itemWith(items, RAMAN_QUOTE);
    expect(await raman.locator('.draft-speaker').textContent()).toBe('Speaker: Priya Raman new');
    expect(await raman.locator('.draft-meta').textContent()).toContain('named as Priya Raman');
    // the graph knows West under his alias: the draft names him by his name
    const praised = items.filter({ has: page.locator('.draft-meta', { hasText: /named as Ye$/ }) });
    expect(await praised.count()).toBeGreaterThanOrEqual(1);
    expect(await praised.first().locator('.draft-speaker').textContent()).toBe(
      'Speaker: Kanye West person in the graph',
    );
    // "Show in the article" takes the keyboard to the words
    await raman.getByRole('button', { name: 'Show in the article' }).click();
    expect(await page.evaluate<string>('document.activeElement.textContent')).toBe(RAMAN_QUOTE);
    await screenshot(page, '2-draft');
  });

  it('imports the two attributions it accepts, one with its speaker corrected through the search box, and nothing of those it rejects', async () => {
    const page = editorPage;
    const items = page.locator('.draft-list > .draft-item');
    const before = await graphCounts();
    const count = await items.count();
    for (let index = 0; index < count; index++) {
      const item = items.nth(index);
      const words = (await item.locator('blockquote').textContent()) ?? '';
      if (words === RAMAN_QUOTE || words === WEST_QUOTE) await item.getByLabel('Accept').check();
      else await item.getByLabel('Reject').check();
    }
    // the draft gives West's quote to whoever "he" resolves to; the editor finds West by his alias
    const west = itemWith(items, WEST_QUOTE);
    await changeSpeaker(west, 'Ye', /^Kanye West · person in the graph$/);
    await expect
      .poll(() => west.locator('.draft-speaker').textContent())
      .toBe('Speaker: Kanye West person in the graph (changed)');
    // a wrong mention the draft proposed as a new person is dropped with it
    const harborCity = west.getByRole('checkbox', { name: /^Harbor City/ });
    if ((await harborCity.count()) > 0) await harborCity.uncheck();
    expect(await page.locator('.import-summary').textContent()).toBe(
      `2 accepted, ${count - 2} rejected, 0 undecided. `,
    );
    expect(await page.locator('.draft-text .span-tag', { hasText: '✓' }).count()).toBe(2);
    await screenshot(page, '3-decided');

    await page.getByRole('button', { name: 'Import the accepted attributions' }).click();
    const result = page.locator('.import-result');
    await result.waitFor();
    expect(await result.textContent()).toContain('2 statements');
    expect(await result.textContent()).toContain('New in the graph: Priya Raman (person).');
    const links = result.locator('.imported-statements li');
    await expect.poll(() => links.count()).toBe(2);
    expect(await result.getByRole('link', { name: 'Harbor City festival adds a late-night stage' }).count()).toBe(1);
    await screenshot(page, '4-imported');

    const after = await graphCounts();
    expect(after).toEqual({
      statements: before.statements + 2,
      documents: before.documents + 1,
      people: before.people + 1,
    });
    const found = await succeed(
      server.graphql(`{
        west: statements(filter: { speaker: "Ye", text: "best crowd in the country" }) { nodes { quote isDirectQuote } }
        raman: statements(filter: { speaker: "Priya Raman" }) { nodes { quote isDirectQuote } }
        legend: statements(filter: { speaker: "John Legend", text: "neighbours" }) { totalCount }
        harborCity: entity(name: "Harbor City") { id }
      }`),
    );
    expect(found.west.nodes).toEqual([{ quote: WEST_QUOTE, isDirectQuote: true }]);
    expect(found.raman.nodes).toEqual([{ quote: RAMAN_QUOTE, isDirectQuote: true }]);
    expect(found.legend.totalCount).toBe(0);
    expect(found.harborCity).toBeNull();
  });

  it('finds the imported statements at once in the search, on the speakers’ pages and in the timeline', async () => {
    const page = editorPage;
    const result = page.locator('.import-result');
    const westLink = result.getByRole('link', { name: 'Kanye West', exact: true });
    const westPage = (await westLink.getAttribute('href')) ?? '';
    const timeline = (await result.getByRole('link', { name: 'timeline of Kanye West' }).getAttribute('href')) ?? '';

    await page.getByRole('searchbox', { name: /Search/ }).fill('best crowd');
    await page.getByRole('searchbox', { name: /Search/ }).press('Enter');
    const hit = page.locator('.hit-list .hit', { hasText: 'Kanye West: “Harbor City always had the best crowd' });
    await hit.waitFor();
    expect(await hit.getAttribute('data-kind')).toBe('STATEMENT');
    await hit.getByRole('link').click();
    await page.locator('.statement-quote blockquote').waitFor();
    expect(await page.locator('h1').textContent()).toBe('Quote by Kanye West');
    expect(await page.locator('.evidence mark').first().textContent()).toBe(WEST_QUOTE);
    await screenshot(page, '5-statement');

    await page.goto(`${server.origin}/${westPage}`);
    await expect.poll(() => page.locator('.entity-panel h2').first().textContent()).toBe('Kanye West');
    await page.locator('.entity-panel .statement-list.made', { hasText: WEST_QUOTE }).waitFor();

    await page.goto(`${server.origin}/#/people`);
    await page.locator('.entity-buttons').getByRole('link', { name: 'Priya Raman', exact: true }).click();
    await expect.poll(() => page.locator('.entity-panel h2').first().textContent()).toBe('Priya Raman');
    await page.locator('.entity-panel .statement-list.made', { hasText: RAMAN_QUOTE }).waitFor();
    await screenshot(page, '6-new-person');

    await page.goto(`${server.origin}/${timeline}`);
    await page.locator('.timeline-item', { hasText: WEST_QUOTE }).waitFor();
  });

  it('says an empty article is empty, in the page, and drafts and imports nothing', async () => {
    const before = await graphCounts();
    const page = await newPage();
    await page.goto(`${server.origin}/#/new-article`);
    await page.getByLabel('Your token').fill(TOKENS.editor.token);
    await page.getByLabel('Article text').fill('  \n\n ');
    await page.getByRole('button', { name: 'Draft attributions' }).click();
    const text = page.getByLabel('Article text');
    await expect.poll(() => text.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await text.getAttribute('id')}-error`).textContent()).toBe(
      'The article is empty: paste its text, or choose a file.',
    );
    // the keyboard is taken to the field to fix
    expect(await page.evaluate<string>('document.activeElement.id')).toBe(await text.getAttribute('id'));
    expect(await page.locator('.draft-review').count()).toBe(0);
    await screenshot(page, '7-empty');
    expect(await graphCounts()).toEqual(before);
    await page.close();
  });

  it('shows the server’s BAD_USER_INPUT for a binary file next to the text, and a file that is not UTF-8 next to the file, importing nothing', async () => {
    const before = await graphCounts();
    const page = await newPage();
    await page.goto(`${server.origin}/#/new-article`);
    await page.getByLabel('Your token').fill(TOKENS.editor.token);
    const file = page.getByLabel('Or read it from a file');
    await file.setInputFiles({
      name: 'scan.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('PK\u0000\u0003 scan\u0000'),
    });
    await page.locator('.draft-status', { hasText: 'Read “scan.txt”' }).waitFor();
    await page.getByRole('button', { name: 'Draft attributions' }).click();
    const text = page.getByLabel('Article text');
    await expect.poll(() => text.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await text.getAttribute('id')}-error`).textContent()).toBe(
      'The article cannot be drafted: it contains a NUL character (U+0000), as binary data does: text may not.',
    );
    expect(await page.locator('.article-form .form-error').textContent()).toBe(
      'Nothing was drafted: 1 problem to fix.',
    );
    await screenshot(page, '8-binary');

    await file.setInputFiles({
      name: 'photo.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
    });
    await expect.poll(() => file.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await file.getAttribute('id')}-error`).textContent()).toContain(
      '“photo.txt” is not UTF-8 text',
    );
    expect(await page.locator('.draft-review').count()).toBe(0);
    expect(await graphCounts()).toEqual(before);
    await page.close();
  });

  it('shows a problem the import finds next to its attribution and imports nothing, then imports once it is fixed', async () => {
    const page = await newPage();
    const items = await draftArticle(page, BROADCAST, TOKENS.editor.token);
    const whitfield = itemWith(items, 'The pier has never looked better,');
    await whitfield.getByLabel('Accept').check();
    for (const other of await items.all()) {
      if ((await other.getAttribute('data-verdict')) === 'undecided') await other.getByLabel('Reject').check();
    }
    // the editor adds "Fox News" as a new person, though the graph has it as an outlet (the box said so)
    await changeSpeaker(whitfield, 'Fox News', /^Add “Fox News” as a new person$/);
    const before = await graphCounts();
    await page.getByRole('button', { name: 'Import the accepted attributions' }).click();
    const problems = whitfield.locator('.item-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain('The person “Fox News”: slug:');
    expect(await page.locator('.import-bar .form-error').textContent()).toContain('Nothing was imported');
    expect(await page.evaluate<string>('document.activeElement.className')).toContain('draft-item');
    await screenshot(page, '9-import-problem');
    expect(await graphCounts()).toEqual(before);

    await whitfield.getByRole('combobox', { name: 'Change the speaker' }).fill('');
    await changeSpeaker(whitfield, 'Fox', /^Fox News · outlet in the graph$/);
    await page.getByRole('button', { name: 'Import the accepted attributions' }).click();
    await page.locator('.import-result .imported-statements li').waitFor();
    expect(await whitfield.locator('.item-problems').isHidden()).toBe(true);
    expect((await graphCounts()).statements).toBe(before.statements + 1);
    await page.close();
  });

  it('fits a 390 px phone, list below the text', async () => {
    const phone = await newContext(PHONE, true);
    const page = await newPage(phone);
    const items = await draftArticle(page, ARTICLE, TOKENS.editor.token);
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    const textBox = await page.locator('.draft-text').boundingBox();
    const firstItem = await items.first().boundingBox();
    expect(firstItem!.y).toBeGreaterThan(textBox!.y + textBox!.height);
    await screenshot(page, '10-phone');
    await phone.close();
  });

  it("passes axe-core's WCAG 2 A and AA checks with a draft shown and the speaker suggestions open", async () => {
    // axe is injected as a script, which the page's own policy rightly forbids: this context alone bypasses it
    const auditing = await browser.newContext({ viewport: LAPTOP, bypassCSP: true });
    auditing.setDefaultTimeout(15_000);
    const page = await auditing.newPage();
    const items = await draftArticle(page, ARTICLE, TOKENS.editor.token);
    await items.first().getByLabel('Accept').check();
    await items.nth(1).getByLabel('Reject').check();
    await items.first().getByRole('combobox', { name: 'Change the speaker' }).pressSequentially('Legend');
    await items.first().getByRole('option').first().waitFor();
    await page.addScriptTag({ path: AXE_SCRIPT });
    const violations = await page.evaluate<{ id: string; help: string; nodes: { target: string[] }[] }[]>(
      "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((result) => result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })))",
    );
    await auditing.close();
    expect(
      violations.map((v) => `${v.id} (${v.help}) at ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });

  it('loaded nothing from elsewhere and broke no Content-Security-Policy rule', () => {
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
