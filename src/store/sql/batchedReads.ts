/**
 * The batched reads: many keys in one list parameter, rows out with the key they belong to, and how each row is
 * read. A statement's text depends only on the dialect, so each is built once per store and an engine that
 * prepares statements prepares each once.
 */
import { NODE_TABLE_NAMES } from '../nodeTables.js';
import type { ClaimAppearanceRow, ClaimantRow, MentionRow, SameAsRow } from '../rows.js';
import type { NodeTable } from '../store.js';
import type { KeyType, Raw, SqlDialect } from './dialect.js';
import {
  CLAIM_COLUMNS,
  DOCUMENT_COLUMNS,
  ENTITY_COLUMNS,
  EVENT_COLUMNS,
  EVIDENCE_COLUMNS,
  RELATIONSHIP_COLUMNS,
  RELATIONSHIP_STATE_COLUMNS,
  REVIEW_COLUMNS,
  STATEMENT_COLUMNS,
  asRow,
  rowReaders,
  toEvidence,
} from './rowColumns.js';

/** A read of rows by id, or of rows that each name their key in `key`. */
export interface BatchedRead<T> {
  sql: string;
  read: (raw: Raw) => T;
  key: string;
}

function batched<T>(sql: string, read: (raw: Raw) => T, key = '_key'): BatchedRead<T> {
  return { sql, read, key };
}

function toSameAs(raw: Raw): SameAsRow {
  const source = { url: raw.source_url as string, title: raw.source_title as string, accessed: raw.source_accessed };
  return { entityId: raw.entityId as number, uri: raw.uri as string, source: source as SameAsRow['source'] };
}

function toAppearance(raw: Raw): ClaimAppearanceRow {
  return { claimId: raw.claimId as number, statementId: raw.statementId as number | null, evidence: toEvidence(raw) };
}

