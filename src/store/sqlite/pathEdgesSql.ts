/**
 * The SQL of one path-search level: every edge incident to a batch of entities (k). Each branch starts from k
 * and walks indexes outwards, so a level reads only the neighbourhood of its frontier, never the whole graph.
 */
import type { PathEdgeKind } from '../rows.js';

function edge(
  entity: string,
  neighbor: string,
  kind: PathEdgeKind,
  outward: 0 | 1,
  refs: { relationship?: string; statement?: string; event?: string; document?: string },
  rest: string,
): string {
  return `SELECT ${entity} AS entityId, ${neighbor} AS neighborId, '${kind}' AS kind, ${outward} AS outward,
    ${refs.relationship ?? 'NULL'} AS relationshipId, ${refs.statement ?? 'NULL'} AS statementId,
    ${refs.event ?? 'NULL'} AS eventId, ${refs.document ?? 'NULL'} AS documentId ${rest}`;
}

// Who took part in an event: its participants and the outlet it happened on (counted once when the outlet is also
// a participant). Each branch starts from k's own memberships, so a level never reads events k is not part of.
const OUTLET_IS_PARTICIPANT = (event: string) =>
  `EXISTS (SELECT 1 FROM event_participants op WHERE op.event_id = ${event}.id AND op.entity_id = ${event}.outlet_id)`;

const BRANCHES: Record<PathEdgeKind, string[]> = {
  RELATIONSHIP: [
    edge('l.from_id', 'l.to_id', 'RELATIONSHIP', 1, { relationship: 'l.id' },
      'FROM k JOIN relationships l ON l.from_id = k.id WHERE l.to_id <> l.from_id AND l.retracted_at IS NULL'),
    edge('l.to_id', 'l.from_id', 'RELATIONSHIP', 0, { relationship: 'l.id' },
      'FROM k JOIN relationships l ON l.to_id = k.id WHERE l.to_id <> l.from_id AND l.retracted_at IS NULL'),
  ],
  STATEMENT: [
    edge('s.speaker_id', 'm.entity_id', 'STATEMENT', 1, { statement: 's.id' },
      `FROM k JOIN statements s ON s.speaker_id = k.id JOIN mentions m ON m.statement_id = s.id
       WHERE m.entity_id <> s.speaker_id AND s.retracted_at IS NULL`),
    edge('m.entity_id', 's.speaker_id', 'STATEMENT', 0, { statement: 's.id' },
      `FROM k JOIN mentions m ON m.entity_id = k.id JOIN statements s ON s.id = m.statement_id
       WHERE m.entity_id <> s.speaker_id AND s.retracted_at IS NULL`),
  ],
  EVENT: [
    // a participant to the other participants
    edge('a.entity_id', 'b.entity_id', 'EVENT', 1, { event: 'a.event_id' },
      `FROM k JOIN event_participants a ON a.entity_id = k.id
       JOIN event_participants b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id`),
    // a participant to the hosting outlet, unless the outlet is a participant too (met above)
    edge('a.entity_id', 'v.outlet_id', 'EVENT', 1, { event: 'a.event_id' },
      `FROM k JOIN event_participants a ON a.entity_id = k.id JOIN events v ON v.id = a.event_id
       WHERE v.outlet_id IS NOT NULL AND v.outlet_id <> a.entity_id AND NOT ${OUTLET_IS_PARTICIPANT('v')}`),
    // the hosting outlet, when not a participant itself, to the participants
    edge('v.outlet_id', 'b.entity_id', 'EVENT', 1, { event: 'v.id' },
      `FROM k JOIN events v ON v.outlet_id = k.id JOIN event_participants b ON b.event_id = v.id
       WHERE b.entity_id <> v.outlet_id AND NOT ${OUTLET_IS_PARTICIPANT('v')}`),
  ],
  PUBLICATION: [
    // an outlet's documents report statements by, or about, the neighbour: one edge per (outlet, neighbour,
    // document), whichever way the neighbour takes part, with the earliest such statement as its example
    `SELECT entityId, neighborId, kind, outward, relationshipId, MIN(statementId) AS statementId, eventId, documentId
     FROM (
       ${edge('d.outlet_id', 's.speaker_id', 'PUBLICATION', 1, { statement: 's.id', document: 'd.id' },
         `FROM k JOIN documents d ON d.outlet_id = k.id
          JOIN evidence x ON x.document_id = d.id AND x.owner_kind = 'statement'
          JOIN statements s ON s.id = x.owner_id
          WHERE s.speaker_id <> d.outlet_id AND s.retracted_at IS NULL AND d.retracted_at IS NULL`)}
       UNION ALL
       ${edge('d.outlet_id', 'm.entity_id', 'PUBLICATION', 1, { statement: 'm.statement_id', document: 'd.id' },
         `FROM k JOIN documents d ON d.outlet_id = k.id
          JOIN evidence x ON x.document_id = d.id AND x.owner_kind = 'statement'
          JOIN mentions m ON m.statement_id = x.owner_id JOIN statements s ON s.id = m.statement_id
          WHERE m.entity_id <> d.outlet_id AND s.retracted_at IS NULL AND d.retracted_at IS NULL`)}
     ) GROUP BY entityId, neighborId, documentId`,
    `SELECT entityId, neighborId, kind, outward, relationshipId, MIN(statementId) AS statementId, eventId, documentId
     FROM (
       ${edge('s.speaker_id', 'd.outlet_id', 'PUBLICATION', 0, { statement: 's.id', document: 'd.id' },
         `FROM k JOIN statements s ON s.speaker_id = k.id
          JOIN evidence x ON x.owner_kind = 'statement' AND x.owner_id = s.id
          JOIN documents d ON d.id = x.document_id
          WHERE d.outlet_id IS NOT NULL AND d.outlet_id <> s.speaker_id AND s.retracted_at IS NULL
            AND d.retracted_at IS NULL`)}
       UNION ALL
       ${edge('m.entity_id', 'd.outlet_id', 'PUBLICATION', 0, { statement: 'm.statement_id', document: 'd.id' },
         `FROM k JOIN mentions m ON m.entity_id = k.id JOIN statements s ON s.id = m.statement_id
          JOIN evidence x ON x.owner_kind = 'statement' AND x.owner_id = m.statement_id
          JOIN documents d ON d.id = x.document_id
          WHERE d.outlet_id IS NOT NULL AND d.outlet_id <> m.entity_id AND s.retracted_at IS NULL
            AND d.retracted_at IS NULL`)}
     ) GROUP BY entityId, neighborId, documentId`,
  ],
};

export function pathEdgesSql(kinds: readonly PathEdgeKind[]): string {
  const branches = [...new Set(kinds)].flatMap((kind) => BRANCHES[kind]);
  return `WITH k(id) AS (SELECT value FROM json_each(?))
    ${branches.join('\n    UNION ALL\n    ')}`;
}
