/**
 * Every client string has a cap (README "Security and limits", src/config/queryLimits.ts INPUT_CAPS): one over
 * it is refused before execution with HTTP 400 BAD_USER_INPUT naming the argument and the cap, whether written in
 * the query or sent as a variable; a value exactly at the cap is let through to the resolver.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_CAPS, type InputCapKind } from '../../src/config/queryLimits.js';
import { startTestServer, type TestServer } from '../support/testServer.js';
import { expectNoInternals } from './helpers.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server?.close();
});

interface Case {
  kind: InputCapKind;
  argumentPath: string;
  query: string;
  /** the variables, given the string under test */
  variables: (value: string) => Record<string, unknown>;
}

const CASES: Case[] = [
  {
    kind: 'id',
    argumentPath: 'id',
    query: 'query ($v: ID!) { node(id: $v) { id } }',
    variables: (v) => ({ v }),
  },
  {
    kind: 'id',
    argumentPath: 'ids[1]',
    query: 'query ($v: ID!) { nodes(ids: ["a", $v]) { id } }',
    variables: (v) => ({ v }),
  },
  {
    kind: 'cursor',
    argumentPath: 'after',
    query: 'query ($v: String) { people(after: $v) { totalCount } }',
    variables: (v) => ({ v }),
  },
  {
    kind: 'name',
    argumentPath: 'name',
    query: 'query ($v: String!) { entity(name: $v) { id } }',
    variables: (v) => ({ v }),
  },
  {
    kind: 'name',
    argumentPath: 'filter.speaker',
    query: 'query ($f: StatementFilter) { statements(filter: $f) { totalCount } }',
    variables: (v) => ({ f: { speaker: v } }),
  },
  {
    kind: 'date',
    argumentPath: 'from',
    query: 'query ($v: String) { timeline(entity: "kanye-west", from: $v) { totalCount } }',
    variables: (v) => ({ v }),
  },
  {
    kind: 'textFilter',
    argumentPath: 'filter.text',
    query: 'query ($f: StatementFilter) { statements(filter: $f) { totalCount } }',
    variables: (v) => ({ f: { text: v } }),
  },
  {
    kind: 'searchQuery',
    argumentPath: 'query',
    query: 'query ($v: String!) { search(query: $v) { totalCount } }',
    variables: (v) => ({ v }),
  },
];

const title = (c: Case) => `${c.argumentPath} (${c.kind}, at most ${INPUT_CAPS[c.kind]} characters)`;

describe('an over-cap string is BAD_USER_INPUT naming the argument and the cap, before execution', () => {
  it.each(CASES.map((c) => [title(c), c] as const))('%s', async (_title, c) => {
    const max = INPUT_CAPS[c.kind];
    const { status, body, text } = await server.graphql(c.query, c.variables('a'.repeat(max + 1)));
    expect(status, text.slice(0, 300)).toBe(400);
    expect(body).not.toHaveProperty('data');
    expect(body.extensions?.storeCalls ?? 0).toBe(0);
    const [error] = body.errors ?? [];
    expect(error?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentPath: c.argumentPath,
      cap: c.kind,
      max,
      found: max + 1,
    });
    expect(error?.message).toContain(`\`${c.argumentPath}\``);
    expect(error?.message).toContain(`at most ${max} characters`);
    expectNoInternals(text);
  });
});

describe('a string exactly at its cap reaches the resolver', () => {
  it.each(CASES.map((c) => [title(c), c] as const))('%s', async (_title, c) => {
    const { status, body, text } = await server.graphql(c.query, c.variables('a'.repeat(INPUT_CAPS[c.kind])));
    expect(status, text.slice(0, 300)).toBe(200);
    for (const error of body.errors ?? []) {
      expect(error.extensions?.code, error.message).not.toBe('INTERNAL_SERVER_ERROR');
      expect(error.extensions?.cap, error.message).toBeUndefined();
    }
  });
});

// Mutation inputs: the cap is checked before authentication, so an anonymous request shows it; at the cap, the
// request goes on to the resolver, which asks for a token.
const MUTATION_CASES: Case[] = [
  {
    kind: 'quote',
    argumentPath: 'input.quote',
    query: 'mutation ($input: AddStatementInput!) { addStatement(input: $input) { statement { id } } }',
    variables: (v) => ({
      input: {
        speaker: 'kanye-west',
        quote: v,
        isDirectQuote: true,
        attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
        mentions: [],
        evidence: [],
      },
    }),
  },
  {
    kind: 'text',
    argumentPath: 'input.sources[0].title',
    query: 'mutation ($input: ReviewClaimInput!) { reviewClaim(input: $input) { review { id } } }',
    variables: (v) => ({
      input: { claim: 'x', ratingValue: 2, explanation: 'e', sources: [{ url: 'https://example.org', title: v }] },
    }),
  },
];

