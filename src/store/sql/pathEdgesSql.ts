/**
 * The SQL of one path-search level: every edge incident to a batch of entities (k, the one list parameter). Each
 * branch starts from k and walks indexes outwards, so a level reads only the neighbourhood of its frontier, never
 * the whole graph; retracted statements, documents and relationships make no edges.
 */
import type { PathEdgeKind, PathEdgeRow } from '../rows.js';
import type { SqlDialect } from './dialect.js';

type EdgeRefs = { relationship?: string; statement?: string; event?: string; document?: string };

function branches(d: SqlDialect): Record<PathEdgeKind, string[]> {
  const id = (ref: string | undefined) => ref ?? d.typed('NULL', 'bigint');
  const edge = (entity: string, neighbor: string, kind: PathEdgeKind, outward: boolean, refs: EdgeRefs, rest: string) =>
    `SELECT ${entity} AS "entityId", ${neighbor} AS "neighborId", ${d.typed(`'${kind}'`, 'text')} AS kind,
      ${d.booleanLiteral(outward)} AS outward, ${id(refs.relationship)} AS "relationshipId",
      ${id(refs.statement)} AS "statementId", ${id(refs.event)} AS "eventId",
      ${id(refs.document)} AS "documentId" ${rest}`;
  // Publication edges of both ways of taking part merged: one per (entity, neighbour, document), its earliest
  // statement as the example.
  const perDocument = (asSpeaker: string, asSubject: string) =>
    `SELECT "entityId", "neighborId", kind, outward, ${id(undefined)} AS "relationshipId",
      MIN("statementId") AS "statementId", ${id(undefined)} AS "eventId", "documentId"
    FROM (${asSpeaker} UNION ALL ${asSubject}) publication
    GROUP BY "entityId", "neighborId", kind, outward, "documentId"`;
  // The outlet an event happened on takes part in it, counted once when it is also a participant.
  const outletIsParticipant = (event: string) =>
    `EXISTS (SELECT 1 FROM event_participants op
      WHERE op.event_id = ${event}.id AND op.entity_id = ${event}.outlet_id)`;
  // An entity's event memberships, walked from each key. PostgreSQL's generic plan guesses ten keys and, the
  // table being small beside the others (7,573 rows at 100k statements), hashed all of it (~0.7 ms a branch, most
  // of a small level) instead of walking its entity index per key; a lateral subquery it may not flatten (OFFSET 0)
  // keeps the walk.
  const membershipsOfKeys = d.joinsLateral
    ? 'k CROSS JOIN LATERAL (SELECT event_id, entity_id FROM event_participants WHERE entity_id = k.id OFFSET 0) a'
    : 'k JOIN event_participants a ON a.entity_id = k.id';
  return {
    RELATIONSHIP: [
      edge(
        'l.from_id',
        'l.to_id',
        'RELATIONSHIP',
        true,
        { relationship: 'l.id' },
        'FROM k JOIN relationships l ON l.from_id = k.id WHERE l.to_id <> l.from_id AND l.retracted_at IS NULL',
      ),
      edge(
        'l.to_id',
        'l.from_id',
        'RELATIONSHIP',
        false,
        { relationship: 'l.id' },
        'FROM k JOIN relationships l ON l.to_id = k.id WHERE l.to_id <> l.from_id AND l.retracted_at IS NULL',
      ),
    ],
    // A speaker's words only: a document's own narration (voice DOCUMENT) is its outlet publishing, which makes
    // PUBLICATION edges, opt-in because the article's publisher would otherwise join everyone it narrates about.
    STATEMENT: [
      edge(
        's.speaker_id',
        'm.entity_id',
        'STATEMENT',
        true,
        { statement: 's.id' },
        `FROM k JOIN statements s ON s.speaker_id = k.id JOIN mentions m ON m.statement_id = s.id
         WHERE m.entity_id <> s.speaker_id AND s.retracted_at IS NULL AND s.voice = 'SPEAKER'`,
      ),
      edge(
        'm.entity_id',
        's.speaker_id',
        'STATEMENT',
        false,
        { statement: 's.id' },
        `FROM k JOIN mentions m ON m.entity_id = k.id JOIN statements s ON s.id = m.statement_id
         WHERE m.entity_id <> s.speaker_id AND s.retracted_at IS NULL AND s.voice = 'SPEAKER'`,
      ),
    ],
    // Each branch starts from k's own memberships, so a level never reads events k is not part of.
    EVENT: [
      // a participant to the other participants
      edge(
        'a.entity_id',
        'b.entity_id',
        'EVENT',
        true,
        { event: 'a.event_id' },
        `FROM ${membershipsOfKeys}
         JOIN event_participants b ON b.event_id = a.event_id AND b.entity_id <> a.entity_id`,
      ),
      // a participant to the hosting outlet, unless the outlet is a participant too (met above)
      edge(
        'a.entity_id',
        'v.outlet_id',
        'EVENT',
        true,
        { event: 'a.event_id' },
        `FROM ${membershipsOfKeys} JOIN events v ON v.id = a.event_id
         WHERE v.outlet_id IS NOT NULL AND v.outlet_id <> a.entity_id AND NOT ${outletIsParticipant('v')}`,
      ),
      // the hosting outlet, when not a participant itself, to the participants
      edge(
        'v.outlet_id',
        'b.entity_id',
        'EVENT',
        true,
        { event: 'v.id' },
        `FROM k JOIN events v ON v.outlet_id = k.id JOIN event_participants b ON b.event_id = v.id
         WHERE b.entity_id <> v.outlet_id AND NOT ${outletIsParticipant('v')}`,
      ),
    ],
    PUBLICATION: [
      // an outlet's documents report statements by, or about, the neighbour
      perDocument(
        edge(
          'd.outlet_id',
          's.speaker_id',
          'PUBLICATION',
          true,
          { statement: 's.id', document: 'd.id' },
          `FROM k JOIN documents d ON d.outlet_id = k.id
           JOIN evidence x ON x.document_id = d.id AND x.owner_kind = 'statement'
           JOIN statements s ON s.id = x.owner_id
           WHERE s.speaker_id <> d.outlet_id AND s.retracted_at IS NULL AND d.retracted_at IS NULL`,
        ),
        edge(
          'd.outlet_id',
          'm.entity_id',
          'PUBLICATION',
          true,
          { statement: 'm.statement_id', document: 'd.id' },
          `FROM k JOIN documents d ON d.outlet_id = k.id
           JOIN evidence x ON x.document_id = d.id AND x.owner_kind = 'statement'
           JOIN mentions m ON m.statement_id = x.owner_id JOIN statements s ON s.id = m.statement_id
           WHERE m.entity_id <> d.outlet_id AND s.retracted_at IS NULL AND d.retracted_at IS NULL`,
        ),
      ),
      perDocument(
        edge(
          's.speaker_id',
          'd.outlet_id',
          'PUBLICATION',
          false,
          { statement: 's.id', document: 'd.id' },
          `FROM k JOIN statements s ON s.speaker_id = k.id
           JOIN evidence x ON x.owner_kind = 'statement' AND x.owner_id = s.id
           JOIN documents d ON d.id = x.document_id
           WHERE d.outlet_id IS NOT NULL AND d.outlet_id <> s.speaker_id AND s.retracted_at IS NULL
             AND d.retracted_at IS NULL`,
        ),
        edge(
          'm.entity_id',
          'd.outlet_id',
          'PUBLICATION',
          false,
          { statement: 'm.statement_id', document: 'd.id' },
          `FROM k JOIN mentions m ON m.entity_id = k.id JOIN statements s ON s.id = m.statement_id
           JOIN evidence x ON x.owner_kind = 'statement' AND x.owner_id = m.statement_id
           JOIN documents d ON d.id = x.document_id
           WHERE d.outlet_id IS NOT NULL AND d.outlet_id <> m.entity_id AND s.retracted_at IS NULL
             AND d.retracted_at IS NULL`,
        ),
      ),
    ],
  };
}

