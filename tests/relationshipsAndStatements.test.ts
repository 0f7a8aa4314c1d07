/**
 * Relationships for a graph view, who said what about whom, orders and nested connections, over real HTTP.
 * Expected answers are computed from the fixture JSON; the key ones are also written out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, DatedFactRecord } from '../src/domain/dataset.js';
import {
  ask,
  askForError,
  expectArticleSlice,
  HeldText,
  pageBackward,
  pageForward,
  PAGE_INFO,
  type ConnectionJson,
  type Json,
} from './support/queryHelpers.js';
import {
  ARTICLE_DOCUMENT_SLUG,
  readFixtureDataset,
  startTestServer,
  writeDatasetVariant,
  type DatasetVariant,
  type TestServer,
} from './support/testServer.js';

const FIXTURE = readFixtureDataset();
const EXTRA = 3;

/**
 * The fixture plus, so that every nested list has several pages: three more Drink Champs episodes and cited
 * transcripts, three statements by Big Sean that respond to Legend's 2018 tweet and dispute the "fell out over
 * Trump" claim, and three agreeing reviews of the 60,000-votes claim.
 */
function richerDataset(): { dataset: Dataset; texts: Record<string, string> } {
  const dataset = readFixtureDataset();
  const held = new HeldText('richer-test-document', 'richer-test-document.txt');
  for (let i = 1; i <= EXTRA; i++) {
    const episode = held.append(`Drink Champs extra episode ${i} 🎧 with a guest`);
    dataset.events.push({
      slug: `drink-champs-extra-${i}`,
      kind: 'PODCAST_EPISODE',
      title: `Drink Champs extra episode ${i}`,
      date: '2021',
      participants: ['drink-champs'],
      outlet: 'drink-champs',
      evidence: [episode],
    });
    dataset.documents.push({
      slug: `drink-champs-extra-transcript-${i}`,
      title: `Drink Champs transcript ${i}`,
      outlet: 'drink-champs',
    });
    const quote = `That tweet was never about Trump (reply ${i})`;
    dataset.statements.push({
      slug: `big-sean-reply-${i}`,
      speaker: 'big-sean',
      voice: 'SPEAKER',
      quote,
      isDirectQuote: true,
      attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
      saidOn: '2019',
      mentions: [{ entity: 'john-legend', stance: 'NEUTRAL' }],
      respondsTo: ['legend-tweet-reconsider-trump'],
      disputes: ['fell-out-over-trump'],
      evidence: [held.append(`Big Sean said: “${quote}”`, quote)],
    });
  }
  dataset.documents.push(held.document('Richer test document'));
  dataset.reviews = [4, 5, 4].map((ratingValue, index) => ({
    slug: `votes-review-${index + 1}`,
    claim: 'west-60000-votes',
    ratingValue,
    ratingLabel: ratingValue === 5 ? 'True' : 'Mostly true',
    explanation: 'Written for the tests only.',
    reviewer: 'claimgraph tests',
    reviewedAt: `2024-0${index + 1}-01T10:00:00Z`,
    sources: [{ url: 'https://example.org/test-source', title: 'A source cited by the tests' }],
  }));
  dataset.claims.find((claim) => claim.slug === 'west-60000-votes')!.status = 'REVIEWED';
  return { dataset, texts: { [held.fileName]: held.content() } };
}

let server: TestServer;
let richerServer: TestServer;
let variant: DatasetVariant;

beforeAll(async () => {
  const { dataset, texts } = richerDataset();
  variant = writeDatasetVariant(dataset, texts);
  [server, richerServer] = await Promise.all([
    startTestServer(),
    startTestServer({ seedDataset: variant.datasetFile }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), richerServer?.close()]);
  variant?.remove();
});

const EVIDENCE = 'evidence { start end exact document { slug } }';
const RELATIONSHIP_FIELDS = `slug type assertion status from { slug name } to { slug name }
  start { iso } end { iso } states { status start { iso } end { iso } ${EVIDENCE} } ${EVIDENCE}`;

