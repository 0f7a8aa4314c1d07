/**
 * The article's questions, asked the way a fact-checker or a newsroom engineer would: a GraphQL query over HTTP
 * against a server seeded with the article's fixture, and the exact people, quotes and spans in the answer.
 *
 * Expected spans are computed here from the article's text (code points), never copied from the fixture.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/graphql/globalId.js';
import {
  ARTICLE_DOCUMENT_SLUG,
  codePointSlice,
  codePointSpan,
  readArticleText,
  readFixtureDataset,
  startTestServer,
  writeDatasetVariant,
  type DatasetVariant,
  type TestServer,
} from './support/testServer.js';

const ARTICLE = readArticleText();

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

type Json = any;

/** Runs a query that must succeed, and returns its data. */
async function ask(query: string, variables?: Record<string, unknown>): Promise<Json> {
  const { status, body } = await server.graphql(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data;
}

/** The code-point span of `exact`, which must occur exactly once in the article. */
function uniqueSpan(exact: string): { start: number; end: number } {
  const first = ARTICLE.indexOf(exact);
  expect(first, `${JSON.stringify(exact)} should be in the article`).toBeGreaterThanOrEqual(0);
  expect(ARTICLE.indexOf(exact, first + 1), `${JSON.stringify(exact)} should occur once`).toBe(-1);
  return codePointSpan(ARTICLE, exact);
}

interface EvidenceJson {
  start: number;
  end: number;
  exact: string;
  document: { slug: string };
}

/** The evidence is the article's span of `exact`, and its `exact` is the article's slice at [start, end). */
function expectArticleEvidence(evidence: EvidenceJson, exact: string): void {
  expect(evidence.document.slug).toBe(ARTICLE_DOCUMENT_SLUG);
  expect({ start: evidence.start, end: evidence.end }).toEqual(uniqueSpan(exact));
  expect(evidence.exact).toBe(exact);
  expect(evidence.exact).toBe(codePointSlice(ARTICLE, evidence.start, evidence.end));
}

const EVIDENCE = 'evidence { start end exact document { slug } }';

const STATEMENT_FIELDS = `
  id slug quote isDirectQuote attributionConfidence
  speaker { __typename id name }
  saidOn { iso precision }
  occasion { slug kind outlet { name } }
  mentions { stance entity { __typename name } }
  ${EVIDENCE}
`;

// The article's words, verbatim. West's paraphrase is what he said; "for not supporting him" is the article's.
const WEST_SELLOUT_PARAPHRASE = 'West called both Legend and Big Sean sellouts';
const SELLOUTS_NARRATION = 'West called both Legend and Big Sean sellouts for not supporting him';
const WEST_TWEETS_NARRATION =
  'West followed up with a series of bizarre tweets in which he seemed to emphasize independent thought while ' +
  'still maintaining his support for then-president Trump';
const WEST_DRINK_CHAMPS_QUOTE =
  'I know this man mama, bro. … I changed this man’s family. Both John Legend and Big Sean, when I ran for office, ' +
  'got used quick by the Democrats to come at they boy that actually changed they life. And that’s some sellout ' +
  'sh-t. And I don’t rock with neither of them and I need my apologies. I ain’t saying they gon’ change, but ' +
  'n-ggas is scared.';
const LEGEND_TWEET = 'reconsider aligning [himself] with Trump';
const LEGEND_CLARIFIES =
  'Legend clarifies that while he is a vocal supporter of many Democrats, including Joe Biden, his and West’s ' +
  'issues have nothing to do with West’s one-time support of Donald Trump, but rather because Legend didn’t ' +
  'endorse West in his 2020 presidential run';
const LEGEND_MURDOCH_VERSION =
  'What it got described as was, we stopped being friends because he supported Trump, which was a ' +
  'mischaracterization of what I said. That was kind of the Rupert Murdoch version of the story—it was all over ' +
  'the New York\u00a0Post\u00a0and Fox News.';

describe('who did West call a sellout?', () => {
  const query = `query ($speaker: String!) {
    statements(filter: { speaker: $speaker, stance: CRITICIZES, text: "sellout" }) {
      totalCount
      nodes { ${STATEMENT_FIELDS} }
    }
  }`;

  it('finds exactly John Legend and Big Sean, through the alias "Ye"', async () => {
    const data = await ask(query, { speaker: 'Ye' });
    const statements: Json[] = data.statements.nodes;
    expect(data.statements.totalCount).toBe(2);
    expect(statements.map((s) => s.quote)).toEqual([WEST_SELLOUT_PARAPHRASE, WEST_DRINK_CHAMPS_QUOTE]);
    for (const statement of statements) {
      expect(statement.speaker).toMatchObject({ __typename: 'Person', name: 'Kanye West' });
      expect(statement.saidOn).toEqual({ iso: '2020', precision: 'YEAR' });
      expect(statement.occasion).toEqual({
        slug: 'drink-champs-2020-episode',
        kind: 'PODCAST_EPISODE',
        outlet: { name: 'Drink Champs' },
      });
      expect(statement.evidence).toHaveLength(1);
      expectArticleEvidence(statement.evidence[0], statement.quote);
    }
    const calledSellouts = new Set(
      statements.flatMap((s) =>
        s.mentions
          .filter((m: Json) => m.stance === 'CRITICIZES' && m.entity.__typename === 'Person')
          .map((m: Json) => m.entity.name),
      ),
    );
    expect([...calledSellouts].sort()).toEqual(['Big Sean', 'John Legend']);
    // the article's own sentence names exactly the two of them
    expect(statements[0].mentions).toEqual([
      { stance: 'CRITICIZES', entity: { __typename: 'Person', name: 'John Legend' } },
      { stance: 'CRITICIZES', entity: { __typename: 'Person', name: 'Big Sean' } },
    ]);
    expect(statements[0]).toMatchObject({ isDirectQuote: false, attributionConfidence: 'PARAPHRASED_BY_SOURCE' });
    expect(statements[1]).toMatchObject({ isDirectQuote: true, attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE' });
  });

  it('gives the same answer for the slug, the other alias, the name in any case, and the global id', async () => {
    const viaAlias = await ask(query, { speaker: 'Ye' });
    const westId = viaAlias.statements.nodes[0].speaker.id;
    for (const speaker of ['kanye-west', 'West', 'KANYE WEST', ' ye ', westId]) {
      const data = await ask(query, { speaker });
      expect(
        data.statements.nodes.map((s: Json) => s.id),
        speaker,
      ).toEqual(viaAlias.statements.nodes.map((s: Json) => s.id));
    }
  });

  it('is also what the people criticized see from their side (statementsAbout with stance)', async () => {
    const data = await ask(`{
      legend: entity(name: "Legend") { statementsAbout(stance: CRITICIZES) { totalCount nodes { quote speaker { name } } } }
      sean: entity(name: "big sean") { statementsAbout(stance: CRITICIZES) { totalCount nodes { quote speaker { name } } } }
    }`);
    for (const side of [data.legend, data.sean]) {
      expect(side.statementsAbout.totalCount).toBe(2);
      expect(side.statementsAbout.nodes).toEqual([
        { quote: WEST_SELLOUT_PARAPHRASE, speaker: { name: 'Kanye West' } },
        { quote: WEST_DRINK_CHAMPS_QUOTE, speaker: { name: 'Kanye West' } },
      ]);
    }
  });
});

describe('what did Legend say about Trump?', () => {
  it('returns his exact words, oldest first, including the 2018 tweet', async () => {
    const data = await ask(`{
      statements(filter: { speaker: "john-legend", about: "Trump" }) { totalCount nodes { ${STATEMENT_FIELDS} } }
    }`);
    const statements: Json[] = data.statements.nodes;
    expect(data.statements.totalCount).toBe(3);
    expect(statements.map((s) => s.quote)).toEqual([LEGEND_TWEET, LEGEND_CLARIFIES, LEGEND_MURDOCH_VERSION]);
    for (const statement of statements) {
      expect(statement.speaker.name).toBe('John Legend');
      expectArticleEvidence(statement.evidence[0], statement.quote);
      expect(statement.mentions).toContainEqual(
        expect.objectContaining({ entity: { __typename: 'Person', name: 'Donald Trump' } }),
      );
    }
    const [tweet, clarifies, murdoch] = statements;
    // the tweet: a direct quote of 2018, on Twitter, opposing Trump
    expect(tweet).toMatchObject({ isDirectQuote: true, saidOn: { iso: '2018', precision: 'YEAR' } });
    expect(tweet.occasion).toEqual({ slug: 'tweets-2018', kind: 'SOCIAL_MEDIA_POST', outlet: { name: 'Twitter' } });
    expect(tweet.mentions.find((m: Json) => m.entity.name === 'Donald Trump').stance).toBe('OPPOSES');
    // the New Yorker interview: a paraphrase by The Source and a direct quote, undated
    expect(clarifies).toMatchObject({
      isDirectQuote: false,
      saidOn: null,
      occasion: { slug: 'legend-new-yorker-interview' },
    });
    expect(murdoch).toMatchObject({
      isDirectQuote: true,
      saidOn: null,
      occasion: { slug: 'legend-new-yorker-interview' },
    });
  });

  it('gives the same statements for every way of naming Trump and Legend', async () => {
    const slugsFor = async (speaker: string, about: string) =>
      (
        await ask(
          `query ($speaker: String!, $about: String!) {
        statements(filter: { speaker: $speaker, about: $about }) { nodes { slug } }
      }`,
          { speaker, about },
        )
      ).statements.nodes.map((s: Json) => s.slug);
    const expected = await slugsFor('john-legend', 'Trump');
    expect(await slugsFor('Legend', 'donald-trump')).toEqual(expected);
    expect(await slugsFor('JOHN LEGEND', 'Donald Trump')).toEqual(expected);
  });

  it('narrows to his direct quotes', async () => {
    const data = await ask(`{
      statements(filter: { speaker: "john-legend", about: "Trump", directQuotesOnly: true }) { nodes { quote } }
    }`);
    expect(data.statements.nodes.map((s: Json) => s.quote)).toEqual([LEGEND_TWEET, LEGEND_MURDOCH_VERSION]);
  });
});

describe('which claims are unreviewed?', () => {
  const CLAIM_TEXTS = [
    'John Legend and Kanye West stopped being friends because West supported Donald Trump.',
    'The strain in John Legend’s friendship with Kanye West came from Legend not supporting West’s 2020 run for president and supporting Joe Biden.',
    'Kanye West changed the lives of John Legend and Big Sean.',
    'When Kanye West ran for office, the Democrats used John Legend and Big Sean to attack him.',
    'Kanye West received about 60,000 votes out of an estimated total of 160 million in the 2020 [election].',
  ];

  it('lists all five claims, each UNREVIEWED, with no reviews', async () => {
    const data = await ask(`{
      claims(filter: { status: UNREVIEWED }) { totalCount nodes { text status reviews { totalCount nodes { id } } } }
      reviewed: claims(filter: { status: REVIEWED }) { totalCount nodes { text } }
      all: claims { totalCount }
    }`);
    expect(data.claims.totalCount).toBe(5);
    expect(data.claims.nodes.map((c: Json) => c.text)).toEqual(CLAIM_TEXTS);
    for (const claim of data.claims.nodes)
      expect(claim).toMatchObject({ status: 'UNREVIEWED', reviews: { totalCount: 0, nodes: [] } });
    expect(data.reviewed).toEqual({ totalCount: 0, nodes: [] });
    expect(data.all.totalCount).toBe(5);
  });

  it("knows who makes them and where they appear, Legend's dispute included", async () => {
    const data = await ask(`{
      claims { nodes { slug claimant { name } about { name } disputedBy { nodes { slug quote } } appearances { nodes { statement { slug } ${EVIDENCE} } } } }
    }`);
    const bySlug = new Map<string, Json>(data.claims.nodes.map((c: Json) => [c.slug, c]));
    expect(bySlug.get('fell-out-over-trump').claimant.name).toBe('New York Post');
    expect(bySlug.get('fell-out-over-trump').disputedBy.nodes.map((s: Json) => s.quote)).toEqual([
      LEGEND_CLARIFIES,
      LEGEND_MURDOCH_VERSION,
    ]);
    expect(bySlug.get('used-by-democrats').claimant.name).toBe('Kanye West');
    expect(bySlug.get('used-by-democrats').about.map((e: Json) => e.name)).toEqual([
      'John Legend',
      'Big Sean',
      'The Democrats',
      'Kanye West',
    ]);
    const [fellOutInArticle, fellOutInQuote] = bySlug.get('fell-out-over-trump').appearances.nodes;
    expect(fellOutInArticle.statement).toBeNull();
    expectArticleEvidence(
      fellOutInArticle.evidence,
      'it appeared that famous artists John Legend and Kanye West had a traditional Democrat vs. Republican fallout',
    );
    expect(fellOutInQuote.statement.slug).toBe('legend-murdoch-version-mischaracterization');
    expectArticleEvidence(fellOutInQuote.evidence, 'we stopped being friends because he supported Trump');
  });
});

describe('which outlets are mentioned?', () => {
  it('lists the six outlets by name, with their kinds and where the article names them', async () => {
    const data = await ask(
      `{ outlets { totalCount nodes { name kind entityType evidence { start end exact document { slug } } } } }`,
    );
    expect(data.outlets.totalCount).toBe(6);
    expect(data.outlets.nodes.map((o: Json) => [o.name, o.kind])).toEqual([
      ['Drink Champs', 'PODCAST'],
      ['Fox News', 'TV_NETWORK'],
      ['New York Post', 'NEWSPAPER'],
      ['The New Yorker', 'MAGAZINE'],
      ['The Source', 'WEBSITE'],
      ['Twitter', 'SOCIAL_NETWORK'],
    ]);
    for (const outlet of data.outlets.nodes) {
      expect(outlet.entityType).toBe('OUTLET');
      expect(outlet.evidence.length).toBeGreaterThan(0);
      for (const evidence of outlet.evidence) {
        expect(evidence.document.slug).toBe(ARTICLE_DOCUMENT_SLUG);
        expect(evidence.exact).toBe(codePointSlice(ARTICLE, evidence.start, evidence.end));
      }
    }
    const foxNews = data.outlets.nodes.find((o: Json) => o.name === 'Fox News');
    expectArticleEvidence(foxNews.evidence[0], 'Fox News');
  });
});

describe('where does the "60,000 votes" claim come from?', () => {
  it('is The Source speaking in its own voice, in the article it publishes, at the exact sentence', async () => {
    const data = await ask(`{
      claims(filter: { claimant: "The Source" }) {
        totalCount
        nodes {
          text status
          claimant { __typename name }
          about { name }
          appearances {
            totalCount
            nodes {
              statement { slug }
              voice { kind entity { name } document { slug } }
              document { slug title isHeld text length sha256 outlet { name } }
              evidence { start end exact prefix suffix document { slug } }
            }
          }
        }
      }
    }`);
    expect(data.claims.totalCount).toBe(1);
    const [claim] = data.claims.nodes;
    expect(claim.text).toBe(
      'Kanye West received about 60,000 votes out of an estimated total of 160 million in the 2020 [election].',
    );
    expect(claim.claimant).toEqual({ __typename: 'Outlet', name: 'The Source' });
    expect(claim.about).toEqual([{ name: 'Kanye West' }]);
    expect(claim.appearances.totalCount).toBe(1);
    const [appearance] = claim.appearances.nodes;
    expect(appearance.statement).toBeNull();
    // no statement: the article's own voice, which is its outlet's
    expect(appearance.voice).toEqual({
      kind: 'DOCUMENT',
      entity: { name: 'The Source' },
      document: { slug: ARTICLE_DOCUMENT_SLUG },
    });
    expect(appearance.document).toEqual({
      slug: ARTICLE_DOCUMENT_SLUG,
      title: readFixtureDataset().documents.find((d) => d.slug === ARTICLE_DOCUMENT_SLUG)!.title,
      isHeld: true,
      text: ARTICLE,
      length: Array.from(ARTICLE).length,
      sha256: createHash('sha256').update(ARTICLE, 'utf8').digest('hex'),
      outlet: { name: 'The Source' },
    });
    // the article's last sentence, without its full stop
    const sentenceStart = ARTICLE.indexOf('West received about 60,000 votes');
    const sentence = ARTICLE.slice(sentenceStart, ARTICLE.indexOf('.', sentenceStart));
    expect(sentence).toBe('West received about 60,000 votes out of an estimated total of 160 million in the 2020');
    expectArticleEvidence(appearance.evidence, sentence);
    const { start, end } = appearance.evidence;
    expect(appearance.evidence.prefix).toBe(codePointSlice(ARTICLE, Math.max(0, start - 32), start));
    expect(appearance.evidence.suffix).toBe(codePointSlice(ARTICLE, end, end + 32));
    expect(appearance.evidence.suffix).toBe('.');
  });
});

describe('entity lookup by slug, name or alias', () => {
  it('resolves "ye", "KANYE-WEST", "West" and the global id to Kanye West', async () => {
    const data = await ask(`{
      a: entity(name: "ye") { __typename id slug name aliases }
      b: entity(name: "KANYE-WEST") { id }
      c: entity(name: "West") { id }
      d: entity(name: "  kanye west  ") { id }
    }`);
    expect(data.a).toMatchObject({
      __typename: 'Person',
      slug: 'kanye-west',
      name: 'Kanye West',
      aliases: ['Ye', 'West'],
    });
    for (const other of [data.b, data.c, data.d]) expect(other.id).toBe(data.a.id);
    const byId = await ask(`query ($id: String!) { entity(name: $id) { slug } }`, { id: data.a.id });
    expect(byId.entity.slug).toBe('kanye-west');
  });

  it('finds organizations and outlets by alias, and answers null (no error) for an unknown name', async () => {
    const data = await ask(`{
      democrat: entity(name: "Democrat") { __typename name ... on Organization { kind } }
      newYorker: entity(name: "new yorker") { __typename name }
      nobody: entity(name: "Nobody At All") { name }
    }`);
    expect(data.democrat).toEqual({ __typename: 'Organization', name: 'The Democrats', kind: 'POLITICAL_PARTY' });
    expect(data.newYorker).toEqual({ __typename: 'Outlet', name: 'The New Yorker' });
    expect(data.nobody).toBeNull();
  });
});

describe('links hold both ways', () => {
  it("a speaker's statements are exactly the statements whose speaker it is", async () => {
    const entityStatements = '{ nodes { id statements(first: 100) { totalCount nodes { id speaker { id } } } } }';
    const data = await ask(`{
      people ${entityStatements}
      outlets ${entityStatements}
      organizations ${entityStatements}
      statements(first: 100) { totalCount nodes { id speaker { id } } }
    }`);
    const speakers = [...data.people.nodes, ...data.outlets.nodes, ...data.organizations.nodes];
    const fromSpeakers: string[] = [];
    for (const speaker of speakers) {
      expect(speaker.statements.totalCount).toBe(speaker.statements.nodes.length);
      for (const statement of speaker.statements.nodes) {
        expect(statement.speaker.id).toBe(speaker.id);
        fromSpeakers.push(statement.id);
      }
    }
    expect(data.statements.totalCount).toBe(10);
    expect(fromSpeakers.sort()).toEqual(data.statements.nodes.map((s: Json) => s.id).sort());
    const counts = Object.fromEntries(
      speakers.filter((s: Json) => s.statements.totalCount > 0).map((s: Json) => [s.id, s.statements.totalCount]),
    );
    const idOf = async (name: string) =>
      (await ask(`query ($name: String!) { entity(name: $name) { id } }`, { name })).entity.id;
    // The Source speaks twice, in its own voice: the narration of West's tweets and of his "sellouts" remark
    expect(counts).toEqual({
      [await idOf('Legend')]: 5,
      [await idOf('Ye')]: 2,
      [await idOf('New Yorker')]: 1,
      [await idOf('The Source')]: 2,
    });
  });

  it("a statement's occasion lists the statement, and an event's statements have it as occasion", async () => {
    const data = await ask(`{
      statements(first: 100) { nodes { id slug occasion { id slug } } }
      events(first: 100) { nodes { id slug statements(first: 100) { totalCount nodes { id slug occasion { id } } } } }
    }`);
    const pairsFromStatements = data.statements.nodes
      .filter((s: Json) => s.occasion !== null)
      .map((s: Json) => `${s.occasion.id} ${s.id}`)
      .sort();
    const pairsFromEvents: string[] = [];
    for (const event of data.events.nodes) {
      expect(event.statements.totalCount).toBe(event.statements.nodes.length);
      for (const statement of event.statements.nodes) {
        expect(statement.occasion.id).toBe(event.id);
        pairsFromEvents.push(`${event.id} ${statement.id}`);
      }
    }
    expect(pairsFromEvents.sort()).toEqual(pairsFromStatements);
    const slugsOf = (eventSlug: string) =>
      data.events.nodes.find((e: Json) => e.slug === eventSlug).statements.nodes.map((s: Json) => s.slug);
    expect(slugsOf('drink-champs-2020-episode')).toEqual([
      'west-calls-legend-big-sean-sellouts',
      'west-drink-champs-quote',
    ]);
    // West's follow-up tweets are known only from the article's narration, which was not said at the tweets
    expect(slugsOf('tweets-2018')).toEqual(['legend-tweet-reconsider-trump']);
    expect(slugsOf('legend-new-yorker-interview')).toEqual([
      'legend-clarifies-not-about-trump',
      'legend-murdoch-version-mischaracterization',
      'legend-real-impetus',
      'legend-supported-joe-biden',
      'new-yorker-west-unreachable',
    ]);
  });

  it("a claim's disputedBy and a statement's disputes agree", async () => {
    const data = await ask(`{
      claims { nodes { id slug disputedBy(first: 100) { totalCount nodes { id } } } }
      statements(first: 100) { nodes { id slug disputes { id } } }
    }`);
    const fromClaims = data.claims.nodes
      .flatMap((c: Json) => c.disputedBy.nodes.map((s: Json) => `${c.id} ${s.id}`))
      .sort();
    const fromStatements = data.statements.nodes
      .flatMap((s: Json) => s.disputes.map((c: Json) => `${c.id} ${s.id}`))
      .sort();
    expect(fromClaims).toEqual(fromStatements);
    const disputers = data.statements.nodes.filter((s: Json) => s.disputes.length > 0).map((s: Json) => s.slug);
    expect(disputers).toEqual(['legend-clarifies-not-about-trump', 'legend-murdoch-version-mischaracterization']);
    expect(fromClaims).toHaveLength(2);
  });

  it("a statement's claims and a claim's appearances agree", async () => {
    const data = await ask(`{
      claims { nodes { id appearances(first: 100) { nodes { statement { id } } } } }
      statements(first: 100) { nodes { id slug claims(first: 100) { nodes { id slug } } } }
    }`);
    const fromClaims = new Set<string>(
      data.claims.nodes.flatMap((c: Json) =>
        c.appearances.nodes.filter((a: Json) => a.statement !== null).map((a: Json) => `${c.id} ${a.statement.id}`),
      ),
    );
    const fromStatements = new Set<string>(
      data.statements.nodes.flatMap((s: Json) => s.claims.nodes.map((c: Json) => `${c.id} ${s.id}`)),
    );
    expect([...fromStatements].sort()).toEqual([...fromClaims].sort());
    const quote = data.statements.nodes.find((s: Json) => s.slug === 'west-drink-champs-quote');
    expect(quote.claims.nodes.map((c: Json) => c.slug)).toEqual(['west-changed-their-lives', 'used-by-democrats']);
  });

  it("responses hold both ways; West's follow-up tweets, known only from the narration, are no response by West", async () => {
    const data = await ask(`{
      statements(first: 100) { nodes { id slug respondsTo { id } responses(first: 100) { nodes { id } } } }
      tweets: statements(filter: { event: "tweets-2018" }) { nodes { slug respondsTo { slug } responses { nodes { slug } } } }
    }`);
    const fromResponses = data.statements.nodes
      .flatMap((s: Json) => s.respondsTo.map((earlier: Json) => `${earlier.id} ${s.id}`))
      .sort();
    const fromEarlier = data.statements.nodes
      .flatMap((s: Json) => s.responses.nodes.map((later: Json) => `${s.id} ${later.id}`))
      .sort();
    expect(fromResponses).toEqual(fromEarlier);
    expect(data.tweets.nodes).toEqual([
      { slug: 'legend-tweet-reconsider-trump', respondsTo: [], responses: { nodes: [] } },
    ]);
  });

  it("an outlet's documents are exactly the documents it published", async () => {
    const data = await ask(`{
      outlets { nodes { id slug documents { totalCount nodes { id slug outlet { id } } } } }
      documents { totalCount nodes { id slug outlet { id } } }
    }`);
    const fromOutlets: string[] = [];
    for (const outlet of data.outlets.nodes) {
      expect(outlet.documents.totalCount).toBe(outlet.documents.nodes.length);
      for (const document of outlet.documents.nodes) {
        expect(document.outlet.id).toBe(outlet.id);
        fromOutlets.push(`${outlet.id} ${document.id}`);
      }
    }
    const fromDocuments = data.documents.nodes
      .filter((d: Json) => d.outlet !== null)
      .map((d: Json) => `${d.outlet.id} ${d.id}`)
      .sort();
    expect(fromOutlets.sort()).toEqual(fromDocuments);
    expect(data.documents.totalCount).toBe(3);
    const documentsOf = (slug: string) =>
      data.outlets.nodes.find((o: Json) => o.slug === slug).documents.nodes.map((d: Json) => d.slug);
    expect(documentsOf('the-source')).toEqual([ARTICLE_DOCUMENT_SLUG]);
    expect(documentsOf('the-new-yorker')).toEqual(['new-yorker-legend-interview-doc']);
    expect(documentsOf('drink-champs')).toEqual(['drink-champs-2020-episode-doc']);
    expect(documentsOf('fox-news')).toEqual([]);
  });

  it("an event's participants list it among their events", async () => {
    const entityEvents = '{ nodes { id events(first: 100) { nodes { id } } } }';
    const data = await ask(`{
      events(first: 100) { totalCount nodes { id slug participants { id name } } }
      people ${entityEvents}
      outlets ${entityEvents}
      organizations ${entityEvents}
    }`);
    const fromEvents = data.events.nodes
      .flatMap((e: Json) => e.participants.map((p: Json) => `${e.id} ${p.id}`))
      .sort();
    const fromEntities = [...data.people.nodes, ...data.outlets.nodes, ...data.organizations.nodes]
      .flatMap((entity: Json) => entity.events.nodes.map((e: Json) => `${e.id} ${entity.id}`))
      .sort();
    expect(fromEntities).toEqual(fromEvents);
    expect(data.events.totalCount).toBe(6);
    const tweets = data.events.nodes.find((e: Json) => e.slug === 'tweets-2018');
    expect(tweets.participants.map((p: Json) => p.name)).toEqual(['John Legend', 'Kanye West']);
  });

  it('the Legend–West friendship is one relationship, ACTIVE then STRAINED, each state with its evidence', async () => {
    const relationshipFields = `
      id slug type assertion status start { iso } end { iso }
      from { name } to { name }
      states { status start { iso precision } end { iso } ${EVIDENCE} }
      ${EVIDENCE}`;
    const data = await ask(`{
      legend: entity(name: "john-legend") { relationships(first: 100) { nodes { ${relationshipFields} } } }
      west: entity(name: "Ye") { relationships(first: 100) { nodes { id type } } }
    }`);
    const friendships = data.legend.relationships.nodes.filter((r: Json) => r.type === 'FRIENDSHIP');
    expect(friendships).toHaveLength(1);
    const [friendship] = friendships;
    expect(friendship).toMatchObject({
      from: { name: 'John Legend' },
      to: { name: 'Kanye West' },
      assertion: 'STATED',
      status: 'STRAINED',
      start: null,
      end: null,
    });
    expect(friendship.states.map((s: Json) => s.status)).toEqual(['ACTIVE', 'STRAINED']);
    const [active, strained] = friendship.states;
    expect(active.start).toBeNull();
    expect(strained.start).toEqual({ iso: '2020', precision: 'YEAR' });
    expectArticleEvidence(active.evidence[0], 'the closest of friends');
    expectArticleEvidence(strained.evidence[0], 'the real impetus for us having a strain in our friendship');
    expectArticleEvidence(strained.evidence[1], 'I don’t rock with neither of them');
    // the relationship's evidence is that of its states, in order
    expect(friendship.evidence).toEqual([...active.evidence, ...strained.evidence]);
    // and West sees the same relationship from the other end
    expect(data.west.relationships.nodes).toContainEqual({ id: friendship.id, type: 'FRIENDSHIP' });
  });
});

describe('node(id) round-trips', () => {
  const NODE_FIELDS = `
    __typename id
    ... on Person { slug }
    ... on Outlet { slug }
    ... on Organization { slug }
    ... on Event { slug }
    ... on Document { slug }
    ... on Statement { slug }
    ... on Claim { slug }
    ... on ClaimReview { slug }
    ... on Relationship { slug }
  `;

  it('fetches every kind of node of the article by its id, and nodes(ids) in the order asked', async () => {
    const data = await ask(`{
      people(first: 1) { nodes { __typename id slug } }
      outlets(first: 1) { nodes { __typename id slug } }
      organizations(first: 1) { nodes { __typename id slug } }
      events(first: 1) { nodes { __typename id slug } }
      documents(first: 1) { nodes { __typename id slug } }
      statements(first: 1) { nodes { __typename id slug } }
      claims(first: 1) { nodes { __typename id slug } }
      relationships(first: 1) { nodes { __typename id slug } }
    }`);
    const expected: Json[] = [
      data.people.nodes[0],
      data.outlets.nodes[0],
      data.organizations.nodes[0],
      data.events.nodes[0],
      data.documents.nodes[0],
      data.statements.nodes[0],
      data.claims.nodes[0],
      data.relationships.nodes[0],
    ];
    expect(expected.map((n) => n.__typename)).toEqual([
      'Person',
      'Outlet',
      'Organization',
      'Event',
      'Document',
      'Statement',
      'Claim',
      'Relationship',
    ]);
    for (const node of expected) {
      const fetched = await ask(`query ($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, { id: node.id });
      expect(fetched.node).toEqual(node);
    }
    const ids = expected.map((n) => n.id).reverse();
    const many = await ask(`query ($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`, { ids });
    expect(many.nodes).toEqual([...expected].reverse());
  });

  it('fetches a ClaimReview by its id (on a copy of the fixture with one review, since the article has none)', async () => {
    const dataset = readFixtureDataset();
    const claim = dataset.claims.find((c) => c.slug === 'west-60000-votes')!;
    claim.status = 'REVIEWED';
    dataset.reviews = [
      {
        slug: 'test-review-of-60000-votes',
        claim: 'west-60000-votes',
        ratingValue: 4,
        ratingLabel: 'Mostly true',
        explanation: 'A review written for this test only.',
        reviewer: 'claimgraph tests',
        reviewedAt: '2024-05-01T12:00:00Z',
        sources: [{ url: 'https://example.org/test-source', title: 'A test source' }],
      },
    ];
    let variant: DatasetVariant | undefined;
    let reviewed: TestServer | undefined;
    try {
      variant = writeDatasetVariant(dataset);
      reviewed = await startTestServer({ seedDataset: variant.datasetFile });
      const listed = await reviewed.graphql(`{
        claims(filter: { status: REVIEWED }) { nodes { slug reviews { nodes { __typename id slug ratingValue ratingLabel claim { slug } } } } }
      }`);
      expect(listed.body.errors).toBeUndefined();
      const [review] = listed.body.data.claims.nodes[0].reviews.nodes;
      expect(review).toMatchObject({
        __typename: 'ClaimReview',
        slug: 'test-review-of-60000-votes',
        ratingValue: 4,
        claim: { slug: 'west-60000-votes' },
      });
      const fetched = await reviewed.graphql(`query ($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`, {
        id: review.id,
      });
      expect(fetched.body.errors).toBeUndefined();
      expect(fetched.body.data.node).toEqual({ __typename: 'ClaimReview', id: review.id, slug: review.slug });
    } finally {
      await reviewed?.close();
      variant?.remove();
    }
  });

  it('gives every statement a distinct id that round-trips', async () => {
    const data = await ask(`{ statements(first: 100) { nodes { id slug } } }`);
    const ids: string[] = data.statements.nodes.map((s: Json) => s.id);
    expect(new Set(ids).size).toBe(10);
    const many = await ask(`query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Statement { slug } } }`, { ids });
    expect(many.nodes).toEqual(data.statements.nodes);
  });
});

describe('Relay paging on statements', () => {
  const PAGE = `
    totalCount
    edges { cursor node { slug } }
    nodes { slug }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  `;

  async function fullList(orderBy: string): Promise<string[]> {
    const data = await ask(
      `query ($orderBy: StatementOrder) { statements(orderBy: $orderBy, first: 100) { ${PAGE} } }`,
      { orderBy },
    );
    expect(data.statements.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    expect(data.statements.totalCount).toBe(10);
    return data.statements.nodes.map((s: Json) => s.slug);
  }

  for (const orderBy of ['SAID_ON_ASC', 'SAID_ON_DESC']) {
    it(`pages forwards with first/after with no overlap and no gap (${orderBy})`, async () => {
      const full = await fullList(orderBy);
      const seen: string[] = [];
      let after: string | null = null;
      for (let pageNumber = 0; ; pageNumber++) {
        expect(pageNumber).toBeLessThan(9);
        const data = await ask(
          `query ($orderBy: StatementOrder, $after: String) { statements(orderBy: $orderBy, first: 2, after: $after) { ${PAGE} } }`,
          { orderBy, after },
        );
        const page = data.statements;
        expect(page.totalCount).toBe(10);
        expect(page.nodes).toEqual(page.edges.map((e: Json) => e.node));
        expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
        expect(page.pageInfo.endCursor).toBe(page.edges.at(-1).cursor);
        expect(page.pageInfo.hasPreviousPage).toBe(pageNumber > 0);
        seen.push(...page.nodes.map((s: Json) => s.slug));
        expect(page.pageInfo.hasNextPage).toBe(seen.length < full.length);
        if (!page.pageInfo.hasNextPage) break;
        expect(page.nodes).toHaveLength(2);
        after = page.pageInfo.endCursor;
      }
      expect(seen).toEqual(full);
    });

    it(`pages backwards with last/before with no overlap and no gap (${orderBy})`, async () => {
      const full = await fullList(orderBy);
      let seen: string[] = [];
      let before: string | null = null;
      for (let pageNumber = 0; ; pageNumber++) {
        expect(pageNumber).toBeLessThan(9);
        const data = await ask(
          `query ($orderBy: StatementOrder, $before: String) { statements(orderBy: $orderBy, last: 2, before: $before) { ${PAGE} } }`,
          { orderBy, before },
        );
        const page = data.statements;
        expect(page.totalCount).toBe(10);
        expect(page.pageInfo.hasNextPage).toBe(pageNumber > 0);
        seen = [...page.nodes.map((s: Json) => s.slug), ...seen];
        expect(page.pageInfo.hasPreviousPage).toBe(seen.length < full.length);
        if (!page.pageInfo.hasPreviousPage) break;
        before = page.pageInfo.startCursor;
      }
      expect(seen).toEqual(full);
    });
  }

  it('pages between two cursors, and with a filter', async () => {
    const full = await fullList('SAID_ON_ASC');
    const all = await ask(`{ statements(first: 100) { edges { cursor node { slug } } } }`);
    const edges: Json[] = all.statements.edges;
    const between = await ask(
      `query ($after: String, $before: String) {
      statements(after: $after, before: $before) { nodes { slug } }
    }`,
      { after: edges[1].cursor, before: edges[6].cursor },
    );
    expect(between.statements.nodes.map((s: Json) => s.slug)).toEqual(full.slice(2, 6));

    const legendAll = await ask(`{ statements(filter: { speaker: "Legend" }, first: 100) { nodes { slug } } }`);
    const legendFull = legendAll.statements.nodes.map((s: Json) => s.slug);
    expect(legendFull).toHaveLength(5);
    const first = await ask(
      `{ statements(filter: { speaker: "Legend" }, first: 3) { totalCount pageInfo { hasNextPage endCursor } nodes { slug } } }`,
    );
    expect(first.statements.totalCount).toBe(5);
    expect(first.statements.pageInfo.hasNextPage).toBe(true);
    const rest = await ask(
      `query ($after: String) {
      statements(filter: { speaker: "Legend" }, first: 3, after: $after) { totalCount pageInfo { hasNextPage } nodes { slug } }
    }`,
      { after: first.statements.pageInfo.endCursor },
    );
    expect(rest.statements.pageInfo.hasNextPage).toBe(false);
    expect([...first.statements.nodes, ...rest.statements.nodes].map((s: Json) => s.slug)).toEqual(legendFull);
  });

  it("pages a speaker's own statement list too", async () => {
    const all = await ask(`{ entity(name: "Legend") { statements(first: 100) { totalCount nodes { slug } } } }`);
    const full = all.entity.statements.nodes.map((s: Json) => s.slug);
    expect(all.entity.statements.totalCount).toBe(5);
    const first = await ask(
      `{ entity(name: "Legend") { statements(first: 2) { pageInfo { hasNextPage endCursor } nodes { slug } } } }`,
    );
    const second = await ask(
      `query ($after: String) {
      entity(name: "Legend") { statements(first: 10, after: $after) { pageInfo { hasNextPage hasPreviousPage } nodes { slug } } }
    }`,
      { after: first.entity.statements.pageInfo.endCursor },
    );
    expect(first.entity.statements.pageInfo.hasNextPage).toBe(true);
    expect(second.entity.statements.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    expect([...first.entity.statements.nodes, ...second.entity.statements.nodes].map((s: Json) => s.slug)).toEqual(
      full,
    );
  });
});

describe('statement filters', () => {
  async function slugs(filter: string, orderBy = 'SAID_ON_ASC'): Promise<string[]> {
    const data = await ask(
      `{ statements(filter: ${filter}, orderBy: ${orderBy}, first: 100) { totalCount nodes { slug } } }`,
    );
    expect(data.statements.totalCount).toBe(data.statements.nodes.length);
    return data.statements.nodes.map((s: Json) => s.slug);
  }

  it('saidFrom: "2020" keeps the statements dated 2020 (undated ones are not known to be from 2020)', async () => {
    expect(await slugs('{ saidFrom: "2020" }')).toEqual([
      'west-calls-legend-big-sean-sellouts',
      'west-drink-champs-quote',
    ]);
    // the tweet is known by 2018; the article's narration of West's answer is undated
    expect(await slugs('{ saidTo: "2018" }')).toEqual(['legend-tweet-reconsider-trump']);
    // "2018" may fall after June 2018: a year-precision date is a range
    expect(await slugs('{ saidFrom: "2018-06", saidTo: "2019-12-31" }')).toEqual(['legend-tweet-reconsider-trump']);
    expect(await slugs('{ saidFrom: "2021" }')).toEqual([]);
  });

  it('directQuotesOnly: true gives the verbatim quotes; false the paraphrases and the narration', async () => {
    const data = await ask(`{
      quotes: statements(filter: { directQuotesOnly: true }) { totalCount nodes { quote isDirectQuote ${EVIDENCE} } }
      paraphrases: statements(filter: { directQuotesOnly: false }) { totalCount nodes { slug isDirectQuote } }
    }`);
    expect(data.quotes.totalCount).toBe(5);
    // narration is the document's own words, not a quotation of anyone
    expect(data.paraphrases.totalCount).toBe(5);
    for (const quote of data.quotes.nodes) {
      expect(quote.isDirectQuote).toBe(true);
      // a direct quote is verbatim: its words are exactly the article's span
      expectArticleEvidence(quote.evidence[0], quote.quote);
    }
    expect(data.quotes.nodes.map((s: Json) => s.quote)).toContain(LEGEND_TWEET);
    expect(data.quotes.nodes.map((s: Json) => s.quote)).toContain(WEST_DRINK_CHAMPS_QUOTE);
    for (const paraphrase of data.paraphrases.nodes) expect(paraphrase.isDirectQuote).toBe(false);
  });

  it('text: "sellout" matches the words, case-insensitively', async () => {
    const expected = [
      'west-calls-legend-big-sean-sellouts',
      'west-drink-champs-quote',
      'thesource-sellouts-for-not-supporting',
    ];
    expect(await slugs('{ text: "sellout" }')).toEqual(expected);
    expect(await slugs('{ text: "SELLOUT" }')).toEqual(expected);
    expect(await slugs('{ text: "mischaracterization" }')).toEqual(['legend-murdoch-version-mischaracterization']);
    expect(await slugs('{ text: "no such words anywhere" }')).toEqual([]);
  });

  it('event: takes a slug or a global id', async () => {
    const expected = ['west-calls-legend-big-sean-sellouts', 'west-drink-champs-quote'];
    expect(await slugs('{ event: "drink-champs-2020-episode" }')).toEqual(expected);
    const event = await ask(
      `{ statements(filter: { event: "drink-champs-2020-episode" }, first: 1) { nodes { occasion { id } } } }`,
    );
    expect(await slugs(`{ event: ${JSON.stringify(event.statements.nodes[0].occasion.id)} }`)).toEqual(expected);
  });

  it('outlet: "the-new-yorker" gives what was said in the New Yorker interview', async () => {
    expect(await slugs('{ outlet: "the-new-yorker" }')).toEqual([
      'legend-clarifies-not-about-trump',
      'legend-murdoch-version-mischaracterization',
      'legend-real-impetus',
      'legend-supported-joe-biden',
      'new-yorker-west-unreachable',
    ]);
    expect(await slugs('{ outlet: "Twitter" }')).toEqual(['legend-tweet-reconsider-trump']);
    // The Source reports every statement: it published the article that carries them
    expect(await slugs('{ outlet: "the-source" }')).toHaveLength(10);
  });

  it('filters combine with AND', async () => {
    expect(await slugs('{ speaker: "Ye", saidFrom: "2020", directQuotesOnly: true }')).toEqual([
      'west-drink-champs-quote',
    ]);
    expect(await slugs('{ about: "Joe Biden", stance: SUPPORTS }')).toEqual([
      'legend-clarifies-not-about-trump',
      'legend-supported-joe-biden',
    ]);
    expect(await slugs('{ outlet: "the-new-yorker", speaker: "the-new-yorker" }')).toEqual([
      'new-yorker-west-unreachable',
    ]);
  });

  it('orderBy: SAID_ON_DESC is newest first, undated first, the exact reverse of SAID_ON_ASC', async () => {
    const data = await ask(`{
      asc: statements(first: 100) { nodes { slug saidOn { iso } } }
      desc: statements(orderBy: SAID_ON_DESC, first: 100) { nodes { slug saidOn { iso } } }
    }`);
    expect(data.desc.nodes).toEqual([...data.asc.nodes].reverse());
    expect(data.desc.nodes.map((s: Json) => s.saidOn?.iso ?? null)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      '2020',
      '2020',
      '2018',
    ]);
  });
});

describe('whose words, and how each fact is known', () => {
  const BASIS = 'kind reason evidence { start end exact document { slug } } sources { url } documents { slug }';
  const VOICE = 'voice { kind entity { slug name } document { slug } }';

  it('the "bizarre tweets" are The Source narrating, in its own voice, not West speaking', async () => {
    const data = await ask(`{
      narration: statements(filter: { text: "bizarre tweets" }) {
        nodes { slug quote isDirectQuote attributionConfidence speaker { slug } ${VOICE} ${EVIDENCE} }
      }
      west: statements(filter: { speaker: "Ye" }, first: 100) { nodes { slug } }
    }`);
    expect(data.narration.nodes).toHaveLength(1);
    const [narration] = data.narration.nodes;
    expect(narration).toMatchObject({
      quote: WEST_TWEETS_NARRATION,
      isDirectQuote: false,
      attributionConfidence: 'NARRATED_BY_SOURCE',
      speaker: { slug: 'the-source' },
      voice: {
        kind: 'DOCUMENT',
        entity: { slug: 'the-source', name: 'The Source' },
        document: { slug: ARTICLE_DOCUMENT_SLUG },
      },
    });
    // narration is the document's words, verbatim
    expectArticleEvidence(narration.evidence[0], WEST_TWEETS_NARRATION);
    expect(data.west.nodes.map((s: Json) => s.slug)).not.toContain(narration.slug);
  });

  it('the "sellouts" paraphrase has West’s words only; "for not supporting him" is the article’s own', async () => {
    const data = await ask(`{
      statements(filter: { text: "sellouts" }) { nodes { quote speaker { slug } attributionConfidence ${VOICE} ${EVIDENCE} } }
    }`);
    const bySpeaker = (slug: string) => data.statements.nodes.filter((s: Json) => s.speaker.slug === slug);
    const [west] = bySpeaker('kanye-west');
    expect(west).toMatchObject({
      quote: WEST_SELLOUT_PARAPHRASE,
      attributionConfidence: 'PARAPHRASED_BY_SOURCE',
      voice: { kind: 'SPEAKER', entity: { slug: 'kanye-west' }, document: null },
    });
    expect(west.quote).not.toContain('for not supporting him');
    expectArticleEvidence(west.evidence[0], WEST_SELLOUT_PARAPHRASE);
    const [narration] = bySpeaker('the-source');
    expect(narration).toMatchObject({
      quote: SELLOUTS_NARRATION,
      attributionConfidence: 'NARRATED_BY_SOURCE',
      voice: { kind: 'DOCUMENT', entity: { slug: 'the-source' } },
    });
    expectArticleEvidence(narration.evidence[0], SELLOUTS_NARRATION);
  });

  it('"fell out over Trump" is the New York Post’s and Fox News’s only as John Legend reports it', async () => {
    const data = await ask(`{
      node(id: "${toGlobalId('Claim', 'fell-out-over-trump')}") {
        ... on Claim {
          claimant { slug }
          claimants { slug }
          claimantAttributions { claimant { slug } reported reportedBy { slug } ${EVIDENCE} }
          appearances { nodes { statement { slug } ${VOICE} } }
        }
      }
      postClaims: claims(filter: { claimant: "New York Post" }) { nodes { slug } }
      foxClaims: claims(filter: { claimant: "Fox News" }) { nodes { slug } }
    }`);
    const claim = data.node;
    expect(claim.claimants.slice(0, 2)).toEqual([{ slug: 'new-york-post' }, { slug: 'fox-news' }]);
    expect(claim.claimant).toEqual(claim.claimants[0]);
    for (const attribution of claim.claimantAttributions) {
      expect(attribution).toMatchObject({ reported: true, reportedBy: { slug: 'john-legend' } });
      for (const span of attribution.evidence) {
        expect(span.exact).toBe(codePointSlice(ARTICLE, span.start, span.end));
      }
    }
    const [post, fox] = claim.claimantAttributions;
    expect(post.evidence.map((span: EvidenceJson) => span.exact)).toContain(
      'it was all over the New York\u00a0Post\u00a0and Fox News',
    );
    expect(fox.evidence.map((span: EvidenceJson) => span.exact)).toContain(
      'it was all over the New York\u00a0Post\u00a0and Fox News',
    );
    // first in the article's own voice ("it appeared that..."), then in Legend's words
    const [inArticle, inQuote] = claim.appearances.nodes;
    expect(inArticle).toEqual({
      statement: null,
      voice: {
        kind: 'DOCUMENT',
        entity: { slug: 'the-source', name: 'The Source' },
        document: { slug: ARTICLE_DOCUMENT_SLUG },
      },
    });
    expect(inQuote).toMatchObject({
      statement: { slug: 'legend-murdoch-version-mischaracterization' },
      voice: { kind: 'SPEAKER', entity: { slug: 'john-legend' } },
    });
    expect(data.postClaims.nodes.map((c: Json) => c.slug)).toContain('fell-out-over-trump');
    expect(data.foxClaims.nodes.map((c: Json) => c.slug)).toContain('fell-out-over-trump');
  });

  it('records no ownership by Murdoch: "the Rupert Murdoch version" does not say who owns what', async () => {
    const data = await ask(`{
      owns: relationships(types: [OWNS]) { totalCount }
      murdoch: entity(name: "Rupert Murdoch") { relationships { totalCount } }
    }`);
    expect(data.owns.totalCount).toBe(0);
    expect(data.murdoch.relationships.totalCount).toBe(0);
  });

  const relationship = async (slug: string) =>
    (
      await ask(`{
        node(id: "${toGlobalId('Relationship', slug)}") {
          ... on Relationship {
            assertion
            states {
              status basis { ${BASIS} }
              start { iso } startFact { date { iso } knownBy basis { ${BASIS} } }
              endFact { date { iso } knownBy }
            }
          }
        }
      }`)
    ).node;

  it('West’s support of Trump is known by 2018, not begun in 2018', async () => {
    const support = await relationship('west-supported-trump');
    const [active] = support.states;
    expect(active.status).toBe('ACTIVE');
    expect(active.start).toEqual({ iso: '2018' });
    expect(active.startFact).toMatchObject({ date: { iso: '2018' }, knownBy: true, basis: { kind: 'STATED' } });
    for (const span of active.startFact.basis.evidence) expect(span.exact).toContain('2018');
    expect(support.assertion).toBe('STATED');
  });

  it('the strain in the Legend–West friendship is dated 2020 only by inference, with the reason and its spans', async () => {
    const friendship = await relationship('legend-west-friendship');
    const strained = friendship.states.find((state: Json) => state.status === 'STRAINED');
    expect(strained.startFact.date).toEqual({ iso: '2020' });
    expect(strained.startFact.basis.kind).toBe('INFERRED');
    expect(strained.startFact.basis.reason).toEqual(expect.any(String));
    expect(strained.startFact.basis.evidence.length).toBeGreaterThan(0);
    for (const span of strained.startFact.basis.evidence) {
      expect(span.document.slug).toBe(ARTICLE_DOCUMENT_SLUG);
      expect(span.exact).toBe(codePointSlice(ARTICLE, span.start, span.end));
    }
    expect(strained.startFact.basis.evidence.map((span: EvidenceJson) => span.exact).join(' ')).toContain(
      'a strain in our friendship',
    );
  });

  it('the "60,000 votes" claim marks "[election]" as an editor’s completion, with why', async () => {
    const data = await ask(`{
      node(id: "${toGlobalId('Claim', 'west-60000-votes')}") {
        ... on Claim { text completions { text reason } statusBasis { kind reason ${EVIDENCE} } }
      }
    }`);
    expect(data.node.text).toContain('in the 2020 [election].');
    expect(data.node.completions).toEqual([{ text: 'election', reason: expect.any(String) }]);
    expect(data.node.completions[0].reason).not.toBe('');
    // no review yet: the status rests on there being none, shown where the claim is made
    expect(data.node.statusBasis).toMatchObject({ kind: 'INFERRED', reason: 'no published review is recorded' });
    expect(data.node.statusBasis.evidence.map((span: EvidenceJson) => span.exact)).toEqual([
      'West received about 60,000 votes out of an estimated total of 160 million in the 2020',
    ]);
  });

  it('the article’s address, date and headline are unknown, each with a reason; its outlet is inferred', async () => {
    const data = await ask(`{
      node(id: "${toGlobalId('Document', ARTICLE_DOCUMENT_SLUG)}") {
        ... on Document {
          url published { iso } headline unknownFacts { field reason }
          outlet { slug } outletBasis { ${BASIS} }
        }
      }
    }`);
    const article = data.node;
    expect(article).toMatchObject({ url: null, published: null, headline: null, outlet: { slug: 'the-source' } });
    expect(article.unknownFacts.map((fact: Json) => fact.field)).toEqual(['url', 'published', 'headline']);
    for (const fact of article.unknownFacts) expect(fact.reason.length).toBeGreaterThan(10);
    expect(article.outletBasis.kind).toBe('INFERRED');
    expect(article.outletBasis.reason).toEqual(expect.any(String));
    expect(article.outletBasis.evidence.map((span: EvidenceJson) => span.exact)).toEqual([
      'Visit streaming.thesource.com for more information',
    ]);
  });
});
