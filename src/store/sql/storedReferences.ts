/**
 * The stored records a dataset refers to without defining them (an import that names known people, a mutation's
 * statement about known entities, evidence in a stored document), looked up in one statement before the dataset
 * is turned into rows.
 */
import type { BasisRecord, Dataset, DatedFactRecord, EvidenceRecord } from '../../domain/dataset.js';
import type { EntityMergeWrite } from '../store.js';
import { NODE_TABLE_NAMES } from '../nodeTables.js';
import { basisDocuments, basisEvidence, datedFact } from './datasetFacts.js';
import type { SqlDialect, SqlExecutor } from './dialect.js';
import { SqlParams } from './sqlParams.js';

export interface StoredReferences {
  /** slug -> internal id of the stored record */
  ids: Map<string, number>;
  /** stored document id -> its held text, for documents the dataset's evidence points into */
  documentTexts: Map<number, string>;
}

function definedSlugs(dataset: Dataset): Set<string> {
  return new Set(
    [
      dataset.documents,
      dataset.people,
      dataset.outlets,
      dataset.organizations,
      dataset.events,
      dataset.statements,
      dataset.claims,
      dataset.reviews ?? [],
      dataset.relationships,
      dataset.factChecks ?? [],
    ].flatMap((records) => records.map((record) => record.slug)),
  );
}

/** Every slug the dataset (and the merges' evidence) refers to that the dataset does not itself define. */
export function referencedSlugs(dataset: Dataset, merges: readonly EntityMergeWrite[]): string[] {
  const found = new Set<string>();
  const add = (slug: string | undefined) => {
    if (slug !== undefined) found.add(slug);
  };
  const addEvidence = (records: readonly EvidenceRecord[] | undefined) => records?.forEach((r) => add(r.document));
  const addBasis = (basis: BasisRecord | undefined) => {
    addEvidence(basisEvidence(basis));
    basisDocuments(basis).forEach(add);
  };
  const addDate = (date: DatedFactRecord | undefined) => addBasis(datedFact(date)?.basis);
  for (const record of [...dataset.people, ...dataset.outlets, ...dataset.organizations]) addEvidence(record.evidence);
  for (const merge of merges) addEvidence(merge.evidence);
  for (const record of dataset.documents) {
    add(record.outlet);
    addEvidence(record.evidence);
    addBasis(record.outletBasis);
  }
  for (const record of dataset.events) {
    add(record.outlet);
    record.participants?.forEach(add);
    addEvidence(record.evidence);
    addDate(record.date);
  }
  for (const record of dataset.statements) {
    add(record.speaker);
    add(record.occasion);
    addDate(record.saidOn);
    record.mentions.forEach((mention) => add(mention.entity));
    record.respondsTo?.forEach(add);
    record.disputes?.forEach(add);
    addEvidence(record.evidence);
  }
  for (const record of dataset.claims) {
    for (const claimant of record.claimants) {
      add(claimant.entity);
      add(claimant.reportedBy);
      addEvidence(claimant.evidence);
    }
    record.about.forEach(add);
    for (const appearance of record.appearances) {
      add(appearance.statement);
      addEvidence([appearance.evidence]);
    }
  }
  for (const record of dataset.reviews ?? []) add(record.claim);
  for (const record of dataset.factChecks ?? []) [record.claim, record.publisher, record.record].forEach(add);
  for (const record of dataset.relationships) {
    add(record.from);
    add(record.to);
    for (const state of record.states) {
      addEvidence(state.evidence);
      addBasis(state.basis);
      addDate(state.start);
      addDate(state.end);
    }
  }
  const defined = definedSlugs(dataset);
  return [...found].filter((slug) => !defined.has(slug));
}

export async function storedReferences(
  db: SqlExecutor,
  d: SqlDialect,
  slugs: readonly string[],
): Promise<StoredReferences> {
  const references: StoredReferences = { ids: new Map(), documentTexts: new Map() };
  if (slugs.length === 0) return references;
  const params = new SqlParams(d);
  const list = params.list(slugs, 'text');
  const lookups = Object.entries(NODE_TABLE_NAMES).map(
    ([table, name]) =>
      `SELECT ${d.typed(`'${table}'`, 'text')} AS node_table, id, slug,
         ${table === 'document' ? 'text' : d.typed('NULL', 'text')} AS text
       FROM ${name} WHERE ${d.inList('slug', list)}`,
  );
  for (const row of await db.all(lookups.join('\nUNION ALL\n'), params.values)) {
    references.ids.set(row.slug as string, row.id as number);
    if (row.node_table === 'document' && row.text !== null) {
      references.documentTexts.set(row.id as number, row.text as string);
    }
  }
  return references;
}
