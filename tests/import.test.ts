/**
 * Importing a new annotated article into a running database: the `importDataset` mutation (admin) and
 * `claimgraph import FILE`. The article is tests/fixtures/second-article/ (FICTIONAL, written for these tests): a
 * podcaster who quotes "Ye" and criticizes John Legend. Its dataset names Kanye West under another slug with the
 * alias "Ye" (merged by name and alias) and John Legend under his own slug (merged by slug). An import is written
 * in one transaction or refused whole, with messages naming the record and the field.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/cliServer.js';
import { PROJECT_ROOT } from '../src/config/config.js';
import type { Dataset } from '../src/domain/dataset.js';
import {
  globalId,
  problemsOf,
  refuse,
  snapshot,
  startWriteServer,
  succeed,
  TOKENS,
  type Json,
  type WriteServer,
} from './support/writeServer.js';

const SECOND_DIR = join(PROJECT_ROOT, 'tests', 'fixtures', 'second-article');
const SECOND_FILE = join(SECOND_DIR, 'second-article.dataset.json');
const SECOND_TEXT_FILE = 'second-article.txt';
const SECOND_TEXT = readFileSync(join(SECOND_DIR, SECOND_TEXT_FILE), 'utf8');
const SECOND_DOCUMENT = 'daily-lantern-static-hour-2024';

function secondDataset(): Dataset {
  return JSON.parse(readFileSync(SECOND_FILE, 'utf8')) as Dataset;
}

const IMPORT = `mutation Import($dataset: JSON!, $texts: [HeldTextInput!]!) {
  importDataset(dataset: $dataset, texts: $texts) {
    counts { kind count }
    merged { importedSlug entity { id slug name } }
  }
}`;

const TEXTS = [{ document: SECOND_DOCUMENT, text: SECOND_TEXT }];

/** Records the import creates: none of them may exist after a refused import. */
const CREATED = [
  globalId('Person', 'marla-quint'),
  globalId('Person', 'dev-okafor'),
  globalId('Outlet', 'static-hour'),
  globalId('Document', SECOND_DOCUMENT),
  globalId('Statement', 'quint-legend-image-management'),
  globalId('Claim', 'static-hour-most-listeners'),
  globalId('Relationship', 'quint-criticized-legend'),
];

const folder = mkdtempSync(join(tmpdir(), 'claimgraph-import-'));

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

describe('the second article itself', () => {
  it('is marked as fictional in its first line', () => {
    expect(SECOND_TEXT.split('\n')[0]).toMatch(/^FICTIONAL TEST ARTICLE — not a real event\./);
  });

  it('is written in dataset format 1 on purpose: earlier formats keep importing, upgraded', () => {
    expect((secondDataset() as { format: string }).format).toBe('claimgraph-dataset/1');
  });

  it('every span of its dataset reads, at its code points, what it says', () => {
    const codePoints = Array.from(SECOND_TEXT);
    const spans: Json[] = [];
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (typeof value === 'object' && value !== null) {
        const record = value as Json;
        if (typeof record.document === 'string' && typeof record.start === 'number') spans.push(record);
        else Object.values(record).forEach(collect);
      }
    };
    collect(secondDataset());
    expect(spans.length).toBeGreaterThanOrEqual(15);
    for (const span of spans) {
      expect(span.document).toBe(SECOND_DOCUMENT);
      expect(codePoints.slice(span.start, span.end).join('')).toBe(span.exact);
    }
  });
});

