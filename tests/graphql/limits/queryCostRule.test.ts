/**
 * The query cost rule, run through graphql-js validation on a small schema of its own so that every cost can be
 * worked out by hand: each field costs 1; a connection multiplies what it selects by its page size (`first` or
 * `last`, capped at the maximum page size; a variable counts as the maximum; absent, the default); `paths` by its
 * `first` (3 when absent, 10 for a variable); any other list by PLAIN_LIST_ESTIMATE. Fragments are expanded.
 */
import { buildSchema, parse, validate, type GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../src/graphql/connection.js';
import { PLAIN_LIST_ESTIMATE, queryCostRule } from '../../../src/graphql/limits/queryCostRule.js';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Query {
    statements(first: Int, last: Int, after: String): StatementConnection!
    node(id: ID!): Node
    paths(from: ID!, to: ID!, first: Int): [Path!]!
    version: String!
  }
  type Mutation { reviewClaim(claim: ID!): Claim }
  type StatementConnection { nodes: [Statement!]! edges: [StatementEdge!]! totalCount: Int! }
  type StatementEdge { cursor: String! node: Statement! }
  type Statement implements Node {
    id: ID!
    quote: String!
    speaker: Person!
    mentions: [Person!]!
    claims(first: Int, last: Int): ClaimConnection!
  }
  type ClaimConnection { nodes: [Claim!]! }
  type Claim implements Node { id: ID! text: String! }
  type Person implements Node { id: ID! name: String! }
  type Path { hops: Int! steps: [Person!]! }
`);

/**
 * The cost of `query`: the lowest limit the rule accepts it under (a binary search). Not the `found` of an error:
 * the rule stops counting once over its limit, so that figure is only a lower bound.
 */
function costOf(query: string): number {
  const document = parse(query);
  const accepted = (limit: number) => validate(schema, document, [queryCostRule(limit)]).length === 0;
  let low = 0;
  let high = 2 ** 30;
  expect(accepted(high), 'the query costs less than 2^30').toBe(true);
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (accepted(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

function errorsAt(maxCost: number, query: string): readonly GraphQLError[] {
  return validate(schema, parse(query), [queryCostRule(maxCost)]);
}

describe('query cost', () => {
  it('counts each field once', () => {
    expect(costOf('{ version }')).toBe(1);
    expect(costOf('{ version a: version b: version }')).toBe(3);
  });

  it("multiplies a connection's selection by its literal `first`, or `last`", () => {
    // statements (1) + 10 x [nodes (1) + id (1) + quote (1)]
    expect(costOf('{ statements(first: 10) { nodes { id quote } } }')).toBe(1 + 10 * 3);
    expect(costOf('{ statements(last: 7) { nodes { id quote } } }')).toBe(1 + 7 * 3);
  });

  it('counts a connection without `first` or `last` (or with null) at the default page size', () => {
    expect(costOf('{ statements { nodes { id quote } } }')).toBe(1 + DEFAULT_PAGE_SIZE * 3);
    expect(costOf('{ statements(first: null) { nodes { id quote } } }')).toBe(1 + DEFAULT_PAGE_SIZE * 3);
  });

  it('caps a page size beyond the maximum at the maximum (the resolver refuses it anyway)', () => {
    expect(costOf('{ statements(first: 100000) { nodes { id quote } } }')).toBe(1 + MAX_PAGE_SIZE * 3);
  });

  it('counts a negative page size as zero items', () => {
    expect(costOf('{ statements(first: -5) { nodes { id quote } } }')).toBe(1);
  });

  it('counts a page size given by a variable at the maximum page size, whatever the variable will be', () => {
    expect(costOf('query ($n: Int) { statements(first: $n) { nodes { id quote } } }')).toBe(1 + MAX_PAGE_SIZE * 3);
  });

  it('multiplies nested connections: 10 statements of 10 claims cost 100 times a claim', () => {
    const query = '{ statements(first: 10) { nodes { claims(first: 10) { nodes { id text } } } } }';
    // statements 1 + 10 x [nodes 1 + claims 1 + 10 x (nodes 1 + id 1 + text 1)]
    expect(costOf(query)).toBe(1 + 10 * (1 + 1 + 10 * 3));
  });

  it('does not multiply the lists inside a connection (nodes, edges) a second time', () => {
    expect(costOf('{ statements(first: 4) { edges { cursor node { id } } } }')).toBe(1 + 4 * (1 + 1 + 1 + 1));
  });

  it(`estimates any other list at ${PLAIN_LIST_ESTIMATE} items`, () => {
    expect(costOf('{ statements(first: 1) { nodes { mentions { name } } } }')).toBe(
      1 + 1 * (1 + 1 + PLAIN_LIST_ESTIMATE * 1),
    );
  });

  it('multiplies `paths` by its `first`: 3 when absent, 10 for a variable', () => {
    expect(costOf('{ paths(from: "a", to: "b", first: 4) { hops } }')).toBe(1 + 4 * 1);
    expect(costOf('{ paths(from: "a", to: "b") { hops } }')).toBe(1 + 3 * 1);
    expect(costOf('query ($n: Int) { paths(from: "a", to: "b", first: $n) { hops } }')).toBe(1 + 10 * 1);
    // the steps of a path are a plain list
    expect(costOf('{ paths(from: "a", to: "b", first: 2) { steps { name } } }')).toBe(
      1 + 2 * (1 + PLAIN_LIST_ESTIMATE),
    );
  });

  it('costs a named fragment the same as its fields written out', () => {
    const inline = '{ statements(first: 10) { nodes { id quote speaker { name } } } }';
    const withFragment = `{ statements(first: 10) { nodes { ...S } } }
      fragment S on Statement { id quote speaker { name } }`;
    expect(costOf(withFragment)).toBe(costOf(inline));
    expect(costOf(inline)).toBe(1 + 10 * (1 + 1 + 1 + 1 + 1));
  });

  it('counts a fragment every time it is spread', () => {
    const query = `{ statements(first: 10) { nodes { ...S ...S } } }
      fragment S on Statement { id quote }`;
    expect(costOf(query)).toBe(1 + 10 * (1 + 2 + 2));
  });

  it('counts a fragment spread twice over at each level of a chain in full (doubling per level)', () => {
    const levels = 12;
    const fragments = [`fragment F0 on Statement { id }`];
    for (let level = 1; level <= levels; level++)
      fragments.push(`fragment F${level} on Statement { ...F${level - 1} ...F${level - 1} }`);
    const query = `{ statements(first: 1) { nodes { ...F${levels} } } } ${fragments.join('\n')}`;
    expect(costOf(query)).toBe(1 + 1 * (1 + 2 ** levels));
  });

  it('costs the fields of an inline fragment on the type it names', () => {
    const query = '{ node(id: "x") { id ... on Statement { claims(first: 5) { nodes { id } } } } }';
    // node 1 + [id 1 + claims 1 + 5 x (nodes 1 + id 1)]
    expect(costOf(query)).toBe(1 + (1 + 1 + 5 * 2));
  });

  it('counts a fragment cycle as nothing instead of looping (the cycle itself is another rule)', () => {
    const query = `{ statements(first: 10) { nodes { ...A } } }
      fragment A on Statement { id ...B }
      fragment B on Statement { quote ...A }`;
    expect(costOf(query)).toBeGreaterThan(0);
    expect(errorsAt(1_000_000, query)).toEqual([]);
  });

  it('costs a mutation by the same rules', () => {
    expect(costOf('mutation { reviewClaim(claim: "x") { id text } }')).toBe(3);
  });
});

describe('the cost limit', () => {
  const query = '{ statements(first: 10) { nodes { id quote } } }'; // costs 31

  it('accepts a query that costs exactly the limit', () => {
    expect(errorsAt(31, query)).toEqual([]);
  });

  it('refuses a query that costs one more than the limit, naming the limit and the cost', () => {
    const errors = errorsAt(30, query);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(
      'The query is too costly (fields times list sizes): the limit is 30, this query has at least 31',
    );
    expect(errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 30, found: 31 });
  });

  it('stops counting once over the limit, so the figure reported is a lower bound', () => {
    const huge = '{ statements(first: 100) { nodes { claims(first: 100) { nodes { id text } } } } }';
    const [error] = errorsAt(50, huge);
    const found = error.extensions.found as number;
    expect(found).toBeGreaterThan(50);
    expect(found).toBeLessThanOrEqual(1 + 100 * (1 + 1 + 100 * 3));
  });

  it('checks each operation of a document on its own', () => {
    const document = `query Small { version }
      query Big { statements(first: 10) { nodes { id quote } } }`;
    const errors = errorsAt(5, document);
    expect(errors.map((error) => error.extensions.found)).toEqual([31]);
  });

  it('adds up aliased copies of a field', () => {
    expect(
      errorsAt(
        61,
        `{ a: statements(first: 10) { nodes { id quote } } b: statements(first: 10) { nodes { id quote } } }`,
      ),
    ).toHaveLength(1);
    expect(
      errorsAt(
        62,
        `{ a: statements(first: 10) { nodes { id quote } } b: statements(first: 10) { nodes { id quote } } }`,
      ),
    ).toEqual([]);
  });
});
