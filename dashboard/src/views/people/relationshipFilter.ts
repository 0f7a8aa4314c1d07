/**
 * Which relationships the graph and its table show: some types, and those that hold now, have ended, or all.
 * "Now" is the relationship's status, that of its latest state: a strained friendship still holds.
 */
import type { RelationshipType } from '../../generated/graphql.js';
import type { GraphRelationship } from './relationshipPairs.js';

export type StatusChoice = 'ALL' | 'CURRENT' | 'ENDED';

export const STATUS_CHOICES: { value: StatusChoice; label: string }[] = [
  { value: 'ALL', label: 'All' },
  { value: 'CURRENT', label: 'Holding now (active or strained)' },
  { value: 'ENDED', label: 'Ended' },
];

export interface RelationshipFilter {
  types: ReadonlySet<RelationshipType>;
  status: StatusChoice;
}

/** The types present, in the order first seen: the choices the filter offers. */
export function relationshipTypes(relationships: readonly GraphRelationship[]): RelationshipType[] {
  return [...new Set(relationships.map((relationship) => relationship.type))];
}

export function matchesStatus(relationship: GraphRelationship, status: StatusChoice): boolean {
  if (status === 'ALL') return true;
  return status === 'ENDED' ? relationship.status === 'ENDED' : relationship.status !== 'ENDED';
}

export function filterRelationships(
  relationships: readonly GraphRelationship[],
  filter: RelationshipFilter,
): GraphRelationship[] {
  return relationships.filter(
    (relationship) => filter.types.has(relationship.type) && matchesStatus(relationship, filter.status),
  );
}
