/**
 * History is never lost: every change to a record is recorded (who, when, what, before and after) and readable
 * with `history(id)`. A retraction marks a record with its reason, hides it from the default lists (a filter
 * shows it again), and deletes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  globalId,
  refuse,
  snapshot,
  startWriteServer,
  succeed,
  TOKENS,
  type Json,
  type WriteServer,
} from './support/writeServer.js';

let server: WriteServer;

beforeAll(async () => {
  server = await startWriteServer();
});

afterAll(async () => {
  await server?.close();
});

const FIRST_START = 'claimgraph (first start)';

const HISTORY = `query History($id: ID!) {
  history(id: $id) { totalCount nodes { at actor action summary before after } }
}`;

async function historyOf(id: string): Promise<Json> {
  return (await succeed(server.graphql(HISTORY, { id }))).history;
}

const RETRACT = `mutation Retract($id: ID!, $reason: String!) {
  retract(id: $id, reason: $reason) {
    node { id ... on Statement { slug } ... on Claim { slug } ... on Relationship { slug } ... on ClaimReview { slug } }
    retraction { reason retractedBy retractedAt }
  }
}`;

function retract(id: string, reason: string) {
  return server.as('admin', RETRACT, { id, reason });
}

describe('the history of a claim after several edits', () => {
  const claimId = globalId('Claim', 'fell-out-over-trump');
  let firstReviewId: string;
  let secondReviewId: string;

  beforeAll(async () => {
    const reviewClaim = (ratingValue: number, role: 'reviewer' | 'admin') =>
      succeed(
        server.as(role, 'mutation R($input: ReviewClaimInput!) { reviewClaim(input: $input) { review { id } } }', {
          input: {
            claim: 'fell-out-over-trump',
            ratingValue,
            explanation: 'For the history tests.',
            sources: [{ url: 'https://example.org/source', title: 'A source' }],
          },
        }),
      );
    await succeed(
      server.as('reviewer', 'mutation { startClaimReview(claim: "fell-out-over-trump") { claim { status } } }'),
    );
    firstReviewId = (await reviewClaim(5, 'reviewer')).reviewClaim.review.id;
    secondReviewId = (await reviewClaim(1, 'admin')).reviewClaim.review.id;
    await succeed(retract(secondReviewId, 'Reviewed the wrong claim.'));
    await succeed(retract(claimId, 'The claim is worded unfairly.'));
  });

  it('lists the fixture import, the review start, each status change and the retraction, oldest first', async () => {
    const history = await historyOf(claimId);
    expect(history.nodes.map((change: Json) => [change.action, change.actor])).toEqual([
      ['IMPORT', FIRST_START],
      ['START_REVIEW', TOKENS.reviewer.name],
      ['STATUS', TOKENS.reviewer.name],
      ['STATUS', TOKENS.admin.name],
      ['STATUS', TOKENS.admin.name],
      ['RETRACT', TOKENS.admin.name],
    ]);
    expect(history.totalCount).toBe(6);
    expect(history.nodes.map((change: Json) => [change.before, change.after])).toEqual([
      [
        null,
        expect.objectContaining({
          slug: 'fell-out-over-trump',
          claimants: expect.arrayContaining([expect.objectContaining({ entity: 'new-york-post' })]),
          status: 'UNREVIEWED',
        }),
      ],
      [{ status: 'UNREVIEWED' }, { status: 'UNDER_REVIEW' }],
      [{ status: 'UNDER_REVIEW' }, { status: 'REVIEWED' }],
      [{ status: 'REVIEWED' }, { status: 'DISPUTED' }],
      [{ status: 'DISPUTED' }, { status: 'REVIEWED' }],
      [{ retracted: false }, { retracted: true, reason: 'The claim is worded unfairly.' }],
    ]);
    const times = history.nodes.map((change: Json) => change.at);
    expect([...times].sort()).toEqual(times);
    for (const change of history.nodes) expect(change.summary).toContain('fell-out-over-trump');
  });

  it("each review's own history has its REVIEW entry with the record, and its retraction", async () => {
    const first = await historyOf(firstReviewId);
    expect(first.nodes).toEqual([
      {
        at: expect.any(String),
        actor: TOKENS.reviewer.name,
        action: 'REVIEW',
        summary: expect.any(String),
        before: null,
        after: expect.objectContaining({
          claim: 'fell-out-over-trump',
          ratingValue: 5,
          ratingLabel: 'True',
          reviewer: TOKENS.reviewer.name,
        }),
      },
    ]);
    const second = await historyOf(secondReviewId);
    expect(
      second.nodes.map((change: Json) => [change.action, change.actor, change.after?.ratingValue ?? change.after]),
    ).toEqual([
      ['REVIEW', TOKENS.admin.name, 1],
      ['RETRACT', TOKENS.admin.name, { retracted: true, reason: 'Reviewed the wrong claim.' }],
    ]);
  });

  it('history pages like any connection', async () => {
    const page = await succeed(
      server.graphql(
        'query H($id: ID!) { history(id: $id, first: 2) { totalCount pageInfo { hasNextPage } nodes { action } } }',
        {
          id: claimId,
        },
      ),
    );
    expect(page.history).toEqual({
      totalCount: 6,
      pageInfo: { hasNextPage: true },
      nodes: [{ action: 'IMPORT' }, { action: 'START_REVIEW' }],
    });
  });

  it('an unknown id has no history: NOT_FOUND', async () => {
    const { error } = await refuse(server.graphql(HISTORY, { id: globalId('Claim', 'no-such-claim') }), 'NOT_FOUND');
    expect(error.extensions?.argumentPath).toBe('id');
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** Everything a reader sees of West's Drink Champs statements, his criticism of Big Sean, and a claim. */
const READER_VIEW = `query ReaderView($statementId: ID!, $relationshipId: ID!, $claimId: ID!) {
  statements(filter: { speaker: "kanye-west" }) { totalCount nodes { slug } }
  allStatements: statements(filter: { speaker: "kanye-west", includeRetracted: true }) { totalCount nodes { slug } }
  claims { totalCount nodes { slug } }
  allClaims: claims(filter: { includeRetracted: true }) { totalCount nodes { slug } }
  relationships(between: ["kanye-west", "big-sean"]) { nodes { slug } }
  allRelationships: relationships(between: ["kanye-west", "big-sean"], includeRetracted: true) { nodes { slug } }
  sellout: search(query: "sellout", kinds: [STATEMENT]) { nodes { node { ... on Statement { slug } } } }
  democrats: search(query: "Democrats", kinds: [CLAIM]) { nodes { node { ... on Claim { slug } } } }
  paths(from: "kanye-west", to: "big-sean", maxHops: 1, first: 10) {
    hops { kind statement { slug } relationship { slug } }
  }
  timeline(entity: "big-sean") { nodes { ... on Statement { slug } ... on Event { slug } } }
  west: entity(name: "Ye") { statements { nodes { slug } } claims { nodes { slug } } relationships { nodes { slug } } }
  sean: entity(name: "Big Sean") { statementsAbout { nodes { slug } } claimsAbout { nodes { slug } } }
  episode: node(id: "${globalId('Event', 'drink-champs-2020-episode')}") { ... on Event { statements { nodes { slug } } } }
  factCheckSummary {
    totalClaims
    byStatus { status count }
    statementsPerSpeaker(first: 50) { speaker { slug } count }
    mentionsPerEntity(first: 50) { entity { slug } count }
  }
  statement: node(id: $statementId) { ... on Statement { slug quote retraction { reason retractedBy retractedAt } } }
  relationship: node(id: $relationshipId) { ... on Relationship { slug retraction { reason retractedBy retractedAt } } }
  claim: node(id: $claimId) { ... on Claim { slug text retraction { reason retractedBy retractedAt } } }
}`;

