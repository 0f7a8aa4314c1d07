/**
 * The stored records a dataset refers to, in the validator's terms. Any string in the dataset that could be a slug
 * is looked up (one store call): references are then checked against what is stored exactly as against the
 * dataset's own records.
 */
import type { Store, StoredRecord } from '../store/store.js';
import { SLUG_PATTERN, type ExistingRecord, type RecordKind } from './validateDataset.js';

function slugLikeStrings(value: unknown, found: Set<string>): Set<string> {
  if (typeof value === 'string') {
    if (value.length <= 200 && SLUG_PATTERN.test(value)) found.add(value);
  } else if (Array.isArray(value)) {
    value.forEach((item) => slugLikeStrings(item, found));
  } else if (value !== null && typeof value === 'object') {
    Object.values(value).forEach((item) => slugLikeStrings(item, found));
  }
  return found;
}

/**
 * The documents that narration (statements in the document's own voice) points into: their outlet is the
 * narration's speaker, so a stored one's outlet is looked up too.
 */
function narratedDocuments(value: unknown, found: Set<string>): Set<string> {
  if (Array.isArray(value)) {
    value.forEach((item) => narratedDocuments(item, found));
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (record.voice === 'DOCUMENT' && Array.isArray(record.evidence)) {
      for (const span of record.evidence) {
        const document = (span as Record<string, unknown> | null)?.document;
        if (typeof document === 'string') found.add(document);
      }
    }
    Object.values(record).forEach((item) => narratedDocuments(item, found));
  }
  return found;
}

const ENTITY_KINDS: Record<string, RecordKind> = { PERSON: 'person', OUTLET: 'outlet', ORGANIZATION: 'organization' };

/**
 * A stored fact-check published by another organization is listed too, though no dataset record can refer to one:
 * its slug is taken, and a record reusing it must be refused by the validator, naming both, not by the database.
 */
function kindOf(record: StoredRecord): RecordKind {
  if (record.table === 'entity') return ENTITY_KINDS[record.entityType ?? 'PERSON'];
  return record.table === 'factCheck' ? 'published fact-check' : record.table;
}

export async function existingRecordsFor(store: Store, dataset: unknown): Promise<Map<string, ExistingRecord>> {
  const slugs = [...slugLikeStrings(dataset, new Set())];
  if (slugs.length === 0) return new Map();
  const stored = await store.storedRecordsBySlugs(slugs);
  const existing = new Map<string, ExistingRecord>();
  for (const [slug, record] of stored) {
    const kind = kindOf(record);
    existing.set(slug, {
      kind,
      label: `the stored ${kind} "${slug}"`,
      held: record.text !== null,
      ...(record.text !== null ? { text: record.text } : {}),
    });
  }
  const narrated = [...narratedDocuments(dataset, new Set())].filter((slug) => existing.get(slug)?.kind === 'document');
  if (narrated.length > 0) await addDocumentOutlets(store, narrated, existing);
  return existing;
}

/** Sets the outlet (its slug, or null) of each stored document named: three store calls, whatever their number. */
async function addDocumentOutlets(
  store: Store,
  documents: readonly string[],
  existing: Map<string, ExistingRecord>,
): Promise<void> {
  const ids = await store.idsBySlugs('document', documents);
  const rows = await store.documentsByIds(ids.filter((id): id is number => id !== null));
  const outletIds = [...new Set(rows.map((row) => row?.outletId).filter((id): id is number => id != null))];
  const outlets = outletIds.length > 0 ? await store.entitiesByIds(outletIds) : [];
  const outletSlugs = new Map(outlets.filter((entity) => entity !== null).map((entity) => [entity.id, entity.slug]));
  for (const row of rows) {
    const record = row === null ? undefined : existing.get(row.slug);
    if (row === null || record === undefined) continue;
    record.outlet = row.outletId === null ? null : (outletSlugs.get(row.outletId) ?? null);
  }
}
