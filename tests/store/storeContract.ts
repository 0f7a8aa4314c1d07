/**
 * The Store contract: one suite, run against every backend (tests/storeContract.<backend>.test.ts), so that the
 * GraphQL layer can rely on the same answers from SQLite and PostgreSQL. Expectations are written once, in slugs
 * and values read from the article; internal ids appear only through the store's own lookups.
 *
 * Every batched read answers one result per key, in key order, with an empty list or null for a key it does not
 * know; lists come in their documented order; keyset pages neither skip nor repeat rows in either direction; and a
 * write is all or nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMarkedSnippet } from '../../src/domain/snippet.js';
import { dashboardFigure } from '../../src/store/dashboardFigure.js';
import { InvalidSearchQueryError } from '../../src/store/errors.js';
import type {
  BasisRow,
  EvidenceOwner,
  EvidenceOwnerKind,
  PathEdgeKind,
  PathEdgeRow,
  SearchKind,
  TimelineRow,
} from '../../src/store/rows.js';
import type {
  DatasetWriteSummary,
  NodeTable,
  PageQuery,
  StatementListRequest,
  StatementParent,
  StatementQueryFilter,
  Store,
} from '../../src/store/store.js';
import {
  CONTRACT_AUTHOR,
  FOLLOW_UP_QUOTE,
  ALL_OVER,
  followUpDataset,
  formatTwoDataset,
  loadFixture,
  NARRATION,
  spanIn,
  danglingFriendship,
  withDanglingLastReference,
  withUnratableReview,
  type FixtureData,
} from './contractFixture.js';
import { FixtureIds, UNKNOWN_ID } from './fixtureIds.js';
import { pageThrough, type Direction } from './pageThrough.js';

/** A fresh, empty database with a Store open on it. */
export interface StoreUnderTest {
  store: Store;
  /** Opens another Store on the same database, as a second server instance would. */
  openAnother(): Promise<Store>;
  /** Closes every Store opened on the database and removes it. */
  cleanup(): Promise<void>;
}

export type FreshStore = () => Promise<StoreUnderTest>;

const ALL_KINDS: SearchKind[] = ['PERSON', 'OUTLET', 'ORGANIZATION', 'STATEMENT', 'CLAIM', 'EVENT', 'DOCUMENT'];
const FIRST_100: PageQuery = { limit: 100, fromEnd: false };

/** Statements of the fixture in said-on order (dated first, year-precision dates first in their year). */
const STATEMENTS_BY_DATE = [
  'legend-tweet-reconsider-trump', // by 2018
  'west-calls-legend-big-sean-sellouts', // 2020
  'west-drink-champs-quote', // 2020
  'legend-clarifies-not-about-trump', // undated, in recorded order
  'legend-murdoch-version-mischaracterization',
  'legend-real-impetus',
  'legend-supported-joe-biden',
  'new-yorker-west-unreachable',
  'west-tweets-support-trump', // The Source's narration
  'thesource-sellouts-for-not-supporting', // The Source's narration
];

const RELATIONSHIPS_RECORDED = [
  'legend-west-friendship',
  'west-supported-trump',
  'legend-supported-biden',
  'legend-supported-democrats',
  'biden-member-of-democrats',
  'legend-urged-west',
  'west-criticized-legend',
  'west-criticized-big-sean',
  'west-appeared-on-drink-champs',
  'legend-appeared-on-new-yorker',
];

const CLAIMS_RECORDED = [
  'fell-out-over-trump',
  'legend-real-cause',
  'west-changed-their-lives',
  'used-by-democrats',
  'west-60000-votes',
];

const SEARCH_KIND_TABLES: Record<SearchKind, NodeTable> = {
  PERSON: 'entity',
  OUTLET: 'entity',
  ORGANIZATION: 'entity',
  STATEMENT: 'statement',
  CLAIM: 'claim',
  EVENT: 'event',
  DOCUMENT: 'document',
};

const slugs = (rows: readonly { slug: string }[]) => rows.map((row) => row.slug);
const reversed = <T>(items: readonly T[]) => [...items].reverse();

function codePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