const KINDS: readonly PathEdgeKind[] = ['RELATIONSHIP', 'STATEMENT', 'EVENT', 'PUBLICATION'];

/**
 * The statement for a set of kinds, built once per set: DISTINCT keys, so a repeated id does not repeat its
 * edges. Its rows come in no particular order (the path search orders what it keeps: src/domain/shortestPaths.ts):
 * sorting a well-connected person's thousands of edges cost a fifth of the level. Read them with `pathEdgeOf`.
 */
export function pathEdgesSql(d: SqlDialect): (kinds: readonly PathEdgeKind[]) => string {
  const byKind = branches(d);
  const cache = new Map<string, string>();
  return (kinds) => {
    const wanted = KINDS.filter((kind) => kinds.includes(kind));
    const shape = wanted.join(',');
    let sql = cache.get(shape);
    if (sql === undefined) {
      // every branch walks indexes from each key, whichever keys they are: one plan serves all
      sql =
        d.planOnce(`WITH k(id) AS (SELECT DISTINCT keys.value FROM ${d.keyTable(d.keysOfAnyCount(d.listPlaceholder(1, 'bigint')), 'keys')})
        ${wanted.flatMap((kind) => byKind[kind]).join('\n    UNION ALL\n    ')}`);
      cache.set(shape, sql);
    }
    return sql;
  };
}

/**
 * One row of the statement, read as an array (SqlBackend.allArrays) in the columns' order of `edge` above: the
 * entity's id first.
 */
export function pathEdgeOf(d: SqlDialect): (row: unknown[]) => PathEdgeRow {
  return (row) => ({
    entityId: row[0] as number,
    neighborId: row[1] as number,
    kind: row[2] as PathEdgeKind,
    outward: d.toBoolean(row[3]),
    relationshipId: row[4] as number | null,
    statementId: row[5] as number | null,
    eventId: row[6] as number | null,
    documentId: row[7] as number | null,
  });
}