describe('importDataset (admin) on a running server', () => {
  let server: WriteServer;
  let imported: Json;

  beforeAll(async () => {
    server = await startWriteServer();
    imported = (await succeed(server.as('admin', IMPORT, { dataset: secondDataset(), texts: TEXTS }))).importDataset;
  });

  afterAll(async () => {
    await server?.close();
  });

  it('writes the new records and says which entities it merged', () => {
    expect(Object.fromEntries(imported.counts.map((c: Json) => [c.kind, c.count]))).toEqual({
      entity: 4, // Marla Quint, Dev Okafor, The Daily Lantern, Static Hour
      merged: 2,
      document: 1,
      event: 1,
      statement: 3,
      claim: 1,
      relationship: 2,
      evidence: 18, // the file's 17 spans, and its claim's appearance span again as its claimant's (format 1 upgraded)
    });
    expect(imported.merged).toEqual([
      {
        importedSlug: 'ye-the-artist',
        entity: { id: globalId('Person', 'kanye-west'), slug: 'kanye-west', name: 'Kanye West' },
      },
      {
        importedSlug: 'john-legend',
        entity: { id: globalId('Person', 'john-legend'), slug: 'john-legend', name: 'John Legend' },
      },
    ]);
  });

  it('people grow only by the new people; "Ye" is still one entity, now with evidence in the new article', async () => {
    const data = await succeed(
      server.graphql(`{
        people(first: 100) { totalCount nodes { slug name } }
        ye: entity(name: "Ye") { slug aliases evidence { document { slug } exact } }
        legend: entity(name: "Legend") { slug evidence { document { slug } exact } }
      }`),
    );
    expect(data.people.totalCount).toBe(6 + 2);
    expect(data.people.nodes.map((p: Json) => p.slug).sort()).toEqual([
      'big-sean',
      'dev-okafor',
      'donald-trump',
      'joe-biden',
      'john-legend',
      'kanye-west',
      'marla-quint',
      'rupert-murdoch',
    ]);
    expect(data.people.nodes.filter((p: Json) => p.name === 'Kanye West')).toHaveLength(1);
    expect(data.ye.slug).toBe('kanye-west');
    expect(data.ye.evidence.filter((e: Json) => e.document.slug === SECOND_DOCUMENT)).toEqual([
      { document: { slug: SECOND_DOCUMENT }, exact: 'Ye' },
      { document: { slug: SECOND_DOCUMENT }, exact: 'Ye' },
    ]);
    expect(data.ye.evidence.filter((e: Json) => e.document.slug === 'thesource-legend-west')).toHaveLength(3);
    expect(data.legend.slug).toBe('john-legend');
    expect(
      data.legend.evidence.filter((e: Json) => e.document.slug === SECOND_DOCUMENT).map((e: Json) => e.exact),
    ).toEqual(['John Legend', 'Legend']);
  });

  it('references to merged entities point at the existing ones', async () => {
    const data = await succeed(
      server.graphql(`{
        legend: entity(name: "john-legend") {
          criticized: statementsAbout(stance: CRITICIZES) { nodes { slug speaker { slug } } }
          relationships { nodes { slug type from { slug } } }
        }
        ye: entity(name: "Ye") { statementsAbout { nodes { slug } } events { nodes { slug } } }
        quint: entity(name: "Marla Quint") { ... on Person { slug aliases statements { totalCount } claims { nodes { slug } } } }
        said: statements(filter: { speaker: "marla-quint", about: "Kanye West" }) { nodes { slug quote mentions { entity { slug } stance } } }
      }`),
    );
    expect(data.legend.criticized.nodes).toContainEqual({
      slug: 'quint-legend-image-management',
      speaker: { slug: 'marla-quint' },
    });
    expect(data.legend.relationships.nodes).toContainEqual({
      slug: 'quint-criticized-legend',
      type: 'CRITICIZED',
      from: { slug: 'marla-quint' },
    });
    expect(data.ye.statementsAbout.nodes.map((s: Json) => s.slug)).toContain('quint-ye-taught-me');
    expect(data.ye.events.nodes.map((e: Json) => e.slug)).toContain('static-hour-may-2024-episode');
    expect(data.quint).toEqual({
      slug: 'marla-quint',
      aliases: ['Quint'],
      statements: { totalCount: 2 },
      claims: { nodes: [{ slug: 'static-hour-most-listeners' }] },
    });
    expect(data.said.nodes).toEqual([
      {
        slug: 'quint-ye-taught-me',
        quote: 'Ye made the albums that taught me how to produce',
        mentions: [{ entity: { slug: 'kanye-west' }, stance: 'SUPPORTS' }],
      },
    ]);
  });

  it('the new article is held, with its text and SHA-256, and its spans are in code points', async () => {
    const data = await succeed(
      server.graphql(`{
        node(id: "${globalId('Document', SECOND_DOCUMENT)}") { ... on Document { isHeld text sha256 outlet { slug } } }
        claim: node(id: "${globalId('Claim', 'static-hour-most-listeners')}") {
          ... on Claim { status appearances { nodes { evidence { start end exact } } } }
        }
      }`),
    );
    expect(data.node).toEqual({
      isHeld: true,
      text: SECOND_TEXT,
      sha256: secondDataset().documents[0].sha256,
      outlet: { slug: 'the-daily-lantern' },
    });
    // the claim comes after the microphone emoji (2 code points, 3 UTF-16 units)
    const [{ evidence }] = data.claim.appearances.nodes;
    expect(evidence.exact).toBe('Static Hour has more listeners than any other music podcast');
    expect(evidence.start).toBe(SECOND_TEXT.indexOf(evidence.exact) - 1);
    expect(data.claim.status).toBe('UNREVIEWED');
  });

  it('is stored upgraded from format 1: its claimant the claim’s only claimant, its assertion each state’s basis', async () => {
    const data = await succeed(
      server.graphql(`{
        claim: node(id: "${globalId('Claim', 'static-hour-most-listeners')}") {
          ... on Claim { claimantAttributions { claimant { slug } reportedBy { slug } evidence { exact } } }
        }
        relationship: node(id: "${globalId('Relationship', 'quint-criticized-legend')}") {
          ... on Relationship { assertion states { basis { kind reason } } }
        }
        statement: node(id: "${globalId('Statement', 'quint-ye-taught-me')}") { ... on Statement { voice { kind } } }
      }`),
    );
    expect(data.claim.claimantAttributions).toEqual([
      {
        claimant: { slug: 'marla-quint' },
        reportedBy: null,
        evidence: [{ exact: 'Static Hour has more listeners than any other music podcast' }],
      },
    ]);
    expect(data.relationship).toEqual({ assertion: 'STATED', states: [{ basis: { kind: 'STATED', reason: null } }] });
    expect(data.statement.voice).toEqual({ kind: 'SPEAKER' });
  });

  it("the merge is in each merged entity's history as MERGE, by the admin", async () => {
    const data = await succeed(
      server.graphql(`{
        ye: history(id: "${globalId('Person', 'kanye-west')}") { nodes { actor action summary after } }
        legend: history(id: "${globalId('Person', 'john-legend')}") { nodes { actor action } }
        quint: history(id: "${globalId('Person', 'marla-quint')}") { nodes { actor action } }
      }`),
    );
    expect(data.ye.nodes.map((c: Json) => [c.action, c.actor])).toEqual([
      ['IMPORT', 'claimgraph (first start)'],
      ['MERGE', TOKENS.admin.name],
    ]);
    expect(data.ye.nodes[1].summary).toContain('ye-the-artist');
    expect(data.ye.nodes[1].after).toMatchObject({ slug: 'ye-the-artist', aliases: ['Ye'] });
    expect(data.legend.nodes.map((c: Json) => c.action)).toEqual(['IMPORT', 'MERGE']);
    expect(data.quint.nodes).toEqual([{ actor: TOKENS.admin.name, action: 'IMPORT' }]);
  });

  it('importing the same file again is refused (its slugs are taken) and writes nothing', async () => {
    const before = await snapshot(server);
    const { error } = await refuse(
      server.as('admin', IMPORT, { dataset: secondDataset(), texts: TEXTS }),
      'BAD_USER_INPUT',
    );
    const problems = problemsOf(error);
    expect(problems.map((p) => p.field)).toEqual([
      `dataset.documents[0] (${SECOND_DOCUMENT}).slug`,
      'dataset.events[0] (static-hour-may-2024-episode).slug',
      'dataset.statements[0] (quint-ye-taught-me).slug',
      'dataset.statements[1] (quint-legend-image-management).slug',
      'dataset.statements[2] (okafor-legend-consistent).slug',
      'dataset.claims[0] (static-hour-most-listeners).slug',
      'dataset.relationships[0] (quint-criticized-legend).slug',
      'dataset.relationships[1] (okafor-appeared-on-static-hour).slug',
    ]);
    for (const problem of problems) expect(problem.message).toContain('is already the slug of the stored');
    expect(await snapshot(server)).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------------------------

interface Corruption {
  what: string;
  corrupt(dataset: Json): void;
  /** the one problem reported: field and a part of the message */
  field: string;
  message: string;
}

const CORRUPTIONS: Corruption[] = [
  {
    what: 'a span shifted by one code point',
    corrupt: (d) => {
      d.statements[0].evidence[0].start += 1;
      d.statements[0].evidence[0].end += 1;
    },
    field: 'statements[0] (quint-ye-taught-me).evidence[0].exact',
    message: 'should read "Ye made the albums that taught me how to produce"',
  },
  {
    what: 'a dangling reference',
    corrupt: (d) => (d.relationships[0].to = 'no-such-person'),
    field: 'relationships[0] (quint-criticized-legend).to',
    message: 'no record has the slug "no-such-person"',
  },
  {
    what: 'an enum value that does not exist',
    corrupt: (d) => (d.outlets[1].kind = 'BLOG'),
    field: 'outlets[1] (static-hour).kind',
    message: 'BLOG',
  },
  {
    what: 'a SHA-256 that does not match the text',
    corrupt: (d) => (d.documents[0].sha256 = '0'.repeat(64)),
    field: `documents[0] (${SECOND_DOCUMENT}).sha256`,
    message: 'does not match the text',
  },
  {
    what: "a wrong span in a merged entity's evidence",
    corrupt: (d) => (d.people[2].evidence[0].exact = 'Yo'),
    field: 'people[2] (ye-the-artist).evidence[0].exact',
    message: 'should read "Yo"',
  },
];

function emptyDataset(): Dataset {
  return {
    format: 'claimgraph-dataset/2',
    documents: [],
    people: [],
    outlets: [],
    organizations: [],
    events: [],
    statements: [],
    claims: [],
    relationships: [],
  };
}

function corrupted(corrupt: (dataset: Json) => void): Json {
  const dataset = secondDataset();
  corrupt(dataset);
  return dataset;
}

describe('a corrupted copy is refused whole by importDataset, naming the record and the field', () => {
  let server: WriteServer;

  beforeAll(async () => {
    server = await startWriteServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  it.each(CORRUPTIONS)('$what', async ({ corrupt, field, message }) => {
    const before = await snapshot(server, { absent: CREATED });
    const { error } = await refuse(
      server.as('admin', IMPORT, { dataset: corrupted(corrupt), texts: TEXTS }),
      'BAD_USER_INPUT',
    );
    const problems = problemsOf(error);
    expect(problems.map((p) => p.field)).toEqual([`dataset.${field}`]);
    expect(problems[0].message).toContain(message);
    expect(await snapshot(server, { absent: CREATED })).toEqual(before);
  });

  it('a held text that is not supplied', async () => {
    const before = await snapshot(server, { absent: CREATED });
    const { error } = await refuse(
      server.as('admin', IMPORT, { dataset: secondDataset(), texts: [] }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(error)).toContainEqual({
      field: `dataset.documents[0] (${SECOND_DOCUMENT}).textFile`,
      message: `the text of "${SECOND_TEXT_FILE}" was not supplied, so its spans cannot be checked`,
    });
    expect(await snapshot(server, { absent: CREATED })).toEqual(before);
  });

  it('several corruptions are all reported at once', async () => {
    const dataset = corrupted((d) => CORRUPTIONS.forEach(({ corrupt }) => corrupt(d)));
    const { error } = await refuse(server.as('admin', IMPORT, { dataset, texts: TEXTS }), 'BAD_USER_INPUT');
    expect(
      problemsOf(error)
        .map((p) => p.field)
        .sort(),
    ).toEqual(CORRUPTIONS.map(({ field }) => `dataset.${field}`).sort());
  });

  it('an entity is merged by an alias alone', async () => {
    // "Ye" is the only name this record shares with the stored Kanye West
    const dataset = corrupted((d) => (d.people[2].name = 'Yeezy (test name)'));
    const data = await succeed(server.as('admin', IMPORT, { dataset, texts: TEXTS }));
    expect(data.importDataset.merged.map((m: Json) => [m.importedSlug, m.entity.slug])).toEqual([
      ['ye-the-artist', 'kanye-west'],
      ['john-legend', 'john-legend'],
    ]);
    const read = await succeed(server.graphql('{ people { totalCount } ye: entity(name: "Ye") { slug } }'));
    expect(read).toEqual({ people: { totalCount: 8 }, ye: { slug: 'kanye-west' } });
  });

  it('merging an entity with spans it already has does not duplicate its evidence', async () => {
    const spans = '{ entity(name: "john-legend") { evidence { document { slug } start end } } }';
    const before = (await succeed(server.graphql(spans))).entity.evidence;
    const fixtureLegend = JSON.parse(readFileSync(join(PROJECT_ROOT, 'fixtures', 'legend-west.dataset.json'), 'utf8'))
      .people[0];
    expect(fixtureLegend.slug).toBe('john-legend');
    await succeed(
      server.as('admin', IMPORT, {
        dataset: { ...emptyDataset(), people: [fixtureLegend] },
        texts: [],
      }),
    );
    expect((await succeed(server.graphql(spans))).entity.evidence).toEqual(before);
  });

  it('a dataset of another format is refused on the field dataset.format', async () => {
    const { error } = await refuse(
      server.as('admin', IMPORT, { dataset: { ...emptyDataset(), format: 'another-format/9' }, texts: [] }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(error).map((p) => p.field)).toEqual(['dataset.format']);
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** A copy of the second article's folder (dataset and text), with the dataset changed by `change`. */
function copyOfSecondArticle(name: string, change: (dataset: Json) => void = () => {}, withText = true): string {
  const dir = mkdtempSync(join(folder, `${name}-`));
  if (withText) copyFileSync(join(SECOND_DIR, SECOND_TEXT_FILE), join(dir, SECOND_TEXT_FILE));
  const file = join(dir, 'second-article.dataset.json');
  writeFileSync(file, JSON.stringify(corrupted(change), null, 2));
  return file;
}

describe('claimgraph import FILE (the CLI, on a database no server holds)', () => {
  const database = join(folder, 'cli.db');
  const env = { CLAIMGRAPH_DB: database };

  /** Opens the database with a server just long enough to read it. */
  async function readBack<T>(read: (server: WriteServer) => Promise<T>): Promise<T> {
    const server = await startWriteServer({ databaseFile: database });
    try {
      return await read(server);
    } finally {
      await server.close();
    }
  }

  let seeded: Json;

  beforeAll(async () => {
    // the first start seeds the article; the server is then stopped
    seeded = await readBack((server) => snapshot(server, { absent: CREATED }));
  });

  it('a corrupted copy exits 1, prints the problems and "Nothing was imported.", and writes nothing', async () => {
    const file = copyOfSecondArticle('bad-span', CORRUPTIONS[0].corrupt);
    const run = await runCli(['import', file], env);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${CORRUPTIONS[0].field.replace(/\.evidence/, ' › evidence')}: span`);
    expect(run.stderr).toContain('Nothing was imported.');
    expect(await readBack((server) => snapshot(server, { absent: CREATED }))).toEqual(seeded);
  });

  it('a copy whose text file is missing exits 1 naming the file, and writes nothing', async () => {
    const file = copyOfSecondArticle('no-text', () => {}, false);
    const run = await runCli(['import', file], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`documents[0] (${SECOND_DOCUMENT}) › textFile: cannot read the held text`);
    expect(run.stderr).toContain(SECOND_TEXT_FILE);
    expect(run.stderr).toContain('Nothing was imported.');
    expect(await readBack((server) => snapshot(server, { absent: CREATED }))).toEqual(seeded);
  });

  it('the article imports, merging Ye and John Legend into the stored entities', async () => {
    const run = await runCli(['import', SECOND_FILE], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`imported ${SECOND_FILE} into ${database}`);
    expect(run.stdout).toContain('merged ye-the-artist into existing kanye-west');
    expect(run.stdout).toContain('merged john-legend into existing john-legend');
    const data = await readBack((server) =>
      succeed(
        server.graphql(`{
          people { totalCount }
          ye: entity(name: "Ye") { slug evidence { document { slug } } }
          history(id: "${globalId('Person', 'kanye-west')}") { nodes { action actor } }
          legend: entity(name: "john-legend") { statementsAbout { nodes { slug } } }
        }`),
      ),
    );
    expect(data.people.totalCount).toBe(8);
    expect(data.ye.slug).toBe('kanye-west');
    expect(data.ye.evidence.map((e: Json) => e.document.slug)).toContain(SECOND_DOCUMENT);
    expect(data.history.nodes.map((c: Json) => c.action)).toEqual(['IMPORT', 'MERGE']);
    expect(data.history.nodes[1].actor).toMatch(/^cli:/);
    expect(data.legend.statementsAbout.nodes.map((s: Json) => s.slug)).toEqual(
      expect.arrayContaining(['quint-legend-image-management', 'okafor-legend-consistent']),
    );
  });

  it('importing it again exits 1 (duplicate slugs) and writes nothing', async () => {
    const before = await readBack((server) => snapshot(server));
    const run = await runCli(['import', SECOND_FILE], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      `documents[0] (${SECOND_DOCUMENT}) › slug: "${SECOND_DOCUMENT}" is already the slug of the stored document`,
    );
    expect(run.stderr).toContain('Nothing was imported.');
    expect(await readBack((server) => snapshot(server))).toEqual(before);
  });
});
