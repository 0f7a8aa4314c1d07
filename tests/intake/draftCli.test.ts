/**
 * `claimgraph draft`, run as a user runs it: a child process against a database seeded with the fixture (its
 * entities are the known ones), its exit code, what it prints and what it writes.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/intake/index.js';
import { DEFAULT_HTTP_LIMITS } from '../../src/config/config.js';
import { runCli } from '../support/cliServer.js';
import { ARTICLE_TEXT_FILE_NAME, FIXTURE_DATASET_FILE, FIXTURES_DIR, readArticleText } from '../support/testServer.js';
import { bridgePage, NARRATION_ONLY } from './articles.js';

let folder: string;
let database: string;
/** a database path that does not exist: drafting without known entities, nothing created */
let noDatabase: string;

beforeAll(async () => {
  folder = mkdtempSync(join(tmpdir(), 'claimgraph-draft-'));
  database = join(folder, 'graph.db');
  noDatabase = join(folder, 'none', 'absent.db');
  const seeded = await runCli(['import', FIXTURE_DATASET_FILE], { CLAIMGRAPH_DB: database });
  expect(seeded.code, seeded.stderr).toBe(0);
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(name: string, content: string | Uint8Array): string {
  const path = join(folder, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const codePointSlice = (text: string, span: { start: number; end: number }) =>
  Array.from(text).slice(span.start, span.end).join('');

// each test spawns the command line one or more times; on a loaded machine a run takes several seconds
describe('claimgraph draft', { timeout: 90_000 }, () => {
  it('drafts the article: its direct quotes with speakers resolved to the graph slugs, as JSON', async () => {
    const text = readArticleText();
    const article = join(FIXTURES_DIR, ARTICLE_TEXT_FILE_NAME);
    const { code, stdout, stderr } = await runCli(['draft', article, '--json', '--outlet', 'The Source'], {
      CLAIMGRAPH_DB: database,
    });
    expect(code, stderr).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['document', 'attributions', 'dataset']);
    expect(output.document.text).toBe(text);
    for (const attribution of output.attributions) {
      expect(Object.keys(attribution)).toEqual([
        'content',
        'cue',
        'source',
        'speaker',
        'speakerId',
        'direct',
        'confidence',
      ]);
      expect(Object.keys(attribution.content)).toEqual(['start', 'end']);
      expect(attribution.confidence).toBeGreaterThanOrEqual(0);
      expect(attribution.confidence).toBeLessThanOrEqual(1);
    }
    const quoted = (words: string) =>
      output.attributions.find((a: any) => a.direct && codePointSlice(text, a.content).startsWith(words));
    // Ye, West, Kanye West: one person, the fixture's kanye-west
    expect(quoted('I know this man mama, bro.')).toMatchObject({ speaker: 'Kanye West', speakerId: 'kanye-west' });
    expect(quoted('What it got described as was')).toMatchObject({ speaker: 'John Legend', speakerId: 'john-legend' });
    const statements = output.dataset.statements;
    expect(statements.find((s: any) => s.quote.startsWith('I know this man mama'))).toMatchObject({
      speaker: 'kanye-west',
      isDirectQuote: true,
      attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
    });
    // known entities keep their slug (importing merges them), no known one is proposed again under a new slug
    const slugs = [...output.dataset.people, ...output.dataset.outlets, ...output.dataset.organizations].map(
      (e: any) => e.slug,
    );
    expect(slugs).toContain('kanye-west');
    expect(slugs.filter((slug: string) => /^(kanye-west|john-legend|democrats)-\d+$/.test(slug))).toEqual([]);
    // the outlet, known by name, is the document's, with the span of the text that names it
    expect(output.dataset.documents[0].outlet).toBe('the-source');
    expect(output.dataset.outlets.map((o: any) => o.slug)).toContain('the-source');
  });

  it('drafts a folder of two inputs into --out: a dataset per input that verify accepts, beside its held text', async () => {
    const inputs = join(folder, 'two');
    mkdirSync(inputs);
    copyFileSync(join(FIXTURES_DIR, ARTICLE_TEXT_FILE_NAME), join(inputs, 'legend.txt'));
    writeFileSync(join(inputs, 'bridge.html'), bridgePage(join(folder, 'never-written')));
    writeFileSync(join(inputs, 'notes.md'), 'not an article');
    const out = join(folder, 'two-out');
    const { code, stdout, stderr } = await runCli(['draft', inputs, '--out', out], { CLAIMGRAPH_DB: database });
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`wrote ${join(out, 'bridge.json')}`);
    expect(stdout).toContain(`wrote ${join(out, 'legend.json')}`);
    // without --json, a table: speaker, direct or indirect, the words shortened
    expect(stdout).toMatch(/Kanye West \(kanye-west\)\s+direct\s+I know this man mama/);
    expect(stdout).toMatch(/Mara Okonkwo\s+direct\s+This bridge will reconnect/);
    expect(existsSync(join(out, 'notes.json'))).toBe(false);
    expect(readFileSync(join(out, 'legend.txt'), 'utf8')).toBe(readArticleText());
    expect(readFileSync(join(out, 'bridge.txt'), 'utf8')).toContain('said Mara Okonkwo');
    for (const name of ['legend', 'bridge']) {
      const verified = await runCli(['verify', join(out, `${name}.json`)]);
      expect(verified.code, verified.stderr).toBe(0);
      expect(verified.stdout).toMatch(/^OK .*: 1 document, \d+ people, .* [1-9]\d* statements?, /);
      const draft = JSON.parse(readFileSync(join(out, `${name}.draft.json`), 'utf8'));
      expect(draft.dataset).toEqual(JSON.parse(readFileSync(join(out, `${name}.json`), 'utf8')));
    }
    const legend = JSON.parse(readFileSync(join(out, 'legend.json'), 'utf8'));
    expect(legend.documents[0]).toMatchObject({ textFile: 'legend.txt' });
    expect(existsSync(join(folder, 'never-written'))).toBe(false);
  });

  it('reads a saved page as its article text, and never runs its script, handlers or iframe', async () => {
    const marker = join(folder, 'script-ran');
    const page = write('page/bridge.html', bridgePage(marker));
    const { code, stdout, stderr } = await runCli(['draft', page, '--json'], { CLAIMGRAPH_DB: noDatabase });
    expect(code, stderr).toBe(0);
    const { document, attributions, dataset } = JSON.parse(stdout);
    expect(document.title).toBe('Riverside council approves the Harbor Street bridge');
    expect(document.published).toBe('2024-03-05');
    expect(document.text).toContain('“This bridge will reconnect two neighbourhoods');
    expect(document.text).toContain('The first pillars are due to go up in the autumn.');
    for (const left of ['writeFileSync', 'tracker.invalid', 'ads.invalid', 'Subscribe', 'Sport']) {
      expect(document.text).not.toContain(left);
    }
    const speakers = attributions.map((a: any) => a.speaker);
    expect(speakers).toContain('Mara Okonkwo');
    expect(dataset.people.map((p: any) => p.slug)).toContain('mara-okonkwo');
    expect(existsSync(marker)).toBe(false);
    // no database was configured: none is created
    expect(stderr).toContain('drafting without known entities');
    expect(existsSync(noDatabase)).toBe(false);
  });

  it('refuses unusable inputs one by one, naming each reason, and drafts the rest', async () => {
    const empty = write('bad/empty.txt', '  \n\n');
    const invalid = write('bad/latin1.txt', Buffer.from('Caf\xe9 au lait', 'latin1'));
    const binary = write('bad/image.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    const large = write('bad/large.txt', 'a'.repeat(MAX_INPUT_BYTES + 1));
    const calm = write('bad/calm.txt', NARRATION_ONLY);
    const emptyPage = write(
      'bad/empty.html',
      '<html><head><script>x()</script></head><body><iframe></iframe></body></html>',
    );
    const { code, stdout, stderr } = await runCli(['draft', empty, invalid, binary, large, calm, emptyPage], {
      CLAIMGRAPH_DB: noDatabase,
    });
    expect(code).toBe(1);
    expect(stderr).toContain(`claimgraph draft: ${empty}: the file is empty`);
    expect(stderr).toContain(`claimgraph draft: ${invalid}: it is not valid UTF-8 text`);
    expect(stderr).toContain(`claimgraph draft: ${binary}: it is binary`);
    expect(stderr).toContain(
      `claimgraph draft: ${large}: it is too large: ${MAX_INPUT_BYTES + 1} bytes, the limit is ${MAX_INPUT_BYTES} bytes`,
    );
    expect(stderr).toContain(`claimgraph draft: ${emptyPage}: the HTML has no article text`);
    // a text in which nobody says anything is an empty draft, not an error
    expect(stdout).toContain(`${calm}: "The river rose slowly through the week.`);
    expect(stdout).toContain('(no attributions found)');
    expect(stderr).not.toContain(calm);
  });

  it('refuses a path that does not exist, with exit code 1', async () => {
    const missing = join(folder, 'missing.txt');
    expect(await runCli(['draft', missing], { CLAIMGRAPH_DB: noDatabase })).toEqual({
      code: 1,
      stdout: '',
      stderr: `claimgraph draft: ${missing}: no such file or folder\n`,
    });
  });

  it('answers bad usage with the usage and exit code 2', async () => {
    const noPath = await runCli(['draft'], { CLAIMGRAPH_DB: noDatabase });
    expect(noPath.code).toBe(2);
    expect(noPath.stderr).toMatch(/^usage: claimgraph draft PATH\.\.\./);
    expect(noPath.stderr).toContain('claimgraph draft: PATH is missing');
    const badDate = await runCli(['draft', 'x.txt', '--published', '2024-13-01'], { CLAIMGRAPH_DB: noDatabase });
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain('claimgraph draft: --published: "2024-13-01" is not a valid date');
  });

  it('caps inputs at the server body limit', () => {
    expect(MAX_INPUT_BYTES).toBe(DEFAULT_HTTP_LIMITS.bodyLimit);
  });
});