describe('mutation inputs have caps too, checked before anything else', () => {
  it.each(MUTATION_CASES.map((c) => [title(c), c] as const))('%s over its cap is BAD_USER_INPUT', async (_t, c) => {
    const max = INPUT_CAPS[c.kind];
    const { status, body } = await server.graphql(c.query, c.variables('a'.repeat(max + 1)));
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentPath: c.argumentPath,
      cap: c.kind,
      max,
    });
  });

  it.each(MUTATION_CASES.map((c) => [title(c), c] as const))('%s at its cap reaches the resolver', async (_t, c) => {
    const { body } = await server.graphql(c.query, c.variables('a'.repeat(INPUT_CAPS[c.kind])));
    expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('the caps hold however the string arrives', () => {
  it('an over-cap literal in the query is refused like a variable (50,000 characters of text filter)', async () => {
    const literal = JSON.stringify('%_'.repeat(25_000));
    const { status, body } = await server.graphql(`{ statements(filter: { text: ${literal} }) { totalCount } }`);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: 'filter.text' });
  });

  it('the same query is checked again with each request’s variables, in a fragment as at the top', async () => {
    const max = INPUT_CAPS.searchQuery;
    const query = `query ($v: String!, $n: String!) {
      ...Found
      entity(name: $n) { id }
    }
    fragment Found on Query { search(query: $v) { totalCount } }`;
    const fits = { v: 'west', n: 'kanye-west' };
    expect((await server.graphql(query, fits)).status).toBe(200);
    const over = await server.graphql(query, { ...fits, v: 'a'.repeat(max + 1) });
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions).toMatchObject({ argumentPath: 'query', cap: 'searchQuery' });
    const overName = await server.graphql(query, { ...fits, n: 'a'.repeat(INPUT_CAPS.name + 1) });
    expect(overName.body.errors?.[0]?.extensions).toMatchObject({ argumentPath: 'name', cap: 'name' });
    expect((await server.graphql(query, fits)).status).toBe(200);
  });

  it('a NUL character in any string is BAD_USER_INPUT naming the argument', async () => {
    const { status, body } = await server.graphql('query ($v: String!) { search(query: $v) { totalCount } }', {
      v: 'west\u0000',
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: 'query' });
    expect(body.errors?.[0]?.message).toContain('NUL');
  });
});

describe('limits graphql-js applies itself are named in the refusal', () => {
  it('995 repeated __typename fields are QUERY_TOO_COMPLEX naming the field-merging limit, not "Validation aborted."', async () => {
    const { status, body, text } = await server.graphql(`{ ${'__typename '.repeat(995)}}`);
    expect(status).toBe(400);
    expect(text).not.toContain('Validation aborted');
    const [error] = body.errors ?? [];
    expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'fieldMerging', max: 500_000 });
    expect(error?.message).toContain('500000 field comparisons');
  });

  it('more validation errors than the limit end with an error naming the limit of 10', async () => {
    const fields = Array.from({ length: 12 }, (_, i) => `nope${i}`).join(' ');
    const { status, body, text } = await server.graphql(`{ ${fields} }`);
    expect(status).toBe(400);
    expect(text).not.toContain('Validation aborted');
    const last = body.errors?.at(-1);
    expect(last?.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED', limit: 'validationErrors', max: 10 });
    expect(last?.message).toContain('the limit is 10');
  });
});

describe('a full-text syntax error is answered in our words, not the engine’s', () => {
  const ENGINE_TEXT = /SQLITE|fts5|syntax error near|no such column|tsquery/i;
  it.each(['password: x', 'a:b:c', '"a" NEAR(', 'NEAR(a b, -1)', '*'])('%s', async (query) => {
    const { body, text } = await server.graphql('query ($q: String!) { search(query: $q) { totalCount } }', {
      q: query,
    });
    expect(text).not.toMatch(ENGINE_TEXT);
    for (const error of body.errors ?? []) {
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentPath: 'query' });
      expect(error.message).toMatch(/^the search query is not valid: /);
    }
  });
});
