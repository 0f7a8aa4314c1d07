/**
 * The tables a dataset write fills, as bulk inserts with their columns and PostgreSQL types, and the order in
 * which they must be written.
 */
import { BulkInsert, type BulkColumn } from './bulkInsert.js';
import type { RunQuery } from './runQuery.js';

/** The audit log's columns, but the id (the writer draws ids up front; later entries take the default). */
export const CHANGE_COLUMNS: readonly BulkColumn[] = [
  ['at', 'text'],
  ['actor', 'text'],
  ['action', 'text'],
  ['node_table', 'text'],
  ['node_id', 'bigint'],
  ['node_slug', 'text'],
  ['before_json', 'json'],
  ['after_json', 'json'],
  ['summary', 'text'],
];

export function datasetTables() {
  return {
    slugs: new BulkInsert('slugs', [
      ['slug', 'text'],
      ['node_table', 'text'],
    ]),
    entities: new BulkInsert('entities', [
      ['id', 'bigint'],
      ['slug', 'text'],
      ['type', 'text'],
      ['name', 'text'],
      ['name_sort', 'text'],
      ['kind', 'text'],
      ['description', 'text'],
      ['url', 'text'],
    ]),
    entityNames: new BulkInsert('entity_names', [
      ['entity_id', 'bigint'],
      ['name', 'text'],
      ['name_norm', 'text'],
      ['is_alias', 'boolean'],
      ['position', 'integer'],
    ]),
    sameAs: new BulkInsert('same_as', [
      ['entity_id', 'bigint'],
      ['uri', 'text'],
      ['source_url', 'text'],
      ['source_title', 'text'],
      ['source_accessed', 'text'],
    ]),
    documents: new BulkInsert('documents', [
      ['id', 'bigint'],
      ['slug', 'text'],
      ['title', 'text'],
      ['title_sort', 'text'],
      ['url', 'text'],
      ['outlet_id', 'bigint'],
      ['published', 'text'],
      ['text', 'text'],
      ['sha256', 'text'],
      ['length', 'integer'],
    ]),
    evidence: new BulkInsert('evidence', [
      ['id', 'bigint'],
      ['document_id', 'bigint'],
      ['start', 'integer'],
      ['end', 'integer'],
      ['exact', 'text'],
      ['prefix', 'text'],
      ['suffix', 'text'],
      ['owner_kind', 'text'],
      ['owner_id', 'bigint'],
      ['position', 'integer'],
    ]),
    events: new BulkInsert('events', [
      ['id', 'bigint'],
      ['slug', 'text'],
      ['kind', 'text'],
      ['title', 'text'],
      ['date', 'text'],
      ['date_sort', 'text'],
      ['outlet_id', 'bigint'],
    ]),
    participants: new BulkInsert('event_participants', [
      ['event_id', 'bigint'],
      ['entity_id', 'bigint'],
      ['position', 'integer'],
    ]),
    statements: new BulkInsert('statements', [
      ['id', 'bigint'],
      ['slug', 'text'],
      ['speaker_id', 'bigint'],
      ['quote', 'text'],
      ['is_direct_quote', 'boolean'],
      ['attribution_confidence', 'text'],
      ['said_on', 'text'],
      ['said_on_sort', 'text'],
      ['said_on_first_day', 'text'],
      ['said_on_last_day', 'text'],
      ['occasion_id', 'bigint'],
      ['quote_folded', 'text'],
    ]),
    mentions: new BulkInsert('mentions', [
      ['statement_id', 'bigint'],
      ['entity_id', 'bigint'],
      ['stance', 'text'],
      ['position', 'integer'],
    ]),
    responses: new BulkInsert('statement_responses', [
      ['statement_id', 'bigint'],
      ['responds_to_id', 'bigint'],
    ]),
    claims: new BulkInsert('claims', [
      ['id', 'bigint'],
      ['slug', 'text'],
      ['text', 'text'],
      ['claimant_id', 'bigint'],
      ['status', 'text'],
    ]),
    about: new BulkInsert('claim_about', [
      ['claim_id', 'bigint'],
      ['entity_id', 'bigint'],
      ['position', 'integer'],
    ]),
    appearances: new BulkInsert('claim_appearances', [
      ['claim_id', 'bigint'],
      ['statement_id', 'bigint'],
      ['evidence_id', 'bigint'],
      ['position', 'integer'],
    ]),
    disputes: new BulkInsert('statement_disputes', [
      ['statement_id', 'bigint'],
      ['claim_id', 'bigint'],
    ]),
    reviews: new BulkInsert('reviews', [
      ['id', 'bigint'],
      ['slug', 'text'],
      ['claim_id', 'bigint'],
      ['rating_value', 'integer'],
      ['rating_label', 'text'],
      ['explanation', 'text'],
      ['reviewer', 'text'],
      ['reviewed_at', 'text'],
      ['sources_json', 'json'],
    ]),
    relationships: new BulkInsert('relationships', [
      ['id', 'bigint'],
      ['slug', 'text'],
      ['type', 'text'],
      ['from_id', 'bigint'],
      ['to_id', 'bigint'],
      ['assertion', 'text'],
    ]),
    states: new BulkInsert('relationship_states', [
      ['id', 'bigint'],
      ['relationship_id', 'bigint'],
      ['position', 'integer'],
      ['status', 'text'],
      ['start', 'text'],
      ['end', 'text'],
    ]),
    changes: new BulkInsert('changes', [['id', 'bigint'], ...CHANGE_COLUMNS]),
  };
}

export type DatasetTables = ReturnType<typeof datasetTables>;

/** Writes every table, in the order foreign keys (and the search index's trigger on entity_names) need. */
export async function writeDatasetTables(run: RunQuery, tables: DatasetTables): Promise<void> {
  const order: (keyof DatasetTables)[] = [
    'slugs',
    'entities',
    'entityNames',
    'sameAs',
    'documents',
    'evidence',
    'events',
    'participants',
    'statements',
    'mentions',
    'responses',
    'claims',
    'about',
    'appearances',
    'disputes',
    'reviews',
    'relationships',
    'states',
    'changes',
  ];
  for (const name of order) await tables[name].write(run);
}
