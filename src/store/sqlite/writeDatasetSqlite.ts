/**
 * Writes a validated dataset into SQLite inside one transaction: any failure rolls the whole file back.
 * Slugs are resolved to internal ids as records are inserted, in dependency order.
 */
import type { ClaimStatus, Dataset, EvidenceRecord } from '../../domain/dataset.js';
import { statusFromReviews } from '../../domain/claimStatus.js';
import { CodePointText, sha256Hex, spanContext } from '../../domain/spans.js';
import { optionalDateSortKey, partialDateDayRange } from '../../domain/partialDateRange.js';
import { parsePartialDate } from '../../domain/partialDate.js';
import { foldText, sortableText } from '../../domain/foldText.js';
import { EVIDENCE_CONTEXT_WIDTH } from '../../domain/spans.js';
import type { EvidenceOwnerKind } from '../rows.js';
import type { ChangeAuthor, DatasetWriteSummary, EntityMergeWrite, NodeTable } from '../store.js';
import type { SqliteDatabase } from './openSqliteDatabase.js';
import { NODE_TABLE_NAMES } from '../nodeTables.js';


/**
 * Writes the dataset's records. References may name records of the dataset or records already stored (an import
 * that refers to known people, a mutation's single statement about known entities). Every record written is
 * logged in `changes` under `author`; a review recomputes its claim's status.
 */
