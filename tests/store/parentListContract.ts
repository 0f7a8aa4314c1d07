/**
 * The contract of the per-parent lists the store pages (Store.parentListPages, countParentLists): each parent's
 * pages, walked forwards or backwards, are its whole list as the per-key reads return it (same rows, same order,
 * retracted rows left out), for many parents in one call, and a parent with nothing has an empty page and a zero.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, PageQuery, ParentList, Store } from '../../src/store/store.js';
import { CONTRACT_AUTHOR, followUpDataset, loadFixture } from './contractFixture.js';
import { FixtureIds, UNKNOWN_ID } from './fixtureIds.js';
import { pageThrough, type Direction } from './pageThrough.js';
import type { FreshStore, StoreUnderTest } from './storeContract.js';

const DIRECTIONS: Direction[] = ['forward', 'backward'];

type ParentKind = 'entity' | 'claim' | 'statement';

/** Each paged list, the kind of its parents, and the per-key read that returns the same list whole. */
const WHOLE_LISTS: Record<
  ParentList,
  { parents: ParentKind; whole: (store: Store, ids: readonly number[]) => Promise<{ id: number }[][]> }
> = {
  relationshipsOfEntity: { parents: 'entity', whole: (store, ids) => store.relationshipsByEntityIds(ids) },
  claimsOfClaimant: { parents: 'entity', whole: (store, ids) => store.claimsByClaimantIds(ids) },
  claimsAboutEntity: { parents: 'entity', whole: (store, ids) => store.claimsByAboutIds(ids) },
  eventsOfParticipant: { parents: 'entity', whole: (store, ids) => store.eventsByParticipantIds(ids) },
  eventsOfOutlet: { parents: 'entity', whole: (store, ids) => store.eventsByOutletIds(ids) },
  disputingStatementsOfClaim: { parents: 'claim', whole: (store, ids) => store.disputingStatementsByClaimIds(ids) },
  reviewsOfClaim: { parents: 'claim', whole: (store, ids) => store.reviewsByClaimIds(ids) },
  responsesToStatement: { parents: 'statement', whole: (store, ids) => store.responsesByStatementIds(ids) },
  claimsInStatement: { parents: 'statement', whole: (store, ids) => store.claimsByAppearingStatementIds(ids) },
};
const LISTS = Object.keys(WHOLE_LISTS) as ParentList[];

const idsOf = (rows: readonly { id: number }[]) => rows.map((row) => row.id);

/** Every parent's list walked page by page, all parents asking in one call per page. */
async function walkAll(
  store: Store,
  list: ParentList,
  parentIds: readonly number[],
  size: number,
  direction: Direction,
): Promise<number[][]> {
  return Promise.all(
    parentIds.map(async (parentId) => {
      const { rows } = await pageThrough(
        async (page) => (await store.parentListPages(list, parentIds, page))[parentIds.indexOf(parentId)],
        size,
        direction,
      );
      return idsOf(rows);
    }),
  );
}

