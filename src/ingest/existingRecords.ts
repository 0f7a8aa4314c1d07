/**
 * The stored records a dataset refers to, in the validator's terms. Any string in the dataset that could be a slug
 * is looked up (one store call): references are then checked against what is stored exactly as against the
 * dataset's own records.
 */
import type { Store } from '../store/store.js';
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

const ENTITY_KINDS: Record<string, RecordKind> = { PERSON: 'person', OUTLET: 'outlet', ORGANIZATION: 'organization' };

export async function existingRecordsFor(store: Store, dataset: unknown): Promise<Map<string, ExistingRecord>> {
  const slugs = [...slugLikeStrings(dataset, new Set())];
  if (slugs.length === 0) return new Map();
  const stored = await store.storedRecordsBySlugs(slugs);
  const existing = new Map<string, ExistingRecord>();
  for (const [slug, record] of stored) {
    const kind: RecordKind = record.table === 'entity' ? ENTITY_KINDS[record.entityType ?? 'PERSON'] : record.table;
    existing.set(slug, {
      kind,
      label: `the stored ${kind} "${slug}"`,
      held: record.text !== null,
      ...(record.text !== null ? { text: record.text } : {}),
    });
  }
  return existing;
}
