/** The database table behind each kind of node: the same in every backend's schema. */
import type { NodeTable } from './store.js';

export const NODE_TABLE_NAMES: Readonly<Record<NodeTable, string>> = {
  entity: 'entities',
  document: 'documents',
  event: 'events',
  statement: 'statements',
  claim: 'claims',
  review: 'reviews',
  relationship: 'relationships',
  factCheck: 'published_fact_checks',
};
