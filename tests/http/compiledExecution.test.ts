/**
 * Queries run as compiled code (graphql-jit) where the server keeps parsed documents, and through graphql-js
 * where that cache is turned off. Both must answer alike, byte for byte, successes and errors: every docs example,
 * a query that fails in a resolver, a bad variable, and one run twice (the second from the compiled cache).
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { startTestServer, type TestServer } from '../support/testServer.js';

const EXAMPLES_DIR = join(PROJECT_ROOT, 'docs', 'examples');

let compiled: TestServer;
let interpreted: TestServer;

beforeAll(async () => {
  compiled = await startTestServer();
  interpreted = await startTestServer({ env: { CLAIMGRAPH_DOCUMENT_CACHE_BYTES: '0' } });
});

afterAll(async () => {
  await compiled?.close();
  await interpreted?.close();
});

/** What both servers answered, without what differs by design (store-call counts, request and error ids). */
async function bothAnswers(query: string, variables?: Record<string, unknown>) {
  const strip = (text: string) =>
    text
      .replace(/"storeCalls":\d+/g, '')
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'ID');
  const [a, b] = await Promise.all([compiled.graphql(query, variables), interpreted.graphql(query, variables)]);
  return {
    compiled: { status: a.status, text: strip(a.text) },
    interpreted: { status: b.status, text: strip(b.text) },
  };
}

const examples = readdirSync(EXAMPLES_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => {
    const name = file.slice(0, -'.graphql'.length);
    const variablesFile = join(EXAMPLES_DIR, `${name}.variables.json`);
    return {
      name,
      query: readFileSync(join(EXAMPLES_DIR, file), 'utf8'),
      variables: existsSync(variablesFile)
        ? (JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown>)
        : undefined,
    };
  });

describe('compiled execution answers as graphql-js does', () => {
  it.each(examples.map((example) => [example.name, example] as const))('docs example %s', async (_name, example) => {
    const answers = await bothAnswers(example.query, example.variables);
    expect(answers.compiled).toEqual(answers.interpreted);
    expect(answers.compiled.status).toBe(200);
  });

  it('the same query twice, the second time from the compiled cache', async () => {
    const query = '{ entity(name: "Ye") { name aliases statements(first: 2) { totalCount nodes { quote } } } }';
    const first = await bothAnswers(query);
    const second = await bothAnswers(query);
    expect(second).toEqual(first);
    expect(first.compiled).toEqual(first.interpreted);
  });

  it('a resolver refusing its input: the same BAD_USER_INPUT and partial data', async () => {
    const answers = await bothAnswers('{ tiny: __typename entity(name: "Nobody Of That Name") { name } }');
    expect(answers.compiled).toEqual(answers.interpreted);
  });

  it('a variable of the wrong type: the same 400 BAD_USER_INPUT, before anything runs', async () => {
    const query = 'query ($first: Int) { claims(first: $first) { totalCount } }';
    const answers = await bothAnswers(query, { first: 'ten' });
    expect(answers.compiled).toEqual(answers.interpreted);
    expect(answers.compiled.status).toBe(400);
    expect(answers.compiled.text).toContain('BAD_USER_INPUT');
  });

  it('a query through every kind of timeline item and abstract type answers the same', async () => {
    const query = `{ timeline(entity: "John Legend") { totalCount edges { date { iso } node { __typename
      ... on Statement { quote } ... on Event { title } ... on Claim { text } ... on ClaimReview { ratingValue }
      ... on RelationshipChange { state { status } } } } } }`;
    const answers = await bothAnswers(query);
    expect(answers.compiled).toEqual(answers.interpreted);
    expect(answers.compiled.text).toContain('RelationshipChange');
  });
});
