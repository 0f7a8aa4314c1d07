/**
 * The documentation's examples are real: every docs/examples/NAME.graphql (one operation, with its variables in
 * NAME.variables.json when it has any) is sent to a server holding the article's fixture, configured as
 * `npm start` runs it (no store-call counts in responses), and its response must equal NAME.json exactly. A change
 * to the API or the fixture that changes an answer fails here until the example is updated (and re-checked against
 * fixtures/legend-west.dataset.json), so the docs cannot drift.
 *
 * Like `npm start`, the server ranks similar claims by meaning, once it has embedded the fixture's claims (a few
 * seconds); the examples run after that, so the similar-claims example shows what a settled server answers.
 *
 * Search ranks, scores and cuts snippets differently on PostgreSQL (docs/deploying.md), so the examples that use
 * `search` are checked on SQLite only; every other example must answer the same on both backends.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../src/config/config.js';
import { ON_POSTGRES } from './support/testDatabase.js';
import { untilSemanticRanking } from './support/semanticRanking.js';
import { startTestServer, type TestServer } from './support/testServer.js';

const EXAMPLES_DIR = join(PROJECT_ROOT, 'docs', 'examples');

interface Example {
  name: string;
  query: string;
  variables: Record<string, unknown> | undefined;
  expected: unknown;
  usesSearch: boolean;
}

function readExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.graphql'.length);
      const query = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
      const variablesFile = join(EXAMPLES_DIR, `${name}.variables.json`);
      const expectedFile = join(EXAMPLES_DIR, `${name}.json`);
      return {
        name,
        query,
        variables: existsSync(variablesFile)
          ? (JSON.parse(readFileSync(variablesFile, 'utf8')) as Record<string, unknown>)
          : undefined,
        expected: existsSync(expectedFile) ? JSON.parse(readFileSync(expectedFile, 'utf8')) : undefined,
        usesSearch: /\bsearch\s*\(/.test(query),
      };
    });
}

const examples = readExamples();

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { CLAIMGRAPH_REPORT_STORE_CALLS: '0', CLAIMGRAPH_SEMANTIC_RANKING: '1' } });
  // the examples then meet a settled server
  await untilSemanticRanking(server, 'votes');
}, 90_000);

afterAll(async () => {
  await server?.close();
});

describe('docs/examples', () => {
  it('holds examples, each with its expected response and no stray files', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const example of examples) expect(example.expected, `${example.name}.json`).toBeDefined();
    const names = new Set(examples.map((example) => example.name));
    for (const file of readdirSync(EXAMPLES_DIR)) {
      const name = file.replace(/(\.variables)?\.json$|\.graphql$/, '');
      expect(names.has(name), `${file} belongs to no NAME.graphql`).toBe(true);
    }
  });

  it('are one read-only operation each', () => {
    for (const example of examples) {
      const operations = parse(example.query).definitions.filter(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION,
      );
      expect(
        operations.map((operation) => operation.operation),
        example.name,
      ).toEqual(['query']);
    }
  });

  for (const example of examples) {
    const skip = ON_POSTGRES && example.usesSearch;
    it.skipIf(skip)(`${example.name}.graphql answers exactly ${example.name}.json`, async () => {
      const result = await server.graphql(example.query, example.variables);
      expect(result.status, result.text.slice(0, 500)).toBe(200);
      expect(result.body).toEqual(example.expected);
    });
  }
});