/** A dated fact of the dataset (a partial date, or one with how it is known) as the API's PartialDate. */
function isoOf(fact: DatedFactRecord | undefined) {
  return fact === undefined ? null : { iso: typeof fact === 'string' ? fact : fact.date };
}

/** A relationship as the API should show it, from its fixture record. */
function expectedRelationship(slug: string) {
  const record = FIXTURE.relationships.find((r) => r.slug === slug)!;
  const states = record.states.map((state) => ({
    status: state.status,
    start: isoOf(state.start),
    end: isoOf(state.end),
    evidence: state.evidence.map(({ document, start, end, exact }) => ({
      document: { slug: document },
      start,
      end,
      exact,
    })),
  }));
  return {
    slug,
    type: record.type,
    // derived from the states' bases
    assertion: record.states.some((state) => state.basis.kind === 'STATED') ? 'STATED' : 'IMPLIED',
    status: record.states.at(-1)!.status,
    from: { slug: record.from },
    to: { slug: record.to },
    start: states[0].start,
    end: states.at(-1)!.end,
    states,
    evidence: states.flatMap((state) => state.evidence),
  };
}

describe('relationships for a graph view', () => {
  it('between John Legend and Kanye West: their three relationships, each with its dated states and evidence', async () => {
    const { data } = await ask(
      server,
      `{ relationships(between: ["john-legend", "kanye-west"]) { totalCount nodes { ${RELATIONSHIP_FIELDS} } } }`,
    );
    const pair = ['john-legend', 'kanye-west'];
    const expected = FIXTURE.relationships
      .filter((r) => pair.includes(r.from) && pair.includes(r.to))
      .map((r) => r.slug);
    expect(expected).toEqual(['legend-west-friendship', 'legend-urged-west', 'west-criticized-legend']);
    expect(data.relationships.totalCount).toBe(3);
    expect(data.relationships.nodes.map((node: Json) => node.slug)).toEqual(expected);
    for (const node of data.relationships.nodes) {
      expect(node).toMatchObject(expectedRelationship(node.slug));
      for (const span of node.evidence) {
        expect(span.document.slug).toBe(ARTICLE_DOCUMENT_SLUG);
        expectArticleSlice(span);
      }
    }
    // the friendship that became strained is one relationship: ACTIVE, then STRAINED from 2020
    const [friendship] = data.relationships.nodes;
    expect(friendship).toMatchObject({
      type: 'FRIENDSHIP',
      status: 'STRAINED',
      from: { name: 'John Legend' },
      to: { name: 'Kanye West' },
    });
    expect(friendship.states.map((state: Json) => [state.status, state.start?.iso ?? null])).toEqual([
      ['ACTIVE', null],
      ['STRAINED', '2020'],
    ]);
    expect(friendship.states[1].evidence.map((span: Json) => span.exact)).toEqual([
      'the real impetus for us having a strain in our friendship',
      'I don’t rock with neither of them',
    ]);
  });

  it('accepts aliases, names and global ids, in any order', async () => {
    const { data: ids } = await ask(server, '{ legend: entity(name: "john-legend") { id } }');
    const query = 'query ($between: [ID!]) { relationships(between: $between) { totalCount nodes { slug } } }';
    const { data: bySlug } = await ask(server, query, { between: ['john-legend', 'kanye-west'] });
    for (const between of [
      ['Ye', 'Legend'],
      [ids.legend.id, 'KANYE WEST'],
    ]) {
      expect((await ask(server, query, { between })).data).toEqual(bySlug);
    }
  });

  it('three people: every relationship with both ends among them, and none with one end outside', async () => {
    const { data } = await ask(
      server,
      '{ relationships(between: ["Legend", "Ye", "Big Sean"]) { totalCount nodes { slug } } }',
    );
    const group = ['john-legend', 'kanye-west', 'big-sean'];
    const expected = FIXTURE.relationships
      .filter((r) => group.includes(r.from) && group.includes(r.to))
      .map((r) => r.slug);
    expect(expected).toHaveLength(4);
    expect(data.relationships.nodes.map((node: Json) => node.slug)).toEqual(expected);
    expect(data.relationships.totalCount).toBe(4);
  });

  it('types: [OWNS] is empty: "the Rupert Murdoch version of the story" says nothing of who owns what', async () => {
    const { data } = await ask(server, `{ relationships(types: [OWNS]) { totalCount nodes { slug } } }`);
    expect(data.relationships).toEqual({ totalCount: 0, nodes: [] });
  });

  it('types: [SUPPORTED]: a support only inferred from the article is IMPLIED, the stated ones STATED', async () => {
    const { data } = await ask(
      server,
      `{ relationships(types: [SUPPORTED]) { totalCount nodes { ${RELATIONSHIP_FIELDS} states { basis { kind reason } } } } }`,
    );
    expect(
      data.relationships.nodes.map((node: Json) => [node.from.name, node.type, node.to.name, node.assertion]),
    ).toEqual([
      ['Kanye West', 'SUPPORTED', 'Donald Trump', 'STATED'],
      ['John Legend', 'SUPPORTED', 'Joe Biden', 'STATED'],
      ['John Legend', 'SUPPORTED', 'The Democrats', 'IMPLIED'],
    ]);
    for (const node of data.relationships.nodes) expect(node).toMatchObject(expectedRelationship(node.slug));
    // "a vocal supporter of many Democrats" is support of the party only by inference, and says why
    const democrats = data.relationships.nodes[2];
    expect(democrats.states).toEqual([
      expect.objectContaining({ basis: { kind: 'INFERRED', reason: expect.stringContaining('many Democrats') } }),
    ]);
  });

  it('types and between combine', async () => {
    const { data } = await ask(
      server,
      '{ relationships(between: ["Legend", "West"], types: [FRIENDSHIP, CRITICIZED]) { totalCount nodes { slug } } }',
    );
    expect(data.relationships.nodes.map((node: Json) => node.slug)).toEqual([
      'legend-west-friendship',
      'west-criticized-legend',
    ]);
    expect(data.relationships.totalCount).toBe(2);
  });

  it('an unknown entity in between is NOT_FOUND naming its position', async () => {
    const second = await askForError(
      server,
      '{ relationships(between: ["john-legend", "Kanye East"]) { totalCount } }',
      'NOT_FOUND',
    );
    expect(second.error.extensions?.argumentPath).toBe('between.1');
    expect(second.error.message).toContain('Kanye East');
    const first = await askForError(
      server,
      '{ relationships(between: ["nobody", "john-legend"]) { totalCount } }',
      'NOT_FOUND',
    );
    expect(first.error.extensions?.argumentPath).toBe('between.0');
  });
});

