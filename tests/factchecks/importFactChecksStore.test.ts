/**
 * Imported fact-checks through the Store interface (src/factcheckImport over Store.importFactChecks), on the test
 * backend (SQLite, or PostgreSQL with CLAIMGRAPH_TEST_BACKEND=postgres): what is created once and reused, what an
 * unchanged re-import leaves alone (not even a log entry), and what the similar-claim index is built from. Every
 * fact-check here is invented.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedItemSlug } from '../../src/factcheckImport/factCheckRecord.js';
import { importClaimReviewFeed, importVerifiedClaims } from '../../src/factcheckImport/importFactChecks.js';
import { openStore } from '../../src/store/openStore.js';
import type { ChangeAuthor, Store } from '../../src/store/store.js';
import { newTestDatabase, type TestDatabaseLocation } from '../support/testDatabase.js';

const AUTHOR: ChangeAuthor = { actor: 'test', action: 'IMPORT' };

function review(url: string, claim: string, claimant: Record<string, unknown> | string) {
  return {
    '@type': 'ClaimReview',
    url,
    claimReviewed: claim,
    name: `Checked: ${claim}`,
    author: { '@type': 'Organization', name: 'Example Checks' },
    reviewRating: { '@type': 'Rating', ratingValue: 4, bestRating: 5, worstRating: 1, alternateName: 'Mostly true' },
    itemReviewed: { '@type': 'Claim', author: claimant },
  };
}

let database: TestDatabaseLocation;
let store: Store;

beforeEach(async () => {
  database = await newTestDatabase();
  store = await openStore(database.database);
});

afterEach(async () => {
  await store?.close();
  await database?.remove();
});

describe('Store.importFactChecks', () => {
  it('creates a publisher or a typed claimant once, and reuses it for every later item that names it', async () => {
    const feed = JSON.stringify([
      review('https://checks.example.org/a', 'Bridges sing at night.', { '@type': 'Person', name: 'Pat Example' }),
      review('https://checks.example.org/b', 'Rivers run uphill.', { '@type': 'Person', name: 'pat example' }),
    ]);
    const result = await importClaimReviewFeed(store, feed, AUTHOR);
    expect(result).toMatchObject({ created: 2, problems: [] });
    expect(await store.countEntities('PERSON')).toBe(1);
    expect(await store.countEntities('ORGANIZATION')).toBe(1);
    const ids = await store.idsBySlugs('factCheck', [feedItemSlug('https://checks.example.org/a')]);
    const [factCheck] = await store.publishedFactChecksByIds(ids as number[]);
    const [entity] = await store.entitiesByIds([factCheck!.publisherId]);
    expect(entity).toMatchObject({ slug: 'example-checks', type: 'ORGANIZATION', kind: 'OTHER' });

    const later = JSON.stringify([
      review('https://checks.example.org/c', 'Clouds are solid.', { '@type': 'Person', name: 'Pat Example' }),
    ]);
    expect(await importClaimReviewFeed(store, later, AUTHOR)).toMatchObject({ created: 1 });
    expect(await store.countEntities('PERSON')).toBe(1);
    expect(await store.countEntities('ORGANIZATION')).toBe(1);
  });

  it('keeps every span true to its record when a re-import renames the publisher', async () => {
    const url = 'https://checks.example.org/renamed';
    const item = review(url, 'Bridges sing at night.', 'Someone');
    await importClaimReviewFeed(store, JSON.stringify([item]), AUTHOR);
    const renamed = { ...item, author: { '@type': 'Organization', name: 'Example Fact Checks Ltd' } };
    expect(await importClaimReviewFeed(store, JSON.stringify([renamed]), AUTHOR)).toMatchObject({ updated: 1 });

    const [id] = await store.idsBySlugs('factCheck', [feedItemSlug(url)]);
    const [factCheck] = await store.publishedFactChecksByIds([id!]);
    const [record] = await store.documentsByIds([factCheck!.recordDocumentId]);
    const [oldPublisher, newPublisher] = await store.entityIdsByNames(['Example Checks', 'Example Fact Checks Ltd']);
    expect(factCheck!.publisherId).toBe(newPublisher);
    const [oldSpans, newSpans] = await store.evidenceByOwners([
      { kind: 'entity', id: oldPublisher! },
      { kind: 'entity', id: newPublisher! },
    ]);
    expect(oldSpans).toEqual([]);
    expect(newSpans.map((span) => span.exact)).toEqual(['Example Fact Checks Ltd']);
    const text = Array.from(record!.text!);
    for (const span of newSpans) expect(text.slice(span.start, span.end).join('')).toBe(span.exact);
  });

  it('reports a review url the feed repeats, importing the first', async () => {
    const url = 'https://checks.example.org/twice';
    const feed = JSON.stringify([review(url, 'One claim.', 'Someone'), review(url, 'Another claim.', 'Someone')]);
    const result = await importClaimReviewFeed(store, feed, AUTHOR);
    expect(result.created).toBe(1);
    expect(result.problems).toEqual([{ position: '[1]', message: `the same fact-check (review url ${url}) as [0]` }]);
  });

  it('leaves the database untouched, its change log included, when nothing changed', async () => {
    const tsv = '\tvclaim\ttitle\n1\tThe sea is sweet.\tIs the Sea Sweet?\n';
    await importVerifiedClaims(store, tsv, { publisher: 'Full Fact' }, AUTHOR);
    const version = await store.changeLogVersion();
    const again = await importVerifiedClaims(store, tsv, { publisher: 'Full Fact' }, AUTHOR);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await store.changeLogVersion()).toBe(version);
  });

  it('refuses a row whose claim slug another record holds, importing the rest', async () => {
    const first = await importVerifiedClaims(
      store,
      '\tvclaim\ttitle\n1\tThe sea is sweet.\t\n',
      { publisher: 'A' },
      AUTHOR,
    );
    expect(first.factChecks.map((factCheck) => factCheck.slug)).toEqual(['a-1-factcheck']);
    // "a-1-record" is the first import's record document: a claim may not take its slug
    const clash = '\tvclaim\ttitle\nrecord\tAnother claim.\t\n2\tA third claim.\t\n';
    const result = await importVerifiedClaims(store, clash, { publisher: 'B', slugPrefix: 'a-1-' }, AUTHOR);
    expect(result.created).toBe(1);
    expect(result.problems).toEqual([
      {
        position: 'line 2',
        message: 'the slug "a-1-record" is already used by a document of the graph; choose another slug prefix',
      },
    ]);
  });

  it('gives the similar-claim index each claim’s fact-check headlines, and none to a claim without one', async () => {
    const tsv = '\tvclaim\ttitle\n1\tThe sea is sweet.\tIs the Sea Sweet?\n2\tSnow is warm.\t\n';
    await importVerifiedClaims(store, tsv, { publisher: 'Full Fact' }, AUTHOR);
    const [sweet, snow] = await store.idsBySlugs('claim', ['full-fact-1', 'full-fact-2']);
    const source = await store.claimRetrievalSource();
    expect(source.claims).toEqual([
      { id: sweet, text: 'The sea is sweet.', headlines: ['Is the Sea Sweet?'] },
      { id: snow, text: 'Snow is warm.', headlines: [] },
    ]);
    const [factChecks] = await store.factChecksByClaimIds([sweet!]);
    expect(factChecks).toMatchObject([{ slug: 'full-fact-1-factcheck', headline: 'Is the Sea Sweet?', url: null }]);
  });
});
