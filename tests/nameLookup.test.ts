/**
 * "Who is 'kanye'? Which Hartmann?": every argument that takes a name instead of an id resolves a slug, a full
 * name, an alias or a unique given or family name, ignoring case and accents; a name that fits several entities
 * equally well is a BAD_USER_INPUT error (reason AMBIGUOUS_NAME) that lists them; an unknown name keeps its
 * not-found answer. Over real HTTP, on the article's fixture plus a few FICTIONAL people imported for the test:
 * Sean Mallory (a second "Sean" beside Big Sean), Zoë and Otto Hartmann (a shared family name, one with an
 * accent) and Nadia Legend (a second "Legend", whom the exact alias of John Legend must not lose to).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HeldText, type Json } from './support/queryHelpers.js';
import { globalId, refuse, startWriteServer, succeed, type WriteServer } from './support/writeServer.js';

const held = new HeldText('name-lookup-test-people', 'name-lookup-test-people.txt');
held.append('FICTIONAL TEST TEXT — not a real event. It names people for the name lookup tests.');
const person = (slug: string, name: string, line: string) => ({ slug, name, evidence: [held.append(line, name)] });
const PEOPLE = [
  person('sean-mallory', 'Sean Mallory', 'Sean Mallory is a fictional producer.'),
  person('zoe-hartmann', 'Zoë Hartmann', 'Zoë Hartmann is a fictional critic.'),
  person('otto-hartmann', 'Otto Hartmann', 'Otto Hartmann is her fictional brother.'),
  person('nadia-legend', 'Nadia Legend', 'Nadia Legend is a fictional singer.'),
];

/** In the earliest dataset format, which every later release still imports. */
const DATASET = {
  format: 'claimgraph-dataset/1',
  documents: [held.document('FICTIONAL: people for the name lookup tests')],
  people: PEOPLE,
  outlets: [],
  organizations: [],
  events: [],
  statements: [],
  claims: [],
  relationships: [],
};

const IMPORT = `mutation Import($dataset: JSON!, $texts: [HeldTextInput!]!) {
  importDataset(dataset: $dataset, texts: $texts) { counts { kind count } }
}`;

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer();
  await succeed(
    server.as('admin', IMPORT, { dataset: DATASET, texts: [{ document: held.slug, text: held.content() }] }),
  );
});

afterAll(async () => {
  await server?.close();
});

