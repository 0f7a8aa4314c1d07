/**
 * A relationship change in words, for the timeline: "became a supporter of", "friendship with … became strained",
 * "support of … ended". The API gives a relationship's type and the status each state entered; a fact-checker
 * reads what happened between the two parties.
 */
import type { RelationshipStatus, RelationshipType } from '../generated/graphql.js';

/** What `from` did or became toward `to` when the relationship began: "John Legend became a friend of …". */
const BEGAN: Record<RelationshipType, string> = {
  FRIENDSHIP: 'became a friend of',
  SUPPORTED: 'became a supporter of',
  ENDORSED: 'endorsed',
  CRITICIZED: 'became a critic of',
  URGED: 'urged',
  OWNS: 'became the owner of',
  APPEARED_ON: 'appeared on',
  RAN_FOR: 'ran for an office held or contested by',
  MEMBER_OF: 'became a member of',
};

/** The relationship as a noun between the parties, for a later change: "Kanye West's support of Donald Trump". */
const BETWEEN: Record<RelationshipType, string> = {
  FRIENDSHIP: 'friendship with',
  SUPPORTED: 'support of',
  ENDORSED: 'endorsement of',
  CRITICIZED: 'criticism of',
  URGED: 'urging of',
  OWNS: 'ownership of',
  APPEARED_ON: 'appearances on',
  RAN_FOR: 'run against',
  MEMBER_OF: 'membership of',
};

/** What the change did to the relationship, said after "<from>'s <between> <to>". */
const CHANGED: Record<RelationshipStatus, string> = {
  ACTIVE: 'resumed',
  STRAINED: 'became strained',
  ENDED: 'ended',
};

/**
 * The words around the two parties' names: <from> `middle` <to> `after`. A relationship's first state that holds
 * is its beginning; any other state is a change of an existing relationship.
 */
export interface RelationshipChangeWords {
  middle: string;
  after: string;
}

export function relationshipChangeWords(
  type: RelationshipType,
  status: RelationshipStatus,
  previousStatus: RelationshipStatus | null | undefined,
): RelationshipChangeWords {
  if (previousStatus == null && status === 'ACTIVE') return { middle: ` ${BEGAN[type]} `, after: '' };
  return { middle: `’s ${BETWEEN[type]} `, after: ` ${CHANGED[status]}` };
}