export function describeParentListContract(backend: string, freshStore: FreshStore): void {
  describe(`Store contract (${backend}): per-parent lists paged in the store`, () => {
    let database: StoreUnderTest;
    let store: Store;
    let ids: FixtureIds;
    let entityIds: number[];
    let parentIds: Record<ParentKind, number[]>;

    beforeAll(async () => {
      const fixture = await loadFixture();
      database = await freshStore();
      store = database.store;
      await store.writeDatasetIfEmpty(fixture.dataset, fixture.heldTexts, CONTRACT_AUTHOR);
      ids = await FixtureIds.resolve(store, fixture.dataset);
      const { people, outlets, organizations } = fixture.dataset;
      entityIds = [...people, ...outlets, ...organizations].map((entity) => ids.entity(entity.slug));
      // written after the fixture: a review of a stored claim, and two statements responding to stored ones (the
      // later-recorded one said earlier, so that date order is not the order recorded)
      const followUp = followUpDataset(fixture.articleText);
      const [again] = followUp.statements;
      again.respondsTo = ['legend-tweet-reconsider-trump', 'west-drink-champs-quote'];
      followUp.statements.push({
        ...again,
        slug: 'west-sellouts-earlier',
        saidOn: '2020-10',
        respondsTo: ['legend-tweet-reconsider-trump'],
      });
      await store.writeDataset(followUp, new Map(), CONTRACT_AUTHOR);
      parentIds = {
        entity: entityIds,
        claim: fixture.dataset.claims.map((claim) => ids.claim(claim.slug)),
        statement: fixture.dataset.statements.map((statement) => ids.statement(statement.slug)),
      };
    });
    afterAll(async () => {
      await database?.cleanup();
    });

    it('pages every parent’s list, forwards and backwards, into the whole list in the same order', async () => {
      for (const list of LISTS) {
        const parents = parentIds[WHOLE_LISTS[list].parents];
        const whole = (await WHOLE_LISTS[list].whole(store, parents)).map(idsOf);
        expect(
          whole.some((rows) => rows.length > 0),
          `${list} has rows`,
        ).toBe(true);
        for (const direction of DIRECTIONS) {
          for (const size of [1, 2, 100]) {
            expect(await walkAll(store, list, parents, size, direction), `${list} ${direction} by ${size}`).toEqual(
              whole,
            );
          }
        }
        expect(await store.countParentLists(list, parents), `${list} counts`).toEqual(whole.map((rows) => rows.length));
      }
    });

    it('answers one page per parent asked for, in the order asked, repeated parents included', async () => {
      const kanye = ids.entity('kanye-west');
      const legend = ids.entity('john-legend');
      const parents = [legend, UNKNOWN_ID, kanye, legend];
      const [legendPage, unknownPage, kanyePage, legendAgain] = await store.parentListPages(
        'relationshipsOfEntity',
        parents,
        { limit: 2, fromEnd: false },
      );
      const [legendWhole, kanyeWhole] = (await store.relationshipsByEntityIds([legend, kanye])).map(idsOf);
      expect(idsOf(legendPage.rows.map((entry) => entry.row))).toEqual(legendWhole.slice(0, 2));
      expect(idsOf(kanyePage.rows.map((entry) => entry.row))).toEqual(kanyeWhole.slice(0, 2));
      expect(legendAgain).toEqual(legendPage);
      expect(unknownPage).toEqual({ rows: [], hasMore: false });
      expect(legendPage.hasMore).toBe(legendWhole.length > 2);
      expect(await store.countParentLists('relationshipsOfEntity', parents)).toEqual([
        legendWhole.length,
        0,
        kanyeWhole.length,
        legendWhole.length,
      ]);
      expect(await store.parentListPages('claimsOfClaimant', [], { limit: 2, fromEnd: false })).toEqual([]);
      expect(await store.countParentLists('claimsOfClaimant', [])).toEqual([]);
    });

    it('names each row by id with an empty sort text, and pages between two cursors', async () => {
      const kanye = ids.entity('kanye-west');
      const [whole] = (await store.relationshipsByEntityIds([kanye])).map(idsOf);
      expect(whole.length).toBeGreaterThan(3);
      const position = (index: number) => ({ sort: '', id: whole[index] });
      const [first] = await store.parentListPages('relationshipsOfEntity', [kanye], { limit: 100, fromEnd: false });
      expect(first.rows.map((entry) => entry.position)).toEqual(whole.map((id) => ({ sort: '', id })));
      const between = async (query: PageQuery): Promise<Page<{ id: number }>> =>
        (await store.parentListPages('relationshipsOfEntity', [kanye], query))[0];
      const forwards = await between({ limit: 100, fromEnd: false, after: position(0), before: position(3) });
      expect(idsOf(forwards.rows.map((entry) => entry.row))).toEqual(whole.slice(1, 3));
      expect(forwards.hasMore).toBe(false);
      const backwards = await between({ limit: 1, fromEnd: true, after: position(0), before: position(3) });
      expect(idsOf(backwards.rows.map((entry) => entry.row))).toEqual(whole.slice(2, 3));
      expect(backwards.hasMore).toBe(true);
    });

    it('pages events by date from a cursor that names only the event', async () => {
      const [whole] = (await store.eventsByParticipantIds([ids.entity('kanye-west')])).map(idsOf);
      const outletEvents = (await store.eventsByOutletIds(entityIds)).map(idsOf);
      const outlet = entityIds[outletEvents.findIndex((rows) => rows.length > 0)];
      for (const [list, parent, rows] of [
        ['eventsOfParticipant', ids.entity('kanye-west'), whole],
        ['eventsOfOutlet', outlet, outletEvents[entityIds.indexOf(outlet)]],
      ] as const) {
        const [page] = await store.parentListPages(list, [parent], {
          limit: 100,
          fromEnd: false,
          after: { sort: '', id: rows[0] },
        });
        expect(idsOf(page.rows.map((entry) => entry.row))).toEqual(rows.slice(1));
      }
    });

    it('leaves retracted relationships and claims out of pages and counts', async () => {
      const kanye = ids.entity('kanye-west');
      const [relationshipsBefore] = await store.countParentLists('relationshipsOfEntity', [kanye]);
      const [claimsBefore] = await store.countParentLists('claimsOfClaimant', [kanye]);
      const relationship = ids.relationship('west-criticized-legend');
      const claim = ids.claim('used-by-democrats');
      await store.retract('relationship', relationship, 'contract test', CONTRACT_AUTHOR);
      await store.retract('claim', claim, 'contract test', CONTRACT_AUTHOR);
      const first100: PageQuery = { limit: 100, fromEnd: false };
      const [relationships] = await store.parentListPages('relationshipsOfEntity', [kanye], first100);
      const [claims] = await store.parentListPages('claimsOfClaimant', [kanye], first100);
      expect(idsOf(relationships.rows.map((entry) => entry.row))).not.toContain(relationship);
      expect(idsOf(claims.rows.map((entry) => entry.row))).not.toContain(claim);
      expect(await store.countParentLists('relationshipsOfEntity', [kanye])).toEqual([relationshipsBefore - 1]);
      expect(await store.countParentLists('claimsOfClaimant', [kanye])).toEqual([claimsBefore - 1]);
      // a cursor on a row retracted since keeps its place in the list
      const [after] = await store.parentListPages('relationshipsOfEntity', [kanye], {
        limit: 100,
        fromEnd: false,
        after: { sort: '', id: relationship },
      });
      expect(idsOf(after.rows.map((entry) => entry.row))).toEqual(
        idsOf(relationships.rows.map((entry) => entry.row)).filter((id) => id > relationship),
      );
      for (const list of LISTS) {
        const parents = parentIds[WHOLE_LISTS[list].parents];
        const whole = (await WHOLE_LISTS[list].whole(store, parents)).map(idsOf);
        expect(await walkAll(store, list, parents, 2, 'backward'), list).toEqual(whole);
      }
    });
  });
}
