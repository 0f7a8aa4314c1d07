/**
 * Property-based hardening of client input: random strings (long, astral and combining Unicode, NUL, FTS5 syntax,
 * SQL injection, LIKE wildcards) sent over HTTP to every String and ID argument (and every String or ID field of
 * an input argument) of every root Query field. The fields are read from schema.graphql, so a new field or
 * argument is fuzzed without a change here. Whatever the string, the answer is data or a typed client error:
 * never INTERNAL_SERVER_ERROR, never an error without a code, never the storage engine's wording, and nothing
 * logged as an internal error.
 */
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { collectLog, startTestServer, type TestServer } from '../support/testServer.js';

const ENGINE_TEXT = /SQLITE|fts5|syntax error near|no such column|tsquery|LIKE or GLOB/i;
const RUNS_PER_ARGUMENT = 20;
const SEED = 20_261_201;
/** a valid value for an argument that is required but not under test */
const ENTITY = 'kanye-west';

const schema = buildSchema(readFileSync(join(PROJECT_ROOT, 'schema.graphql'), 'utf8'));

const isStringLike = (type: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(type).name);

/** One place a string goes: an argument, or a String/ID field of an input-object argument. */
interface Target {
  field: GraphQLField<unknown, unknown>;
  argument: GraphQLArgument;
  inputField?: string;
}

function targets(): Target[] {
  const found: Target[] = [];
  for (const field of Object.values(schema.getQueryType()!.getFields())) {
    for (const argument of field.args) {
      const named = getNamedType(argument.type);
      if (isStringLike(argument.type)) found.push({ field, argument });
      else if (isInputObjectType(named)) {
        for (const inputField of Object.values(named.getFields())) {
          if (isStringLike(inputField.type)) found.push({ field, argument, inputField: inputField.name });
        }
      }
    }
  }
  return found;
}

/** A valid value for a type, for required arguments that are not the one under test. */
function validValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return validValue(type.ofType);
  if (isListType(type)) return [validValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) return {};
  if (type.name === 'Int') return 1;
  if (type.name === 'Boolean') return false;
  return ENTITY;
}

/** The query for one target, every argument passed as a variable, and the variables for a string. */
function request(target: Target): { query: string; variables: (value: string) => Record<string, unknown> } {
  const { field, argument, inputField } = target;
  const passed = field.args.filter((a) => a === argument || isNonNullType(a.type));
  const definitions = passed.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = passed.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const query = `query Fuzz(${definitions}) { ${field.name}(${args})${selection} }`;
  return {
    query,
    variables: (value) => {
      const variables: Record<string, unknown> = {};
      for (const a of passed) variables[a.name] = a === argument ? undefined : validValue(a.type);
      const wrap = (v: unknown) =>
        isListType(isNonNullType(argument.type) ? argument.type.ofType : argument.type) ? [v] : v;
      variables[argument.name] = inputField ? { [inputField]: value } : wrap(value);
      return variables;
    },
  };
}

const FRAGMENTS = [
  '"',
  'NEAR(',
  'NEAR(west legend, 2)',
  '*',
  'west*',
  'column:',
  'password:',
  'a:b',
  '^',
  '(',
  ')',
  'AND',
  'OR',
  'NOT',
  '-',
  "' OR 1=1 --",
  "'; DROP TABLE statements; --",
  '%',
  '_',
  '%_',
  '\\',
  '\u0000',
  'e\u0301',
  '\u0301\u0302\u0303',
  '🦄',
  '𝔘𝔫𝔦',
  '\u{10FFFF}',
  '\u200b',
  '\u00a0',
  ' ',
  'kanye',
  'West',
  'sellout',
  '"sell out"',
  '{',
  '$',
  '\n',
  'Z29vZA==',
  'UGVyc29uOmthbnllLXdlc3Q',
];

const strings: fc.Arbitrary<string> = fc.oneof(
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join('')),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 12 }).map((parts) => parts.join(' ')),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc
    .tuple(fc.constantFrom('a', '%', '_', '"', '🦄', 'e\u0301', 'NEAR(', ' OR '), fc.integer({ min: 200, max: 60_000 }))
    .map(([unit, times]) => unit.repeat(Math.ceil(times / unit.length))),
);

let server: TestServer;
/** the server's JSON log: an internal error is logged there at level error (50) or above */
const log = collectLog();

beforeAll(async () => {
  server = await startTestServer({ logStream: log.stream });
});

afterAll(async () => {
  await server?.close();
});

const TARGETS = targets();

describe('random strings in every String and ID argument of every Query field', () => {
  it('the schema gives the fuzzer every string argument, filters included', () => {
    const names = TARGETS.map((t) => `${t.field.name}(${t.argument.name}${t.inputField ? `.${t.inputField}` : ''})`);
    for (const expected of ['search(query)', 'statements(filter.text)', 'entity(name)', 'node(id)', 'nodes(ids)']) {
      expect(names).toContain(expected);
    }
  });

  it.each(
    TARGETS.map((t) => [`${t.field.name}(${t.argument.name}${t.inputField ? `.${t.inputField}` : ''})`, t] as const),
  )('%s answers data or a coded client error, never an internal error or engine text', async (_name, target) => {
    const { query, variables } = request(target);
    await fc.assert(
      fc.asyncProperty(strings, async (value) => {
        const { status, body, text } = await server.graphql(query, variables(value));
        expect(status, text.slice(0, 300)).toBeLessThan(500);
        for (const error of body.errors ?? []) {
          expect(typeof error.extensions?.code, error.message).toBe('string');
          expect(error.extensions?.code, error.message).not.toBe('INTERNAL_SERVER_ERROR');
        }
        expect(text).not.toMatch(ENGINE_TEXT);
      }),
      { seed: SEED, numRuns: RUNS_PER_ARGUMENT },
    );
    const errorLines = log.lines().filter((line: { level: number }) => line.level >= 50);
    expect(errorLines, JSON.stringify(errorLines.slice(0, 2))).toEqual([]);
  });
});