describe('who said what about whom', () => {
  it('Legend’s saidAbout(subject: "Trump") is statements(filter: {speaker: "john-legend", about: "Trump"})', async () => {
    const { data } = await ask(
      server,
      `{
        entity(name: "john-legend") { saidAbout(subject: "Trump") { totalCount nodes { slug quote } } }
        statements(filter: { speaker: "john-legend", about: "Trump" }) { totalCount nodes { slug quote } }
      }`,
    );
    expect(data.entity.saidAbout).toEqual(data.statements);
    const expected = FIXTURE.statements
      .filter((s) => s.speaker === 'john-legend' && s.mentions.some((m) => m.entity === 'donald-trump'))
      .map((s) => s.slug);
    expect(expected).toHaveLength(3);
    expect(data.statements.nodes.map((node: Json) => node.slug).sort()).toEqual([...expected].sort());
    // oldest first: the 2018 tweet, then the undated New Yorker statements
    expect(data.statements.nodes[0].quote).toBe('reconsider aligning [himself] with Trump');
  });

  it('saidAbout with a stance narrows to that stance; an unknown subject is NOT_FOUND on `subject`', async () => {
    const { data } = await ask(
      server,
      '{ entity(name: "Legend") { saidAbout(subject: "Donald Trump", stance: OPPOSES) { totalCount nodes { slug } } } }',
    );
    expect(data.entity.saidAbout).toEqual({ totalCount: 1, nodes: [{ slug: 'legend-tweet-reconsider-trump' }] });
    const { error } = await askForError(
      server,
      '{ entity(name: "Legend") { saidAbout(subject: "Kanye East") { totalCount } } }',
      'NOT_FOUND',
    );
    expect(error.extensions?.argumentPath).toBe('subject');
  });

  it('Big Sean’s statementsAbout(stance: CRITICIZES) is West’s two statements from Drink Champs', async () => {
    const { data } = await ask(
      server,
      '{ entity(name: "big-sean") { statementsAbout(stance: CRITICIZES) { totalCount nodes { slug quote speaker { name } } } } }',
    );
    const expected = FIXTURE.statements.filter((s) =>
      s.mentions.some((m) => m.entity === 'big-sean' && m.stance === 'CRITICIZES'),
    );
    expect(data.entity.statementsAbout.totalCount).toBe(expected.length);
    expect(data.entity.statementsAbout.nodes.map((node: Json) => node.slug)).toEqual([
      'west-calls-legend-big-sean-sellouts',
      'west-drink-champs-quote',
    ]);
    expect(data.entity.statementsAbout.nodes.every((node: Json) => node.speaker.name === 'Kanye West')).toBe(true);
    expect(data.entity.statementsAbout.nodes[0].quote).toBe('West called both Legend and Big Sean sellouts');
    const { data: supports } = await ask(
      server,
      '{ entity(name: "big-sean") { statementsAbout(stance: SUPPORTS) { totalCount } } }',
    );
    expect(supports.entity.statementsAbout.totalCount).toBe(0);
  });

  describe('every filter of statements at once, and each one doing its part', () => {
    const QUERY = 'query ($filter: StatementFilter) { statements(filter: $filter) { totalCount nodes { slug } } }';
    /** Each filter, set so that only West's Drink Champs quote passes them all. */
    const ALL = {
      speaker: 'Ye',
      about: 'Big Sean',
      stance: 'CRITICIZES',
      directQuotesOnly: true,
      saidFrom: '2020',
      saidTo: '2020-12',
      text: 'sellout',
      event: 'drink-champs-2020-episode',
      outlet: 'Drink Champs',
    };

    it('together: only West’s Drink Champs quote', async () => {
      const { data } = await ask(server, QUERY, { filter: ALL });
      expect(data.statements).toEqual({ totalCount: 1, nodes: [{ slug: 'west-drink-champs-quote' }] });
    });

    it.each([
      ['speaker', { speaker: 'Legend' }, []],
      ['about', { about: 'Trump' }, []],
      ['about (another entity it mentions)', { about: 'Democrats' }, ['west-drink-champs-quote']],
      ['stance', { stance: 'SUPPORTS' }, []],
      ['directQuotesOnly: false', { directQuotesOnly: false }, ['west-calls-legend-big-sean-sellouts']],
      ['saidFrom/saidTo', { saidFrom: '2021', saidTo: '2021' }, []],
      ['saidTo inside the year', { saidTo: '2020-01-01' }, ['west-drink-champs-quote']],
      ['text', { text: 'reconsider' }, []],
      ['text in any case', { text: 'SELLOUT SH-T' }, ['west-drink-champs-quote']],
      ['event', { event: 'tweets-2018' }, []],
      ['outlet (hosting another occasion)', { outlet: 'Twitter' }, []],
      ['outlet (publishing the report)', { outlet: 'the-source' }, ['west-drink-champs-quote']],
    ])('changing %s changes the answer as it should', async (_name, change, expected) => {
      const { data } = await ask(server, QUERY, { filter: { ...ALL, ...change } });
      expect(data.statements.nodes.map((node: Json) => node.slug)).toEqual(expected);
      expect(data.statements.totalCount).toBe(expected.length);
    });

    it('unknown references are NOT_FOUND naming the filter; bad dates BAD_USER_INPUT', async () => {
      for (const field of ['speaker', 'about', 'outlet', 'event']) {
        const { error } = await askForError(server, QUERY, 'NOT_FOUND', {
          filter: { ...ALL, [field]: 'no-such-thing' },
        });
        expect(error.extensions?.argumentPath).toBe(`filter.${field}`);
      }
      const { error } = await askForError(server, QUERY, 'BAD_USER_INPUT', { filter: { ...ALL, saidTo: '2020-13' } });
      expect(error.extensions?.argumentPath).toBe('filter.saidTo');
      const notOutlet = await askForError(server, QUERY, 'BAD_USER_INPUT', { filter: { outlet: 'john-legend' } });
      expect(notOutlet.error.extensions?.argumentPath).toBe('filter.outlet');
    });
  });
});

