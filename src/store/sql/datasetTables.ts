/** The tables a dataset write fills, with their columns and types, in the order they must be written. */
import { TableRows, type TableColumn } from './tableRows.js';

/** The audit log's columns but the id (entries written after a dataset take the default). */
export const CHANGE_COLUMNS: readonly TableColumn[] = [
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

const ID: TableColumn = ['id', 'bigint'];

/** In the order foreign keys (and the search index's triggers on entity_names) need. */
export function datasetTables() {
  return {
    slugs: new TableRows('slugs', [
      ['slug', 'text'],
      ['node_table', 'text'],
    ]),
    entities: new TableRows('entities', [
      ID,
      ['slug', 'text'],
      ['type', 'text'],
      ['name', 'text'],
      ['name_sort', 'text'],
      ['kind', 'text'],
      ['description', 'text'],
      ['url', 'text'],
    ]),
    entityNames: new TableRows('entity_names', [
      ['entity_id', 'bigint'],
      ['name', 'text'],
      ['name_norm', 'text'],
      ['is_alias', 'boolean'],
      ['position', 'integer'],
    ]),
    sameAs: new TableRows('same_as', [
      ['entity_id', 'bigint'],
      ['uri', 'text'],
      ['source_url', 'text'],
      ['source_title', 'text'],
      ['source_accessed', 'text'],
    ]),
    documents: new TableRows('documents', [
      ID,
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
    evidence: new TableRows('evidence', [
      ID,
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
    events: new TableRows('events', [
      ID,
      ['slug', 'text'],
      ['kind', 'text'],
      ['title', 'text'],
      ['date', 'text'],
      ['date_sort', 'text'],
      ['outlet_id', 'bigint'],
    ]),
    participants: new TableRows('event_participants', [
      ['event_id', 'bigint'],
      ['entity_id', 'bigint'],
      ['position', 'integer'],
    ]),
    statements: new TableRows('statements', [
      ID,
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
    mentions: new TableRows('mentions', [
      ['statement_id', 'bigint'],
      ['entity_id', 'bigint'],
      ['stance', 'text'],
      ['position', 'integer'],
    ]),
    responses: new TableRows('statement_responses', [
      ['statement_id', 'bigint'],
      ['responds_to_id', 'bigint'],
    ]),
    claims: new TableRows('claims', [
      ID,
      ['slug', 'text'],
      ['text', 'text'],
      ['claimant_id', 'bigint'],
      ['status', 'text'],
    ]),
    about: new TableRows('claim_about', [
      ['claim_id', 'bigint'],
      ['entity_id', 'bigint'],
      ['position', 'integer'],
    ]),
    appearances: new TableRows('claim_appearances', [
      ['claim_id', 'bigint'],
      ['statement_id', 'bigint'],
      ['evidence_id', 'bigint'],
      ['position', 'integer'],
    ]),
    disputes: new TableRows('statement_disputes', [
      ['statement_id', 'bigint'],
      ['claim_id', 'bigint'],
    ]),
    reviews: new TableRows('reviews', [
      ID,
      ['slug', 'text'],
      ['claim_id', 'bigint'],
      ['rating_value', 'integer'],
      ['rating_label', 'text'],
      ['explanation', 'text'],
      ['reviewer', 'text'],
      ['reviewed_at', 'text'],
      ['sources_json', 'json'],
    ]),
    relationships: new TableRows('relationships', [
      ID,
      ['slug', 'text'],
      ['type', 'text'],
      ['from_id', 'bigint'],
      ['to_id', 'bigint'],
      ['assertion', 'text'],
    ]),
    states: new TableRows('relationship_states', [
      ID,
      ['relationship_id', 'bigint'],
      ['position', 'integer'],
      ['status', 'text'],
      ['start', 'text'],
      ['end', 'text'],
    ]),
    changes: new TableRows('changes', [ID, ...CHANGE_COLUMNS]),
  };
}

export type DatasetTables = ReturnType<typeof datasetTables>;
