/**
 * What a fact-checker adds: documents (held, with their text), statements with evidence in them, claims and
 * relationships. Each add is read back through the queries a reader uses. Every kind of invalid input is refused
 * with BAD_USER_INPUT naming the input field, and nothing is written (read back before and after).
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTICLE,
  ARTICLE_TEXT,
  articleSpan,
  globalId,
  problemsOf,
  refuse,
  snapshot,
  spanOf,
  startWriteServer,
  succeed,
  TOKENS,
  type InputProblem,
  type Json,
  type TestRole,
  type WriteServer,
} from './support/writeServer.js';

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer();
});

afterAll(async () => {
  await server?.close();
});

const EVIDENCE = 'evidence { document { slug } start end exact prefix suffix }';

const ADD_DOCUMENT = `mutation AddDocument($input: AddDocumentInput!) {
  addDocument(input: $input) {
    document {
      id slug title headline url outlet { slug } outletBasis { kind } published { iso precision }
      unknownFacts { field reason } isHeld text sha256 length ${EVIDENCE}
    }
  }
}`;

const ADD_STATEMENT = `mutation AddStatement($input: AddStatementInput!) {
  addStatement(input: $input) {
    statement {
      id slug quote isDirectQuote attributionConfidence saidOn { iso precision }
      speaker { slug } occasion { slug } mentions { entity { slug } stance }
      reportedIn { slug } respondsTo { slug } disputes { slug } ${EVIDENCE}
    }
  }
}`;

const ADD_CLAIM = `mutation AddClaim($input: AddClaimInput!) {
  addClaim(input: $input) {
    claim {
      id slug text status claimant { slug } about { slug } currentReview { id }
      appearances { totalCount nodes { statement { slug } document { slug } evidence { start end exact } } }
    }
  }
}`;

const ADD_RELATIONSHIP = `mutation AddRelationship($input: AddRelationshipInput!) {
  addRelationship(input: $input) {
    relationship {
      id slug type from { slug } to { slug } assertion status start { iso } end { iso }
      states { status basis { kind reason evidence { exact } } start { iso } end { iso } evidence { exact } }
    }
  }
}`;

const REVIEW_CLAIM = `mutation ReviewClaim($input: ReviewClaimInput!) {
  reviewClaim(input: $input) { review { id } claim { status } }
}`;

const START_REVIEW = 'mutation Start($claim: ID!) { startClaimReview(claim: $claim) { claim { status } } }';

const RETRACT = 'mutation Retract($id: ID!, $reason: String!) { retract(id: $id, reason: $reason) { node { id } } }';

function write(role: TestRole, query: string, input: Record<string, unknown>) {
  return succeed(server.as(role, query, { input }));
}

/**
 * A memo written for the tests, held by claimgraph. The microphone emoji before the quote is two code points
 * and three UTF-16 units, so a span computed in UTF-16 units would be off by one.
 */
const MEMO_SLUG = 'test-memo-legend-friends';
const MEMO_TEXT =
  'A note written for the claimgraph tests 🎙️ and nothing else. Legend told the tests: “Friends can disagree about politics.” The end.';
const MEMO_QUOTE = 'Friends can disagree about politics.';
const memoSpan = (exact: string) => spanOf(MEMO_SLUG, MEMO_TEXT, exact);

/** A span as the API returns it: with up to 32 code points of the document on each side (schema: Evidence). */
function withContext(slug: string, text: string, span: { start: number; end: number; exact: string }) {
  const codePoints = Array.from(text);
  return {
    document: { slug },
    start: span.start,
    end: span.end,
    exact: span.exact,
    prefix: codePoints.slice(Math.max(0, span.start - 32), span.start).join(''),
    suffix: codePoints.slice(span.end, span.end + 32).join(''),
  };
}