const slugs = (list: Json[]) => list.map((item: Json) => item.slug ?? item.node?.slug);

describe('retraction hides a record from default lists but deletes nothing', () => {
  const ids = {
    statementId: globalId('Statement', 'west-calls-legend-big-sean-sellouts'),
    relationshipId: globalId('Relationship', 'west-criticized-big-sean'),
    claimId: globalId('Claim', 'used-by-democrats'),
  };
  let before: Json;
  let after: Json;
  let retractedAt: string;

  beforeAll(async () => {
    before = await succeed(server.graphql(READER_VIEW, ids));
    const started = new Date().toISOString();
    for (const [id, reason] of [
      [ids.statementId, 'Misattributed: the paraphrase is the outlet’s, not West’s.'],
      [ids.relationshipId, 'Only implied by the article.'],
      [ids.claimId, 'Duplicate of another claim.'],
    ] as const) {
      const data = await succeed(retract(id, reason));
      expect(data.retract.node.id).toBe(id);
      expect(data.retract.retraction).toMatchObject({ reason, retractedBy: TOKENS.admin.name });
      expect(data.retract.retraction.retractedAt >= started).toBe(true);
      retractedAt ??= data.retract.retraction.retractedAt;
    }
    after = await succeed(server.graphql(READER_VIEW, ids));
  });

  it('the records were visible before', () => {
    expect(slugs(before.statements.nodes)).toContain('west-calls-legend-big-sean-sellouts');
    expect(slugs(before.claims.nodes)).toContain('used-by-democrats');
    expect(slugs(before.relationships.nodes)).toContain('west-criticized-big-sean');
    expect(slugs(before.sellout.nodes)).toContain('west-calls-legend-big-sean-sellouts');
    expect(slugs(before.democrats.nodes)).toContain('used-by-democrats');
  });

  it('statements: gone from the list, the speaker, the event, search, the timeline and the paths', () => {
    const gone = 'west-calls-legend-big-sean-sellouts';
    expect(slugs(after.statements.nodes)).not.toContain(gone);
    expect(after.statements.totalCount).toBe(before.statements.totalCount - 1);
    expect(slugs(after.west.statements.nodes)).not.toContain(gone);
    expect(slugs(after.sean.statementsAbout.nodes)).not.toContain(gone);
    expect(slugs(after.episode.statements.nodes)).not.toContain(gone);
    expect(slugs(after.sellout.nodes)).not.toContain(gone);
    expect(slugs(after.timeline.nodes)).not.toContain(gone);
    expect(after.paths.flatMap((path: Json) => path.hops.map((hop: Json) => hop.statement?.slug))).not.toContain(gone);
    expect(slugs(before.timeline.nodes)).toContain(gone);
  });

  it('relationships: gone from the list, the entity and the paths', () => {
    const gone = 'west-criticized-big-sean';
    expect(slugs(after.relationships.nodes)).not.toContain(gone);
    expect(slugs(after.west.relationships.nodes)).not.toContain(gone);
    expect(after.paths.flatMap((path: Json) => path.hops.map((hop: Json) => hop.relationship?.slug))).not.toContain(
      gone,
    );
    expect(before.paths.flatMap((path: Json) => path.hops.map((hop: Json) => hop.relationship?.slug))).toContain(gone);
  });

  it('claims: gone from the list, the claimant, the subjects, search and the summary counts', () => {
    const gone = 'used-by-democrats';
    expect(slugs(after.claims.nodes)).not.toContain(gone);
    expect(after.claims.totalCount).toBe(before.claims.totalCount - 1);
    expect(slugs(after.west.claims.nodes)).not.toContain(gone);
    expect(slugs(after.sean.claimsAbout.nodes)).not.toContain(gone);
    expect(slugs(after.democrats.nodes)).not.toContain(gone);
    expect(after.factCheckSummary.totalClaims).toBe(before.factCheckSummary.totalClaims - 1);
    const unreviewed = (view: Json) =>
      view.factCheckSummary.byStatus.find((entry: Json) => entry.status === 'UNREVIEWED').count;
    expect(unreviewed(after)).toBe(unreviewed(before) - 1);
  });

  it('the summary no longer counts the retracted statement for its speaker or its subjects', () => {
    const countFor = (list: Json[], key: 'speaker' | 'entity', slug: string) =>
      list.find((entry: Json) => entry[key].slug === slug)?.count ?? 0;
    const speakers = (view: Json) => view.factCheckSummary.statementsPerSpeaker;
    const mentions = (view: Json) => view.factCheckSummary.mentionsPerEntity;
    expect(countFor(speakers(after), 'speaker', 'kanye-west')).toBe(
      countFor(speakers(before), 'speaker', 'kanye-west') - 1,
    );
    expect(countFor(mentions(after), 'entity', 'big-sean')).toBe(countFor(mentions(before), 'entity', 'big-sean') - 1);
  });

  it('includeRetracted: true lists them again', () => {
    expect(after.allStatements).toEqual(before.allStatements);
    expect(after.allClaims).toEqual(before.allClaims);
    expect(after.allRelationships).toEqual(before.allRelationships);
  });

  it('node(id) still returns each, with who retracted it, when and why', () => {
    expect(after.statement).toEqual({
      slug: 'west-calls-legend-big-sean-sellouts',
      quote: before.statement.quote,
      retraction: {
        reason: 'Misattributed: the paraphrase is the outlet’s, not West’s.',
        retractedBy: TOKENS.admin.name,
        retractedAt,
      },
    });
    expect(after.relationship.retraction).toMatchObject({
      reason: 'Only implied by the article.',
      retractedBy: TOKENS.admin.name,
    });
    expect(after.claim).toMatchObject({ slug: 'used-by-democrats', text: before.claim.text });
    expect(after.claim.retraction.reason).toBe('Duplicate of another claim.');
    expect(before.statement.retraction).toBeNull();
  });

  it('their history is kept, with the retraction last', async () => {
    for (const id of Object.values(ids)) {
      const history = await historyOf(id);
      expect(history.nodes.map((change: Json) => change.action)).toEqual(['IMPORT', 'RETRACT']);
    }
  });
});

