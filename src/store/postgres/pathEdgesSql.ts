/**
 * The SQL of one path-search level: every edge incident to a batch of entities (k, the one array parameter $1).
 * Each branch starts from k and walks indexes outwards, so a level reads only the neighbourhood of its frontier,
 * never the whole graph. The branches and their meaning are those of the SQLite backend; retracted statements,
 * documents and relationships make no edges.
 */
import type { PathEdgeKind } from '../rows.js';

function edge(
  entity: string,
  neighbor: string,
  kind: PathEdgeKind,
  outward: boolean,
  refs: { relationship?: string; statement?: string; event?: string; document?: string },
  rest: string,
): string {
  return `SELECT ${entity} AS "entityId", ${neighbor} AS "neighborId", '${kind}'::text AS kind, ${outward} AS outward,
    ${refs.relationship ?? 'NULL::bigint'} AS "relationshipId", ${refs.statement ?? 'NULL::bigint'} AS "statementId",
    ${refs.event ?? 'NULL::bigint'} AS "eventId", ${refs.document ?? 'NULL::bigint'} AS "documentId" ${rest}`;
}

/** Publication edges of both branches merged: one per (entity, neighbour, document), its earliest statement. */
function perDocument(asSpeaker: string, asSubject: string): string {
  return `SELECT "entityId", "neighborId", kind, outward, NULL::bigint AS "relationshipId",
      MIN("statementId") AS "statementId", NULL::bigint AS "eventId", "documentId"
    FROM (${asSpeaker} UNION ALL ${asSubject}) publication
    GROUP BY "entityId", "neighborId", kind, outward, "documentId"`;
}

// Who took part in an event: its participants and the outlet it happened on.
const EVENT_MEMBERS = `(SELECT event_id, entity_id FROM event_participants
  UNION SELECT id AS event_id, outlet_id AS entity_id FROM events WHERE outlet_id IS NOT NULL)`;

const BRANCHES: Record<PathEdgeKind, string[]> = {
  RELATIONSHIP: [
    edge('l.from_id', 'l.to_id', 'RELATIONSHIP', true, { relationship: 'l.id' },
      'FROM k JOIN relationships l ON l.from_id = k.id WHERE l.to_id <> l.from_id AND l.retracted_at IS NULL'),
    edge('l.to_id', 'l.from_id', 'RELATIONSHIP', false, { relationship: 'l.id' },
      'FROM k JOIN relationships l ON l.to_id = k.id WHERE l.to_id <> l.from_id AND l.retracted_at IS NULL'),
  ],
  STATEMENT: [
    edge('s.speaker_id', 'm.entity_id', 'STATEMENT', true, { statement: 's.id' },
      `FROM k JOIN statements s ON s.speaker_id = k.id JOIN mentions m ON m.statement_id = s.id
       WHERE m.entity_id <> s.speaker_id AND s.retracted_at IS NULL`),
    edge('m.entity_id', 's.speaker_id', 'STATEMENT', false, { statement: 's.id' },
      `FROM k JOIN mentions m ON m.entity_id = k.id JOIN statements s ON s.id = m.statement_id
       WHERE m.entity_id <> s.speaker_id AND s.retracted_at IS NULL`),
  ],
  EVENT: [
    edge('a.entity_id', 'b.entity_id', 'EVENT', true, { event: 'a.event_id' },
      `FROM k JOIN ${EVENT_MEMBERS} a ON a.entity_id = k.id
       JOIN ${EVENT_MEMBERS} b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id`),
  ],
  PUBLICATION: [
    // an outlet's documents report statements by, or about, the neighbour: one edge per (outlet, neighbour,
    // document), whichever way the neighbour takes part, with the earliest such statement as its example
    perDocument(
      edge('d.outlet_id', 's.speaker_id', 'PUBLICATION', true, { statement: 's.id', document: 'd.id' },
        `FROM k JOIN documents d ON d.outlet_id = k.id
         JOIN evidence x ON x.document_id = d.id AND x.owner_kind = 'statement'
         JOIN statements s ON s.id = x.owner_id
         WHERE s.speaker_id <> d.outlet_id AND s.retracted_at IS NULL AND d.retracted_at IS NULL`),
      edge('d.outlet_id', 'm.entity_id', 'PUBLICATION', true, { statement: 'm.statement_id', document: 'd.id' },
        `FROM k JOIN documents d ON d.outlet_id = k.id
         JOIN evidence x ON x.document_id = d.id AND x.owner_kind = 'statement'
         JOIN mentions m ON m.statement_id = x.owner_id JOIN statements s ON s.id = m.statement_id
         WHERE m.entity_id <> d.outlet_id AND s.retracted_at IS NULL AND d.retracted_at IS NULL`),
    ),
    perDocument(
      edge('s.speaker_id', 'd.outlet_id', 'PUBLICATION', false, { statement: 's.id', document: 'd.id' },
        `FROM k JOIN statements s ON s.speaker_id = k.id
         JOIN evidence x ON x.owner_kind = 'statement' AND x.owner_id = s.id
         JOIN documents d ON d.id = x.document_id
         WHERE d.outlet_id IS NOT NULL AND d.outlet_id <> s.speaker_id AND s.retracted_at IS NULL
           AND d.retracted_at IS NULL`),
      edge('m.entity_id', 'd.outlet_id', 'PUBLICATION', false, { statement: 'm.statement_id', document: 'd.id' },
        `FROM k JOIN mentions m ON m.entity_id = k.id JOIN statements s ON s.id = m.statement_id
         JOIN evidence x ON x.owner_kind = 'statement' AND x.owner_id = m.statement_id
         JOIN documents d ON d.id = x.document_id
         WHERE d.outlet_id IS NOT NULL AND d.outlet_id <> m.entity_id AND s.retracted_at IS NULL
           AND d.retracted_at IS NULL`),
    ),
  ],
};

/**
 * One statement for the requested kinds. DISTINCT keys, so a repeated id does not repeat its edges; a fixed
 * order, so the same level always comes back the same way.
 */
export function pathEdgesSql(kinds: readonly PathEdgeKind[]): string {
  const branches = [...new Set(kinds)].flatMap((kind) => BRANCHES[kind]);
  return `WITH k(id) AS (SELECT DISTINCT unnest($1::bigint[]))
    SELECT * FROM (
    ${branches.join('\n    UNION ALL\n    ')}
    ) edges
    ORDER BY "entityId", kind, "neighborId", "relationshipId", "statementId", "eventId", "documentId"`;
}