export function writeDatasetSqlite(
  db: SqliteDatabase,
  dataset: Dataset,
  heldTexts: ReadonlyMap<string, string>,
  author: ChangeAuthor,
  merges: readonly EntityMergeWrite[] = [],
): DatasetWriteSummary {
  const inserted: Record<string, number> = {};
  const count = (what: string) => (inserted[what] = (inserted[what] ?? 0) + 1);
  const ids = new Map<string, number>();
  const created: DatasetWriteSummary['created'] = [];
  const findStored = db.prepare('SELECT node_table AS nodeTable FROM slugs WHERE slug = ?');
  // one prepared statement per table, reused: an import that refers to thousands of stored records would
  // otherwise compile the same SQL thousands of times
  const findStoredId = new Map<NodeTable, ReturnType<SqliteDatabase['prepare']>>();
  const storedIdStatement = (table: NodeTable) => {
    let statement = findStoredId.get(table);
    if (statement === undefined) {
      statement = db.prepare(`SELECT id FROM ${NODE_TABLE_NAMES[table]} WHERE slug = ?`);
      findStoredId.set(table, statement);
    }
    return statement;
  };
  const idOf = (slug: string): number => {
    const known = ids.get(slug);
    if (known !== undefined) return known;
    const stored = findStored.get(slug) as { nodeTable: NodeTable } | undefined;
    const row = stored && (storedIdStatement(stored.nodeTable).get(slug) as { id: number });
    if (!row) throw new Error(`dataset refers to unknown slug "${slug}"`);
    ids.set(slug, row.id);
    return row.id;
  };
  const optionalId = (slug: string | undefined): number | null => (slug === undefined ? null : idOf(slug));

  const now = new Date().toISOString();
  const logChange = db.prepare(
    `INSERT INTO changes (at, actor, action, node_table, node_id, node_slug, before_json, after_json, summary)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const claimSlug = db.prepare('INSERT INTO slugs (slug, node_table) VALUES (?, ?)');
  const registerSlug = (slug: string, table: NodeTable, id: number | bigint, record: object) => {
    claimSlug.run(slug, table);
    ids.set(slug, Number(id));
    count(table);
    created.push({ slug, table, id: Number(id) });
    logChange.run(
      now,
      author.actor,
      author.action,
      table,
      Number(id),
      slug,
      null,
      JSON.stringify(record),
      `${author.action === 'IMPORT' ? 'imported' : 'created'} ${table} ${slug}`,
    );
  };

  const texts = new Map<number, CodePointText>();
  const storedText = db.prepare('SELECT text FROM documents WHERE id = ?');
  const textOf = (documentId: number): CodePointText | undefined => {
    if (!texts.has(documentId)) {
      const row = storedText.get(documentId) as { text: string | null } | undefined;
      if (row?.text != null) texts.set(documentId, new CodePointText(row.text));
    }
    return texts.get(documentId);
  };
  const insertEvidence = db.prepare(
    `INSERT INTO evidence (document_id, start, "end", exact, prefix, suffix, owner_kind, owner_id, position)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const addEvidence = (
    records: readonly EvidenceRecord[] | undefined,
    ownerKind: EvidenceOwnerKind | null,
    ownerId: number | null,
  ): number[] =>
    (records ?? []).map((record, position) => {
      const documentId = idOf(record.document);
      const text = textOf(documentId);
      if (!text) throw new Error(`evidence refers to document "${record.document}", which holds no text`);
      const context = spanContext(text, record.start, record.end, EVIDENCE_CONTEXT_WIDTH);
      count('evidence');
      return Number(
        insertEvidence.run(
          documentId,
          record.start,
          record.end,
          record.exact,
          context.prefix,
          context.suffix,
          ownerKind,
          ownerId,
          position,
        ).lastInsertRowid,
      );
    });

  const insertEntity = db.prepare(
    `INSERT INTO entities (slug, type, name, name_sort, kind, description, url) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertName = db.prepare(
    `INSERT OR IGNORE INTO entity_names (entity_id, name, name_norm, is_alias, position) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertSameAs = db.prepare(
    `INSERT INTO same_as (entity_id, uri, source_url, source_title, source_accessed) VALUES (?, ?, ?, ?, ?)`,
  );
  const entityRecords = [
    ...dataset.outlets.map((r) => ({ ...r, type: 'OUTLET' as const, description: undefined, sameAs: undefined })),
    ...dataset.people.map((r) => ({ ...r, type: 'PERSON' as const, kind: null, url: undefined })),
    ...dataset.organizations.map((r) => ({
      ...r,
      type: 'ORGANIZATION' as const,
      description: undefined,
      sameAs: undefined,
      url: undefined,
    })),
  ];
  const entityIds: Array<[number, (typeof entityRecords)[number]]> = [];
  for (const record of entityRecords) {
    const id = Number(
      insertEntity.run(
        record.slug,
        record.type,
        record.name,
        sortableText(record.name),
        record.kind,
        record.description ?? null,
        record.url ?? null,
      ).lastInsertRowid,
    );
    registerSlug(record.slug, 'entity', id, record);
    entityIds.push([id, record]);
    const names = [record.slug, record.name, ...(record.aliases ?? [])];
    names.forEach((name, position) => insertName.run(id, name, sortableText(name), position >= 2 ? 1 : 0, position));
    for (const sameAs of record.sameAs ?? []) {
      insertSameAs.run(id, sameAs.uri, sameAs.source.url, sameAs.source.title, sameAs.source.accessed ?? null);
    }
  }

  const insertDocument = db.prepare(
    `INSERT INTO documents (slug, title, title_sort, url, outlet_id, published, text, sha256, length)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const record of dataset.documents) {
    const text = heldTexts.get(record.slug) ?? null;
    const indexed = text === null ? null : new CodePointText(text);
    const id = Number(
      insertDocument.run(
        record.slug,
        record.title,
        sortableText(record.title),
        record.url ?? null,
        optionalId(record.outlet),
        record.published ?? null,
        text,
        text === null ? null : sha256Hex(text),
        indexed?.length ?? null,
      ).lastInsertRowid,
    );
    registerSlug(record.slug, 'document', id, record);
    if (indexed) texts.set(id, indexed);
  }
  // Evidence can point into any held document, so it is written once all documents exist.
  for (const [id, record] of entityIds) addEvidence(record.evidence, 'entity', id);
  for (const record of dataset.documents) addEvidence(record.evidence, 'document', idOf(record.slug));
  for (const merge of merges) {
    addEvidence(merge.evidence, 'entity', merge.existingId);
    logChange.run(now, author.actor, 'MERGE', 'entity', merge.existingId, merge.existingSlug, null,
      JSON.stringify(merge.record), `merged imported entity ${merge.importedSlug} into ${merge.existingSlug}`);
    count('merged');
  }

  const insertEvent = db.prepare(
    `INSERT INTO events (slug, kind, title, date, date_sort, outlet_id) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertParticipant = db.prepare(
    `INSERT INTO event_participants (event_id, entity_id, position) VALUES (?, ?, ?)`,
  );
  for (const record of dataset.events) {
    const id = Number(
      insertEvent.run(
        record.slug,
        record.kind,
        record.title,
        record.date ?? null,
        optionalDateSortKey(record.date),
        optionalId(record.outlet),
      ).lastInsertRowid,
    );
    registerSlug(record.slug, 'event', id, record);
    (record.participants ?? []).forEach((slug, position) => insertParticipant.run(id, idOf(slug), position));
    addEvidence(record.evidence, 'event', id);
  }

  const insertStatement = db.prepare(
    `INSERT INTO statements (slug, speaker_id, quote, is_direct_quote, attribution_confidence, said_on, said_on_sort,
       said_on_first_day, said_on_last_day, occasion_id, quote_folded)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertMention = db.prepare(
    `INSERT INTO mentions (statement_id, entity_id, stance, position) VALUES (?, ?, ?, ?)`,
  );
  for (const record of dataset.statements) {
    const range = record.saidOn ? partialDateDayRange(parsePartialDate(record.saidOn)) : null;
    const id = Number(
      insertStatement.run(
        record.slug,
        idOf(record.speaker),
        record.quote,
        record.isDirectQuote ? 1 : 0,
        record.attributionConfidence,
        record.saidOn ?? null,
        optionalDateSortKey(record.saidOn),
        range?.firstDay ?? null,
        range?.lastDay ?? null,
        optionalId(record.occasion),
        foldText(record.quote),
      ).lastInsertRowid,
    );
    registerSlug(record.slug, 'statement', id, record);
    record.mentions.forEach((mention, position) =>
      insertMention.run(id, idOf(mention.entity), mention.stance, position),
    );
    addEvidence(record.evidence, 'statement', id);
  }
  const insertResponse = db.prepare(
    `INSERT INTO statement_responses (statement_id, responds_to_id) VALUES (?, ?)`,
  );
  for (const record of dataset.statements) {
    for (const target of record.respondsTo ?? []) insertResponse.run(idOf(record.slug), idOf(target));
  }

  const insertClaim = db.prepare(`INSERT INTO claims (slug, text, claimant_id, status) VALUES (?, ?, ?, ?)`);
  const insertAbout = db.prepare(`INSERT INTO claim_about (claim_id, entity_id, position) VALUES (?, ?, ?)`);
  const insertAppearance = db.prepare(
    `INSERT INTO claim_appearances (claim_id, statement_id, evidence_id, position) VALUES (?, ?, ?, ?)`,
  );
  for (const record of dataset.claims) {
    const id = Number(
      insertClaim.run(record.slug, record.text, idOf(record.claimant), record.status).lastInsertRowid,
    );
    registerSlug(record.slug, 'claim', id, record);
    record.about.forEach((slug, position) => insertAbout.run(id, idOf(slug), position));
    record.appearances.forEach((appearance, position) => {
      const [evidenceId] = addEvidence([appearance.evidence], null, null);
      insertAppearance.run(id, optionalId(appearance.statement), evidenceId, position);
    });
  }
  const insertDispute = db.prepare(`INSERT INTO statement_disputes (statement_id, claim_id) VALUES (?, ?)`);
  for (const record of dataset.statements) {
    for (const claim of record.disputes ?? []) insertDispute.run(idOf(record.slug), idOf(claim));
  }

  const insertReview = db.prepare(
    `INSERT INTO reviews (slug, claim_id, rating_value, rating_label, explanation, reviewer, reviewed_at, sources_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const record of dataset.reviews ?? []) {
    const id = insertReview.run(
      record.slug,
      idOf(record.claim),
      record.ratingValue,
      record.ratingLabel,
      record.explanation,
      record.reviewer,
      new Date(record.reviewedAt).toISOString(),
      JSON.stringify(record.sources),
    ).lastInsertRowid;
    registerSlug(record.slug, 'review', id, record);
  }

  const insertRelationship = db.prepare(
    `INSERT INTO relationships (slug, type, from_id, to_id, assertion) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertState = db.prepare(
    `INSERT INTO relationship_states (relationship_id, position, status, start, "end") VALUES (?, ?, ?, ?, ?)`,
  );
  for (const record of dataset.relationships) {
    const id = Number(
      insertRelationship.run(record.slug, record.type, idOf(record.from), idOf(record.to), record.assertion)
        .lastInsertRowid,
    );
    registerSlug(record.slug, 'relationship', id, record);
    record.states.forEach((state, position) => {
      const stateId = Number(
        insertState.run(id, position, state.status, state.start ?? null, state.end ?? null).lastInsertRowid,
      );
      addEvidence(state.evidence, 'relationship_state', stateId);
    });
  }
  const reviewedClaims = new Set((dataset.reviews ?? []).map((review) => idOf(review.claim)));
  for (const claimId of reviewedClaims) updateClaimStatus(db, claimId, author, now);
  return { inserted, created };
}

/** Recomputes a claim's status from its current reviews, logging the transition when there is one. */
export function updateClaimStatus(db: SqliteDatabase, claimId: number, author: ChangeAuthor, at: string): void {
  const claim = db.prepare('SELECT slug, status FROM claims WHERE id = ?').get(claimId) as {
    slug: string;
    status: ClaimStatus;
  };
  const ratings = (
    db.prepare('SELECT rating_value AS rating FROM reviews WHERE claim_id = ? AND retracted_at IS NULL').all(
      claimId,
    ) as { rating: number }[]
  ).map((row) => row.rating);
  const status = statusFromReviews(ratings, claim.status);
  if (status === claim.status) return;
  db.prepare('UPDATE claims SET status = ? WHERE id = ?').run(status, claimId);
  db.prepare(
    `INSERT INTO changes (at, actor, action, node_table, node_id, node_slug, before_json, after_json, summary)
     VALUES (?, ?, 'STATUS', 'claim', ?, ?, ?, ?, ?)`,
  ).run(
    at,
    author.actor,
    claimId,
    claim.slug,
    JSON.stringify({ status: claim.status }),
    JSON.stringify({ status }),
    `status of claim ${claim.slug} changed from ${claim.status} to ${status}`,
  );
}
