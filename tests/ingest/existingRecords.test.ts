/**
 * The stored records a dataset refers to (src/ingest/existingRecords.ts): a stored document that narration points
 * into has its outlet looked up, since the narration's speaker must be that outlet; no other lookup is made.
 */
import { describe, expect, it } from 'vitest';
import { existingRecordsFor } from '../../src/ingest/existingRecords.js';
import { validateDataset } from '../../src/ingest/validateDataset.js';
import type { Store } from '../../src/store/store.js';
import { ARTICLE_TEXT, smallDataset, smallHeldTexts } from '../support/smallDataset.js';

/** A store holding one held document ("stored-article", outlet id 7 = "the-source" unless given) and its calls. */
function fakeStore(outletId: number | null = 7) {
  const calls: string[] = [];
  const store = {
    async storedRecordsBySlugs(slugs: readonly string[]) {
      calls.push('storedRecordsBySlugs');
      const stored = new Map();
      if (slugs.includes('stored-article')) {
        stored.set('stored-article', { table: 'document', entityType: null, text: ARTICLE_TEXT });
      }
      return stored;
    },
    async idsBySlugs(_table: string, slugs: readonly string[]) {
      calls.push('idsBySlugs');
      return slugs.map((slug) => (slug === 'stored-article' ? 1 : null));
    },
    async documentsByIds(ids: readonly number[]) {
      calls.push('documentsByIds');
      return ids.map((id) => (id === 1 ? { id: 1, slug: 'stored-article', outletId } : null));
    },
    async entitiesByIds(ids: readonly number[]) {
      calls.push('entitiesByIds');
      return ids.map((id) => (id === 7 ? { id: 7, slug: 'the-source' } : null));
    },
  };
  return { store: store as unknown as Store, calls };
}

/** The small dataset with its narration's span moved into the stored document. */
function narrationInStoredDocument(): any {
  const dataset: any = smallDataset();
  dataset.statements[2].evidence[0].document = 'stored-article';
  return dataset;
}

describe('existingRecordsFor', () => {
  it('looks up the outlet of a stored document that narration points into', async () => {
    const { store, calls } = fakeStore();
    const existing = await existingRecordsFor(store, narrationInStoredDocument());
    expect(existing.get('stored-article')).toMatchObject({ kind: 'document', held: true, outlet: 'the-source' });
    expect(calls).toEqual(['storedRecordsBySlugs', 'idsBySlugs', 'documentsByIds', 'entitiesByIds']);
    expect(validateDataset(narrationInStoredDocument(), smallHeldTexts(), existing)).toEqual([]);
  });

  it('records that a stored document has no outlet, so narration in it is refused', async () => {
    const { store } = fakeStore(null);
    const existing = await existingRecordsFor(store, narrationInStoredDocument());
    expect(existing.get('stored-article')?.outlet).toBeNull();
    expect(validateDataset(narrationInStoredDocument(), smallHeldTexts(), existing)).toEqual([
      expect.objectContaining({
        record: 'statements[2] (democrats-noticed)',
        field: 'evidence[0].document',
        message: expect.stringMatching(/^"stored-article" has no outlet: /),
      }),
    ]);
  });

  it('makes no other store call when no narration points into a stored document', async () => {
    const { store, calls } = fakeStore();
    const dataset: any = smallDataset();
    dataset.people[0].evidence[0].document = 'stored-article';
    const existing = await existingRecordsFor(store, dataset);
    expect(existing.get('stored-article')).not.toHaveProperty('outlet');
    expect(calls).toEqual(['storedRecordsBySlugs']);
  });
});