describe('adding records, then reading them back', () => {
  it('addDocument with its text makes a held document, with its outlet, date, SHA-256 and evidence', async () => {
    const data = await write('editor', ADD_DOCUMENT, {
      slug: MEMO_SLUG,
      title: 'A note for the tests',
      url: 'https://example.org/test-memo',
      outlet: 'The Source',
      published: '2024-05-02',
      unknownFacts: [{ field: 'headline', reason: 'the memo has no headline' }],
      text: MEMO_TEXT,
      evidence: [articleSpan('In an interview with the New Yorker')],
    });
    const expected = {
      id: globalId('Document', MEMO_SLUG),
      slug: MEMO_SLUG,
      title: 'A note for the tests',
      headline: null,
      url: 'https://example.org/test-memo',
      outlet: { slug: 'the-source' },
      outletBasis: { kind: 'STATED' },
      published: { iso: '2024-05-02', precision: 'DAY' },
      unknownFacts: [{ field: 'headline', reason: 'the memo has no headline' }],
      isHeld: true,
      text: MEMO_TEXT,
      sha256: createHash('sha256').update(MEMO_TEXT, 'utf8').digest('hex'),
      length: Array.from(MEMO_TEXT).length,
      evidence: [withContext(ARTICLE, ARTICLE_TEXT, articleSpan('In an interview with the New Yorker'))],
    };
    expect(data.addDocument.document).toEqual(expected);

    const read = await succeed(
      server.graphql(
        `query Read($id: ID!) {
        node(id: $id) { ... on Document { slug isHeld text length } }
        documents(first: 100) { nodes { slug } }
        outlet: entity(name: "the-source") { ... on Outlet { documents { nodes { slug } } } }
      }`,
        { id: expected.id },
      ),
    );
    expect(read.node).toEqual({ slug: MEMO_SLUG, isHeld: true, text: MEMO_TEXT, length: expected.length });
    expect(read.documents.nodes.map((d: Json) => d.slug)).toContain(MEMO_SLUG);
    expect(read.outlet.documents.nodes.map((d: Json) => d.slug)).toContain(MEMO_SLUG);
  });

  it('addStatement with evidence in the new document: spans in code points, prefix and suffix filled in', async () => {
    const span = memoSpan(MEMO_QUOTE);
    // the emoji makes code points and UTF-16 units differ: the API counts code points
    expect(span.start).toBe(MEMO_TEXT.indexOf(MEMO_QUOTE) - 1);
    const data = await write('editor', ADD_STATEMENT, {
      slug: 'legend-friends-can-disagree',
      speaker: 'Legend',
      quote: MEMO_QUOTE,
      isDirectQuote: true,
      attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
      saidOn: '2024-05',
      occasion: 'legend-new-yorker-interview',
      mentions: [{ entity: 'Ye', stance: 'NEUTRAL' }],
      respondsTo: ['west-drink-champs-quote'],
      disputes: ['used-by-democrats'],
      evidence: [span],
    });
    expect(data.addStatement.statement).toEqual({
      id: globalId('Statement', 'legend-friends-can-disagree'),
      slug: 'legend-friends-can-disagree',
      quote: MEMO_QUOTE,
      isDirectQuote: true,
      attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
      saidOn: { iso: '2024-05', precision: 'MONTH' },
      speaker: { slug: 'john-legend' },
      occasion: { slug: 'legend-new-yorker-interview' },
      mentions: [{ entity: { slug: 'kanye-west' }, stance: 'NEUTRAL' }],
      reportedIn: [{ slug: MEMO_SLUG }],
      respondsTo: [{ slug: 'west-drink-champs-quote' }],
      disputes: [{ slug: 'used-by-democrats' }],
      evidence: [withContext(MEMO_SLUG, MEMO_TEXT, span)],
    });
  });

  it('the new statement is found by who said it, by whom it is about, by id and on the speaker', async () => {
    const data = await succeed(
      server.graphql(
        `query Read($id: ID!) {
        bySpeaker: statements(filter: { speaker: "john-legend", text: "friends can disagree" }) { nodes { slug } }
        about: statements(filter: { about: "kanye-west", stance: NEUTRAL, directQuotesOnly: true }) { nodes { slug } }
        node(id: $id) { ... on Statement { slug speaker { slug } } }
        legend: entity(name: "John Legend") { statements(first: 100) { nodes { slug } } }
        drinkChamps: node(id: "${globalId('Statement', 'west-drink-champs-quote')}") {
          ... on Statement { responses { nodes { slug } } }
        }
        disputed: node(id: "${globalId('Claim', 'used-by-democrats')}") { ... on Claim { disputedBy { nodes { slug } } } }
      }`,
        { id: globalId('Statement', 'legend-friends-can-disagree') },
      ),
    );
    expect(data.bySpeaker.nodes).toEqual([{ slug: 'legend-friends-can-disagree' }]);
    expect(data.about.nodes.map((s: Json) => s.slug)).toContain('legend-friends-can-disagree');
    expect(data.node).toEqual({ slug: 'legend-friends-can-disagree', speaker: { slug: 'john-legend' } });
    expect(data.legend.statements.nodes.map((s: Json) => s.slug)).toContain('legend-friends-can-disagree');
    expect(data.drinkChamps.responses.nodes).toEqual([{ slug: 'legend-friends-can-disagree' }]);
    expect(data.disputed.disputedBy.nodes.map((s: Json) => s.slug)).toContain('legend-friends-can-disagree');
  });

  it('addClaim appears in that statement and starts UNREVIEWED', async () => {
    const span = memoSpan(MEMO_QUOTE);
    const data = await write('editor', ADD_CLAIM, {
      slug: 'friends-can-disagree-about-politics',
      text: 'Friends can disagree about politics and stay friends.',
      claimant: 'john-legend',
      about: ['John Legend', 'Ye'],
      appearances: [{ statement: globalId('Statement', 'legend-friends-can-disagree'), evidence: span }],
    });
    expect(data.addClaim.claim).toEqual({
      id: globalId('Claim', 'friends-can-disagree-about-politics'),
      slug: 'friends-can-disagree-about-politics',
      text: 'Friends can disagree about politics and stay friends.',
      status: 'UNREVIEWED',
      claimant: { slug: 'john-legend' },
      about: [{ slug: 'john-legend' }, { slug: 'kanye-west' }],
      currentReview: null,
      appearances: {
        totalCount: 1,
        nodes: [
          {
            statement: { slug: 'legend-friends-can-disagree' },
            document: { slug: MEMO_SLUG },
            evidence: { start: span.start, end: span.end, exact: MEMO_QUOTE },
          },
        ],
      },
    });
    const read = await succeed(
      server.graphql(`{
        claims(filter: { claimant: "john-legend", status: UNREVIEWED }) { nodes { slug } }
        ye: entity(name: "Ye") { claimsAbout { nodes { slug } } }
        statement: node(id: "${globalId('Statement', 'legend-friends-can-disagree')}") { ... on Statement { claims { nodes { slug } } } }
      }`),
    );
    expect(read.claims.nodes.map((c: Json) => c.slug)).toContain('friends-can-disagree-about-politics');
    expect(read.ye.claimsAbout.nodes.map((c: Json) => c.slug)).toContain('friends-can-disagree-about-politics');
    expect(read.statement.claims.nodes).toEqual([{ slug: 'friends-can-disagree-about-politics' }]);
  });

  it('addRelationship keeps its dated states in order; its status is the latest state', async () => {
    const data = await write('editor', ADD_RELATIONSHIP, {
      slug: 'big-sean-legend-friendship',
      type: 'FRIENDSHIP',
      from: 'Big Sean',
      to: 'john-legend',
      assertion: 'IMPLIED',
      states: [
        { status: 'ACTIVE', start: '2018', end: '2020', evidence: [articleSpan('Legend and Big Sean')] },
        { status: 'STRAINED', start: '2020-11', evidence: [articleSpan('Both John Legend and Big Sean')] },
      ],
    });
    expect(data.addRelationship.relationship).toEqual({
      id: globalId('Relationship', 'big-sean-legend-friendship'),
      slug: 'big-sean-legend-friendship',
      type: 'FRIENDSHIP',
      from: { slug: 'big-sean' },
      to: { slug: 'john-legend' },
      assertion: 'IMPLIED',
      status: 'STRAINED',
      start: { iso: '2018' },
      end: null,
      // the deprecated assertion IMPLIED makes each state INFERRED from its own spans
      states: [
        {
          status: 'ACTIVE',
          basis: { kind: 'INFERRED', reason: IMPLIED_REASON, evidence: [{ exact: 'Legend and Big Sean' }] },
          start: { iso: '2018' },
          end: { iso: '2020' },
          evidence: [{ exact: 'Legend and Big Sean' }],
        },
        {
          status: 'STRAINED',
          basis: { kind: 'INFERRED', reason: IMPLIED_REASON, evidence: [{ exact: 'Both John Legend and Big Sean' }] },
          start: { iso: '2020-11' },
          end: null,
          evidence: [{ exact: 'Both John Legend and Big Sean' }],
        },
      ],
    });
    const read = await succeed(
      server.graphql(`{
        relationships(between: ["big-sean", "john-legend"], types: [FRIENDSHIP]) { nodes { slug } }
        sean: entity(name: "big-sean") { relationships { nodes { slug } } }
      }`),
    );
    expect(read.relationships.nodes).toEqual([{ slug: 'big-sean-legend-friendship' }]);
    expect(read.sean.relationships.nodes.map((r: Json) => r.slug)).toContain('big-sean-legend-friendship');
  });

  it('addStatement in the document’s own voice: narration by its outlet, dated "known by" on an inferred basis', async () => {
    const narration = 'Legend was not the only hip-hop artist to draw West’s ire';
    const data = await succeed(
      server.as(
        'editor',
        `mutation Add($input: AddStatementInput!) {
          addStatement(input: $input) {
            statement {
              slug speaker { slug } attributionConfidence isDirectQuote
              voice { kind entity { slug } document { slug } }
              saidOn { iso }
              saidOnFact { date { iso } knownBy basis { kind reason evidence { exact } } }
            }
          }
        }`,
        {
          input: {
            slug: 'source-narrates-west-ire',
            speaker: 'the-source',
            voice: 'DOCUMENT',
            quote: narration,
            isDirectQuote: false,
            attributionConfidence: 'NARRATED_BY_SOURCE',
            saidOnFact: {
              date: '2020',
              knownBy: true,
              basis: {
                kind: 'INFERRED',
                reason: 'the paragraph goes on to a 2020 episode',
                evidence: [articleSpan('On a 2020 episode of “Drink Champs,”')],
              },
            },
            mentions: [{ entity: 'kanye-west', stance: 'NEUTRAL' }],
            evidence: [articleSpan(narration)],
          },
        },
      ),
    );
    expect(data.addStatement.statement).toEqual({
      slug: 'source-narrates-west-ire',
      speaker: { slug: 'the-source' },
      attributionConfidence: 'NARRATED_BY_SOURCE',
      isDirectQuote: false,
      voice: { kind: 'DOCUMENT', entity: { slug: 'the-source' }, document: { slug: ARTICLE } },
      saidOn: { iso: '2020' },
      saidOnFact: {
        date: { iso: '2020' },
        knownBy: true,
        basis: {
          kind: 'INFERRED',
          reason: 'the paragraph goes on to a 2020 episode',
          evidence: [{ exact: 'On a 2020 episode of “Drink Champs,”' }],
        },
      },
    });
  });

  it('addClaim with several claimants, one only reported, and an editor’s completion', async () => {
    const data = await succeed(
      server.as(
        'editor',
        `mutation Add($input: AddClaimInput!) {
          addClaim(input: $input) {
            claim {
              slug text completions { text reason } claimant { slug } claimants { slug }
              claimantAttributions { claimant { slug } reported reportedBy { slug } evidence { exact } }
              statusBasis { kind reason evidence { exact } }
            }
          }
        }`,
        {
          input: {
            slug: 'feud-was-about-trump',
            text: 'The feud was about [Donald] Trump.',
            completions: [{ text: 'Donald', reason: 'the sources name him by surname' }],
            claimants: [
              {
                entity: 'Fox News',
                reportedBy: 'Legend',
                evidence: [articleSpan('the Rupert Murdoch version of the story')],
              },
              { entity: 'the-source', evidence: [articleSpan('a traditional Democrat vs. Republican fallout')] },
            ],
            about: ['john-legend', 'kanye-west'],
            appearances: [{ evidence: articleSpan('we stopped being friends because he supported Trump') }],
          },
        },
      ),
    );
    expect(data.addClaim.claim).toEqual({
      slug: 'feud-was-about-trump',
      text: 'The feud was about [Donald] Trump.',
      completions: [{ text: 'Donald', reason: 'the sources name him by surname' }],
      claimant: { slug: 'fox-news' },
      claimants: [{ slug: 'fox-news' }, { slug: 'the-source' }],
      claimantAttributions: [
        {
          claimant: { slug: 'fox-news' },
          reported: true,
          reportedBy: { slug: 'john-legend' },
          evidence: [{ exact: 'the Rupert Murdoch version of the story' }],
        },
        {
          claimant: { slug: 'the-source' },
          reported: false,
          reportedBy: null,
          evidence: [{ exact: 'a traditional Democrat vs. Republican fallout' }],
        },
      ],
      statusBasis: {
        kind: 'INFERRED',
        reason: 'no published review is recorded',
        evidence: [{ exact: 'we stopped being friends because he supported Trump' }],
      },
    });
    const read = await succeed(server.graphql('{ claims(filter: { claimant: "fox-news" }) { nodes { slug } } }'));
    expect(read.claims.nodes.map((c: Json) => c.slug)).toContain('feud-was-about-trump');
  });

  it('addRelationship with a basis per state and dates known in each way', async () => {
    const source = { url: 'https://example.org/west-campaign', title: 'West’s campaign' };
    const data = await succeed(
      server.as(
        'editor',
        `mutation Add($input: AddRelationshipInput!) {
          addRelationship(input: $input) {
            relationship {
              slug assertion
              states {
                status
                basis { kind reason sources { url title } documents { slug } evidence { exact } }
                startFact { date { iso } knownBy basis { kind evidence { exact } } }
                endFact { date { iso } knownBy basis { kind sources { url } } }
              }
            }
          }
        }`,
        {
          input: {
            slug: 'west-ran-against-trump',
            type: 'RAN_FOR',
            from: 'kanye-west',
            to: 'donald-trump',
            states: [
              {
                status: 'ACTIVE',
                basis: { kind: 'EXTERNAL', sources: [source], documents: ['drink-champs-2020-episode-doc'] },
                startFact: {
                  date: '2020',
                  basis: { kind: 'STATED', evidence: [articleSpan('his 2020 presidential run')] },
                },
                endFact: { date: '2020-11', knownBy: true, basis: { kind: 'EXTERNAL', sources: [source] } },
                evidence: [articleSpan('when West made his own run for president')],
              },
            ],
          },
        },
      ),
    );
    expect(data.addRelationship.relationship).toEqual({
      slug: 'west-ran-against-trump',
      assertion: 'IMPLIED',
      states: [
        {
          status: 'ACTIVE',
          basis: {
            kind: 'EXTERNAL',
            reason: null,
            sources: [source],
            documents: [{ slug: 'drink-champs-2020-episode-doc' }],
            evidence: [],
          },
          startFact: {
            date: { iso: '2020' },
            knownBy: false,
            basis: { kind: 'STATED', evidence: [{ exact: 'his 2020 presidential run' }] },
          },
          endFact: {
            date: { iso: '2020-11' },
            knownBy: true,
            basis: { kind: 'EXTERNAL', sources: [{ url: source.url }] },
          },
        },
      ],
    });
  });

  it('addDocument without text makes a cited document; slugs left out are generated', async () => {
    const data = await write('editor', ADD_DOCUMENT, { title: 'A cited work with no text', published: '2020' });
    const document = data.addDocument.document;
    expect(document).toMatchObject({ title: 'A cited work with no text', isHeld: false, text: null, sha256: null });
    expect(document.slug).toMatch(/^document-a-cited-work-with-no-text-[0-9a-f]{6}$/);
    expect(document.id).toBe(globalId('Document', document.slug));
  });

  it('each add is in its record history as CREATE by the token name, with the record after', async () => {
    const data = await succeed(
      server.graphql(`{
        h: history(id: "${globalId('Statement', 'legend-friends-can-disagree')}") { nodes { actor action before after } }
      }`),
    );
    expect(data.h.nodes).toEqual([
      {
        actor: TOKENS.editor.name,
        action: 'CREATE',
        before: null,
        after: expect.objectContaining({
          slug: 'legend-friends-can-disagree',
          speaker: 'john-legend',
          quote: MEMO_QUOTE,
        }),
      },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------------------------

const IMPLIED_REASON = 'recorded as implied, not stated, by the source';

const STATEMENT = {
  speaker: 'john-legend',
  quote: 'Legend says the feud was not about Trump.',
  isDirectQuote: false,
  attributionConfidence: 'PARAPHRASED_BY_SOURCE',
  mentions: [{ entity: 'kanye-west', stance: 'NEUTRAL' }],
  evidence: [articleSpan('Legend clarifies that')],
};

const CLAIM = {
  text: 'Legend is a vocal supporter of many Democrats.',
  claimant: 'the-source',
  about: ['john-legend'],
  appearances: [{ evidence: articleSpan('he is a vocal supporter of many Democrats') }],
};

const RELATIONSHIP = {
  type: 'CRITICIZED',
  from: 'kanye-west',
  to: 'big-sean',
  states: [
    { status: 'ACTIVE', start: '2020', evidence: [articleSpan('West called both Legend and Big Sean sellouts')] },
  ],
};

const REVIEW = {
  claim: 'west-60000-votes',
  ratingValue: 4,
  explanation: 'The article gives the figures.',
  sources: [{ url: 'https://example.org/election-results', title: 'Election results' }],
};

interface InvalidCase {
  what: string;
  role: TestRole;
  query: string;
  variables: Record<string, unknown>;
  /** the problems reported, by field; a message part for each */
  problems: [field: string, messagePart: string][];
  /** the record the write would have created */
  creates?: string;
}

const statementCase = (what: string, slug: string, change: Json, problems: InvalidCase['problems']): InvalidCase => ({
  what,
  role: 'editor',
  query: ADD_STATEMENT,
  variables: { input: { slug, ...STATEMENT, ...change } },
  problems,
  creates: globalId('Statement', slug),
});

const INVALID: InvalidCase[] = [
  statementCase(
    'wrong exact text',
    'invalid-exact',
    { evidence: [{ ...articleSpan('Legend clarifies that'), exact: 'Legend clarified that' }] },
    [['input.evidence[0].exact', 'should read "Legend clarified that" but the document has "Legend clarifies that"']],
  ),
  statementCase(
    'a span beyond the end of the document',
    'invalid-out-of-bounds',
    { evidence: [{ document: ARTICLE, start: 5000, end: 5006, exact: 'Legend' }] },
    [['input.evidence[0].end', 'ends beyond the end of the document']],
  ),
  statementCase('an unknown speaker', 'invalid-unknown-speaker', { speaker: 'Nobody We Know' }, [
    ['input.speaker', 'no record has the slug "Nobody We Know"'],
  ]),
  statementCase('a speaker that is a claim', 'invalid-claim-speaker', { speaker: 'fell-out-over-trump' }, [
    ['input.speaker', '"fell-out-over-trump" is a claim'],
  ]),
  statementCase('a speaker that is an event', 'invalid-event-speaker', { speaker: 'election-2020' }, [
    ['input.speaker', '"election-2020" is an event'],
  ]),
  statementCase(
    'evidence in an unknown document',
    'invalid-unknown-document',
    { evidence: [{ ...articleSpan('Legend clarifies that'), document: 'no-such-document' }] },
    [['input.evidence[0].document', 'no record has the slug "no-such-document"; expected a document']],
  ),
  statementCase(
    'evidence in a document that is not held',
    'invalid-not-held',
    { evidence: [{ ...articleSpan('Legend clarifies that'), document: 'new-yorker-legend-interview-doc' }] },
    [['input.evidence[0].document', 'is a document that is not held']],
  ),
  statementCase('a partial date that does not exist', 'invalid-date', { saidOn: '2020-02-30' }, [
    ['input.saidOn', '"2020-02-30" is not a valid date'],
  ]),
  statementCase(
    'a direct quote that is not the text of a span',
    'invalid-direct-quote',
    { isDirectQuote: true, quote: 'Legend clarifies that it was never about Trump' },
    [['input.quote', 'a direct quote must be the exact text of one of its evidence spans']],
  ),
  statementCase(
    'an unknown entity mentioned',
    'invalid-mention',
    { mentions: [{ entity: 'no-such-person', stance: 'CRITICIZES' }] },
    [['input.mentions[0].entity', 'no record has the slug "no-such-person"']],
  ),
  statementCase('no evidence', 'invalid-no-evidence', { evidence: [] }, [
    ['input.evidence', 'must have at least one evidence span'],
  ]),
  statementCase(
    'a date given both ways',
    'invalid-two-dates',
    { saidOn: '2020', saidOnFact: { date: '2020', knownBy: true } },
    [['input.saidOnFact', 'give saidOn or saidOnFact, not both']],
  ),
  statementCase(
    'an inferred date without its reason',
    'invalid-date-basis',
    { saidOnFact: { date: '2020', basis: { kind: 'INFERRED', evidence: [articleSpan('his 2020 presidential run')] } } },
    [['input.saidOnFact.basis.reason', '']],
  ),
  statementCase(
    'narration attributed to someone else than the document’s outlet',
    'invalid-narration',
    { voice: 'DOCUMENT', attributionConfidence: 'NARRATED_BY_SOURCE', quote: 'Legend clarifies that' },
    [['input.speaker', 'expected an outlet']],
  ),
  {
    what: 'a slug that is taken (by a person)',
    role: 'editor',
    query: ADD_STATEMENT,
    variables: { input: { slug: 'john-legend', ...STATEMENT } },
    problems: [['input.slug', '"john-legend" is already the slug of the stored person "john-legend"']],
  },
  {
    what: 'a slug that is not a slug',
    role: 'editor',
    query: ADD_DOCUMENT,
    variables: { input: { slug: 'Not A Slug!', title: 'A title' } },
    problems: [['input.slug', '"Not A Slug!" is not a valid slug']],
  },
  {
    what: 'a document whose outlet is a person',
    role: 'editor',
    query: ADD_DOCUMENT,
    variables: { input: { slug: 'invalid-outlet-document', title: 'A title', outlet: 'john-legend' } },
    problems: [['input.outlet', '"john-legend" is a person']],
    creates: globalId('Document', 'invalid-outlet-document'),
  },
  {
    what: 'a claim with no appearance',
    role: 'editor',
    query: ADD_CLAIM,
    variables: { input: { slug: 'invalid-claim-no-appearance', ...CLAIM, appearances: [] } },
    problems: [['input.appearances', 'must have at least one appearance']],
    creates: globalId('Claim', 'invalid-claim-no-appearance'),
  },
  {
    what: 'a claim appearing in an unknown statement',
    role: 'editor',
    query: ADD_CLAIM,
    variables: {
      input: {
        slug: 'invalid-claim-statement',
        ...CLAIM,
        appearances: [{ statement: 'no-such-statement', evidence: CLAIM.appearances[0].evidence }],
      },
    },
    problems: [['input.appearances[0].statement', 'no record has the slug "no-such-statement"; expected a statement']],
    creates: globalId('Claim', 'invalid-claim-statement'),
  },
  {
    what: 'a claim with both a claimant and claimants',
    role: 'editor',
    query: ADD_CLAIM,
    variables: {
      input: {
        slug: 'invalid-claim-two-claimant-fields',
        ...CLAIM,
        claimants: [{ entity: 'the-source', evidence: CLAIM.appearances.map((a) => a.evidence) }],
      },
    },
    problems: [['input.claimant', 'give claimants or claimant, not both']],
    creates: globalId('Claim', 'invalid-claim-two-claimant-fields'),
  },
  {
    what: 'a claim with no claimant',
    role: 'editor',
    query: ADD_CLAIM,
    variables: { input: { slug: 'invalid-claim-no-claimant', ...CLAIM, claimant: undefined } },
    problems: [['input.claimants', 'at least one claimant']],
    creates: globalId('Claim', 'invalid-claim-no-claimant'),
  },
  {
    what: 'a claimant reported by itself',
    role: 'editor',
    query: ADD_CLAIM,
    variables: {
      input: {
        slug: 'invalid-claim-self-reported',
        ...CLAIM,
        claimant: undefined,
        claimants: [{ entity: 'the-source', reportedBy: 'the-source', evidence: [CLAIM.appearances[0].evidence] }],
      },
    },
    problems: [['input.claimants[0].reportedBy', 'is the claimant itself']],
    creates: globalId('Claim', 'invalid-claim-self-reported'),
  },
  {
    what: 'an unknown claimant given the deprecated way',
    role: 'editor',
    query: ADD_CLAIM,
    variables: { input: { slug: 'invalid-claim-unknown-claimant', ...CLAIM, claimant: 'nobody-we-know' } },
    problems: [['input.claimant', 'no record has the slug "nobody-we-know"']],
    creates: globalId('Claim', 'invalid-claim-unknown-claimant'),
  },
  {
    what: 'a relationship state inferred without its spans',
    role: 'editor',
    query: ADD_RELATIONSHIP,
    variables: {
      input: {
        slug: 'invalid-inferred-state',
        ...RELATIONSHIP,
        states: [{ ...RELATIONSHIP.states[0], basis: { kind: 'INFERRED', reason: 'West said so' } }],
      },
    },
    problems: [['input.states[0].basis.evidence', '']],
    creates: globalId('Relationship', 'invalid-inferred-state'),
  },
  {
    what: 'a relationship state start given both ways',
    role: 'editor',
    query: ADD_RELATIONSHIP,
    variables: {
      input: {
        slug: 'invalid-two-starts',
        ...RELATIONSHIP,
        states: [{ ...RELATIONSHIP.states[0], startFact: { date: '2020', knownBy: true } }],
      },
    },
    problems: [['input.states[0].startFact', 'give start or startFact, not both']],
    creates: globalId('Relationship', 'invalid-two-starts'),
  },
  {
    what: 'a held document that does not say which of its facts are unknown',
    role: 'editor',
    query: ADD_DOCUMENT,
    variables: { input: { slug: 'invalid-held-document', title: 'A held note', text: 'A held note.' } },
    problems: [['input.unknownFacts', 'url, published, headline and outlet']],
    creates: globalId('Document', 'invalid-held-document'),
  },
  {
    what: 'a relationship from an entity to itself',
    role: 'editor',
    query: ADD_RELATIONSHIP,
    variables: { input: { slug: 'invalid-self-relationship', ...RELATIONSHIP, to: 'Ye' } },
    problems: [['input.to', 'a relationship joins two different entities']],
    creates: globalId('Relationship', 'invalid-self-relationship'),
  },
  {
    what: 'relationship states out of date order',
    role: 'editor',
    query: ADD_RELATIONSHIP,
    variables: {
      input: {
        slug: 'invalid-state-order',
        ...RELATIONSHIP,
        states: [
          { status: 'STRAINED', start: '2021', evidence: RELATIONSHIP.states[0].evidence },
          { status: 'ACTIVE', start: '2018', evidence: RELATIONSHIP.states[0].evidence },
        ],
      },
    },
    problems: [['input.states[1].start', 'states must be in date order, oldest first']],
    creates: globalId('Relationship', 'invalid-state-order'),
  },
  {
    what: 'a relationship state that ends before it starts',
    role: 'editor',
    query: ADD_RELATIONSHIP,
    variables: {
      input: {
        slug: 'invalid-state-end',
        ...RELATIONSHIP,
        states: [{ status: 'ACTIVE', start: '2020', end: '2018', evidence: RELATIONSHIP.states[0].evidence }],
      },
    },
    problems: [['input.states[0].end', '"2018" is before the state\'s start "2020"']],
    creates: globalId('Relationship', 'invalid-state-end'),
  },
  {
    what: 'a review that cites no source',
    role: 'reviewer',
    query: REVIEW_CLAIM,
    variables: { input: { ...REVIEW, sources: [] } },
    problems: [['input.sources', 'must cite at least one source']],
  },
  {
    what: 'a review rated 0',
    role: 'reviewer',
    query: REVIEW_CLAIM,
    variables: { input: { ...REVIEW, ratingValue: 0 } },
    problems: [['input.ratingValue', 'must be an integer from 1 (false) to 5 (true), found 0']],
  },
  {
    what: 'a review rated 6',
    role: 'reviewer',
    query: REVIEW_CLAIM,
    variables: { input: { ...REVIEW, ratingValue: 6 } },
    problems: [['input.ratingValue', 'must be an integer from 1 (false) to 5 (true), found 6']],
  },
  {
    what: 'a review of an unknown claim',
    role: 'reviewer',
    query: REVIEW_CLAIM,
    variables: { input: { ...REVIEW, claim: 'no-such-claim' } },
    problems: [['input.claim', 'no record has the slug "no-such-claim"; expected a claim']],
  },
  {
    what: 'a review citing a source that is not a web address',
    role: 'reviewer',
    query: REVIEW_CLAIM,
    variables: { input: { ...REVIEW, sources: [{ url: 'ftp://example.org/x', title: 'FTP' }] } },
    problems: [['input.sources[0].url', 'must be an http or https URL']],
  },
];

describe('invalid input is refused with the field named, and nothing is written', () => {
  it.each(INVALID)('$what', async ({ role, query, variables, problems, creates }) => {
    const scope = { absent: creates ? [creates] : [] };
    const before = await snapshot(server, scope);
    const { error, data } = await refuse(server.as(role, query, variables), 'BAD_USER_INPUT');
    expect(data).toBeNull();
    const reported = problemsOf(error);
    expect(reported.map((problem) => problem.field)).toEqual(problems.map(([field]) => field));
    problems.forEach(([, part], index) => expect(reported[index].message).toContain(part));
    expect(error.extensions?.argumentPath).toBe(problems[0][0]);
    expect(await snapshot(server, scope)).toEqual(before);
  });

  it('several problems are all reported at once, in input order', async () => {
    const creates = globalId('Statement', 'invalid-many');
    const before = await snapshot(server, { absent: [creates] });
    const { error } = await refuse(
      server.as('editor', ADD_STATEMENT, {
        input: {
          ...STATEMENT,
          slug: 'invalid-many',
          speaker: 'election-2020',
          saidOn: '2020-13',
          isDirectQuote: true,
          quote: 'Words nobody said',
          mentions: [{ entity: 'no-such-person', stance: 'CRITICIZES' }],
          evidence: [
            { ...articleSpan('Legend clarifies that'), exact: 'Legend clarified that' },
            { ...articleSpan('Legend clarifies that'), document: 'new-yorker-legend-interview-doc' },
          ],
        },
      }),
      'BAD_USER_INPUT',
    );
    const fields = problemsOf(error).map((problem: InputProblem) => problem.field);
    expect(fields).toEqual([
      'input.speaker',
      'input.saidOn',
      'input.mentions[0].entity',
      'input.evidence[0].exact',
      'input.evidence[1].document',
      'input.quote',
    ]);
    expect(error.message).toMatch(/^the input is not valid \(6 problems\): input\.speaker: /);
    expect(await snapshot(server, { absent: [creates] })).toEqual(before);
  });

  it('several problems of a review are all reported at once', async () => {
    const { error } = await refuse(
      server.as('reviewer', REVIEW_CLAIM, {
        input: { ...REVIEW, claim: 'no-such-claim', ratingValue: 6, sources: [] },
      }),
      'BAD_USER_INPUT',
    );
    expect(
      problemsOf(error)
        .map((problem) => problem.field)
        .sort(),
    ).toEqual(['input.claim', 'input.ratingValue', 'input.sources']);
  });

  it('a speaker given as the global id of a claim is reported as a claim', async () => {
    const { error } = await refuse(
      server.as('editor', ADD_STATEMENT, {
        input: { ...STATEMENT, slug: 'invalid-claim-id-speaker', speaker: globalId('Claim', 'fell-out-over-trump') },
      }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(error)).toEqual([
      { field: 'input.speaker', message: expect.stringContaining('"fell-out-over-trump" is a claim') },
    ]);
  });
});

describe('a retracted claim cannot be reviewed', () => {
  const claimId = globalId('Claim', 'west-changed-their-lives');

  beforeAll(async () => {
    await succeed(
      server.as('admin', RETRACT, { id: claimId, reason: 'Retracted to test reviews of retracted claims.' }),
    );
  });

  it('reviewClaim on it is BAD_USER_INPUT on input.claim, and writes nothing', async () => {
    const before = await snapshot(server, { historyOf: [claimId] });
    const { error } = await refuse(
      server.as('reviewer', REVIEW_CLAIM, { input: { ...REVIEW, claim: 'west-changed-their-lives' } }),
      'BAD_USER_INPUT',
    );
    expect(problemsOf(error)).toEqual([
      { field: 'input.claim', message: 'claim west-changed-their-lives is retracted and cannot be reviewed' },
    ]);
    expect(await snapshot(server, { historyOf: [claimId] })).toEqual(before);
  });

  it('startClaimReview on it is BAD_USER_INPUT, and writes nothing', async () => {
    const before = await snapshot(server, { historyOf: [claimId] });
    const { error } = await refuse(server.as('reviewer', START_REVIEW, { claim: claimId }), 'BAD_USER_INPUT');
    expect(problemsOf(error)).toEqual([{ field: 'claim', message: 'claim west-changed-their-lives is retracted' }]);
    expect(await snapshot(server, { historyOf: [claimId] })).toEqual(before);
  });
});