async function ask(query: string, variables?: Record<string, unknown>): Promise<{ data: Json; storeCalls: number }> {
  const { body, status } = await server.graphql(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return { data: body.data, storeCalls: body.extensions!.storeCalls! };
}

async function slugOf(name: string): Promise<string | null> {
  const { data } = await ask('query ($name: String!) { entity(name: $name) { slug } }', { name });
  return data.entity?.slug ?? null;
}

function candidate(slug: string, name: string) {
  return { id: globalId('Person', slug), slug, name, entityType: 'PERSON' };
}

const HARTMANNS = [candidate('otto-hartmann', 'Otto Hartmann'), candidate('zoe-hartmann', 'Zoë Hartmann')];
const SEANS = [candidate('big-sean', 'Big Sean'), candidate('sean-mallory', 'Sean Mallory')];

describe('entity(name:) resolves a unique given or family name, ignoring case and accents', () => {
  it.each([
    ['kanye', 'kanye-west'],
    ['KANYE', 'kanye-west'],
    ['Kanyé', 'kanye-west'],
    ['Legend', 'john-legend'],
    ['legend', 'john-legend'],
    ['john', 'john-legend'],
    ['West', 'kanye-west'],
    ['Ye', 'kanye-west'],
    ['rupert', 'rupert-murdoch'],
    ['Mallory', 'sean-mallory'],
    ['zoe', 'zoe-hartmann'],
    ['ZOË', 'zoe-hartmann'],
    ['Nadia', 'nadia-legend'],
    ['Drink', 'drink-champs'],
  ])('%s is %s', async (name, slug) => {
    expect(await slugOf(name)).toBe(slug);
  });

  it('full names and aliases still resolve, accents or not, and several names in one request are one batch', async () => {
    const { data, storeCalls } = await ask(`{
      a: entity(name: "Kanye West") { slug }
      b: entity(name: "zoe hartmann") { slug }
      c: entity(name: "Zoë  Hartmann") { slug }
      d: entity(name: "kanye") { slug }
      e: entity(name: "big sean") { slug }
      f: entity(name: "New Yorker") { slug }
    }`);
    expect(Object.values(data).map((entity: Json) => entity.slug)).toEqual([
      'kanye-west',
      'zoe-hartmann',
      'zoe-hartmann',
      'kanye-west',
      'big-sean',
      'the-new-yorker',
    ]);
    // the candidates of all six names in one store call, the entities in another
    expect(storeCalls).toBe(2);
  });

  it('an exact name or alias wins over a part of another name: "Legend" is John Legend, not Nadia Legend', async () => {
    expect(await slugOf('Legend')).toBe('john-legend');
    expect(await slugOf('Nadia Legend')).toBe('nadia-legend');
    // every word must be in the same name: "Kanye East" is nobody
    expect(await slugOf('Kanye East')).toBeNull();
  });

  it('an unknown name is still null without an error', async () => {
    const { data } = await ask(
      '{ nobody: entity(name: "Nobody At All") { slug } kanyes: entity(name: "kanyes") { slug } }',
    );
    expect(data).toEqual({ nobody: null, kanyes: null });
  });
});

describe('a name that fits several entities equally well is ambiguous: BAD_USER_INPUT listing them', () => {
  it('"Hartmann" (a family name two people share) lists both Hartmanns, in the message and in extensions', async () => {
    for (const name of ['Hartmann', 'hartmann', 'HARTMANN']) {
      const { error, data } = await refuse(
        server.graphql('query ($name: String!) { entity(name: $name) { slug } }', { name }),
        'BAD_USER_INPUT',
      );
      expect(data).toEqual({ entity: null });
      expect(error.extensions?.reason).toBe('AMBIGUOUS_NAME');
      expect(error.extensions?.candidates).toEqual(HARTMANNS);
      expect(error.message).toContain(`"${name}" is ambiguous`);
      for (const { name: candidateName, slug, id } of HARTMANNS) {
        expect(error.message).toContain(candidateName);
        expect(error.message).toContain(slug);
        expect(error.message).toContain(id);
      }
    }
  });

  it('"Sean" is Big Sean or Sean Mallory: ambiguous across datasets', async () => {
    const { error } = await refuse(server.graphql('{ entity(name: "Sean") { slug } }'), 'BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({ reason: 'AMBIGUOUS_NAME', candidates: SEANS });
  });

  it('every argument that takes a name says which argument was ambiguous', async () => {
    const cases: [string, string][] = [
      ['{ statements(filter: { speaker: "Sean" }) { totalCount } }', 'filter.speaker'],
      ['{ statements(filter: { about: "Hartmann" }) { totalCount } }', 'filter.about'],
      ['{ claims(filter: { claimant: "Sean" }) { totalCount } }', 'filter.claimant'],
      ['{ paths(from: "Hartmann", to: "kanye") { length } }', 'from'],
      ['{ paths(from: "kanye", to: "Sean") { length } }', 'to'],
      ['{ timeline(entity: "Hartmann") { totalCount } }', 'entity'],
      ['{ relationships(between: ["kanye", "Sean"]) { totalCount } }', 'between.1'],
      ['{ entity(name: "kanye") { saidAbout(subject: "Sean") { totalCount } } }', 'subject'],
    ];
    for (const [query, argumentPath] of cases) {
      const { error } = await refuse(server.graphql(query), 'BAD_USER_INPUT');
      expect(error.extensions, query).toMatchObject({ reason: 'AMBIGUOUS_NAME', argumentPath });
    }
  });

  it('a mutation naming an ambiguous speaker is refused and writes nothing', async () => {
    const { error } = await refuse(
      server.as(
        'editor',
        `mutation { addStatement(input: {
          speaker: "Hartmann", quote: "x", isDirectQuote: false, attributionConfidence: PARAPHRASED_BY_SOURCE,
          mentions: [], evidence: [{ document: "${held.slug}", start: 0, end: 1, exact: "F" }]
        }) { statement { slug } } }`,
      ),
      'BAD_USER_INPUT',
    );
    expect(error.extensions).toMatchObject({ reason: 'AMBIGUOUS_NAME', candidates: HARTMANNS });
    const { data } = await ask('{ statements(filter: { speaker: "zoe-hartmann" }) { totalCount } }');
    expect(data.statements.totalCount).toBe(0);
  });
});

describe('names stand for entities in every other argument too', () => {
  it('statements(filter: { speaker: "kanye" }) are West’s; about: "rupert" finds the Murdoch quote', async () => {
    const { data } = await ask(`{
      byFirstName: statements(filter: { speaker: "kanye" }) { totalCount nodes { slug } }
      bySlug: statements(filter: { speaker: "kanye-west" }) { totalCount nodes { slug } }
      aboutMurdoch: statements(filter: { about: "rupert" }) { nodes { slug } }
    }`);
    expect(data.byFirstName.totalCount).toBeGreaterThan(0);
    expect(data.byFirstName).toEqual(data.bySlug);
    expect(data.aboutMurdoch.nodes.map((s: Json) => s.slug)).toContain('legend-murdoch-version-mischaracterization');
  });

  it('paths and timelines take first names, and an unknown name there is NOT_FOUND on its argument', async () => {
    const { data } = await ask('{ paths(from: "john", to: "kanye", maxHops: 1) { length entities { slug } } }');
    expect(data.paths[0].entities.map((e: Json) => e.slug)).toEqual(['john-legend', 'kanye-west']);
    const { data: timeline } = await ask('{ timeline(entity: "Biden") { totalCount } }');
    expect(timeline.timeline.totalCount).toBeGreaterThan(0);
    const { error } = await refuse(server.graphql('{ timeline(entity: "Kanye East") { totalCount } }'), 'NOT_FOUND');
    expect(error.extensions?.argumentPath).toBe('entity');
  });
});
