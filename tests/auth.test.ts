/**
 * Who may write: reads are public; every mutation needs `Authorization: Bearer <token>` whose role allows it
 * (editor: add documents, statements, claims, relationships; reviewer: also start and record reviews; admin: also
 * retract and import). Each refusal is checked by reading back that nothing was written. Tokens come from
 * CLAIMGRAPH_TOKENS here, and from a tokens file made by `claimgraph token create` at the end.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from './support/cliServer.js';
import { startTestServer, type GraphQLResult, type TestServer } from './support/testServer.js';
import {
  articleSpan,
  globalId,
  refuse,
  ROLES,
  snapshot,
  startWriteServer,
  succeed,
  TOKENS,
  type Json,
  type TestRole,
  type WriteServer,
} from './support/writeServer.js';

let server: WriteServer;
const folder = mkdtempSync(join(tmpdir(), 'claimgraph-auth-'));
/** Every response body of this file, to check that no token is ever echoed. */
const responses: string[] = [];
/** Everything the server process logged while this file ran. */
const logged: string[] = [];

beforeAll(async () => {
  for (const method of ['log', 'error', 'warn', 'info', 'debug'] as const) {
    const original = console[method].bind(console);
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(args.map((arg) => (arg instanceof Error ? `${arg.message}\n${arg.stack}` : String(arg))).join(' '));
      original(...args);
    });
  }
  server = await startWriteServer({ onLog: (line) => logged.push(line) });
});

