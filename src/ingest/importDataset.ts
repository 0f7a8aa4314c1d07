/**
 * Importing a new annotated article into a database that already holds others: people, outlets and organizations
 * the database already knows (the same slug, or a name or alias in common, case-insensitive) are merged instead of
 * duplicated: references to them are pointed at the stored entity and their evidence is added to it. Everything
 * else is validated against the stored records and written in one transaction, or refused whole. A dataset in an
 * earlier format is upgraded to the current one first (upgradeDataset.ts), so it is merged, checked and written as
 * one in the current format.
 */
import { CodePointText, findSpanMismatch } from '../domain/spans.js';
import type { ChangeAuthor, DatasetWriteSummary, EntityMergeWrite, Store } from '../store/store.js';
import type { Dataset, EvidenceRecord } from '../domain/dataset.js';
import { existingRecordsFor } from './existingRecords.js';
import { DatasetValidationError, withReadProblems } from './loadDatasetFile.js';
import { upgradeDataset } from './upgradeDataset.js';
import { checkDataset, recordLabel, type DatasetProblem } from './validateDataset.js';

const ENTITY_COLLECTIONS = { people: 'PERSON', outlets: 'OUTLET', organizations: 'ORGANIZATION' } as const;
type EntityCollection = keyof typeof ENTITY_COLLECTIONS;

export interface ImportResult {
  summary: DatasetWriteSummary;
  merged: { importedSlug: string; existingSlug: string; existingId: number }[];
}

interface PlannedMerge extends EntityMergeWrite {
  label: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v) => typeof v === 'string') : []);

async function planMerges(store: Store, raw: Json): Promise<PlannedMerge[]> {
  const candidates: { collection: EntityCollection; index: number; record: Json }[] = [];
  for (const collection of Object.keys(ENTITY_COLLECTIONS) as EntityCollection[]) {
    const records = raw[collection];
    if (!Array.isArray(records)) continue;
    records.forEach((record, index) => {
      if (isObject(record) && typeof record.slug === 'string') candidates.push({ collection, index, record });
    });
  }
  if (candidates.length === 0) return [];
  const stored = await store.storedRecordsBySlugs(candidates.map((c) => c.record.slug as string));
  const names = candidates.map((c) =>
    [c.record.name, ...strings(c.record.aliases)].filter((n): n is string => typeof n === 'string'),
  );
  const nameIds = await store.entityIdsByNames(names.flat());
  const entities = await store.entitiesByIds([...new Set(nameIds.filter((id): id is number => id !== null))]);
  const entityById = new Map(entities.filter((e) => e !== null).map((e) => [e.id, e]));
  const slugIds = await store.idsBySlugs(
    'entity',
    candidates.map((c) => c.record.slug as string),
  );
  const merges: PlannedMerge[] = [];
  let nameIndex = 0;
  candidates.forEach((candidate, position) => {
    const type = ENTITY_COLLECTIONS[candidate.collection];
    const slug = candidate.record.slug as string;
    const ids = nameIds.slice(nameIndex, nameIndex + names[position].length);
    nameIndex += names[position].length;
    const bySlug = stored.get(slug);
    let existing: { slug: string; id: number } | undefined;
    if (bySlug?.table === 'entity' && bySlug.entityType === type && slugIds[position] !== null) {
      existing = { slug, id: slugIds[position] };
    } else if (!bySlug) {
      const match = ids.map((id) => (id === null ? undefined : entityById.get(id))).find((e) => e?.type === type);
      if (match) existing = { slug: match.slug, id: match.id };
    }
    if (existing) {
      merges.push({
        importedSlug: slug,
        existingSlug: existing.slug,
        existingId: existing.id,
        evidence: (Array.isArray(candidate.record.evidence) ? candidate.record.evidence : []) as EvidenceRecord[],
        record: candidate.record,
        label: recordLabel(candidate.collection, candidate.index, slug),
      });
    }
  });
  return merges;
}