export function describeStoreContract(backend: string, freshStore: FreshStore): void {
  describe(`Store contract (${backend})`, () => {
    const databases: StoreUnderTest[] = [];
    const fresh = async (): Promise<StoreUnderTest> => {
      const database = await freshStore();
      databases.push(database);
      return database;
    };
    let fixture: FixtureData;

    beforeAll(async () => {
      fixture = await loadFixture();
    });
    afterAll(async () => {
      for (const database of databases) await database.cleanup();
    });

    describe('on the article fixture', () => {
      let store: Store;
      let seeded: DatasetWriteSummary | null;
      let ids: FixtureIds;

      const statementSlugs = async (
        filter: StatementQueryFilter,
        order: StatementListRequest['order'] = 'SAID_ON_ASC',
      ) => slugs((await store.statementPage({ filter, order, page: FIRST_100 })).rows.map((entry) => entry.row));

      beforeAll(async () => {
        ({ store } = await fresh());
        expect(await store.isEmpty()).toBe(true);
        seeded = await store.writeDatasetIfEmpty(fixture.dataset, fixture.heldTexts, CONTRACT_AUTHOR);
        ids = await FixtureIds.resolve(store, fixture.dataset);
      });

      describe('writeDatasetIfEmpty', () => {
        it('writes every record of an empty database and says what it wrote', () => {
          expect(seeded?.inserted).toEqual({
            entity: 13,
            document: 3,
            event: 6,
            statement: 10,
            claim: 5,
            relationship: 10,
            // the records' spans, and those of claimants, appearances and the bases of facts
            evidence: 104,
          });
          expect(seeded?.created).toHaveLength(47);
          expect(seeded?.created[0]).toEqual({ slug: 'the-source', table: 'entity', id: ids.entity('the-source') });
          expect(seeded?.created.at(-1)).toEqual({
            slug: 'legend-appeared-on-new-yorker',
            table: 'relationship',
            id: ids.relationship('legend-appeared-on-new-yorker'),
          });
        });

        it('returns null the second time and duplicates nothing', async () => {
          expect(await store.writeDatasetIfEmpty(fixture.dataset, fixture.heldTexts, CONTRACT_AUTHOR)).toBeNull();
          expect(await store.isEmpty()).toBe(false);
          expect(await store.countEntities('PERSON')).toBe(6);
          expect(await store.countStatements({})).toBe(10);
          expect(await store.countSearch('sellout', ALL_KINDS)).toBe(4);
        });
      });

      describe('lookups by slug and name', () => {
        it('finds ids by slug in key order, null for unknown slugs or another table', async () => {
          const found = await store.idsBySlugs('entity', ['kanye-west', 'no-such-slug', 'john-legend', 'tweets-2018']);
          expect(found).toEqual([ids.entity('kanye-west'), null, ids.entity('john-legend'), null]);
          expect(await store.idsBySlugs('statement', [])).toEqual([]);
        });

        it('finds entities by slug, name or alias, case-insensitively', async () => {
          const names = [
            'ye',
            'KANYE WEST',
            'West',
            'john-legend',
            'Democrat',
            'the democrats',
            'thesource.com',
            'nobody',
            'ye',
          ];
          expect(await store.entityIdsByNames(names)).toEqual([
            ids.entity('kanye-west'),
            ids.entity('kanye-west'),
            ids.entity('kanye-west'),
            ids.entity('john-legend'),
            ids.entity('democrats'),
            ids.entity('democrats'),
            ids.entity('the-source'),
            null,
            ids.entity('kanye-west'),
          ]);
        });

        it('finds the entities a name may stand for: its exact owners, else those with its words, any case or accent', async () => {
          const slugsOf = (entities: { slug: string }[]) => entities.map((entity) => entity.slug).sort();
          const [ye, kanye, accented, sean, york, nobody] = await store.entityCandidatesByNames([
            'Ye',
            'kanye',
            'KANYÉ',
            'sean',
            'York',
            'nobody',
          ]);
          const kanyeWest = { id: ids.entity('kanye-west'), slug: 'kanye-west', name: 'Kanye West', type: 'PERSON' };
          expect(ye).toEqual([{ ...kanyeWest, aliases: ['Ye', 'West'] }]);
          expect(kanye).toEqual(ye);
          expect(accented).toEqual(ye);
          expect(slugsOf(sean)).toEqual(['big-sean']);
          // a superset is allowed: the resolver (src/domain/nameLookup.ts) checks every word
          expect(slugsOf(york)).toContain('new-york-post');
          expect(nobody).toEqual([]);
        });

        it('reads an entity owning several of the names asked for once, each alias once and in order', async () => {
          const kanyeWest = { id: ids.entity('kanye-west'), slug: 'kanye-west', name: 'Kanye West', type: 'PERSON' };
          const answers = await store.entityCandidatesByNames(['Ye', 'Kanye West', 'kanye-west', 'West', 'ye']);
          for (const answer of answers) expect(answer).toEqual([{ ...kanyeWest, aliases: ['Ye', 'West'] }]);
          const [sean, mixed, unknown] = await store.entityCandidatesByNames(['Big Sean', 'sean', 'Nobody At All']);
          expect(sean.map((entity) => entity.slug)).toEqual(['big-sean']);
          expect(mixed.map((entity) => entity.slug)).toEqual(['big-sean']);
          expect(unknown).toEqual([]);
        });
      });

      describe('rows by id', () => {
        it('reads entities exactly, null for unknown ids, in key order', async () => {
          const [kanye, unknown, twitter] = await store.entitiesByIds([
            ids.entity('kanye-west'),
            UNKNOWN_ID,
            ids.entity('twitter'),
          ]);
          expect(kanye).toEqual({
            id: ids.entity('kanye-west'),
            slug: 'kanye-west',
            type: 'PERSON',
            name: 'Kanye West',
            kind: null,
            description: fixture.dataset.people.find((p) => p.slug === 'kanye-west')!.description,
            url: null,
          });
          expect(unknown).toBeNull();
          expect(twitter).toMatchObject({ slug: 'twitter', type: 'OUTLET', name: 'Twitter', kind: 'SOCIAL_NETWORK' });
        });

        it('reads documents with their held text and its checksum', async () => {
          const [article, interview, unknown] = await store.documentsByIds([
            ids.document('thesource-legend-west'),
            ids.document('new-yorker-legend-interview-doc'),
            UNKNOWN_ID,
          ]);
          const record = fixture.dataset.documents.find((document) => document.slug === 'thesource-legend-west')!;
          expect(article).toMatchObject({
            slug: 'thesource-legend-west',
            title: record.title,
            headline: null,
            outletId: ids.entity('the-source'),
            outletBasis: { kind: 'INFERRED', reason: expect.any(String), sources: [], documentIds: [] },
            unknownFacts: record.unknown,
            text: fixture.articleText,
            sha256: '2c2dfebbc209d1af82e1841363d0bb10c7ce3dc11d9062b87d3374956eac9aeb',
            length: Array.from(fixture.articleText).length,
            retractedAt: null,
          });
          expect(interview).toMatchObject({
            slug: 'new-yorker-legend-interview-doc',
            text: null,
            sha256: null,
            length: null,
          });
          expect(unknown).toBeNull();
        });

        it('reads events, statements, claims and relationships exactly', async () => {
          expect(await store.eventsByIds([ids.event('drink-champs-2020-episode'), UNKNOWN_ID])).toEqual([
            {
              id: ids.event('drink-champs-2020-episode'),
              slug: 'drink-champs-2020-episode',
              kind: 'PODCAST_EPISODE',
              title: 'Kanye West on a 2020 episode of Drink Champs',
              date: '2020',
              dateKnownBy: false,
              dateBasis: null,
              outletId: ids.entity('drink-champs'),
            },
            null,
          ]);
          expect(
            await store.statementsByIds([UNKNOWN_ID, ids.statement('west-calls-legend-big-sean-sellouts')]),
          ).toEqual([
            null,
            {
              id: ids.statement('west-calls-legend-big-sean-sellouts'),
              slug: 'west-calls-legend-big-sean-sellouts',
              speakerId: ids.entity('kanye-west'),
              voice: 'SPEAKER',
              quote: 'West called both Legend and Big Sean sellouts',
              isDirectQuote: false,
              attributionConfidence: 'PARAPHRASED_BY_SOURCE',
              completions: [],
              saidOn: '2020',
              saidOnKnownBy: false,
              saidOnBasis: { kind: 'STATED', reason: null, sources: [], documentIds: [] },
              occasionId: ids.event('drink-champs-2020-episode'),
              retractedAt: null,
              retractedBy: null,
              retractionReason: null,
            },
          ]);
          const [claim] = await store.claimsByIds([ids.claim('west-60000-votes')]);
          expect(claim).toEqual({
            id: ids.claim('west-60000-votes'),
            slug: 'west-60000-votes',
            text: fixture.dataset.claims.find((c) => c.slug === 'west-60000-votes')!.text,
            claimantId: ids.entity('the-source'),
            status: 'UNREVIEWED',
            completions: fixture.dataset.claims.find((c) => c.slug === 'west-60000-votes')!.completions,
            retractedAt: null,
            retractedBy: null,
            retractionReason: null,
          });
          expect(
            await store.relationshipsByIds([
              ids.relationship('legend-supported-democrats'),
              UNKNOWN_ID,
              ids.relationship('legend-west-friendship'),
            ]),
          ).toEqual([
            {
              id: ids.relationship('legend-supported-democrats'),
              slug: 'legend-supported-democrats',
              type: 'SUPPORTED',
              fromId: ids.entity('john-legend'),
              toId: ids.entity('democrats'),
              // its only state is inferred: the assertion, derived from the states' bases, is IMPLIED
              assertion: 'IMPLIED',
              retractedAt: null,
              retractedBy: null,
              retractionReason: null,
            },
            null,
            expect.objectContaining({ slug: 'legend-west-friendship', assertion: 'STATED' }),
          ]);
          expect(await store.reviewsByIds([UNKNOWN_ID])).toEqual([null]);
        });

        it('answers empty key lists with empty lists', async () => {
          expect(await store.entitiesByIds([])).toEqual([]);
          expect(await store.aliasesByEntityIds([])).toEqual([]);
          expect(await store.evidenceByOwners([])).toEqual([]);
          expect(await store.pathEdgesByEntityIds([], ['RELATIONSHIP'])).toEqual([]);
        });

        it('answers a repeated key once per occurrence', async () => {
          const kanye = ids.entity('kanye-west');
          const [first, second] = await store.entitiesByIds([kanye, kanye]);
          expect(first?.slug).toBe('kanye-west');
          expect(second).toEqual(first);
          const [events, again] = await store.eventsByParticipantIds([kanye, kanye]);
          expect(again).toEqual(events);
        });
      });

      describe('lists per key', () => {
        it('lists aliases in recorded order', async () => {
          // "Democrats" is stored once, as the slug "democrats" it equals case-insensitively, so it is no alias
          expect(
            await store.aliasesByEntityIds([
              ids.entity('kanye-west'),
              ids.entity('big-sean'),
              UNKNOWN_ID,
              ids.entity('democrats'),
            ]),
          ).toEqual([['Ye', 'West'], [], [], ['Democrat']]);
        });

        it('has no external identifiers without a cited source', async () => {
          expect(await store.sameAsByEntityIds([ids.entity('kanye-west'), UNKNOWN_ID])).toEqual([[], []]);
        });

        it('reads evidence per owner in recorded order, spans matching the article', async () => {
          const statement = ids.statement('west-calls-legend-big-sean-sellouts');
          const [statementEvidence, unknown, kanyeEvidence] = await store.evidenceByOwners([
            { kind: 'statement', id: statement },
            { kind: 'event', id: UNKNOWN_ID },
            { kind: 'entity', id: ids.entity('kanye-west') },
          ]);
          expect(unknown).toEqual([]);
          const span = spanIn(fixture.articleText, 'West called both Legend and Big Sean sellouts');
          expect(statementEvidence).toHaveLength(1);
          expect(statementEvidence[0]).toMatchObject({
            documentId: ids.document('thesource-legend-west'),
            ...span,
            exact: 'West called both Legend and Big Sean sellouts',
            prefix: codePoints(fixture.articleText, span.start - 32, span.start),
            suffix: codePoints(fixture.articleText, span.end, span.end + 32),
          });
          expect(kanyeEvidence.map((evidence) => evidence.exact)).toEqual(['Kanye West', 'Ye', 'West']);
          for (const evidence of kanyeEvidence) {
            expect(codePoints(fixture.articleText, evidence.start, evidence.end)).toBe(evidence.exact);
          }
        });

        it('lists mentions with their stance in recorded order', async () => {
          const [mentions, none] = await store.mentionsByStatementIds([
            ids.statement('legend-clarifies-not-about-trump'),
            UNKNOWN_ID,
          ]);
          expect(mentions.map((m) => [ids.slug('entity', m.entityId), m.stance])).toEqual([
            ['democrats', 'SUPPORTS'],
            ['joe-biden', 'SUPPORTS'],
            ['kanye-west', 'NEUTRAL'],
            ['donald-trump', 'NEUTRAL'],
          ]);
          expect(none).toEqual([]);
        });

        it('lists event participants, and events by participant or outlet in date order', async () => {
          const [participants] = await store.participantIdsByEventIds([ids.event('tweets-2018')]);
          expect(participants.map((id) => ids.slug('entity', id))).toEqual(['john-legend', 'kanye-west']);
          const [kanyeEvents, nothing] = await store.eventsByParticipantIds([ids.entity('kanye-west'), UNKNOWN_ID]);
          expect(slugs(kanyeEvents)).toEqual([
            'tweets-2018',
            'west-2020-presidential-run',
            'drink-champs-2020-episode',
            'election-2020',
          ]);
          expect(nothing).toEqual([]);
          const byOutlet = await store.eventsByOutletIds([
            ids.entity('twitter'),
            ids.entity('fox-news'),
            ids.entity('the-new-yorker'),
          ]);
          expect(byOutlet.map(slugs)).toEqual([['tweets-2018'], [], ['legend-new-yorker-interview']]);
        });

        it('lists claims by claimant, by subject and by appearance, and their subjects', async () => {
          const kanye = ids.entity('kanye-west');
          expect((await store.claimsByClaimantIds([kanye, UNKNOWN_ID])).map(slugs)).toEqual([
            ['west-changed-their-lives', 'used-by-democrats'],
            [],
          ]);
          expect(
            (await store.claimsByAboutIds([ids.entity('big-sean'), ids.entity('donald-trump')])).map(slugs),
          ).toEqual([['west-changed-their-lives', 'used-by-democrats'], ['fell-out-over-trump']]);
          const [about] = await store.aboutIdsByClaimIds([ids.claim('fell-out-over-trump')]);
          expect(about.map((id) => ids.slug('entity', id))).toEqual(['john-legend', 'kanye-west', 'donald-trump']);
          // west-changed-their-lives appears twice in the quote: it is listed once
          const appearing = await store.claimsByAppearingStatementIds([
            ids.statement('west-drink-champs-quote'),
            UNKNOWN_ID,
          ]);
          expect(appearing.map(slugs)).toEqual([['west-changed-their-lives', 'used-by-democrats'], []]);
        });

        it('lists claim appearances with their evidence', async () => {
          const [appearances] = await store.appearancesByClaimIds([ids.claim('fell-out-over-trump')]);
          expect(appearances.map((a) => ids.slug('statement', a.statementId))).toEqual([
            null,
            'legend-murdoch-version-mischaracterization',
          ]);
          for (const appearance of appearances) {
            expect(appearance.claimId).toBe(ids.claim('fell-out-over-trump'));
            expect(codePoints(fixture.articleText, appearance.evidence.start, appearance.evidence.end)).toBe(
              appearance.evidence.exact,
            );
          }
        });

        it('lists disputes both ways', async () => {
          expect(
            (await store.disputedClaimsByStatementIds([ids.statement('legend-clarifies-not-about-trump')])).map(slugs),
          ).toEqual([['fell-out-over-trump']]);
          expect(
            (
              await store.disputingStatementsByClaimIds([
                ids.claim('fell-out-over-trump'),
                ids.claim('west-60000-votes'),
              ])
            ).map(slugs),
          ).toEqual([['legend-clarifies-not-about-trump', 'legend-murdoch-version-mischaracterization'], []]);
        });

        it('lists the documents that report a statement, once each', async () => {
          expect(
            (await store.reportingDocumentsByStatementIds([ids.statement('west-drink-champs-quote'), UNKNOWN_ID])).map(
              slugs,
            ),
          ).toEqual([['thesource-legend-west'], []]);
        });

        it('has no reviews for unreviewed claims', async () => {
          expect(await store.reviewsByClaimIds([ids.claim('fell-out-over-trump'), UNKNOWN_ID])).toEqual([[], []]);
        });

        it('lists relationships by either end, and their dated states', async () => {
          const byEntity = await store.relationshipsByEntityIds([
            ids.entity('big-sean'),
            ids.entity('john-legend'),
            UNKNOWN_ID,
          ]);
          expect(byEntity.map(slugs)).toEqual([
            ['west-criticized-big-sean'],
            [
              'legend-west-friendship',
              'legend-supported-biden',
              'legend-supported-democrats',
              'legend-urged-west',
              'west-criticized-legend',
              'legend-appeared-on-new-yorker',
            ],
            [],
          ]);
          const [states, none] = await store.statesByRelationshipIds([
            ids.relationship('legend-west-friendship'),
            UNKNOWN_ID,
          ]);
          expect(states.map(({ status, start, end }) => ({ status, start, end }))).toEqual([
            { status: 'ACTIVE', start: null, end: null },
            { status: 'STRAINED', start: '2020', end: null },
          ]);
          expect(none).toEqual([]);
        });
      });

      describe('path edges', () => {
        const describeEdge = (edge: PathEdgeRow) => {
          const via =
            ids.slug('relationship', edge.relationshipId) ??
            (edge.kind === 'EVENT' ? ids.slug('event', edge.eventId) : ids.slug('statement', edge.statementId));
          const document = edge.documentId === null ? '' : ` @${ids.slug('document', edge.documentId)}`;
          return `${edge.outward ? '->' : '<-'} ${ids.slug('entity', edge.neighborId)} via ${via}${document}`;
        };
        const edgesOf = async (slug: string, kind: PathEdgeKind) => {
          const [edges] = await store.pathEdgesByEntityIds([ids.entity(slug)], [kind]);
          for (const edge of edges) {
            expect(edge.entityId).toBe(ids.entity(slug));
            expect(edge.kind).toBe(kind);
          }
          return edges.map(describeEdge).sort();
        };

        it('follows relationships either way', async () => {
          expect(await edgesOf('john-legend', 'RELATIONSHIP')).toEqual([
            '-> democrats via legend-supported-democrats',
            '-> joe-biden via legend-supported-biden',
            '-> kanye-west via legend-urged-west',
            '-> kanye-west via legend-west-friendship',
            '-> the-new-yorker via legend-appeared-on-new-yorker',
            '<- kanye-west via west-criticized-legend',
          ]);
        });

        it('follows statements from speaker to subject', async () => {
          expect(await edgesOf('john-legend', 'STATEMENT')).toEqual([
            '-> democrats via legend-clarifies-not-about-trump',
            '-> donald-trump via legend-clarifies-not-about-trump',
            '-> donald-trump via legend-murdoch-version-mischaracterization',
            '-> donald-trump via legend-tweet-reconsider-trump',
            '-> fox-news via legend-murdoch-version-mischaracterization',
            '-> joe-biden via legend-clarifies-not-about-trump',
            '-> joe-biden via legend-supported-joe-biden',
            '-> kanye-west via legend-clarifies-not-about-trump',
            '-> kanye-west via legend-murdoch-version-mischaracterization',
            '-> kanye-west via legend-real-impetus',
            '-> kanye-west via legend-supported-joe-biden',
            '-> kanye-west via legend-tweet-reconsider-trump',
            '-> new-york-post via legend-murdoch-version-mischaracterization',
            '-> rupert-murdoch via legend-murdoch-version-mischaracterization',
            '<- kanye-west via west-calls-legend-big-sean-sellouts',
            '<- kanye-west via west-drink-champs-quote',
            // the article's narration (The Source's own voice) is publication, not a statement edge
          ]);
        });

        it('follows shared events, hosting outlets included', async () => {
          expect(await edgesOf('john-legend', 'EVENT')).toEqual([
            '-> joe-biden via legend-supports-biden-2020',
            '-> kanye-west via tweets-2018',
            '-> the-new-yorker via legend-new-yorker-interview',
            '-> twitter via tweets-2018',
          ]);
        });

        it('follows publication from an outlet to the people its documents report on, and back', async () => {
          // one edge per outlet, person and document, whether the person spoke or was spoken about, by the
          // earliest such statement
          expect(await edgesOf('john-legend', 'PUBLICATION')).toEqual([
            '<- the-source via legend-clarifies-not-about-trump @thesource-legend-west',
          ]);
          expect(await edgesOf('the-source', 'PUBLICATION')).toEqual([
            '-> big-sean via west-calls-legend-big-sean-sellouts @thesource-legend-west',
            '-> democrats via legend-clarifies-not-about-trump @thesource-legend-west',
            '-> donald-trump via legend-clarifies-not-about-trump @thesource-legend-west',
            '-> fox-news via legend-murdoch-version-mischaracterization @thesource-legend-west',
            '-> joe-biden via legend-clarifies-not-about-trump @thesource-legend-west',
            '-> john-legend via legend-clarifies-not-about-trump @thesource-legend-west',
            '-> kanye-west via legend-clarifies-not-about-trump @thesource-legend-west',
            '-> new-york-post via legend-murdoch-version-mischaracterization @thesource-legend-west',
            '-> rupert-murdoch via legend-murdoch-version-mischaracterization @thesource-legend-west',
            '-> the-new-yorker via new-yorker-west-unreachable @thesource-legend-west',
          ]);
        });

        it('expands a whole frontier of every kind in one call, grouped per entity in key order', async () => {
          const kinds: PathEdgeKind[] = ['RELATIONSHIP', 'STATEMENT', 'EVENT', 'PUBLICATION'];
          const [legend, unknown, bigSean] = await store.pathEdgesByEntityIds(
            [ids.entity('john-legend'), UNKNOWN_ID, ids.entity('big-sean')],
            kinds,
          );
          expect(legend).toHaveLength(6 + 16 + 4 + 1);
          expect(unknown).toEqual([]);
          expect(bigSean.map(describeEdge).sort()).toEqual([
            '<- kanye-west via west-calls-legend-big-sean-sellouts',
            '<- kanye-west via west-criticized-big-sean',
            '<- kanye-west via west-drink-champs-quote',
            '<- the-source via west-calls-legend-big-sean-sellouts @thesource-legend-west',
          ]);
          expect(await store.pathEdgesByEntityIds([ids.entity('john-legend')], [])).toEqual([[]]);
        });
      });

      describe('statement lists', () => {
        it('orders statements by date both ways, undated last', async () => {
          expect(await statementSlugs({})).toEqual(STATEMENTS_BY_DATE);
          expect(await statementSlugs({}, 'SAID_ON_DESC')).toEqual(reversed(STATEMENTS_BY_DATE));
        });

        for (const order of ['SAID_ON_ASC', 'SAID_ON_DESC'] as const) {
          for (const direction of ['forward', 'backward'] as Direction[]) {
            it(`pages ${order} ${direction} without gaps or overlaps`, async () => {
              const expected = order === 'SAID_ON_ASC' ? STATEMENTS_BY_DATE : reversed(STATEMENTS_BY_DATE);
              for (const size of [1, 2, 4]) {
                const { rows, pages } = await pageThrough(
                  (page) => store.statementPage({ filter: {}, order, page }),
                  size,
                  direction,
                );
                expect(slugs(rows)).toEqual(expected);
                expect(pages).toBe(Math.ceil(expected.length / size));
              }
            });
          }
        }

        it('gives cursor positions that sort bytewise like partial dates ("~" after the digits)', async () => {
          const { positions } = await pageThrough(
            (page) => store.statementPage({ filter: {}, order: 'SAID_ON_ASC', page }),
            3,
            'forward',
          );
          expect(positions.map((position) => position.sort)).toEqual([
            '2018-00-00',
            '2020-00-00',
            '2020-00-00',
            '~',
            '~',
            '~',
            '~',
            '~',
            '~',
            '~',
          ]);
          expect(positions[0].id).toBe(ids.statement('legend-tweet-reconsider-trump'));
          // positions that no row has still fall where their text sorts
          const after2019 = await store.statementPage({
            filter: {},
            order: 'SAID_ON_ASC',
            page: { limit: 2, fromEnd: false, after: { sort: '2019', id: 0 } },
          });
          expect(slugs(after2019.rows.map((entry) => entry.row))).toEqual([
            'west-calls-legend-big-sean-sellouts',
            'west-drink-champs-quote',
          ]);
          expect(after2019.hasMore).toBe(true);
          const beforeUndated = await store.statementPage({
            filter: {},
            order: 'SAID_ON_ASC',
            page: { limit: 3, fromEnd: true, before: { sort: '~', id: 0 } },
          });
          expect(slugs(beforeUndated.rows.map((entry) => entry.row))).toEqual([
            'legend-tweet-reconsider-trump',
            'west-calls-legend-big-sean-sellouts',
            'west-drink-champs-quote',
          ]);
          expect(beforeUndated.hasMore).toBe(false);
          const between = await store.statementPage({
            filter: {},
            order: 'SAID_ON_DESC',
            page: { limit: 10, fromEnd: false, after: { sort: '~', id: 0 }, before: { sort: '2018-00-00', id: 0 } },
          });
          expect(slugs(between.rows.map((entry) => entry.row))).toEqual([
            'west-drink-champs-quote',
            'west-calls-legend-big-sean-sellouts',
            'legend-tweet-reconsider-trump',
          ]);
        });

        it('filters by speaker', async () => {
          // West's tweets and the "for not supporting him" are the article's narration, not West's words
          expect(await statementSlugs({ speakerId: ids.entity('kanye-west') })).toEqual([
            'west-calls-legend-big-sean-sellouts',
            'west-drink-champs-quote',
          ]);
          expect(await statementSlugs({ speakerId: ids.entity('the-source') })).toEqual([
            'west-tweets-support-trump',
            'thesource-sellouts-for-not-supporting',
          ]);
          expect(await statementSlugs({ speakerId: UNKNOWN_ID })).toEqual([]);
        });

        it('filters by subject, by stance, and by both', async () => {
          const trump = ids.entity('donald-trump');
          expect(await statementSlugs({ aboutId: trump })).toEqual([
            'legend-tweet-reconsider-trump',
            'legend-clarifies-not-about-trump',
            'legend-murdoch-version-mischaracterization',
            'west-tweets-support-trump',
          ]);
          expect(await statementSlugs({ aboutId: trump, stance: 'OPPOSES' })).toEqual([
            'legend-tweet-reconsider-trump',
          ]);
          expect(await statementSlugs({ stance: 'CRITICIZES' })).toEqual([
            'west-calls-legend-big-sean-sellouts',
            'west-drink-champs-quote',
            'west-tweets-support-trump',
          ]);
          expect(await statementSlugs({ aboutId: trump, stance: 'CRITICIZES' })).toEqual([]);
        });

        it('filters by outlet: the occasion it hosted or a document it published', async () => {
          expect(await statementSlugs({ outletId: ids.entity('drink-champs') })).toEqual([
            'west-calls-legend-big-sean-sellouts',
            'west-drink-champs-quote',
          ]);
          expect(await statementSlugs({ outletId: ids.entity('twitter') })).toEqual(['legend-tweet-reconsider-trump']);
          expect(await statementSlugs({ outletId: ids.entity('the-source') })).toEqual(STATEMENTS_BY_DATE);
          expect(await statementSlugs({ outletId: ids.entity('fox-news') })).toEqual([]);
        });

        it('filters by occasion', async () => {
          expect(await statementSlugs({ occasionId: ids.event('tweets-2018') })).toEqual([
            'legend-tweet-reconsider-trump',
          ]);
        });

        it('filters by day range, a partial date matching when its period overlaps', async () => {
          expect(await statementSlugs({ saidFromDay: '2019-01-01' })).toEqual([
            'west-calls-legend-big-sean-sellouts',
            'west-drink-champs-quote',
          ]);
          expect(await statementSlugs({ saidToDay: '2018-12-31' })).toEqual(['legend-tweet-reconsider-trump']);
          expect(await statementSlugs({ saidFromDay: '2018-06-01', saidToDay: '2018-06-30' })).toEqual([
            'legend-tweet-reconsider-trump',
          ]);
          expect(await statementSlugs({ saidFromDay: '2020-12-31' })).toEqual([
            'west-calls-legend-big-sean-sellouts',
            'west-drink-champs-quote',
          ]);
          expect(await statementSlugs({ saidFromDay: '2021-01-01' })).toEqual([]);
          expect(await statementSlugs({ saidFromDay: '2019-01-01', saidToDay: '2019-12-31' })).toEqual([]);
        });

        it('filters direct quotes and paraphrases', async () => {
          expect(await statementSlugs({ directQuote: true })).toEqual([
            'legend-tweet-reconsider-trump',
            'west-drink-champs-quote',
            'legend-murdoch-version-mischaracterization',
            'legend-real-impetus',
            'legend-supported-joe-biden',
          ]);
          // narration is nobody's quotation either
          expect(await statementSlugs({ directQuote: false })).toEqual([
            'west-calls-legend-big-sean-sellouts',
            'legend-clarifies-not-about-trump',
            'new-yorker-west-unreachable',
            'west-tweets-support-trump',
            'thesource-sellouts-for-not-supporting',
          ]);
        });

        it('filters by text, ignoring case and taking wildcards literally', async () => {
          expect(await statementSlugs({ text: 'SELLOUT' })).toEqual([
            'west-calls-legend-big-sean-sellouts',
            'west-drink-champs-quote',
            'thesource-sellouts-for-not-supporting',
          ]);
          expect(await statementSlugs({ text: 'could not be reached' })).toEqual(['new-yorker-west-unreachable']);
          expect(await statementSlugs({ text: '%' })).toEqual([]);
          expect(await statementSlugs({ text: '_' })).toEqual([]);
          expect(await statementSlugs({ text: 'IT’S UP TO HIM' })).toEqual(['legend-supported-joe-biden']);
        });

        it('filters by text as typed: straight quotes find curly ones, plain spaces non-breaking ones', async () => {
          expect(await statementSlugs({ text: "didn't" })).toEqual([
            'legend-clarifies-not-about-trump',
            'legend-real-impetus',
            'legend-supported-joe-biden',
          ]);
          expect(await statementSlugs({ text: 'new york post' })).toEqual([
            'legend-murdoch-version-mischaracterization',
          ]);
        });

        it('combines filters', async () => {
          const filter: StatementQueryFilter = {
            speakerId: ids.entity('kanye-west'),
            directQuote: true,
            saidFromDay: '2020-01-01',
            aboutId: ids.entity('democrats'),
            stance: 'CRITICIZES',
            outletId: ids.entity('drink-champs'),
            occasionId: ids.event('drink-champs-2020-episode'),
            text: 'sellout',
          };
          expect(await statementSlugs(filter)).toEqual(['west-drink-champs-quote']);
          expect(await store.countStatements(filter)).toBe(1);
          expect(await statementSlugs({ ...filter, directQuote: false })).toEqual([]);
        });

        it('counts what it lists', async () => {
          expect(await store.countStatements({})).toBe(10);
          expect(await store.countStatements({ aboutId: ids.entity('donald-trump') })).toBe(4);
          expect(await store.countStatements({ saidToDay: '2018-12-31' })).toBe(1);
        });
      });

      describe('statement lists per parent', () => {
        const request = (page: PageQuery, filter: StatementQueryFilter = {}): StatementListRequest => ({
          filter,
          order: 'SAID_ON_ASC',
          page,
        });
        const pagesOf = async (
          parent: StatementParent,
          parentSlugs: number[],
          page: PageQuery,
          filter?: StatementQueryFilter,
        ) =>
          (await store.statementPagesByParent(parent, parentSlugs, request(page, filter))).map((p) => ({
            slugs: slugs(p.rows.map((entry) => entry.row)),
            hasMore: p.hasMore,
          }));

        it('pages each speaker, mentioned entity, occasion and reporting document in one call', async () => {
          expect(
            await pagesOf('speaker', [ids.entity('john-legend'), UNKNOWN_ID, ids.entity('the-new-yorker')], {
              limit: 2,
              fromEnd: false,
            }),
          ).toEqual([
            { slugs: ['legend-tweet-reconsider-trump', 'legend-clarifies-not-about-trump'], hasMore: true },
            { slugs: [], hasMore: false },
            { slugs: ['new-yorker-west-unreachable'], hasMore: false },
          ]);
          expect(
            await pagesOf('about', [ids.entity('kanye-west'), ids.entity('john-legend')], { limit: 2, fromEnd: true }),
          ).toEqual([
            { slugs: ['west-tweets-support-trump', 'thesource-sellouts-for-not-supporting'], hasMore: true },
            { slugs: ['west-drink-champs-quote', 'thesource-sellouts-for-not-supporting'], hasMore: true },
          ]);
          expect(await pagesOf('occasion', [ids.event('tweets-2018'), ids.event('election-2020')], FIRST_100)).toEqual([
            { slugs: ['legend-tweet-reconsider-trump'], hasMore: false },
            { slugs: [], hasMore: false },
          ]);
          expect(
            await pagesOf(
              'document',
              [ids.document('new-yorker-legend-interview-doc'), ids.document('thesource-legend-west')],
              {
                limit: 3,
                fromEnd: false,
              },
            ),
          ).toEqual([
            { slugs: [], hasMore: false },
            { slugs: STATEMENTS_BY_DATE.slice(0, 3), hasMore: true },
          ]);
        });

        it('applies the stance filter to the mention it groups by', async () => {
          const parents = [ids.entity('john-legend'), ids.entity('kanye-west'), ids.entity('democrats')];
          expect(await pagesOf('about', parents, FIRST_100, { stance: 'CRITICIZES' })).toEqual([
            { slugs: ['west-calls-legend-big-sean-sellouts', 'west-drink-champs-quote'], hasMore: false },
            // the article's narration of West's tweets criticizes him
            { slugs: ['west-tweets-support-trump'], hasMore: false },
            { slugs: ['west-drink-champs-quote'], hasMore: false },
          ]);
          expect(await store.countStatementsByParent('about', parents, { stance: 'CRITICIZES' })).toEqual([2, 1, 1]);
        });

        for (const direction of ['forward', 'backward'] as Direction[]) {
          it(`pages one parent's list ${direction} without gaps or overlaps`, async () => {
            const kanye = ids.entity('kanye-west');
            const { rows } = await pageThrough(
              async (page) =>
                (await store.statementPagesByParent('about', [kanye, ids.entity('john-legend')], request(page)))[0],
              2,
              direction,
            );
            expect(slugs(rows)).toEqual([
              'legend-tweet-reconsider-trump',
              'legend-clarifies-not-about-trump',
              'legend-murdoch-version-mischaracterization',
              'legend-real-impetus',
              'legend-supported-joe-biden',
              'new-yorker-west-unreachable',
              'west-tweets-support-trump',
              'thesource-sellouts-for-not-supporting',
            ]);
          });
        }

        it('counts per parent, zero for parents with none', async () => {
          expect(
            await store.countStatementsByParent(
              'speaker',
              [ids.entity('john-legend'), ids.entity('kanye-west'), ids.entity('big-sean'), UNKNOWN_ID],
              {},
            ),
          ).toEqual([5, 2, 0, 0]);
          expect(
            await store.countStatementsByParent('about', [ids.entity('kanye-west'), ids.entity('donald-trump')], {}),
          ).toEqual([8, 4]);
          expect(
            await store.countStatementsByParent(
              'occasion',
              [ids.event('legend-new-yorker-interview'), ids.event('drink-champs-2020-episode')],
              {
                directQuote: true,
              },
            ),
          ).toEqual([3, 1]);
          expect(await store.countStatementsByParent('document', [ids.document('thesource-legend-west')], {})).toEqual([
            10,
          ]);
        });
      });

      describe('entity, event, document, claim and relationship lists', () => {
        it('lists entities of a type by name, both ways, and pages them', async () => {
          const people = ['big-sean', 'donald-trump', 'joe-biden', 'john-legend', 'kanye-west', 'rupert-murdoch'];
          expect(slugs((await store.entityPage('PERSON', 'ASC', FIRST_100)).rows.map((e) => e.row))).toEqual(people);
          expect(slugs((await store.entityPage('PERSON', 'DESC', FIRST_100)).rows.map((e) => e.row))).toEqual(
            reversed(people),
          );
          for (const direction of ['forward', 'backward'] as Direction[]) {
            const { rows } = await pageThrough((page) => store.entityPage('PERSON', 'DESC', page), 4, direction);
            expect(slugs(rows)).toEqual(reversed(people));
          }
          expect(slugs((await store.entityPage('OUTLET', 'ASC', FIRST_100)).rows.map((e) => e.row))).toEqual([
            'drink-champs',
            'fox-news',
            'new-york-post',
            'the-new-yorker',
            'the-source',
            'twitter',
          ]);
          expect([
            await store.countEntities('PERSON'),
            await store.countEntities('OUTLET'),
            await store.countEntities('ORGANIZATION'),
          ]).toEqual([6, 6, 1]);
        });

        it('lists events by date, undated last', async () => {
          const events = [
            'tweets-2018',
            'west-2020-presidential-run',
            'legend-supports-biden-2020',
            'drink-champs-2020-episode',
            'election-2020',
            'legend-new-yorker-interview',
          ];
          const { rows } = await pageThrough((page) => store.eventPage('ASC', page), 4, 'backward');
          expect(slugs(rows)).toEqual(events);
          expect(slugs((await store.eventPage('DESC', FIRST_100)).rows.map((e) => e.row))).toEqual(reversed(events));
          expect(await store.countEvents()).toBe(6);
        });

        it('lists documents by title, and per outlet', async () => {
          const documents = [
            'drink-champs-2020-episode-doc',
            'new-yorker-legend-interview-doc',
            'thesource-legend-west',
          ];
          expect(slugs((await store.documentPage('ASC', FIRST_100)).rows.map((e) => e.row))).toEqual(documents);
          const { rows } = await pageThrough((page) => store.documentPage('DESC', page), 1, 'forward');
          expect(slugs(rows)).toEqual(reversed(documents));
          expect(await store.countDocuments()).toBe(3);
          const outlets = [ids.entity('the-source'), ids.entity('twitter'), ids.entity('the-new-yorker')];
          const pages = await store.documentPagesByOutletIds(outlets, FIRST_100);
          expect(pages.map((p) => slugs(p.rows.map((e) => e.row)))).toEqual([
            ['thesource-legend-west'],
            [],
            ['new-yorker-legend-interview-doc'],
          ]);
          expect(await store.countDocumentsByOutletIds(outlets)).toEqual([1, 0, 1]);
        });

        it('lists claims in recorded order, with filters', async () => {
          expect(slugs((await store.claimPage({}, 'ASC', FIRST_100)).rows.map((e) => e.row))).toEqual(CLAIMS_RECORDED);
          for (const direction of ['forward', 'backward'] as Direction[]) {
            const { rows } = await pageThrough((page) => store.claimPage({}, 'DESC', page), 2, direction);
            expect(slugs(rows)).toEqual(reversed(CLAIMS_RECORDED));
          }
          const claimSlugs = async (filter: Parameters<Store['claimPage']>[0]) =>
            slugs((await store.claimPage(filter, 'ASC', FIRST_100)).rows.map((e) => e.row));
          expect(await claimSlugs({ status: 'UNREVIEWED' })).toEqual(CLAIMS_RECORDED);
          expect(await claimSlugs({ status: 'REVIEWED' })).toEqual([]);
          expect(await claimSlugs({ claimantId: ids.entity('kanye-west') })).toEqual([
            'west-changed-their-lives',
            'used-by-democrats',
          ]);
          expect(await claimSlugs({ aboutId: ids.entity('joe-biden') })).toEqual(['legend-real-cause']);
          expect(await claimSlugs({ rating: 1 })).toEqual([]);
          expect(
            await store.countClaims({ claimantId: ids.entity('kanye-west'), aboutId: ids.entity('big-sean') }),
          ).toBe(2);
          expect(await store.countClaims({})).toBe(5);
        });

        it('lists relationships in recorded order, between entities and by type', async () => {
          for (const direction of ['forward', 'backward'] as Direction[]) {
            const { rows, pages } = await pageThrough((page) => store.relationshipPage({}, 'ASC', page), 5, direction);
            expect(slugs(rows)).toEqual(RELATIONSHIPS_RECORDED);
            expect(pages).toBe(2);
          }
          const between = { betweenIds: [ids.entity('john-legend'), ids.entity('kanye-west')] };
          expect(slugs((await store.relationshipPage(between, 'ASC', FIRST_100)).rows.map((e) => e.row))).toEqual([
            'legend-west-friendship',
            'legend-urged-west',
            'west-criticized-legend',
          ]);
          expect(
            slugs((await store.relationshipPage({ types: ['APPEARED_ON'] }, 'DESC', FIRST_100)).rows.map((e) => e.row)),
          ).toEqual(['legend-appeared-on-new-yorker', 'west-appeared-on-drink-champs']);
          // the article names Murdoch's "version of the story", not what he owns
          expect(await store.countRelationships({ types: ['OWNS'] })).toBe(0);
          const supportOfDemocrats = {
            betweenIds: [ids.entity('john-legend'), ids.entity('joe-biden'), ids.entity('democrats')],
            types: ['SUPPORTED', 'ENDORSED'],
          };
          expect(
            slugs((await store.relationshipPage(supportOfDemocrats, 'ASC', FIRST_100)).rows.map((e) => e.row)),
          ).toEqual(['legend-supported-biden', 'legend-supported-democrats']);
          expect(await store.countRelationships(supportOfDemocrats)).toBe(2);
          expect(await store.countRelationships({})).toBe(10);
        });
      });

      describe('timeline', () => {
        const KANYE_TIMELINE = [
          'event tweets-2018 2018',
          'statement legend-tweet-reconsider-trump 2018',
          'event west-2020-presidential-run 2020',
          'event drink-champs-2020-episode 2020',
          'event election-2020 2020',
          'statement west-calls-legend-big-sean-sellouts 2020',
          'statement west-drink-champs-quote 2020',
          'statement legend-clarifies-not-about-trump null',
          'statement legend-murdoch-version-mischaracterization null',
          'statement legend-real-impetus null',
          'statement legend-supported-joe-biden null',
          'statement new-yorker-west-unreachable null',
          'statement west-tweets-support-trump null',
          'statement thesource-sellouts-for-not-supporting null',
        ];
        const TABLE_OF_KIND = { event: 'event', statement: 'statement', claim: 'claim', review: 'review' } as const;
        const describeItem = (item: TimelineRow) =>
          item.itemKind === 'relationshipState'
            ? `relationshipState ${ids.slug('relationship', item.relationshipId)} ${item.date}`
            : `${item.itemKind} ${ids.slug(TABLE_OF_KIND[item.itemKind], item.itemId)} ${item.date}`;
        const EVENTS_AND_STATEMENTS = { kinds: ['event', 'statement'] } as const;

        for (const direction of ['forward', 'backward'] as Direction[]) {
          it(`lists an entity's events and statements in date order, paged ${direction}`, async () => {
            const kanye = ids.entity('kanye-west');
            const { rows } = await pageThrough(
              (page) => store.timelinePage(kanye, EVENTS_AND_STATEMENTS, page),
              3,
              direction,
            );
            expect(rows.map(describeItem)).toEqual(KANYE_TIMELINE);
            expect(await store.countTimeline(kanye, EVENTS_AND_STATEMENTS)).toBe(14);
          });

          it(`lists an entity's claims and relationship states among them by the same date rules, paged ${direction}`, async () => {
            const kanye = ids.entity('kanye-west');
            const { rows } = await pageThrough((page) => store.timelinePage(kanye, {}, page), 4, direction);
            const described = rows.map(describeItem);
            expect(described).toHaveLength(24);
            expect(await store.countTimeline(kanye, {})).toBe(24);
            // every kind keeps its own order within the whole
            expect(described.filter((item) => /^(event|statement) /.test(item))).toEqual(KANYE_TIMELINE);
            expect(described.filter((item) => item.startsWith('claim '))).toEqual([
              'claim west-changed-their-lives 2020',
              'claim used-by-democrats 2020',
            ]);
            const states = described.filter((item) => item.startsWith('relationshipState '));
            expect(states).toHaveLength(8);
            // dated states by their start, those with none undated and last
            expect(states.slice(0, 2)).toEqual([
              'relationshipState west-supported-trump 2018',
              'relationshipState legend-urged-west 2018',
            ]);
            expect(states.at(-1)).toBe('relationshipState west-supported-trump null');
            const dates = rows.map((row) => row.date);
            expect(dates.indexOf(null)).toBe(dates.length - dates.filter((date) => date === null).length);
            expect(await store.countTimeline(kanye, { kinds: ['claim', 'review', 'relationshipState'] })).toBe(10);
            expect(await store.countTimeline(kanye, { kinds: [] })).toBe(0);
          });
        }

        it('keeps the items whose period overlaps a day range', async () => {
          const kanye = ids.entity('kanye-west');
          const range = { fromDay: '2019-01-01', toDay: '2020-06-30', ...EVENTS_AND_STATEMENTS };
          const page = await store.timelinePage(kanye, range, FIRST_100);
          expect(page.rows.map((entry) => describeItem(entry.row))).toEqual(KANYE_TIMELINE.slice(2, 7));
          expect(await store.countTimeline(kanye, range)).toBe(5);
          expect(await store.countTimeline(kanye, { toDay: '2018-01-01', ...EVENTS_AND_STATEMENTS })).toBe(2);
          // and drops the undated claims and states: all of West's claims and states in range are dated 2020
          expect(await store.countTimeline(kanye, { fromDay: '2019-01-01', toDay: '2020-06-30' })).toBe(5 + 2 + 4);
          expect(await store.countTimeline(UNKNOWN_ID, {})).toBe(0);
        });
      });

      describe('search', () => {
        const hitsFor = async (query: string, kinds: SearchKind[] = ALL_KINDS, limit = 20, offset = 0) =>
          (await store.search(query, kinds, limit, offset)).map((hit) => {
            const snippet = parseMarkedSnippet(hit.markedSnippet);
            return {
              node: `${hit.kind} ${ids.slug(SEARCH_KIND_TABLES[hit.kind], hit.nodeId)}`,
              score: hit.score,
              marked: snippet.highlights.map((h) => Array.from(snippet.text).slice(h.start, h.end).join('')),
            };
          });

        it('finds "sellout" in the quotes and the article, the direct quote above its paraphrase, stemmed', async () => {
          const hits = await hitsFor('sellout');
          // the paraphrase is the shorter match, but West's own words from the same episode rank first
          expect(hits.slice(0, 2).map((hit) => hit.node)).toEqual([
            'STATEMENT west-drink-champs-quote',
            'STATEMENT west-calls-legend-big-sean-sellouts',
          ]);
          expect(hits.map((hit) => hit.node).sort()).toEqual([
            'DOCUMENT thesource-legend-west',
            'STATEMENT thesource-sellouts-for-not-supporting',
            'STATEMENT west-calls-legend-big-sean-sellouts',
            'STATEMENT west-drink-champs-quote',
          ]);
          for (const hit of hits) {
            expect(hit.marked.length).toBeGreaterThan(0);
            for (const marked of hit.marked) expect(marked).toMatch(/^sellouts?$/i);
          }
          const scores = hits.map((hit) => hit.score);
          expect(scores).toEqual([...scores].sort((a, b) => b - a));
          expect((await hitsFor('sellouts')).map((hit) => hit.node)).toEqual(hits.map((hit) => hit.node));
          expect(await store.countSearch('sellout', ALL_KINDS)).toBe(4);
        });

        it('finds "New York Post" though the article joins its words with non-breaking spaces', async () => {
          expect(fixture.articleText).toContain('New York\u00a0Post');
          const hits = await hitsFor('New York Post');
          expect(hits[0].node).toBe('OUTLET new-york-post');
          expect(hits.map((hit) => hit.node).sort()).toEqual([
            'DOCUMENT thesource-legend-west',
            'OUTLET new-york-post',
            'STATEMENT legend-murdoch-version-mischaracterization',
          ]);
          const article = hits.find((hit) => hit.node === 'DOCUMENT thesource-legend-west')!;
          expect(article.marked).toEqual(expect.arrayContaining(['New', 'York', 'Post']));
        });

        it('restricts hits to the kinds asked for, and pages through the ranking', async () => {
          const all = await hitsFor('sellout');
          expect((await hitsFor('sellout', ['STATEMENT'])).map((hit) => hit.node)).toEqual(
            all.filter((hit) => hit.node.startsWith('STATEMENT')).map((hit) => hit.node),
          );
          expect(await store.countSearch('sellout', ['DOCUMENT', 'PERSON'])).toBe(1);
          expect((await hitsFor('sellout', ALL_KINDS, 1, 1)).map((hit) => hit.node)).toEqual([all[1].node]);
          expect(await hitsFor('sellout', ALL_KINDS, 5, 4)).toEqual([]);
          expect(await hitsFor('sellout', [])).toEqual([]);
        });

        it('finds names, aliases and plain text with punctuation', async () => {
          expect((await hitsFor('Ye', ['PERSON'])).map((hit) => hit.node)).toEqual(['PERSON kanye-west']);
          expect((await hitsFor('60,000 votes', ['CLAIM'])).map((hit) => hit.node)).toEqual(['CLAIM west-60000-votes']);
          expect(await hitsFor('zyzzyva')).toEqual([]);
          expect(await store.countSearch('zyzzyva', ALL_KINDS)).toBe(0);
        });

        it('rejects a query without words to search for', async () => {
          await expect(store.search('!!! ...', ALL_KINDS, 10, 0)).rejects.toBeInstanceOf(InvalidSearchQueryError);
          await expect(store.countSearch('  ', ALL_KINDS)).rejects.toBeInstanceOf(InvalidSearchQueryError);
        });
      });

      describe('fact-check summary', () => {
        it('counts claims by status and by latest rating', async () => {
          expect(await dashboardFigure(store, { figure: 'claimStatusCounts' })).toEqual([
            { status: 'UNREVIEWED', count: 5 },
          ]);
          expect(await dashboardFigure(store, { figure: 'claimRatingCounts' })).toEqual([
            { ratingValue: null, ratingLabel: null, count: 5 },
          ]);
        });

        it('reads several figures in one call, each where it was asked and as it reads alone', async () => {
          const reads = [
            { figure: 'mentionCountsByEntity', limit: 2 },
            { figure: 'totalClaims' },
            { figure: 'mostDisputedClaims', limit: 10 },
            { figure: 'claimStatusCounts' },
            { figure: 'statementCountsBySpeaker', limit: 1 },
            { figure: 'claimRatingCounts' },
            { figure: 'statementCountsBySpeaker', limit: 3 },
          ] as const;
          const together = await store.dashboardFigures(reads);
          const alone = [];
          for (const read of reads) alone.push(await dashboardFigure(store, read));
          expect(together).toEqual(alone);
          expect(together[1]).toBe(5);
          expect(together[4]).toEqual([{ speakerId: ids.entity('john-legend'), count: 5 }]);
          expect(await store.dashboardFigures([])).toEqual([]);
        });

        it('lists the most disputed claims', async () => {
          expect(await dashboardFigure(store, { figure: 'mostDisputedClaims', limit: 10 })).toEqual([
            { claimId: ids.claim('fell-out-over-trump'), disputeCount: 2, reviewCount: 0 },
          ]);
          expect(await dashboardFigure(store, { figure: 'mostDisputedClaims', limit: 0 })).toEqual([]);
        });

        it('counts statements by speaker and mentions by entity and stance, most first', async () => {
          // The Source narrates twice in its own voice; ties in the order the speakers were recorded
          expect(await dashboardFigure(store, { figure: 'statementCountsBySpeaker', limit: 3 })).toEqual([
            { speakerId: ids.entity('john-legend'), count: 5 },
            { speakerId: ids.entity('the-source'), count: 2 },
            { speakerId: ids.entity('kanye-west'), count: 2 },
          ]);
          expect(await dashboardFigure(store, { figure: 'mentionCountsByEntity', limit: 2 })).toEqual([
            {
              entityId: ids.entity('kanye-west'),
              count: 8,
              byStance: [
                { stance: 'NEUTRAL', count: 7 },
                { stance: 'CRITICIZES', count: 1 },
              ],
            },
            {
              entityId: ids.entity('donald-trump'),
              count: 4,
              byStance: [
                { stance: 'NEUTRAL', count: 3 },
                { stance: 'OPPOSES', count: 1 },
              ],
            },
          ]);
        });
      });

      it('answers ping', async () => {
        await expect(store.ping()).resolves.toBeUndefined();
      });
    });

    describe('writes', () => {
      it('writes nothing at all when the last record refers to a missing slug', async () => {
        const { store } = await fresh();
        await expect(
          store.writeDataset(withDanglingLastReference(fixture.dataset), fixture.heldTexts, CONTRACT_AUTHOR),
        ).rejects.toThrow('dataset refers to unknown slug "no-such-person"');
        expect(await store.isEmpty()).toBe(true);
        expect(await store.countEntities('PERSON')).toBe(0);
        expect(await store.countSearch('Legend', ALL_KINDS)).toBe(0);
        expect(await store.idsBySlugs('entity', ['john-legend'])).toEqual([null]);
        // the failed write left nothing in the way of a good one
        expect(await store.writeDatasetIfEmpty(fixture.dataset, fixture.heldTexts, CONTRACT_AUTHOR)).not.toBeNull();
        expect(await store.countStatements({})).toBe(10);
      });

      it('writes nothing at all when the database rejects a record late in the write', async () => {
        const { store } = await fresh();
        await expect(
          store.writeDataset(withUnratableReview(fixture.dataset), fixture.heldTexts, CONTRACT_AUTHOR),
        ).rejects.toThrow();
        expect(await store.isEmpty()).toBe(true);
        expect(await store.countStatements({})).toBe(0);
        expect(await store.countRelationships({})).toBe(0);
        expect(await store.countSearch('sellout', ALL_KINDS)).toBe(0);
      });

      it('writes records that refer to stored ones, and a review updates its claim', async () => {
        const { store } = await fresh();
        await store.writeDataset(fixture.dataset, fixture.heldTexts, CONTRACT_AUTHOR);
        const ids = await FixtureIds.resolve(store, fixture.dataset);
        const summary = await store.writeDataset(followUpDataset(fixture.articleText), new Map(), CONTRACT_AUTHOR);
        expect(summary.inserted).toEqual({ entity: 1, statement: 1, evidence: 1, review: 1 });
        expect(summary.created.map(({ slug, table }) => `${table} ${slug}`)).toEqual([
          'entity chuck-d',
          'statement west-sellouts-again',
          'review votes-review',
        ]);
        const [chuck, statement, review] = summary.created.map((record) => record.id);

        expect(await store.entityIdsByNames(['carlton ridenhour'])).toEqual([chuck]);
        expect(await store.sameAsByEntityIds([chuck])).toEqual([
          [
            {
              entityId: chuck,
              uri: 'https://www.wikidata.org/wiki/Q319392',
              source: { url: 'https://www.wikidata.org/wiki/Q319392', title: 'Chuck D', accessed: '2024-01' },
            },
          ],
        ]);
        const [written] = await store.statementsByIds([statement]);
        expect(written).toMatchObject({
          speakerId: ids.entity('kanye-west'),
          saidOn: '2020-11',
          occasionId: ids.event('drink-champs-2020-episode'),
        });
        const [evidence] = await store.evidenceByOwners([{ kind: 'statement', id: statement }]);
        const span = spanIn(fixture.articleText, FOLLOW_UP_QUOTE);
        expect(evidence).toEqual([
          {
            id: expect.any(Number),
            documentId: ids.document('thesource-legend-west'),
            ...span,
            exact: FOLLOW_UP_QUOTE,
            prefix: codePoints(fixture.articleText, span.start - 32, span.start),
            suffix: codePoints(fixture.articleText, span.end, span.end + 32),
          },
        ]);
        expect(await store.countStatements({ saidFromDay: '2020-11-15', saidToDay: '2020-11-15' })).toBe(3);
        expect(await store.countStatements({ saidFromDay: '2020-12-01' })).toBe(2);

        const votes = ids.claim('west-60000-votes');
        expect(await store.reviewsByClaimIds([votes])).toEqual([
          [
            {
              id: review,
              slug: 'votes-review',
              claimId: votes,
              ratingValue: 4,
              ratingLabel: 'Mostly true',
              explanation: 'Official results put the figure near 70,000.',
              reviewer: 'Store contract',
              reviewedAt: '2024-01-02T03:04:05.000Z',
              sources: [{ url: 'https://example.org/results', title: 'Results' }],
              retractedAt: null,
              retractedBy: null,
              retractionReason: null,
            },
          ],
        ]);
        expect((await store.reviewsByIds([review]))[0]?.slug).toBe('votes-review');
        expect((await store.claimsByIds([votes]))[0]?.status).toBe('REVIEWED');
        expect(await dashboardFigure(store, { figure: 'claimStatusCounts' })).toEqual([
          { status: 'REVIEWED', count: 1 },
          { status: 'UNREVIEWED', count: 4 },
        ]);
        expect(await dashboardFigure(store, { figure: 'claimRatingCounts' })).toEqual([
          { ratingValue: null, ratingLabel: null, count: 4 },
          { ratingValue: 4, ratingLabel: 'Mostly true', count: 1 },
        ]);
        expect(slugs((await store.claimPage({ rating: 4 }, 'ASC', FIRST_100)).rows.map((e) => e.row))).toEqual([
          'west-60000-votes',
        ]);
        expect(await store.countSearch('Ridenhour', ['PERSON'])).toBe(1);

        // a failing write on a seeded database leaves it exactly as it was
        await expect(store.writeDataset(danglingFriendship(), new Map(), CONTRACT_AUTHOR)).rejects.toThrow(
          'dataset refers to unknown slug "no-such-person"',
        );
        expect(await store.idsBySlugs('entity', ['flavor-flav'])).toEqual([null]);
        expect(await store.countEntities('PERSON')).toBe(7);
        expect(await store.countRelationships({})).toBe(10);
      });

      it('reads the similar-claim index source, and its change-log version moves with every write', async () => {
        const { store } = await fresh();
        const empty = await store.changeLogVersion();
        expect(await store.claimRetrievalSource()).toEqual({ claims: [], entities: [] });
        await store.writeDatasetIfEmpty(fixture.dataset, fixture.heldTexts, CONTRACT_AUTHOR);
        const seeded = await store.changeLogVersion();
        expect(seeded).not.toBe(empty);
        const source = await store.claimRetrievalSource();
        const claimIds = await store.idsBySlugs(
          'claim',
          fixture.dataset.claims.map((claim) => claim.slug),
        );
        expect(source.claims).toEqual(
          fixture.dataset.claims.map((claim, index) => ({ id: claimIds[index], text: claim.text, headlines: [] })),
        );
        expect(source.entities).toContainEqual({ name: 'Kanye West', aliases: expect.arrayContaining(['Ye']) });
        expect(await store.changeLogVersion()).toBe(seeded);

        const [retracted] = await store.idsBySlugs('claim', ['used-by-democrats']);
        await store.retract('claim', retracted!, 'contract test', CONTRACT_AUTHOR);
        expect(await store.changeLogVersion()).not.toBe(seeded);
        expect((await store.claimRetrievalSource()).claims.map((claim) => claim.id)).not.toContain(retracted);
      });

      describe('the facts of dataset format 2: voices, claimants, completions, bases and dated facts', () => {
        let store: Store;
        let ids: FixtureIds;
        let created: Map<string, number>;
        const idOf = (slug: string) => created.get(slug)!;
        const evidenceOf = async (kind: EvidenceOwnerKind, id: number) =>
          (await store.evidenceByOwners([{ kind, id }]))[0].map((span) => span.exact);
        const basis = (kind: BasisRow['kind'], fields: Partial<BasisRow> = {}): BasisRow => ({
          kind,
          reason: null,
          sources: [],
          documentIds: [],
          ...fields,
        });
        const external = { url: 'https://example.org/west-2020', title: 'West’s 2020 campaign', accessed: '2024-01' };

        beforeAll(async () => {
          ({ store } = await fresh());
          await store.writeDataset(fixture.dataset, fixture.heldTexts, CONTRACT_AUTHOR);
          ids = await FixtureIds.resolve(store, fixture.dataset);
          const summary = await store.writeDataset(formatTwoDataset(fixture.articleText), new Map(), CONTRACT_AUTHOR);
          created = new Map(summary.created.map((record) => [record.slug, record.id]));
        });

        it('keeps a statement in the document’s own voice, dated "known by" on an inferred basis', async () => {
          const narrated = idOf('contract-narrated-tweets');
          const [statement] = await store.statementsByIds([narrated]);
          expect(statement).toMatchObject({
            speakerId: ids.entity('the-source'),
            voice: 'DOCUMENT',
            quote: NARRATION,
            isDirectQuote: false,
            attributionConfidence: 'NARRATED_BY_SOURCE',
            completions: [],
            saidOn: '2018',
            saidOnKnownBy: true,
            saidOnBasis: basis('INFERRED', { reason: 'the paragraph is about 2018' }),
          });
          expect(await evidenceOf('statement_said_on', narrated)).toEqual(['In 2018']);
          expect(await evidenceOf('statement', narrated)).toEqual([NARRATION]);
        });

        it('keeps a paraphrase’s completions, in the speaker’s voice, its plain date stated by its evidence', async () => {
          const [statement] = await store.statementsByIds([idOf('contract-legend-asked-west')]);
          expect(statement).toMatchObject({
            voice: 'SPEAKER',
            completions: [{ text: 'West', reason: 'the tweet calls him “him”' }],
            saidOn: '2018',
            saidOnKnownBy: false,
            saidOnBasis: null,
          });
          expect(await evidenceOf('statement_said_on', idOf('contract-legend-asked-west'))).toEqual([]);
        });

        it('keeps a claim’s claimants in order, a reported one with its reporter, each with its evidence', async () => {
          const claimId = idOf('contract-split-over-trump');
          const [claimants, none] = await store.claimantsByClaimIds([claimId, UNKNOWN_ID]);
          expect(claimants).toEqual([
            {
              id: expect.any(Number),
              claimId,
              entityId: ids.entity('new-york-post'),
              reportedById: ids.entity('john-legend'),
            },
            { id: expect.any(Number), claimId, entityId: ids.entity('the-source'), reportedById: null },
          ]);
          expect(none).toEqual([]);
          const spans = await store.evidenceByOwners(
            claimants.map((claimant) => ({ kind: 'claim_claimant' as const, id: claimant.id })),
          );
          expect(spans.map((list) => list.map((span) => span.exact))).toEqual([
            [ALL_OVER],
            ['had a traditional Democrat vs. Republican fallout'],
          ]);
          const [claim] = await store.claimsByIds([claimId]);
          expect(claim).toMatchObject({
            claimantId: ids.entity('new-york-post'),
            completions: [{ text: 'Donald', reason: 'the claim names him by surname only' }],
          });
        });

        it('lists and filters claims by any claimant, reported or direct, but not by the reporter', async () => {
          const [post, source, legend] = await store.claimsByClaimantIds([
            ids.entity('new-york-post'),
            ids.entity('the-source'),
            ids.entity('john-legend'),
          ]);
          expect(slugs(post)).toContain('contract-split-over-trump');
          expect(slugs(source)).toContain('contract-split-over-trump');
          expect(slugs(legend)).not.toContain('contract-split-over-trump');
          const claimSlugs = async (claimantId: number) =>
            slugs((await store.claimPage({ claimantId }, 'ASC', FIRST_100)).rows.map((entry) => entry.row));
          expect(await claimSlugs(ids.entity('new-york-post'))).toEqual(slugs(post));
          expect(await store.countClaims({ claimantId: ids.entity('the-source') })).toBe(source.length);
        });

        it('keeps each relationship state’s basis and dates, and derives the assertion from the bases', async () => {
          const supports = idOf('contract-west-supports-trump');
          const [states] = await store.statesByRelationshipIds([supports]);
          const fox = idOf('contract-fox-report');
          expect(states).toEqual([
            {
              id: expect.any(Number),
              relationshipId: supports,
              status: 'ACTIVE',
              basis: basis('STATED'),
              start: '2018',
              startKnownBy: true,
              startBasis: basis('STATED'),
              end: null,
              endKnownBy: false,
              endBasis: null,
            },
            {
              id: expect.any(Number),
              relationshipId: supports,
              status: 'ENDED',
              basis: basis('EXTERNAL', { sources: [external], documentIds: [fox] }),
              start: '2020',
              startKnownBy: false,
              startBasis: basis('INFERRED', { reason: 'he ran against Trump' }),
              end: '2021',
              endKnownBy: true,
              endBasis: basis('EXTERNAL', { sources: [external] }),
            },
          ]);
          const [active, ended] = states.map((state) => state.id);
          expect(await evidenceOf('relationship_state_basis', active)).toEqual([
            'still maintaining his support for then-president Trump',
          ]);
          expect(await evidenceOf('relationship_state_start', active)).toEqual(['In 2018']);
          expect(await evidenceOf('relationship_state', active)).toEqual([NARRATION]);
          expect(await evidenceOf('relationship_state_basis', ended)).toEqual([]);
          expect(await evidenceOf('relationship_state_start', ended)).toEqual([
            'when West made his own run for president',
          ]);
          expect(await evidenceOf('relationship_state_end', ended)).toEqual([]);

          const strained = idOf('contract-strained-friendship');
          const [strainedStates] = await store.statesByRelationshipIds([strained]);
          expect(strainedStates[0].basis).toEqual(basis('INFERRED', { reason: 'Legend speaks of a strain' }));
          expect(await evidenceOf('relationship_state_basis', strainedStates[0].id)).toEqual([
            'a strain in our friendship',
          ]);
          const relationships = await store.relationshipsByIds([supports, strained]);
          expect(relationships.map((relationship) => relationship?.assertion)).toEqual(['STATED', 'IMPLIED']);
        });

        it('keeps an event’s date known by a cited document', async () => {
          const [event] = await store.eventsByIds([idOf('contract-follow-up-tweets')]);
          expect(event).toMatchObject({
            date: '2018',
            dateKnownBy: true,
            dateBasis: basis('EXTERNAL', { documentIds: [idOf('contract-fox-report')] }),
          });
          expect(await evidenceOf('event_date', idOf('contract-follow-up-tweets'))).toEqual([]);
        });

        it('keeps a document’s headline, how its outlet is known and what its source leaves unknown', async () => {
          const fox = idOf('contract-fox-report');
          const [document] = await store.documentsByIds([fox]);
          expect(document).toMatchObject({
            headline: 'Legend and West split over Trump',
            outletId: ids.entity('fox-news'),
            outletBasis: basis('INFERRED', { reason: 'Legend says the story was all over Fox News' }),
            unknownFacts: [
              { field: 'url', reason: 'Legend names no report' },
              { field: 'published', reason: 'Legend does not say when it ran' },
            ],
          });
          expect(await evidenceOf('document_outlet', fox)).toEqual([ALL_OVER]);
          expect(await evidenceOf('document', fox)).toEqual(['the Rupert Murdoch version of the story']);
        });

        it('lists responses both ways, across datasets', async () => {
          const tweet = ids.statement('legend-tweet-reconsider-trump');
          const followUp = idOf('contract-narrated-tweets');
          expect((await store.respondedToByStatementIds([followUp, tweet])).map(slugs)).toEqual([
            ['legend-tweet-reconsider-trump'],
            [],
          ]);
          expect((await store.responsesByStatementIds([tweet, followUp])).map(slugs)).toEqual([
            ['contract-narrated-tweets'],
            [],
          ]);
        });

        it('reads every owner kind in one batched call, in key order', async () => {
          const owners: EvidenceOwner[] = [
            { kind: 'document_outlet', id: idOf('contract-fox-report') },
            { kind: 'statement_said_on', id: idOf('contract-narrated-tweets') },
            { kind: 'event_date', id: idOf('contract-follow-up-tweets') },
            { kind: 'statement', id: idOf('contract-narrated-tweets') },
          ];
          const spans = await store.evidenceByOwners(owners);
          expect(spans.map((list) => list.map((span) => span.exact))).toEqual([
            [ALL_OVER],
            ['In 2018'],
            [],
            [NARRATION],
          ]);
        });
      });

      it('seeds once when two instances start on one empty database at the same time', async () => {
        const { store, openAnother } = await fresh();
        const other = await openAnother();
        const results = await Promise.all([
          store.writeDatasetIfEmpty(fixture.dataset, fixture.heldTexts, CONTRACT_AUTHOR),
          other.writeDatasetIfEmpty(fixture.dataset, fixture.heldTexts, CONTRACT_AUTHOR),
        ]);
        expect(results.filter((result) => result === null)).toHaveLength(1);
        expect(await store.countStatements({})).toBe(10);
        expect(await other.countEntities('PERSON')).toBe(6);
        expect(await other.countSearch('sellout', ALL_KINDS)).toBe(4);
      });

      it('closes: ping fails afterwards, and closing again is harmless', async () => {
        const { store } = await fresh();
        await expect(store.ping()).resolves.toBeUndefined();
        await store.close();
        await expect(store.ping()).rejects.toThrow();
        await expect(store.close()).resolves.toBeUndefined();
      });
    });
  });
}
