/**
 * `claimgraph verify FILE`, run as a user runs it: a child process, its exit code, its stdout and stderr.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cliServer.js';
import { PROJECT_ROOT } from '../src/config/config.js';
import type { Dataset } from '../src/domain/dataset.js';
import { countEvidenceSpans } from '../src/cli/verifyCommand.js';
import { smallDatasetFormat1 } from './ingest/smallDatasetFormat1.js';
import { smallDataset } from './support/smallDataset.js';
import { writeTempDataset } from './support/tempDataset.js';

const SMALL_COUNTS =
  '2 documents, 3 people, 3 outlets, 1 organization, 2 events, 3 statements, 2 claims, 1 review, 1 relationship';
// records' spans, and the spans of claimants, bases and dates, each checked against the held text
const SMALL_SUMMARY = `${SMALL_COUNTS}, 22 evidence spans checked`;
// format 1 has no bases or dated facts; upgrading gives each claim's claimant its appearances' spans
const SMALL_FORMAT1_SUMMARY = `${SMALL_COUNTS}, 21 evidence spans checked`;

describe('claimgraph verify', () => {
  it('accepts a valid dataset and says what it holds', async () => {
    const file = await writeTempDataset(smallDataset());
    expect(await runCli(['verify', file])).toEqual({ code: 0, stdout: `OK ${file}: ${SMALL_SUMMARY}\n`, stderr: '' });
  });

  it('refuses a shifted span, naming the record and showing the expected and found text', async () => {
    const dataset = smallDataset();
    dataset.people[0].evidence[0].start += 1;
    dataset.people[0].evidence[0].end += 1;
    const file = await writeTempDataset(dataset);
    expect(await runCli(['verify', file])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `${file} is not a valid claimgraph dataset (1 problem):\n` +
        '  - people[0] (john-legend) › evidence[0].exact: span [38, 44) should read "Legend" but the document has "egend "; "Legend" occurs at [37, 43) (and 1 more)\n',
    });
  });

  it('refuses a wrong exact text, and the direct quote that relied on it', async () => {
    const dataset = smallDataset();
    dataset.statements[0].evidence[0].exact = 'It is up to him.';
    const file = await writeTempDataset(dataset);
    expect(await runCli(['verify', file])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `${file} is not a valid claimgraph dataset (2 problems):\n` +
        '  - statements[0] (legend-up-to-him) › evidence[0].exact: span [51, 66) should read "It is up to him." but the document has "It’s up to him."; "It is up to him." does not occur anywhere in the document\n' +
        '  - statements[0] (legend-up-to-him) › quote: a direct quote must be the exact text of one of its evidence spans, but no span reads "It’s up to him."\n',
    });
  });

  it('accepts a dataset written in format 1, upgraded as it is read', async () => {
    const file = await writeTempDataset(smallDatasetFormat1());
    expect(await runCli(['verify', file])).toEqual({
      code: 0,
      stdout: `OK ${file}: ${SMALL_FORMAT1_SUMMARY}\n`,
      stderr: '',
    });
  });

  it('refuses a dangling reference, suggesting the slug meant', async () => {
    const dataset = smallDataset();
    dataset.claims[1].claimants[0].entity = 'kanye';
    const file = await writeTempDataset(dataset);
    const run = await runCli(['verify', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `${file} is not a valid claimgraph dataset (1 problem):\n` +
        '  - claims[1] (legend-urged-west) › claimants[0].entity: no record has the slug "kanye"; expected a person, an outlet or an organization\n',
    );
  });

  it('refuses invalid JSON, naming the file and the position, without a stack trace', async () => {
    const source = JSON.stringify(smallDataset(), null, 2).replace(
      '"format": "claimgraph-dataset/2",',
      '"format": "claimgraph-dataset/2"',
    );
    const file = await writeTempDataset(source);
    expect(await runCli(['verify', file])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        `${file} is not a valid claimgraph dataset (1 problem):\n` +
        "  - dataset: invalid JSON at line 3, column 3: Expected ',' or '}' after property value\n",
    });
  });

  it('refuses a dataset whose held text is missing, naming the document', async () => {
    const file = await writeTempDataset(smallDataset(), { 'article.txt': null });
    const run = await runCli(['verify', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `${file} is not a valid claimgraph dataset (1 problem):\n` +
        `  - documents[0] (the-article) › textFile: cannot read the held text ${JSON.stringify(join(dirname(file), 'article.txt'))}: no such file\n`,
    );
  });

  it('refuses a file that does not exist', async () => {
    expect(await runCli(['verify', 'no/such/dataset.json'])).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'no/such/dataset.json is not a valid claimgraph dataset (1 problem):\n  - dataset: cannot read the file: no such file\n',
    });
  });

  it('accepts the article fixture, and counts what it holds', async () => {
    const fixture = 'fixtures/legend-west.dataset.json';
    const dataset = JSON.parse(readFileSync(join(PROJECT_ROOT, fixture), 'utf8')) as Dataset;
    const run = await runCli(['verify', fixture]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^OK fixtures\/legend-west\.dataset\.json: \d+ documents?, .* \d+ evidence spans? checked\n$/,
    );
    // the summary counts what the file holds
    expect(run.stdout).toContain(`${dataset.people.length} people`);
    expect(run.stdout).toContain(`${dataset.statements.length} statements`);
    expect(run.stdout).toContain(`${countEvidenceSpans(dataset)} evidence spans checked`);
  });

  it('refuses the article fixture with one span shifted', async () => {
    const dataset = JSON.parse(
      readFileSync(join(PROJECT_ROOT, 'fixtures/legend-west.dataset.json'), 'utf8'),
    ) as Dataset;
    const statement = dataset.statements[0];
    statement.evidence[0].start += 1;
    statement.evidence[0].end += 1;
    const heldFiles = Object.fromEntries(
      dataset.documents
        .flatMap((document) => (document.textFile === undefined ? [] : [document.textFile]))
        .map((textFile) => [textFile, readFileSync(join(PROJECT_ROOT, 'fixtures', textFile), 'utf8')]),
    );
    const file = await writeTempDataset(dataset, heldFiles);
    const run = await runCli(['verify', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `statements[0] (${statement.slug}) › evidence[0].exact: span [${statement.evidence[0].start}, ${statement.evidence[0].end}) should read ${JSON.stringify(statement.evidence[0].exact)} but the document has `,
    );
  });
});

describe('claimgraph usage', () => {
  it.each([
    [[], 'usage: claimgraph <command> [arguments]'],
    [['frobnicate'], 'claimgraph: unknown command "frobnicate"'],
    [['verify'], 'usage: claimgraph verify FILE'],
    [['verify', 'a.json', 'b.json'], 'usage: claimgraph verify FILE'],
    [['verify', '--strict'], 'usage: claimgraph verify FILE'],
  ])('exits 2 with a usage message for %j', async (args, firstLine) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(firstLine);
  });

  it('lists the commands on --help, exiting 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('verify FILE');
  });
});