/** The dataset with merged entities removed and every reference to them pointed at the stored entity. */
function withMergesApplied(raw: Json, merges: readonly PlannedMerge[]): Json {
  const target = new Map(merges.map((merge) => [merge.importedSlug, merge.existingSlug]));
  const merged = new Set(merges.map((merge) => merge.importedSlug));
  const ref = (value: unknown) => (typeof value === 'string' ? (target.get(value) ?? value) : value);
  const refs = (value: unknown) => (Array.isArray(value) ? value.map(ref) : value);
  const map = (name: string, rewrite: (record: Json) => Json) =>
    Array.isArray(raw[name]) ? (raw[name] as unknown[]).map((r) => (isObject(r) ? rewrite(r) : r)) : raw[name];
  const keep = (name: string) =>
    Array.isArray(raw[name])
      ? (raw[name] as unknown[]).filter((r) => !(isObject(r) && merged.has(r.slug as string)))
      : raw[name];
  return {
    ...raw,
    people: keep('people'),
    outlets: keep('outlets'),
    organizations: keep('organizations'),
    documents: map('documents', (r) => ({ ...r, ...('outlet' in r ? { outlet: ref(r.outlet) } : {}) })),
    events: map('events', (r) => ({
      ...r,
      ...('participants' in r ? { participants: refs(r.participants) } : {}),
      ...('outlet' in r ? { outlet: ref(r.outlet) } : {}),
    })),
    statements: map('statements', (r) => ({
      ...r,
      speaker: ref(r.speaker),
      ...(Array.isArray(r.mentions)
        ? { mentions: r.mentions.map((m: unknown) => (isObject(m) ? { ...m, entity: ref(m.entity) } : m)) }
        : {}),
    })),
    claims: map('claims', (r) => ({
      ...r,
      ...(Array.isArray(r.claimants)
        ? {
            claimants: r.claimants.map((c: unknown) =>
              isObject(c)
                ? { ...c, entity: ref(c.entity), ...('reportedBy' in c ? { reportedBy: ref(c.reportedBy) } : {}) }
                : c,
            ),
          }
        : {}),
      ...('about' in r ? { about: refs(r.about) } : {}),
    })),
    relationships: map('relationships', (r) => ({ ...r, from: ref(r.from), to: ref(r.to) })),
    ...('factChecks' in raw ? { factChecks: map('factChecks', (r) => ({ ...r, publisher: ref(r.publisher) })) } : {}),
  };
}

/** A merged entity's evidence is kept (added to the stored entity), so it is checked like any other span. */
function mergedEvidenceProblems(
  merges: readonly PlannedMerge[],
  heldTexts: ReadonlyMap<string, string>,
  storedTexts: ReadonlyMap<string, string | undefined>,
): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  for (const merge of merges) {
    merge.evidence.forEach((span, index) => {
      const field = `evidence[${index}]`;
      if (!isObject(span) || typeof span.document !== 'string') {
        problems.push({ record: merge.label, field, message: 'must be an evidence span with a document' });
        return;
      }
      const text = heldTexts.get(span.document) ?? storedTexts.get(span.document);
      if (text === undefined) {
        problems.push({
          record: merge.label,
          field: `${field}.document`,
          message: `"${span.document}" is not a held document`,
        });
        return;
      }
      const mismatch = findSpanMismatch(new CodePointText(text), span);
      if (mismatch)
        problems.push({ record: merge.label, field: `${field}.${mismatch.part}`, message: mismatch.message });
    });
  }
  return problems;
}

/** A merged entity keeps the spans the import adds, but not those it already has (re-importing its own article). */
async function withNewSpansOnly(store: Store, merges: readonly PlannedMerge[]): Promise<PlannedMerge[]> {
  if (merges.length === 0) return [];
  const stored = await store.evidenceByOwners(
    merges.map((merge) => ({ kind: 'entity' as const, id: merge.existingId })),
  );
  const documents = [...new Set(merges.flatMap((merge) => merge.evidence.map((span) => span.document)))];
  const documentIds = new Map(documents.map((slug, index) => [slug, index] as const));
  const ids = await store.idsBySlugs('document', documents);
  const key = (documentId: number | null | undefined, start: number, end: number) => `${documentId}:${start}:${end}`;
  return merges.map((merge, index) => {
    const seen = new Set(stored[index].map((span) => key(span.documentId, span.start, span.end)));
    const evidence = merge.evidence.filter((span) => {
      const spanKey = key(ids[documentIds.get(span.document)!], span.start, span.end);
      if (ids[documentIds.get(span.document)!] != null && seen.has(spanKey)) return false;
      seen.add(spanKey);
      return true;
    });
    return { ...merge, evidence };
  });
}

export async function importDataset(
  store: Store,
  raw: unknown,
  heldTexts: ReadonlyMap<string, string>,
  author: ChangeAuthor,
  source: string,
  readProblems: DatasetProblem[] = [],
): Promise<ImportResult> {
  const upgrade = upgradeDataset(raw);
  const current = upgrade.dataset;
  const merges = isObject(current) ? await planMerges(store, current) : [];
  const dataset = isObject(current) ? withMergesApplied(current, merges) : current;
  const existing = await existingRecordsFor(store, [dataset, merges.map((m) => m.evidence)]);
  const storedTexts = new Map([...existing].map(([slug, record]) => [slug, record.text]));
  const problems = [
    ...withReadProblems(checkDataset(dataset, heldTexts, existing, upgrade.problems).problems, readProblems),
    ...mergedEvidenceProblems(merges, heldTexts, storedTexts),
  ];
  if (problems.length > 0) throw new DatasetValidationError(source, problems);
  const summary = await store.writeDataset(
    dataset as Dataset,
    heldTexts,
    author,
    await withNewSpansOnly(store, merges),
  );
  return {
    summary,
    merged: merges.map(({ importedSlug, existingSlug, existingId }) => ({ importedSlug, existingSlug, existingId })),
  };
}