export function batchedReads(d: SqlDialect) {
  const read = rowReaders(d);
  const keys = (expr: string, type: KeyType = 'bigint') => d.inList(expr, d.listPlaceholder(1, type));
  const byIdIn = <T>(columns: string, table: string, alias: string, reader: (raw: Raw) => T) =>
    batched(`SELECT ${columns} FROM ${table} ${alias} WHERE ${keys(`${alias}.id`)}`, reader, 'id');
  // Current claims and statements linked to each key by a link table, in id and in date order.
  const currentClaimsVia = (link: string, key: string, claim: string) =>
    batched(
      `SELECT ${CLAIM_COLUMNS}, ${key} AS _key FROM ${link} JOIN claims c ON c.id = ${claim}
       WHERE ${keys(key)} AND c.retracted_at IS NULL ORDER BY ${key}, c.id`,
      read.claim,
    );
  const currentStatementsVia = (link: string, key: string, statement: string) =>
    batched(
      `SELECT ${STATEMENT_COLUMNS}, ${key} AS _key FROM ${link} JOIN statements s ON s.id = ${statement}
       WHERE ${keys(key)} AND s.retracted_at IS NULL ORDER BY ${key}, s.said_on_sort, s.id`,
      read.statement,
    );
  const slugLookups = Object.entries(NODE_TABLE_NAMES).map(([table, name]) => [
    table,
    `SELECT id, slug FROM ${name} WHERE ${keys('slug', 'text')}`,
  ]);
  return {
    byId: {
      entitiesByIds: byIdIn(ENTITY_COLUMNS, 'entities', 'e', read.entity),
      documentsByIds: byIdIn(DOCUMENT_COLUMNS, 'documents', 'd', read.document),
      eventsByIds: byIdIn(EVENT_COLUMNS, 'events', 'v', read.event),
      statementsByIds: byIdIn(STATEMENT_COLUMNS, 'statements', 's', read.statement),
      claimsByIds: byIdIn(CLAIM_COLUMNS, 'claims', 'c', read.claim),
      reviewsByIds: byIdIn(REVIEW_COLUMNS, 'reviews', 'r', read.review),
      relationshipsByIds: byIdIn(RELATIONSHIP_COLUMNS, 'relationships', 'l', read.relationship),
    },
    grouped: {
      aliasesByEntityIds: batched(
        `SELECT entity_id AS _key, name FROM entity_names
         WHERE is_alias = ${d.booleanLiteral(true)} AND ${keys('entity_id')} ORDER BY entity_id, position`,
        (raw) => raw.name as string,
      ),
      sameAsByEntityIds: batched(
        `SELECT entity_id AS "entityId", uri, source_url, source_title, source_accessed FROM same_as
         WHERE ${keys('entity_id')} ORDER BY entity_id, uri`,
        toSameAs,
        'entityId',
      ),
      mentionsByStatementIds: batched(
        `SELECT statement_id AS "statementId", entity_id AS "entityId", stance FROM mentions
         WHERE ${keys('statement_id')} ORDER BY statement_id, position`,
        asRow<MentionRow>,
        'statementId',
      ),
      participantIdsByEventIds: batched(
        `SELECT event_id AS _key, entity_id AS "entityId" FROM event_participants
         WHERE ${keys('event_id')} ORDER BY event_id, position`,
        (raw) => raw.entityId as number,
      ),
      eventsByParticipantIds: batched(
        `SELECT ${EVENT_COLUMNS}, p.entity_id AS _key FROM event_participants p JOIN events v ON v.id = p.event_id
         WHERE ${keys('p.entity_id')} ORDER BY p.entity_id, v.date_sort, v.id`,
        read.event,
      ),
      eventsByOutletIds: batched(
        `SELECT ${EVENT_COLUMNS}, v.outlet_id AS _key FROM events v WHERE ${keys('v.outlet_id')}
         ORDER BY v.outlet_id, v.date_sort, v.id`,
        read.event,
      ),
      // Claims attributed to each entity: it is one of their claimants, directly or as reported.
      claimsByClaimantIds: currentClaimsVia('claim_claimants cc', 'cc.entity_id', 'cc.claim_id'),
      claimantsByClaimIds: batched(
        `SELECT id, claim_id AS "claimId", entity_id AS "entityId", reported_by_id AS "reportedById"
         FROM claim_claimants WHERE ${keys('claim_id')} ORDER BY claim_id, position`,
        asRow<ClaimantRow>,
        'claimId',
      ),
      claimsByAboutIds: currentClaimsVia('claim_about a', 'a.entity_id', 'a.claim_id'),
      aboutIdsByClaimIds: batched(
        `SELECT claim_id AS _key, entity_id AS "entityId" FROM claim_about WHERE ${keys('claim_id')}
         ORDER BY claim_id, position`,
        (raw) => raw.entityId as number,
      ),
      appearancesByClaimIds: batched(
        `SELECT a.claim_id AS "claimId", a.statement_id AS "statementId", ${EVIDENCE_COLUMNS}
         FROM claim_appearances a JOIN evidence x ON x.id = a.evidence_id
         WHERE ${keys('a.claim_id')} ORDER BY a.claim_id, a.position`,
        toAppearance,
        'claimId',
      ),
      // A claim can appear in one statement more than once (several spans); it is listed once.
      claimsByAppearingStatementIds: batched(
        `SELECT ${CLAIM_COLUMNS}, a.statement_id AS _key
         FROM (SELECT DISTINCT claim_id, statement_id FROM claim_appearances WHERE ${keys('statement_id')}) a
         JOIN claims c ON c.id = a.claim_id WHERE c.retracted_at IS NULL ORDER BY a.statement_id, c.id`,
        read.claim,
      ),
      disputedClaimsByStatementIds: currentClaimsVia('statement_disputes sd', 'sd.statement_id', 'sd.claim_id'),
      disputingStatementsByClaimIds: currentStatementsVia('statement_disputes sd', 'sd.claim_id', 'sd.statement_id'),
      respondedToByStatementIds: currentStatementsVia('statement_responses r', 'r.statement_id', 'r.responds_to_id'),
      responsesByStatementIds: currentStatementsVia('statement_responses r', 'r.responds_to_id', 'r.statement_id'),
      // A statement can cite one document in several spans; each document is listed once.
      reportingDocumentsByStatementIds: batched(
        `SELECT ${DOCUMENT_COLUMNS}, x.owner_id AS _key
         FROM (SELECT DISTINCT owner_id, document_id FROM evidence
               WHERE owner_kind = 'statement' AND ${keys('owner_id')}) x
         JOIN documents d ON d.id = x.document_id WHERE d.retracted_at IS NULL ORDER BY x.owner_id, d.title_sort, d.id`,
        read.document,
      ),
      reviewsByClaimIds: batched(
        `SELECT ${REVIEW_COLUMNS}, r.claim_id AS _key FROM reviews r
         WHERE ${keys('r.claim_id')} AND r.retracted_at IS NULL ORDER BY r.claim_id, r.reviewed_at, r.id`,
        read.review,
      ),
      relationshipsByEntityIds: batched(
        `SELECT ${RELATIONSHIP_COLUMNS}, k.id AS _key
         FROM (SELECT DISTINCT keys.value AS id FROM ${d.keyTable(d.listPlaceholder(1, 'bigint'), 'keys')}) k
         JOIN relationships l ON (l.from_id = k.id OR l.to_id = k.id) AND l.retracted_at IS NULL ORDER BY k.id, l.id`,
        read.relationship,
      ),
      statesByRelationshipIds: batched(
        `SELECT ${RELATIONSHIP_STATE_COLUMNS} FROM relationship_states t
         WHERE ${keys('t.relationship_id')} ORDER BY t.relationship_id, t.position`,
        read.relationshipState,
        'relationshipId',
      ),
    },
    idsBySlugs: Object.fromEntries(slugLookups) as Record<NodeTable, string>,
    // A name can be shared (two people called "West"); the entity whose own name or slug it is wins, then the
    // earliest recorded alias, then the earliest entity: the last row of each name in this order.
    entityIdsByNames: `SELECT name_norm AS norm, entity_id AS id FROM entity_names WHERE ${keys('name_norm', 'text')}
      ORDER BY is_alias DESC, position DESC, entity_id DESC`,
    // Entities with a slug, name or alias that contains a word (folded: lower case, no accents), for names that are
    // no exact slug, name or alias: one pass over the names, however often the word occurs elsewhere.
    entityIdsByNameWords: `SELECT w.value AS word, n.entity_id AS id
      FROM (SELECT entity_id, ${d.withoutDiacritics('name_norm')} AS folded FROM entity_names) n
      JOIN ${d.keyTable(d.listPlaceholder(1, 'text'), 'w')} ON n.folded LIKE '%' || w.value || '%'`,
    // Entities with every name they are known by (their aliases in order, one row each), for resolving a name.
    namedEntitiesByIds: `SELECT e.id AS id, e.slug AS slug, e.name AS name, e.type AS type, n.name AS alias
      FROM entities e LEFT JOIN entity_names n ON n.entity_id = e.id AND n.is_alias = ${d.booleanLiteral(true)}
      WHERE ${keys('e.id')} ORDER BY e.id, n.position`,
    // Owners are matched on evidence_owner by both lists; pairs not asked for are dropped when grouping.
    evidenceByOwners: `SELECT ${EVIDENCE_COLUMNS}, x.owner_kind AS "ownerKind", x.owner_id AS "ownerId"
      FROM evidence x WHERE ${d.inList('x.owner_kind', d.listPlaceholder(1, 'text'))}
        AND ${d.inList('x.owner_id', d.listPlaceholder(2, 'bigint'))}
      ORDER BY x.owner_kind, x.owner_id, x.position`,
    read,
  };
}

export type BatchedReads = ReturnType<typeof batchedReads>;
