/**
 * Relay connections (src/graphql/connection.ts) and global ids (src/graphql/globalId.ts): opaque cursors and ids
 * that round-trip, refusals of anything forged, foreign or malformed as BAD_USER_INPUT naming the argument, page
 * size limits, and the page info of keyset pages and of in-memory lists.
 */
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  connectionFromArray,
  connectionFromPage,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  MAX_PAGE_SIZE,
  pageQueryFromArgs,
  type ConnectionArgs,
  type PageInfoModel,
} from '../../src/graphql/connection.js';
import { decodeGlobalId, toGlobalId, tryDecodeGlobalId } from '../../src/graphql/globalId.js';
import type { Page } from '../../src/store/store.js';

/** The GraphQL error `run` throws, as the parts a client sees. */
function refusal(run: () => unknown): { message: string; code: unknown; argumentPath: unknown } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const { message, extensions } = error as GraphQLError;
    return { message, code: extensions.code, argumentPath: extensions.argumentPath };
  }
  throw new Error('expected a refusal, but the call succeeded');
}

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

describe('cursors', () => {
  it('decode to the position they were made from, in the same list', () => {
    const cursor = encodeCursor('statements', { sort: '2022-10-16', id: 42 });
    expect(decodeCursor('statements', cursor, 'after')).toEqual({ sort: '2022-10-16', id: 42 });
  });

  it('are opaque URL-safe text that does not show the position in clear', () => {
    const cursor = encodeCursor('statements', { sort: 'Kanye West/ü?&', id: 7 });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain('Kanye');
    expect(decodeCursor('statements', cursor, 'after')).toEqual({ sort: 'Kanye West/ü?&', id: 7 });
  });

  it('from another list are refused as belonging to another list, naming the argument', () => {
    const cursor = encodeCursor('claims', { sort: 'x', id: 1 });
    expect(refusal(() => decodeCursor('statements', cursor, 'before'))).toEqual({
      message: `the cursor ${JSON.stringify(cursor)} belongs to another list`,
      code: 'BAD_USER_INPUT',
      argumentPath: 'before',
    });
  });

  it.each([
    ['an empty string', ''],
    ['text that is not base64', '!!!not a cursor!!!'],
    ['base64 of text that is not JSON', base64url('statements,x,1')],
    ['a JSON object instead of an array', base64url('{"list":"statements","sort":"x","id":1}')],
    ['an array of two items', base64url('["statements","x"]')],
    ['an array of four items', base64url('["statements","x",1,2]')],
    ['a sort key that is not a string', base64url('["statements",5,1]')],
    ['a fractional id', base64url('["statements","x",1.5]')],
    ['an id as a string', base64url('["statements","x","1"]')],
    ['an id beyond the safe integers', base64url('["statements","x",9007199254740993]')],
  ])('made of %s are refused as not valid cursors', (_what, cursor) => {
    expect(refusal(() => decodeCursor('statements', cursor, 'after'))).toEqual({
      message: `${JSON.stringify(cursor)} is not a valid cursor`,
      code: 'BAD_USER_INPUT',
      argumentPath: 'after',
    });
  });

  it('tampered with (one character changed) are refused, never decoded to another position', () => {
    const cursor = encodeCursor('statements', { sort: '2022', id: 3 });
    const tampered = cursor.slice(0, 4) + (cursor[4] === 'A' ? 'B' : 'A') + cursor.slice(5);
    let outcome: unknown;
    try {
      outcome = decodeCursor('statements', tampered, 'after');
    } catch (error) {
      outcome = (error as GraphQLError).extensions.code;
    }
    expect(outcome).toBe('BAD_USER_INPUT');
  });
});