describe('what cannot be retracted', () => {
  const statementId = globalId('Statement', 'west-drink-champs-quote');

  beforeAll(async () => {
    await succeed(retract(statementId, 'Retracted once.'));
  });

  it.each([
    [
      'a record already retracted',
      statementId,
      'Again.',
      'BAD_USER_INPUT',
      'id',
      'Statement west-drink-champs-quote is already retracted',
    ],
    ['a person', globalId('Person', 'kanye-west'), 'No.', 'BAD_USER_INPUT', 'id', 'a Person cannot be retracted'],
    ['an outlet', globalId('Outlet', 'new-york-post'), 'No.', 'BAD_USER_INPUT', 'id', 'cannot be retracted'],
    ['an event', globalId('Event', 'election-2020'), 'No.', 'BAD_USER_INPUT', 'id', 'cannot be retracted'],
    ['an unknown id', globalId('Statement', 'no-such-statement'), 'No.', 'NOT_FOUND', 'id', 'no node has the id'],
    ['a malformed id', 'not-a-global-id!', 'No.', 'BAD_USER_INPUT', 'id', 'is not a claimgraph global id'],
    ['an empty reason', globalId('Claim', 'west-60000-votes'), '', 'BAD_USER_INPUT', 'reason', 'give the reason'],
    ['a blank reason', globalId('Claim', 'west-60000-votes'), '   ', 'BAD_USER_INPUT', 'reason', 'give the reason'],
  ])('%s is refused, and nothing is written', async (_what, id, reason, code, field, message) => {
    const scope = { historyOf: [statementId, globalId('Claim', 'west-60000-votes')] };
    const before = await snapshot(server, scope);
    const { error } = await refuse(retract(id, reason), code);
    expect(error.extensions?.argumentPath).toBe(field);
    expect(error.message).toContain(message);
    expect(await snapshot(server, scope)).toEqual(before);
  });

  it('the first retraction is kept as it was', async () => {
    const data = await succeed(
      server.graphql('query S($id: ID!) { node(id: $id) { ... on Statement { retraction { reason } } } }', {
        id: statementId,
      }),
    );
    expect(data.node.retraction).toEqual({ reason: 'Retracted once.' });
    expect((await historyOf(statementId)).nodes.map((change: Json) => change.action)).toEqual(['IMPORT', 'RETRACT']);
  });
});
