/**
 * Relationships grouped by the two entities they join, whichever way they run: the graph draws one edge per pair,
 * so three relationships between the same two people are one line saying "3 relationships", not three labels
 * stacked on top of each other.
 */
import type { GraphQuery } from '../../generated/graphql.js';
import { enumWords } from '../../format/labels.js';

export type GraphRelationship = GraphQuery['relationships']['nodes'][number];

export interface RelationshipPair {
  /** stable for the same two entities: the graph edge's id */
  id: string;
  /** the entity with the smaller id, so a pair has one orientation whatever its relationships' directions */
  source: string;
  target: string;
  /** the pair's relationships, in the order the API listed them */
  relationships: GraphRelationship[];
}

export function relationshipPairs(relationships: readonly GraphRelationship[]): RelationshipPair[] {
  const pairs = new Map<string, RelationshipPair>();
  for (const relationship of relationships) {
    const [source, target] = [relationship.from.id, relationship.to.id].sort();
    const id = `pair:${source}|${target}`;
    const pair = pairs.get(id) ?? { id, source, target, relationships: [] };
    pair.relationships.push(relationship);
    pairs.set(id, pair);
  }
  return [...pairs.values()];
}

/** The edge's words: the relationship's type for one ("supported (implied)"), the count for several. */
export function pairLabel(pair: RelationshipPair): string {
  const [only] = pair.relationships;
  if (pair.relationships.length === 1 && only)
    return enumWords(only.type) + (only.assertion === 'IMPLIED' ? ' (implied)' : '');
  return `${pair.relationships.length} relationships`;
}

/** The two entities' names, "John Legend and Kanye West", from the pair's first relationship. */
export function pairNames(pair: RelationshipPair): string {
  const first = pair.relationships[0];
  if (!first) return '';
  const [a, b] = first.from.id === pair.source ? [first.from, first.to] : [first.to, first.from];
  return `${a.name} and ${b.name}`;
}