describe('page arguments', () => {
  it(`default to the first ${DEFAULT_PAGE_SIZE} items, forwards`, () => {
    expect(pageQueryFromArgs('statements', {})).toEqual({
      limit: DEFAULT_PAGE_SIZE,
      fromEnd: false,
      after: undefined,
      before: undefined,
    });
  });

  it('`last` pages from the end, and so does `before` alone', () => {
    expect(pageQueryFromArgs('statements', { last: 5 })).toMatchObject({ limit: 5, fromEnd: true });
    const before = encodeCursor('statements', { sort: 'b', id: 2 });
    expect(pageQueryFromArgs('statements', { before })).toMatchObject({
      limit: DEFAULT_PAGE_SIZE,
      fromEnd: true,
      before: { sort: 'b', id: 2 },
    });
    // with `first`, a `before` bound still pages forwards
    expect(pageQueryFromArgs('statements', { first: 3, before })).toMatchObject({ limit: 3, fromEnd: false });
  });

  it('decode `after` and `before` against the list being paged', () => {
    const after = encodeCursor('statements', { sort: 'a', id: 1 });
    const before = encodeCursor('statements', { sort: 'z', id: 9 });
    expect(pageQueryFromArgs('statements', { first: 2, after, before })).toEqual({
      limit: 2,
      fromEnd: false,
      after: { sort: 'a', id: 1 },
      before: { sort: 'z', id: 9 },
    });
    expect(refusal(() => pageQueryFromArgs('claims', { after })).argumentPath).toBe('after');
  });

  it(`accept a page of exactly ${MAX_PAGE_SIZE} and of 0`, () => {
    expect(pageQueryFromArgs('statements', { first: MAX_PAGE_SIZE }).limit).toBe(MAX_PAGE_SIZE);
    expect(pageQueryFromArgs('statements', { last: MAX_PAGE_SIZE }).limit).toBe(MAX_PAGE_SIZE);
    expect(pageQueryFromArgs('statements', { first: 0 }).limit).toBe(0);
  });

  it.each<[ConnectionArgs, string, string]>([
    [{ first: MAX_PAGE_SIZE + 1 }, 'first', `\`first\` may be at most ${MAX_PAGE_SIZE}, got ${MAX_PAGE_SIZE + 1}`],
    [{ last: 1000 }, 'last', `\`last\` may be at most ${MAX_PAGE_SIZE}, got 1000`],
    [{ first: -1 }, 'first', '`first` must be a non-negative integer, got -1'],
    [{ last: 2.5 }, 'last', '`last` must be a non-negative integer, got 2.5'],
    [{ first: 1, last: 1 }, 'last', 'pass either `first` or `last`, not both'],
  ])('refuse %j as BAD_USER_INPUT on `%s`', (args, argumentPath, message) => {
    expect(refusal(() => pageQueryFromArgs('statements', args))).toEqual({
      message,
      code: 'BAD_USER_INPUT',
      argumentPath,
    });
  });
});

describe('connections over a keyset page', () => {
  const page = (ids: number[], hasMore: boolean): Page<{ id: number }> => ({
    rows: ids.map((id) => ({ row: { id }, position: { sort: `s${id}`, id } })),
    hasMore,
  });
  const total = async () => 99;
  // the fields as a resolver reads them (the cursors are written when read)
  const pageInfoFields = ({ hasNextPage, hasPreviousPage, startCursor, endCursor }: PageInfoModel) => ({
    hasNextPage,
    hasPreviousPage,
    startCursor,
    endCursor,
  });

  it('give each edge the cursor of its row, and the first and last cursors in page info', async () => {
    const query = pageQueryFromArgs('statements', { first: 2 });
    const connection = connectionFromPage('statements', page([1, 2], true), query, total);
    expect(connection.edges.map((edge) => decodeCursor('statements', edge.cursor, 'after'))).toEqual([
      { sort: 's1', id: 1 },
      { sort: 's2', id: 2 },
    ]);
    expect(pageInfoFields(connection.pageInfo)).toEqual({
      hasNextPage: true,
      hasPreviousPage: false,
      startCursor: connection.edges[0].cursor,
      endCursor: connection.edges[1].cursor,
    });
    expect(await connection.totalCount()).toBe(99);
  });

  it('going forwards: a previous page exists after a cursor, a next one when the store has more', () => {
    const after = encodeCursor('statements', { sort: 's2', id: 2 });
    const query = pageQueryFromArgs('statements', { first: 2, after });
    expect(connectionFromPage('statements', page([3, 4], false), query, total).pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
  });

  it('going backwards: a previous page exists when the store has more, a next one before a cursor', () => {
    const before = encodeCursor('statements', { sort: 's9', id: 9 });
    const fromEnd = pageQueryFromArgs('statements', { last: 2, before });
    expect(connectionFromPage('statements', page([7, 8], true), fromEnd, total).pageInfo).toMatchObject({
      hasNextPage: true,
      hasPreviousPage: true,
    });
    const lastPage = pageQueryFromArgs('statements', { last: 2 });
    expect(connectionFromPage('statements', page([8, 9], false), lastPage, total).pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: false,
    });
  });

  it('an empty page has no edges and null cursors', () => {
    const connection = connectionFromPage('statements', page([], false), pageQueryFromArgs('statements', {}), total);
    expect(connection.edges).toEqual([]);
    expect(pageInfoFields(connection.pageInfo)).toEqual({
      hasNextPage: false,
      hasPreviousPage: false,
      startCursor: null,
      endCursor: null,
    });
  });
});