describe('orderBy', () => {
  const slugs = (connection: Json) => connection.nodes.map((node: Json) => node.slug ?? node.name ?? node.title);

  it('people, outlets and organizations by name: NAME_DESC is NAME_ASC reversed', async () => {
    const { data } = await ask(
      server,
      `{
        people { nodes { name } } peopleDesc: people(orderBy: NAME_DESC) { nodes { name } }
        outlets { nodes { name } } outletsDesc: outlets(orderBy: NAME_DESC) { nodes { name } }
        organizations { nodes { name } } organizationsDesc: organizations(orderBy: NAME_DESC) { nodes { name } }
      }`,
    );
    const byName = (names: string[]) => [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
    expect(slugs(data.people)).toEqual(byName(FIXTURE.people.map((p) => p.name)));
    expect(slugs(data.people)).toEqual([
      'Big Sean',
      'Donald Trump',
      'Joe Biden',
      'John Legend',
      'Kanye West',
      'Rupert Murdoch',
    ]);
    expect(slugs(data.outlets)).toEqual(byName(FIXTURE.outlets.map((o) => o.name)));
    expect(slugs(data.peopleDesc)).toEqual([...slugs(data.people)].reverse());
    expect(slugs(data.outletsDesc)).toEqual([...slugs(data.outlets)].reverse());
    expect(slugs(data.organizationsDesc)).toEqual([...slugs(data.organizations)].reverse());
  });

  it('documents by title: TITLE_DESC is TITLE_ASC reversed', async () => {
    const { data } = await ask(
      server,
      '{ asc: documents { nodes { title } } desc: documents(orderBy: TITLE_DESC) { nodes { title } } }',
    );
    expect(slugs(data.asc)).toEqual(
      FIXTURE.documents.map((d) => d.title).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    expect(slugs(data.desc)).toEqual([...slugs(data.asc)].reverse());
  });

  it('claims and relationships as recorded: RECORDED_DESC is RECORDED_ASC reversed', async () => {
    const { data } = await ask(
      server,
      `{
        claims { nodes { slug } } claimsDesc: claims(orderBy: RECORDED_DESC) { nodes { slug } }
        relationships { nodes { slug } } relationshipsDesc: relationships(orderBy: RECORDED_DESC) { nodes { slug } }
      }`,
    );
    expect(slugs(data.claims)).toEqual(FIXTURE.claims.map((c) => c.slug));
    expect(slugs(data.claimsDesc)).toEqual([...slugs(data.claims)].reverse());
    expect(slugs(data.relationships)).toEqual(FIXTURE.relationships.map((r) => r.slug));
    expect(slugs(data.relationshipsDesc)).toEqual([...slugs(data.relationships)].reverse());
  });

  it('statements by date: SAID_ON_DESC is SAID_ON_ASC reversed (undated first)', async () => {
    const { data } = await ask(
      server,
      '{ asc: statements { nodes { slug saidOn { iso } } } desc: statements(orderBy: SAID_ON_DESC) { nodes { slug saidOn { iso } } } }',
    );
    expect(slugs(data.desc)).toEqual([...slugs(data.asc)].reverse());
    expect(data.asc.nodes.map((node: Json) => node.saidOn?.iso ?? null)).toEqual([
      '2018',
      '2020',
      '2020',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('events by date: DATE_DESC is newest first, the dated events in the reverse of DATE_ASC', async () => {
    const { data } = await ask(
      server,
      '{ asc: events { nodes { slug date { iso } } } desc: events(orderBy: DATE_DESC) { nodes { slug date { iso } } } }',
    );
    const dated = (connection: Json) =>
      connection.nodes.filter((node: Json) => node.date !== null).map((node: Json) => node.slug);
    // ascending: by date, undated last
    expect(data.asc.nodes.map((node: Json) => node.date?.iso ?? null)).toEqual([
      '2018',
      '2020',
      '2020',
      '2020',
      '2020',
      null,
    ]);
    expect(new Set(slugs(data.asc))).toEqual(new Set(FIXTURE.events.map((e) => e.slug)));
    expect(dated(data.desc)).toEqual([...dated(data.asc)].reverse());
  });

  // DATE_DESC is the exact reverse of DATE_ASC, so the undated New Yorker interview comes first
  it('events(orderBy: DATE_DESC) lists the undated event first, the reverse of DATE_ASC', async () => {
    const { data } = await ask(server, '{ events(orderBy: DATE_DESC) { nodes { slug date { iso } } } }');
    expect(data.events.nodes.at(0)).toEqual({ slug: 'legend-new-yorker-interview', date: null });
  });

  it('pages in descending order too, forwards and backwards', async () => {
    for (const [list, order] of [
      ['statements', 'SAID_ON_DESC'],
      ['people', 'NAME_DESC'],
      ['claims', 'RECORDED_DESC'],
      ['relationships', 'RECORDED_DESC'],
      ['documents', 'TITLE_DESC'],
      ['events', 'DATE_DESC'],
    ]) {
      const fields = list === 'people' ? 'name' : list === 'documents' ? 'title' : 'slug';
      const { data } = await ask(server, `{ ${list}(orderBy: ${order}, first: 100) { nodes { ${fields} } } }`);
      const expected = data[list].nodes;
      const page = (args: string) => async (size: number, cursor: string | null) =>
        (
          await ask(
            server,
            `query ($size: Int, $cursor: String) { ${list}(orderBy: ${order}, ${args}) { totalCount edges { cursor node { ${fields} } } ${PAGE_INFO} } }`,
            { size, cursor },
          )
        ).data[list] as ConnectionJson;
      expect(await pageForward(page('first: $size, after: $cursor'), 2), `${list} forwards`).toEqual(expected);
      expect(await pageBackward(page('last: $size, before: $cursor'), 2), `${list} backwards`).toEqual(expected);
    }
  });
});

interface NestedList {
  name: string;
  /** the parent selection, with `LIST` where the connection field goes */
  query: (ids: Record<string, string>) => string;
  /** the connection field, without arguments */
  field: string;
  node: string;
  /** how many items the list has on the richer dataset, counted from its JSON */
  expected: (dataset: Dataset) => number;
}

const NESTED: NestedList[] = [
  {
    name: 'Person.claims (West’s)',
    query: () => 'entity(name: "kanye-west") { LIST }',
    field: 'claims',
    node: 'slug',
    expected: (d) => d.claims.filter((c) => c.claimants.some((claimant) => claimant.entity === 'kanye-west')).length,
  },
  {
    name: 'Person.claimsAbout (West)',
    query: () => 'entity(name: "kanye-west") { LIST }',
    field: 'claimsAbout',
    node: 'slug',
    expected: (d) => d.claims.filter((c) => c.about.includes('kanye-west')).length,
  },
  {
    name: 'Person.events (West’s)',
    query: () => 'entity(name: "kanye-west") { LIST }',
    field: 'events',
    node: 'slug',
    expected: (d) => d.events.filter((e) => e.participants?.includes('kanye-west')).length,
  },
  {
    name: 'Person.relationships (Legend’s)',
    query: () => 'entity(name: "john-legend") { LIST }',
    field: 'relationships',
    node: 'slug',
    expected: (d) => d.relationships.filter((r) => r.from === 'john-legend' || r.to === 'john-legend').length,
  },
  {
    name: 'Person.statements (Legend’s)',
    query: () => 'entity(name: "john-legend") { LIST }',
    field: 'statements',
    node: 'slug',
    expected: (d) => d.statements.filter((s) => s.speaker === 'john-legend').length,
  },
  {
    name: 'Outlet.hostedEvents (Drink Champs)',
    query: () => 'entity(name: "drink-champs") { ... on Outlet { LIST } }',
    field: 'hostedEvents',
    node: 'slug',
    expected: (d) => d.events.filter((e) => e.outlet === 'drink-champs').length,
  },
  {
    name: 'Outlet.documents (Drink Champs)',
    query: () => 'entity(name: "drink-champs") { ... on Outlet { LIST } }',
    field: 'documents',
    node: 'slug',
    expected: (d) => d.documents.filter((doc) => doc.outlet === 'drink-champs').length,
  },
  {
    name: 'Claim.appearances (Legend’s real cause)',
    query: (ids) => `node(id: "${ids['legend-real-cause']}") { ... on Claim { LIST } }`,
    field: 'appearances',
    node: 'statement { slug } evidence { start end exact }',
    expected: (d) => d.claims.find((c) => c.slug === 'legend-real-cause')!.appearances.length,
  },
  {
    name: 'Claim.reviews (60,000 votes)',
    query: (ids) => `node(id: "${ids['west-60000-votes']}") { ... on Claim { LIST } }`,
    field: 'reviews',
    node: 'slug ratingValue',
    expected: (d) => (d.reviews ?? []).filter((r) => r.claim === 'west-60000-votes').length,
  },
  {
    name: 'Claim.disputedBy (fell out over Trump)',
    query: (ids) => `node(id: "${ids['fell-out-over-trump']}") { ... on Claim { LIST } }`,
    field: 'disputedBy',
    node: 'slug',
    expected: (d) => d.statements.filter((s) => s.disputes?.includes('fell-out-over-trump')).length,
  },
  {
    name: 'Statement.responses (Legend’s 2018 tweet)',
    query: (ids) => `node(id: "${ids['legend-tweet-reconsider-trump']}") { ... on Statement { LIST } }`,
    field: 'responses',
    node: 'slug',
    expected: (d) => d.statements.filter((s) => s.respondsTo?.includes('legend-tweet-reconsider-trump')).length,
  },
  {
    name: 'Statement.claims (West’s Drink Champs quote)',
    query: (ids) => `node(id: "${ids['west-drink-champs-quote']}") { ... on Statement { LIST } }`,
    field: 'claims',
    node: 'slug',
    expected: (d) =>
      d.claims.filter((c) => c.appearances.some((a) => a.statement === 'west-drink-champs-quote')).length,
  },
];

describe('nested connections page like root ones', () => {
  let ids: Record<string, string>;
  let foreignCursor: string;

  beforeAll(async () => {
    const { data } = await ask(
      richerServer,
      '{ claims(first: 100) { nodes { id slug } } statements(first: 100) { nodes { id slug } } documents(first: 1) { pageInfo { endCursor } } }',
    );
    ids = Object.fromEntries(
      [...data.claims.nodes, ...data.statements.nodes].map((node: Json) => [node.slug, node.id]),
    );
    foreignCursor = data.documents.pageInfo.endCursor;
  });

  function listQuery(list: NestedList, args: string): string {
    const selection = `list: ${list.field}(${args}) { totalCount edges { cursor node { ${list.node} } } ${PAGE_INFO} }`;
    const declared = [
      args.includes('$size') ? '$size: Int' : '',
      args.includes('$cursor') ? '$cursor: String' : '',
    ].filter(Boolean);
    const variables = declared.length ? `(${declared.join(', ')})` : '';
    return `query ${variables} { parent: ${list.query(ids).replace('LIST', selection)} }`;
  }

  async function fetchList(
    list: NestedList,
    args: string,
    variables: Record<string, unknown>,
  ): Promise<ConnectionJson> {
    const { data } = await ask(richerServer, listQuery(list, args), variables);
    return data.parent.list;
  }

  it.each(NESTED.map((list) => [list.name, list] as const))(
    '%s: first/after and last/before, totalCount',
    async (_name, list) => {
      const { dataset } = richerDataset();
      const full = await fetchList(list, 'first: 100', {});
      const count = list.expected(dataset);
      expect(count, 'the list has more than one page of one').toBeGreaterThanOrEqual(2);
      expect(full.totalCount).toBe(count);
      expect(full.edges).toHaveLength(count);
      expect(full.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      const expected = full.edges.map((edge) => edge.node);
      expect(new Set(expected.map((node) => JSON.stringify(node))).size, 'no item twice').toBe(count);

      for (const size of [1, 2]) {
        const forward = await pageForward(async (first, after) => {
          const page = await fetchList(list, 'first: $size, after: $cursor', { size: first, cursor: after });
          expect(page.totalCount).toBe(count);
          return page;
        }, size);
        expect(forward, `forwards by ${size}`).toEqual(expected);
        const backward = await pageBackward(async (last, before) => {
          const page = await fetchList(list, 'last: $size, before: $cursor', { size: last, cursor: before });
          expect(page.totalCount).toBe(count);
          return page;
        }, size);
        expect(backward, `backwards by ${size}`).toEqual(expected);
      }
    },
  );

  it.each(NESTED.map((list) => [list.name, list] as const))(
    '%s: a cursor of another list is BAD_USER_INPUT',
    async (_name, list) => {
      for (const direction of ['after', 'before']) {
        const { body } = await richerServer.graphql(listQuery(list, `first: 1, ${direction}: $cursor`), {
          cursor: foreignCursor,
        });
        expect(body.errors, JSON.stringify(body)).toHaveLength(1);
        expect(body.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: direction });
      }
    },
  );

  it('a cursor of a sibling list of the same parent is refused too (claims vs claimsAbout)', async () => {
    const claimsAbout = await fetchList(NESTED[1], 'first: 1', {});
    const { body } = await richerServer.graphql(listQuery(NESTED[0], 'after: $cursor'), {
      cursor: claimsAbout.pageInfo.endCursor,
    });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: 'after' });
  });

  it('first: 101 is BAD_USER_INPUT, on nested and root lists alike; first and last together too', async () => {
    for (const list of [NESTED[0], NESTED[5], NESTED[8]]) {
      const { body } = await richerServer.graphql(listQuery(list, 'first: 101'));
      expect(body.errors?.[0]?.extensions, list.name).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: 'first' });
    }
    for (const root of ['people', 'statements', 'claims', 'events', 'documents', 'relationships']) {
      const { error } = await askForError(server, `{ ${root}(first: 101) { totalCount } }`, 'BAD_USER_INPUT');
      expect(error.extensions?.argumentPath, root).toBe('first');
      const last = await askForError(server, `{ ${root}(last: 101) { totalCount } }`, 'BAD_USER_INPUT');
      expect(last.error.extensions?.argumentPath, root).toBe('last');
    }
    const both = await askForError(server, '{ statements(first: 1, last: 1) { totalCount } }', 'BAD_USER_INPUT');
    expect(both.error.message).toMatch(/first.*last|last.*first/);
  });
});
