/**
 * An entity's relationships, claims, claims about it and events, an outlet's hosted events, a claim's disputing
 * statements and reviews, and a statement's claims and responses, paged over HTTP:
 * every page, forwards or backwards and of any size, is a slice of the whole list, the whole list is what the
 * fixture records, and the total counts it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ask,
  askForError,
  pageBackward,
  pageForward,
  PAGE_INFO,
  type ConnectionJson,
  type Json,
} from '../support/queryHelpers.js';
import { toGlobalId } from '../../src/graphql/globalId.js';
import { ON_POSTGRES } from '../support/testDatabase.js';
import { readFixtureDataset, startTestServer, type TestServer } from '../support/testServer.js';

const FIXTURE = readFixtureDataset();
type EntityList = 'relationships' | 'claims' | 'claimsAbout' | 'events' | 'hostedEvents';
type ListField = EntityList | 'disputedBy' | 'reviews' | 'responses';
const ENTITY_LISTS: EntityList[] = ['relationships', 'claims', 'claimsAbout', 'events'];
/** The lists of claims and statements, reached by their global ids. */
const NODE_LISTS: Record<'Claim' | 'Statement', ListField[]> = {
  Claim: ['disputedBy', 'reviews'],
  Statement: ['claims', 'responses'],
};

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

/** A list's parent: an entity by slug, or a claim or statement by its global id. */
interface Parent {
  type: 'Entity' | 'Outlet' | 'Claim' | 'Statement';
  slug: string;
}

function listQuery(parent: Parent, field: ListField): string {
  const selection = `${field}(first: $first, after: $after, last: $last, before: $before) {
    totalCount edges { cursor node { slug } } ${PAGE_INFO}
  }`;
  const args = '$first: Int, $after: String, $last: Int, $before: String';
  if (parent.type === 'Entity') {
    return `query List($slug: String!, ${args}) { parent: entity(name: $slug) { ${selection} } }`;
  }
  const parentField = parent.type === 'Outlet' ? 'entity(name: $slug)' : 'node(id: $slug)';
  return `query List($slug: ${parent.type === 'Outlet' ? 'String' : 'ID'}!, ${args}) {
    parent: ${parentField} { ... on ${parent.type} { ${selection} } }
  }`;
}

async function page(
  parent: Parent | string,
  field: ListField,
  args: { first?: number; after?: string | null; last?: number; before?: string | null },
): Promise<ConnectionJson<{ slug: string }> & { totalCount: number }> {
  const of: Parent = typeof parent === 'string' ? { type: 'Entity', slug: parent } : parent;
  const slug = of.type === 'Claim' || of.type === 'Statement' ? toGlobalId(of.type, of.slug) : of.slug;
  const { data } = await ask(server, listQuery(of, field), { slug, ...args });
  return data.parent[field];
}

const slugsOf = (connection: ConnectionJson<{ slug: string }>) => connection.edges.map((edge) => edge.node.slug);

/** Each entity, claim and statement of the fixture with each of its paged lists. */
function everyList(): [Parent, ListField][] {
  const entities = [...FIXTURE.people, ...FIXTURE.organizations, ...FIXTURE.outlets].map((entity): Parent => ({
    type: 'Entity',
    slug: entity.slug,
  }));
  const outlets = FIXTURE.outlets.map((outlet): Parent => ({ type: 'Outlet', slug: outlet.slug }));
  const claims = FIXTURE.claims.map((claim): Parent => ({ type: 'Claim', slug: claim.slug }));
  const statements = FIXTURE.statements.map((statement): Parent => ({ type: 'Statement', slug: statement.slug }));
  const each = (parents: Parent[], fields: ListField[]) =>
    parents.flatMap((parent) => fields.map((field): [Parent, ListField] => [parent, field]));
  return [
    ...each(entities, ENTITY_LISTS),
    ...each(outlets, ['hostedEvents']),
    ...each(claims, NODE_LISTS.Claim),
    ...each(statements, NODE_LISTS.Statement),
  ];
}