describe('connections over a list loaded whole', () => {
  const rows = [10, 20, 30, 40, 50].map((id) => ({ id }));
  const idOf = (row: { id: number }) => row.id;
  const ids = (args: ConnectionArgs, list = rows) =>
    connectionFromArray('claims', list, args, idOf).edges.map((edge) => edge.node.id);

  it('page forwards with `first` and `after`, each end cursor leading to the next page', () => {
    const first = connectionFromArray('claims', rows, { first: 2 }, idOf);
    expect(first.edges.map((edge) => edge.node.id)).toEqual([10, 20]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = connectionFromArray('claims', rows, { first: 2, after: first.pageInfo.endCursor }, idOf);
    expect(second.edges.map((edge) => edge.node.id)).toEqual([30, 40]);
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const third = connectionFromArray('claims', rows, { first: 2, after: second.pageInfo.endCursor }, idOf);
    expect(third.edges.map((edge) => edge.node.id)).toEqual([50]);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('page backwards with `last` and `before`', () => {
    expect(ids({ last: 2 })).toEqual([40, 50]);
    const before = connectionFromArray('claims', rows, { last: 2 }, idOf).pageInfo.startCursor;
    expect(ids({ last: 2, before })).toEqual([20, 30]);
  });

  it('give nothing between adjacent `after` and `before` cursors, or for `first: 0`', () => {
    const cursors = connectionFromArray('claims', rows, { first: 5 }, idOf).edges.map((edge) => edge.cursor);
    expect(ids({ after: cursors[1], before: cursors[2] })).toEqual([]);
    expect(ids({ after: cursors[3], before: cursors[1] })).toEqual([]);
    expect(ids({ first: 0 })).toEqual([]);
  });

  it('keep a cursor valid when items are added elsewhere in the list', () => {
    const after = connectionFromArray('claims', rows, { first: 2 }, idOf).pageInfo.endCursor;
    const grown = [{ id: 5 }, ...rows, { id: 60 }];
    expect(ids({ first: 2, after }, grown)).toEqual([30, 40]);
  });

  it('refuse a cursor whose item is no longer in the list', () => {
    const after = connectionFromArray('claims', rows, { first: 1 }, idOf).pageInfo.endCursor;
    expect(refusal(() => connectionFromArray('claims', rows.slice(1), { after }, idOf))).toEqual({
      message: 'the item of the cursor in `after` is no longer in this list',
      code: 'BAD_USER_INPUT',
      argumentPath: 'after',
    });
  });

  it('count the whole list, not the page', async () => {
    expect(await connectionFromArray('claims', rows, { first: 1 }, idOf).totalCount()).toBe(5);
  });
});

describe('global ids', () => {
  it('decode to the type and slug they were made from', () => {
    const id = toGlobalId('Statement', 'west-drink-champs-quote');
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(tryDecodeGlobalId(id)).toEqual({ typeName: 'Statement', slug: 'west-drink-champs-quote' });
    expect(decodeGlobalId(id, 'id')).toEqual({ typeName: 'Statement', slug: 'west-drink-champs-quote' });
  });

  it('differ for types stored in the same table (a person and an outlet with the same slug)', () => {
    const person = toGlobalId('Person', 'same-slug');
    const outlet = toGlobalId('Outlet', 'same-slug');
    expect(person).not.toBe(outlet);
    expect(tryDecodeGlobalId(outlet)?.typeName).toBe('Outlet');
  });

  it.each([
    ['an empty string', ''],
    ['characters outside base64url', 'U3RhdGVtZW50OmE=+/'],
    ['no type separator', base64url('Statement')],
    ['an unknown type', base64url('Tweet:some-slug')],
    ['an inherited property name as type', base64url('constructor:some-slug')],
    ['an empty slug', base64url('Statement:')],
    ['an upper-case slug', base64url('Statement:Kanye-West')],
    ['a slug with a space', base64url('Statement:kanye west')],
    ['a slug with a trailing hyphen', base64url('Statement:kanye-')],
    ['a database key instead of a slug id', '42'],
  ])('are not recognised in %s', (_what, id) => {
    expect(tryDecodeGlobalId(id)).toBeNull();
    expect(refusal(() => decodeGlobalId(id, 'input.claim'))).toEqual({
      message: `${JSON.stringify(id)} is not a claimgraph global id`,
      code: 'BAD_USER_INPUT',
      argumentPath: 'input.claim',
    });
  });
});