afterAll(async () => {
  vi.restoreAllMocks();
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function recorded(result: Promise<GraphQLResult<Json>>): Promise<GraphQLResult<Json>> {
  const response = await result;
  responses.push(response.text);
  return response;
}

/** A request with a raw Authorization header (or none). */
function withHeader(authorization: string | null, query: string, variables: Record<string, unknown>) {
  return recorded(server.graphql(query, variables, authorization === null ? {} : { headers: { authorization } }));
}

function asRole(role: TestRole, query: string, variables: Record<string, unknown>) {
  return withHeader(`Bearer ${TOKENS[role].token}`, query, variables);
}

interface WriteRequest {
  query: string;
  variables: Record<string, unknown>;
  /** global id of the record a successful write creates (unknown for generated slugs) */
  creates?: string;
  /** global id of an existing record the write changes */
  changes?: string;
}

interface MutationCase {
  name: string;
  /** the lowest role allowed */
  minimum: TestRole;
  /** a fresh valid request for attempt `n` (so that successes do not collide) */
  request(n: number, role: TestRole): WriteRequest;
  /** what a successful answer says */
  expectSuccess(data: Json, request: WriteRequest): void;
  /** the record whose history shows the write, when not `creates` or `changes` */
  written?(data: Json): string;
}

const MUTATIONS: MutationCase[] = [
  {
    name: 'addDocument',
    minimum: 'editor',
    request: (n) => ({
      query:
        'mutation Add($input: AddDocumentInput!) { addDocument(input: $input) { document { id slug title isHeld } } }',
      variables: {
        input: { slug: `auth-document-${n}`, title: `A cited work (${n})`, url: 'https://example.org/work' },
      },
      creates: globalId('Document', `auth-document-${n}`),
    }),
    expectSuccess: (data, request) =>
      expect(data.addDocument.document).toMatchObject({ id: request.creates, isHeld: false }),
  },
  {
    name: 'addStatement',
    minimum: 'editor',
    request: (n) => ({
      query:
        'mutation Add($input: AddStatementInput!) { addStatement(input: $input) { statement { id speaker { slug } } } }',
      variables: {
        input: {
          slug: `auth-statement-${n}`,
          speaker: 'john-legend',
          quote: `Legend says the feud is not about Trump (${n}).`,
          isDirectQuote: false,
          attributionConfidence: 'PARAPHRASED_BY_SOURCE',
          mentions: [{ entity: 'kanye-west', stance: 'NEUTRAL' }],
          evidence: [articleSpan('Legend clarifies that')],
        },
      },
      creates: globalId('Statement', `auth-statement-${n}`),
    }),
    expectSuccess: (data, request) =>
      expect(data.addStatement.statement).toEqual({ id: request.creates, speaker: { slug: 'john-legend' } }),
  },
  {
    name: 'addClaim',
    minimum: 'editor',
    request: (n) => ({
      query: 'mutation Add($input: AddClaimInput!) { addClaim(input: $input) { claim { id status } } }',
      variables: {
        input: {
          slug: `auth-claim-${n}`,
          text: `Legend is a vocal supporter of many Democrats (${n}).`,
          claimant: 'the-source',
          about: ['john-legend'],
          appearances: [{ evidence: articleSpan('he is a vocal supporter of many Democrats') }],
        },
      },
      creates: globalId('Claim', `auth-claim-${n}`),
    }),
    expectSuccess: (data, request) =>
      expect(data.addClaim.claim).toEqual({ id: request.creates, status: 'UNREVIEWED' }),
  },
  {
    name: 'addRelationship',
    minimum: 'editor',
    request: (n) => ({
      query:
        'mutation Add($input: AddRelationshipInput!) { addRelationship(input: $input) { relationship { id type } } }',
      variables: {
        input: {
          slug: `auth-relationship-${n}`,
          type: 'CRITICIZED',
          from: 'kanye-west',
          to: 'big-sean',
          states: [
            {
              status: 'ACTIVE',
              start: '2020',
              evidence: [articleSpan('West called both Legend and Big Sean sellouts')],
            },
          ],
        },
      },
      creates: globalId('Relationship', `auth-relationship-${n}`),
    }),
    expectSuccess: (data, request) =>
      expect(data.addRelationship.relationship).toEqual({ id: request.creates, type: 'CRITICIZED' }),
  },
  {
    name: 'startClaimReview',
    minimum: 'reviewer',
    request: (_n, role) => {
      // refusals aim at one claim; each allowed role starts the review of a claim of its own
      const claim = { editor: 'west-changed-their-lives', reviewer: 'legend-real-cause', admin: 'west-60000-votes' }[
        role
      ];
      return {
        query: 'mutation Start($claim: ID!) { startClaimReview(claim: $claim) { claim { id status } } }',
        variables: { claim },
        changes: globalId('Claim', claim),
      };
    },
    expectSuccess: (data, request) =>
      expect(data.startClaimReview.claim).toEqual({ id: request.changes, status: 'UNDER_REVIEW' }),
  },
  {
    name: 'reviewClaim',
    minimum: 'reviewer',
    request: (n) => ({
      query: `mutation Review($input: ReviewClaimInput!) {
        reviewClaim(input: $input) { review { id ratingValue reviewer } claim { id status } }
      }`,
      variables: {
        input: {
          claim: 'used-by-democrats',
          ratingValue: 1,
          explanation: `West's own words are the only source for this (${n}).`,
          sources: [{ url: 'https://example.org/fact-check-source', title: 'A source cited by the tests' }],
        },
      },
      changes: globalId('Claim', 'used-by-democrats'),
    }),
    expectSuccess: (data, request) => {
      expect(data.reviewClaim.review.ratingValue).toBe(1);
      expect(data.reviewClaim.claim).toEqual({ id: request.changes, status: 'REVIEWED' });
    },
    written: (data) => data.reviewClaim.review.id,
  },
  {
    name: 'retract',
    minimum: 'admin',
    request: () => ({
      query: `mutation Retract($id: ID!, $reason: String!) {
        retract(id: $id, reason: $reason) { node { id } retraction { reason retractedBy } }
      }`,
      variables: { id: globalId('Statement', 'new-yorker-west-unreachable'), reason: 'Retracted by the auth tests.' },
      changes: globalId('Statement', 'new-yorker-west-unreachable'),
    }),
    expectSuccess: (data, request) =>
      expect(data.retract).toEqual({
        node: { id: request.changes },
        retraction: { reason: 'Retracted by the auth tests.', retractedBy: TOKENS.admin.name },
      }),
  },
  {
    name: 'importDataset',
    minimum: 'admin',
    request: (n) => ({
      query: `mutation Import($dataset: JSON!, $texts: [HeldTextInput!]!) {
        importDataset(dataset: $dataset, texts: $texts) { counts { kind count } merged { importedSlug } }
      }`,
      variables: {
        dataset: {
          format: 'claimgraph-dataset/1',
          documents: [],
          people: [
            {
              slug: `auth-import-person-${n}`,
              name: `Auth Test Person ${n}`,
              evidence: [articleSpan('famous artists')],
            },
          ],
          outlets: [],
          organizations: [],
          events: [],
          statements: [],
          claims: [],
          relationships: [],
        },
        texts: [],
      },
      creates: globalId('Person', `auth-import-person-${n}`),
    }),
    expectSuccess: (data) => {
      expect(data.importDataset.merged).toEqual([]);
      expect(data.importDataset.counts).toContainEqual({ kind: 'entity', count: 1 });
    },
  },
];

const MALFORMED_HEADERS: [string, string | null][] = [
  ['no Authorization header', null],
  ['a Basic header', 'Basic x'],
  ['"Bearer" without a token', 'Bearer'],
  ['an unknown token', 'Bearer not-a-token-anyone-configured'],
];

let attempt = 0;

/** Sends a write that must be refused with `code`, and reads back that nothing changed. */
async function expectRefused(
  mutation: MutationCase,
  send: (request: WriteRequest) => Promise<GraphQLResult<Json>>,
  code: 'UNAUTHENTICATED' | 'FORBIDDEN',
  role: TestRole = 'editor',
): Promise<void> {
  const request = mutation.request(++attempt, role);
  const scope = {
    historyOf: request.changes ? [request.changes] : [],
    absent: request.creates ? [request.creates] : [],
  };
  const before = await snapshot(server, scope);
  const { error, data } = await refuse(send(request), code);
  expect(data).toBeNull();
  expect(error.path).toEqual([mutation.name]);
  expect(await snapshot(server, scope)).toEqual(before);
}

describe.each(MUTATIONS)('$name (role: $minimum)', (mutation) => {
  it.each(MALFORMED_HEADERS)('is UNAUTHENTICATED with %s, and writes nothing', async (_what, header) => {
    await expectRefused(mutation, (request) => withHeader(header, request.query, request.variables), 'UNAUTHENTICATED');
  });

  const below = ROLES.slice(0, ROLES.indexOf(mutation.minimum));
  const allowed = ROLES.slice(ROLES.indexOf(mutation.minimum));

  if (below.length > 0) {
    it.each(below)('is FORBIDDEN with the %s role, and writes nothing', async (role) => {
      await expectRefused(mutation, (request) => asRole(role, request.query, request.variables), 'FORBIDDEN', role);
    });
  }

  it.each(allowed)('is allowed with the %s role, and the history records who wrote', async (role) => {
    const request = mutation.request(++attempt, role);
    const data = await succeed(asRole(role, request.query, request.variables));
    mutation.expectSuccess(data, request);
    const readBack = mutation.written?.(data) ?? request.creates ?? request.changes;
    const history = await succeed(
      server.graphql('query History($id: ID!) { history(id: $id) { nodes { actor action } } }', { id: readBack }),
    );
    expect(history.history.nodes.at(-1).actor).toBe(TOKENS[role].name);
  });
});

describe('refusals explain themselves', () => {
  it('a FORBIDDEN error names the role needed and the role held, never the token', async () => {
    const request = MUTATIONS.find((m) => m.name === 'retract')!.request(++attempt, 'reviewer');
    const { error } = await refuse(asRole('reviewer', request.query, request.variables), 'FORBIDDEN');
    expect(error.message).toBe('retract needs the admin role; the token of rita has the reviewer role');
    expect(error.extensions?.neededRole).toBe('admin');
  });

  it('an UNAUTHENTICATED error says how to authenticate', async () => {
    const request = MUTATIONS[0].request(++attempt, 'editor');
    const { error } = await refuse(withHeader(null, request.query, request.variables), 'UNAUTHENTICATED');
    expect(error.message).toContain('Authorization: Bearer <token>');
  });
});

describe('reads are public', () => {
  const READ = `{ entity(name: "Ye") { slug } claims { totalCount } history(id: "${globalId('Person', 'john-legend')}") { totalCount } }`;

  it.each([
    ['without a token', null],
    ['with an unknown token', 'Bearer not-a-token-anyone-configured'],
    ['with a malformed header', 'Basic x'],
  ])('answers %s', async (_what, header) => {
    const data = await succeed(withHeader(header, READ, {}));
    expect(data.entity).toEqual({ slug: 'kanye-west' });
    expect(data.claims.totalCount).toBeGreaterThan(0);
    expect(data.history.totalCount).toBeGreaterThan(0);
  });
});

describe('tokens stay secret', () => {
  it('no response of this file contains a token', () => {
    expect(responses.length).toBeGreaterThan(50);
    for (const { token } of Object.values(TOKENS)) {
      expect(responses.filter((text) => text.includes(token))).toEqual([]);
    }
  });

  it('nothing the server logged contains a token', () => {
    expect(
      logged.some((line) => line.includes('3 write token(s)')),
      'the start-up line was captured',
    ).toBe(true);
    for (const { token } of Object.values(TOKENS)) {
      expect(logged.filter((line) => line.includes(token))).toEqual([]);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// `claimgraph token create` and CLAIMGRAPH_TOKENS_FILE

describe('claimgraph token create', () => {
  const tokensFile = join(folder, 'tokens.json');
  let fileServer: TestServer | undefined;

  afterAll(async () => {
    await fileServer?.close();
  });

  it('writes the digest of a new token to the file and prints the token once', async () => {
    const run = await runCli(['token', 'create', 'bob', 'reviewer', '--file', tokensFile]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const token = run.stdout.trim().split('\n').at(-1)!;
    expect(token.length).toBeGreaterThanOrEqual(32);
    const file = readFileSync(tokensFile, 'utf8');
    expect(file).not.toContain(token);
    expect(JSON.parse(file)).toEqual({
      tokens: [{ name: 'bob', role: 'reviewer', sha256: createHash('sha256').update(token).digest('hex') }],
    });

    // the server started with CLAIMGRAPH_TOKENS_FILE accepts the printed token, with its role
    fileServer = await startTestServer({ env: { CLAIMGRAPH_TOKENS_FILE: tokensFile } });
    const headers = { authorization: `Bearer ${token}` };
    const started = await fileServer.graphql(
      'mutation { startClaimReview(claim: "legend-real-cause") { claim { status } } }',
      undefined,
      { headers },
    );
    expect(started.body).toMatchObject({ data: { startClaimReview: { claim: { status: 'UNDER_REVIEW' } } } });
    const history = await fileServer.graphql(
      `{ history(id: "${globalId('Claim', 'legend-real-cause')}") { nodes { actor action } } }`,
    );
    expect(history.body.data.history.nodes.at(-1)).toEqual({ actor: 'bob', action: 'START_REVIEW' });
    const retracted = await fileServer.graphql(
      `mutation { retract(id: "${globalId('Claim', 'legend-real-cause')}", reason: "no") { node { id } } }`,
      undefined,
      { headers },
    );
    expect(retracted.body.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(started.text + history.text + retracted.text).not.toContain(token);
  });

  it('adds a second token to the same file', async () => {
    const run = await runCli(['token', 'create', 'carol', 'editor', '--file', tokensFile]);
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(tokensFile, 'utf8')).tokens.map((t: Json) => [t.name, t.role])).toEqual([
      ['bob', 'reviewer'],
      ['carol', 'editor'],
    ]);
  });

  it('refuses a second token with the same name', async () => {
    const before = readFileSync(tokensFile, 'utf8');
    const run = await runCli(['token', 'create', 'bob', 'admin', '--file', tokensFile]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('already has a token named "bob"');
    expect(readFileSync(tokensFile, 'utf8')).toBe(before);
  });
});

describe('bad token configuration is refused', () => {
  function badTokensFile(what: string, content: string | null): string {
    const file = join(folder, `bad-tokens-${what.replace(/\W+/g, '-')}.json`);
    if (content !== null) writeFileSync(file, content);
    return file;
  }

  const BAD_FILES: [string, string | null, string][] = [
    ['not JSON', 'not json at all', 'cannot read the tokens file'],
    [
      'an unknown role',
      JSON.stringify({ tokens: [{ name: 'x', role: 'boss', sha256: '0'.repeat(64) }] }),
      'the role must be one of',
    ],
    [
      'a digest that is not SHA-256 hex',
      JSON.stringify({ tokens: [{ name: 'x', role: 'admin', sha256: 'abc' }] }),
      'sha256 must be',
    ],
    ['no tokens list', JSON.stringify({ token: [] }), 'expected {"tokens": [...]}'],
    ['a missing file', null, 'cannot read the tokens file'],
  ];

  // child processes, run side by side: `claimgraph serve` as an operator runs it, and a bad `token create`
  it.concurrent.for(BAD_FILES.slice(0, 2))(
    '%s: `claimgraph serve` exits 1 with a message naming the file',
    async ([what, content, reason], { expect }) => {
      const file = badTokensFile(what, content);
      const database = join(folder, `never-created-${what.replace(/\W+/g, '-')}.db`);
      const run = await runCli(['serve'], { CLAIMGRAPH_TOKENS_FILE: file, CLAIMGRAPH_DB: database, PORT: '0' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('claimgraph serve: ');
      expect(run.stderr).toContain(file);
      expect(run.stderr).toContain(reason);
      expect(existsSync(database)).toBe(false);
    },
  );

  it.concurrent(
    '`claimgraph token create` refuses a role that does not exist with exit code 2, and writes no file',
    async ({ expect }) => {
      const file = join(folder, 'never-written.json');
      const run = await runCli(['token', 'create', 'dave', 'superuser', '--file', file]);
      expect(run).toMatchObject({ code: 2, stdout: '' });
      expect(run.stderr).toContain('the role must be one of editor, reviewer, admin, got "superuser"');
      expect(existsSync(file)).toBe(false);
    },
  );

  // the same start-up path in-process, for the other kinds of bad file
  it.each(BAD_FILES)('%s: the server does not start, and the error names the file', async (what, content, reason) => {
    const file = badTokensFile(what, content);
    // a database file of our own: startTestServer then makes no temporary folder of its own
    const start = startTestServer({
      databaseFile: join(folder, 'never-opened.db'),
      env: { CLAIMGRAPH_TOKENS_FILE: file },
    });
    await expect(start).rejects.toThrow(file);
    await expect(start).rejects.toThrow(reason);
  });
});