describe('per-entity lists paged in the store', () => {
  it('lists Kanye West’s relationships in the order recorded, and the claims he makes', async () => {
    const touching = FIXTURE.relationships.filter((r) => r.from === 'kanye-west' || r.to === 'kanye-west');
    expect(slugsOf(await page('kanye-west', 'relationships', { first: 100 }))).toEqual(touching.map((r) => r.slug));
    const claims = FIXTURE.claims.filter((claim) =>
      (claim.claimants ?? []).some((claimant: Json) => claimant.entity === 'kanye-west'),
    );
    expect(slugsOf(await page('kanye-west', 'claims', { first: 100 }))).toEqual(claims.map((claim) => claim.slug));
    const events = FIXTURE.events.filter((event) => (event.participants ?? []).includes('kanye-west'));
    expect(new Set(slugsOf(await page('kanye-west', 'events', { first: 100 })))).toEqual(
      new Set(events.map((event) => event.slug)),
    );
  });

  it('pages every list forwards and backwards, one or two at a time, into the whole list, and counts it', async () => {
    let nonEmpty = 0;
    for (const [parent, field] of everyList()) {
      const slug = `${parent.type} ${parent.slug}`;
      const whole = await page(parent, field, { first: 100 });
      const expected = slugsOf(whole);
      if (expected.length > 0) nonEmpty += 1;
      expect(whole.totalCount, `${slug} ${field}`).toBe(expected.length);
      expect(whole.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
      for (const size of [1, 2]) {
        const forwards = await pageForward((first, after) => page(parent, field, { first, after }), size);
        expect(
          forwards.map((node) => node.slug),
          `${slug} ${field} forwards by ${size}`,
        ).toEqual(expected);
        const backwards = await pageBackward((last, before) => page(parent, field, { last, before }), size);
        expect(
          backwards.map((node) => node.slug),
          `${slug} ${field} backwards by ${size}`,
        ).toEqual(expected);
      }
    }
    expect(nonEmpty).toBeGreaterThan(10);
  });

  it('gives the rows between two cursors, with a next page when a `before` cursor ends it', async () => {
    const whole = await page('kanye-west', 'relationships', { first: 100 });
    const cursors = whole.edges.map((edge) => edge.cursor);
    const slugs = slugsOf(whole);
    expect(slugs.length).toBeGreaterThan(3);
    const between = await page('kanye-west', 'relationships', { first: 100, after: cursors[0], before: cursors[3] });
    expect(slugsOf(between)).toEqual(slugs.slice(1, 3));
    expect(between.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const lastBetween = await page('kanye-west', 'relationships', { last: 1, after: cursors[0], before: cursors[3] });
    expect(slugsOf(lastBetween)).toEqual(slugs.slice(2, 3));
    expect(lastBetween.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(lastBetween.edges[0].cursor).toBe(cursors[2]);
  });

  it('pages events by date from a cursor', async () => {
    const whole = await page('kanye-west', 'events', { first: 100 });
    const after = await page('kanye-west', 'events', { first: 100, after: whole.edges[0].cursor });
    expect(slugsOf(after)).toEqual(slugsOf(whole).slice(1));
  });

  it('refuses a cursor of another list', async () => {
    const claims = await page('kanye-west', 'claims', { first: 1 });
    const refusal = await askForError(
      server,
      listQuery({ type: 'Entity', slug: '' }, 'relationships'),
      'BAD_USER_INPUT',
      {
        slug: 'kanye-west',
        after: claims.pageInfo.endCursor,
      },
    );
    expect(refusal.error.message).toMatch(/belongs to another list/);
  });

  // exact store-call counts are proven on the embedded store (see tests/batching.test.ts)
  it.skipIf(ON_POSTGRES)(
    'reads a page and a count of every person’s relationships in one store call each',
    async () => {
      const { data, storeCalls } = await ask(
        server,
        `{ people(first: 100) { nodes { slug relationships(first: 1) { totalCount nodes { slug } } } } }`,
      );
      expect(data.people.nodes.length).toBeGreaterThan(3);
      // the people, their pages, their counts
      expect(storeCalls).toBe(3);
    },
  );
});
