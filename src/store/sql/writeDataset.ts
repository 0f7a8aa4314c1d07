/**
 * Writes a validated dataset. The caller runs it inside one transaction, so any failure leaves nothing behind.
 *
 * References may name records of the dataset or records already stored (an import that refers to known people, a
 * mutation's single statement about known entities); every record written is logged in `changes` under the
 * author; a review recomputes its claim's status.
 *
 * The dataset is first turned into rows in memory, with their derived columns (sort keys, folded text, day
 * ranges, evidence context), slugs resolved to ids in dependency order (so a dangling slug fails where it is
 * used); then each table is written at once, in the way the engine writes many rows fastest. Ids are drawn up
 * front, so rows can refer to each other before any of them is written; stored records the dataset refers to are
 * looked up in one statement.
 */
import type { Dataset, EvidenceRecord } from '../../domain/dataset.js';
import { CodePointText, EVIDENCE_CONTEXT_WIDTH, sha256Hex, spanContext } from '../../domain/spans.js';
import { optionalDateSortKey, partialDateDayRange } from '../../domain/partialDateRange.js';
import { parsePartialDate } from '../../domain/partialDate.js';
import { foldText, sortableText } from '../../domain/foldText.js';
import type { EvidenceOwnerKind } from '../rows.js';
import type { ChangeAuthor, DatasetWriteSummary, EntityMergeWrite, NodeTable } from '../store.js';
import { updateClaimStatuses } from './claimStatuses.js';
import { basisEvidence, basisJson, datedFact } from './datasetFacts.js';
import { datasetTables } from './datasetTables.js';
import type { SqlExecutor } from './dialect.js';
import type { SqlBackend } from './sqlBackend.js';
import { referencedSlugs, storedReferences } from './storedReferences.js';
import { factCheckTable } from './writeFactChecks.js';

type IdTable =
  | 'entities'
  | 'documents'
  | 'events'
  | 'statements'
  | 'claims'
  | 'claim_claimants'
  | 'reviews'
  | 'relationships'
  | 'relationship_states'
  | 'published_fact_checks'
  | 'evidence'
  | 'changes';

/** Draws `counts[table]` fresh ids of each table; `nextId(table)` hands them out in ascending order. */
async function allocateIds(
  tx: SqlExecutor,
  backend: SqlBackend,
  counts: Record<IdTable, number>,
): Promise<(table: IdTable) => number> {
  const pools = await backend.allocateIds(tx, counts);
  const next = new Map<string, number>();
  return (table) => {
    const index = next.get(table) ?? 0;
    const id = pools.get(table)![index];
    if (id === undefined) throw new Error(`internal error: more ${table} rows than ids allocated`);
    next.set(table, index + 1);
    return id;
  };
}

function countEvidence(dataset: Dataset): number {
  const lengthOf = (records: { evidence?: readonly EvidenceRecord[] }[]) =>
    records.reduce((sum, record) => sum + (record.evidence?.length ?? 0), 0);
  const basesOf = (bases: Parameters<typeof basisEvidence>[0][]) =>
    bases.reduce((sum, basis) => sum + basisEvidence(basis).length, 0);
  return (
    lengthOf(dataset.outlets) +
    lengthOf(dataset.people) +
    lengthOf(dataset.organizations) +
    lengthOf(dataset.documents) +
    basesOf(dataset.documents.map((document) => document.outletBasis)) +
    lengthOf(dataset.events) +
    basesOf(dataset.events.map((event) => datedFact(event.date)?.basis)) +
    lengthOf(dataset.statements) +
    basesOf(dataset.statements.map((statement) => datedFact(statement.saidOn)?.basis)) +
    dataset.claims.reduce((sum, claim) => sum + claim.appearances.length + lengthOf(claim.claimants), 0) +
    dataset.relationships.reduce(
      (sum, relationship) =>
        sum +
        lengthOf(relationship.states) +
        basesOf(
          relationship.states.flatMap((state) => [
            state.basis,
            datedFact(state.start)?.basis,
            datedFact(state.end)?.basis,
          ]),
        ),
      0,
    )
  );
}

function countRecords(dataset: Dataset): number {
  return (
    dataset.outlets.length +
    dataset.people.length +
    dataset.organizations.length +
    dataset.documents.length +
    dataset.events.length +
    dataset.statements.length +
    dataset.claims.length +
    (dataset.reviews ?? []).length +
    dataset.relationships.length +
    (dataset.factChecks ?? []).length
  );
}

export async function writeDataset(
  tx: SqlExecutor,
  backend: SqlBackend,
  dataset: Dataset,
  heldTexts: ReadonlyMap<string, string>,
  author: ChangeAuthor,
  merges: readonly EntityMergeWrite[] = [],
): Promise<DatasetWriteSummary> {
  const entityRecords = [
    ...dataset.outlets.map((r) => ({ ...r, type: 'OUTLET' as const, description: undefined, sameAs: undefined })),
    ...dataset.people.map((r) => ({ ...r, type: 'PERSON' as const, kind: null, url: undefined })),
    ...dataset.organizations.map((r) => ({
      ...r,
      type: 'ORGANIZATION' as const,
      description: undefined,
      sameAs: undefined,
    })),
  ];
  const nextId = await allocateIds(tx, backend, {
    entities: entityRecords.length,
    documents: dataset.documents.length,
    events: dataset.events.length,
    statements: dataset.statements.length,
    claims: dataset.claims.length,
    claim_claimants: dataset.claims.reduce((sum, claim) => sum + claim.claimants.length, 0),
    reviews: (dataset.reviews ?? []).length,
    relationships: dataset.relationships.length,
    relationship_states: dataset.relationships.reduce((sum, r) => sum + r.states.length, 0),
    published_fact_checks: (dataset.factChecks ?? []).length,
    evidence: countEvidence(dataset) + merges.reduce((sum, merge) => sum + merge.evidence.length, 0),
    changes: countRecords(dataset) + merges.length,
  });
  const stored = await storedReferences(tx, backend.dialect, referencedSlugs(dataset, merges));

  const inserted: Record<string, number> = {};
  const count = (what: string) => (inserted[what] = (inserted[what] ?? 0) + 1);
  const ids = new Map<string, number>();
  const created: DatasetWriteSummary['created'] = [];
  const idOf = (slug: string): number => {
    const id = ids.get(slug) ?? stored.ids.get(slug);
    if (id === undefined) throw new Error(`dataset refers to unknown slug "${slug}"`);
    return id;
  };
  const optionalId = (slug: string | undefined): number | null => (slug === undefined ? null : idOf(slug));

  const now = new Date().toISOString();
  const tables = datasetTables();
  const registerSlug = (slug: string, table: NodeTable, id: number, record: object) => {
    tables.slugs.add(slug, table);
    ids.set(slug, id);
    count(table);
    created.push({ slug, table, id });
    const summary = `${author.action === 'IMPORT' ? 'imported' : 'created'} ${table} ${slug}`;
    const after = JSON.stringify(record);
    tables.changes.add(nextId('changes'), now, author.actor, author.action, table, id, slug, null, after, summary);
  };

  const texts = new Map<number, CodePointText>();
  const textOf = (documentId: number): CodePointText | undefined => {
    if (!texts.has(documentId)) {
      const storedText = stored.documentTexts.get(documentId);
      if (storedText !== undefined) texts.set(documentId, new CodePointText(storedText));
    }
    return texts.get(documentId);
  };
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
      const id = nextId('evidence');
      const { start, end, exact } = record;
      const { prefix, suffix } = context;
      tables.evidence.add(id, documentId, start, end, exact, prefix, suffix, ownerKind, ownerId, position);
      return id;
    });

  const entityIds: Array<[number, (typeof entityRecords)[number]]> = [];
  for (const record of entityRecords) {
    const id = nextId('entities');
    const { slug, type, name, kind } = record;
    tables.entities.add(id, slug, type, name, sortableText(name), kind, record.description ?? null, record.url ?? null);
    registerSlug(record.slug, 'entity', id, record);
    entityIds.push([id, record]);
    // The first of several names that normalise alike is kept (a slug and a name like "twitter" and "Twitter").
    const seen = new Set<string>();
    [record.slug, record.name, ...(record.aliases ?? [])].forEach((name, position) => {
      const norm = sortableText(name);
      if (seen.has(norm)) return;
      seen.add(norm);
      tables.entityNames.add(id, name, norm, position >= 2, position);
    });
    for (const entry of record.sameAs ?? []) {
      tables.sameAs.add(id, entry.uri, entry.source.url, entry.source.title, entry.source.accessed ?? null);
    }
  }

  // A document's outlet basis may cite any document of the dataset: all their ids are known before any row is made.
  for (const record of dataset.documents) ids.set(record.slug, nextId('documents'));
  for (const record of dataset.documents) {
    const text = heldTexts.get(record.slug) ?? null;
    const indexed = text === null ? null : new CodePointText(text);
    const id = idOf(record.slug);
    tables.documents.add(
      id,
      record.slug,
      record.title,
      sortableText(record.title),
      record.url ?? null,
      optionalId(record.outlet),
      record.published ?? null,
      text,
      text === null ? null : sha256Hex(text),
      indexed?.length ?? null,
      record.headline ?? null,
      basisJson(record.outletBasis, idOf),
      JSON.stringify(record.unknown ?? []),
    );
    registerSlug(record.slug, 'document', id, record);
    if (indexed) texts.set(id, indexed);
  }
  // Evidence can point into any held document, so it is resolved once all documents are known.
  for (const [id, record] of entityIds) addEvidence(record.evidence, 'entity', id);
  for (const record of dataset.documents) {
    const id = idOf(record.slug);
    addEvidence(record.evidence, 'document', id);
    addEvidence(basisEvidence(record.outletBasis), 'document_outlet', id);
  }
  for (const merge of merges) {
    addEvidence(merge.evidence, 'entity', merge.existingId);
    const summary = `merged imported entity ${merge.importedSlug} into ${merge.existingSlug}`;
    const { existingId, existingSlug } = merge;
    const after = JSON.stringify(merge.record);
    const id = nextId('changes');
    tables.changes.add(id, now, author.actor, 'MERGE', 'entity', existingId, existingSlug, null, after, summary);
    count('merged');
  }

  for (const record of dataset.events) {
    const id = nextId('events');
    const { slug, kind, title } = record;
    const date = datedFact(record.date);
    tables.events.add(
      id,
      slug,
      kind,
      title,
      date?.date ?? null,
      optionalDateSortKey(date?.date),
      date?.knownBy ?? false,
      basisJson(date?.basis, idOf),
      optionalId(record.outlet),
    );
    registerSlug(record.slug, 'event', id, record);
    (record.participants ?? []).forEach((slug, position) => tables.participants.add(id, idOf(slug), position));
    addEvidence(record.evidence, 'event', id);
    addEvidence(basisEvidence(date?.basis), 'event_date', id);
  }

  for (const record of dataset.statements) {
    const saidOn = datedFact(record.saidOn);
    const range = saidOn ? partialDateDayRange(parsePartialDate(saidOn.date)) : null;
    const id = nextId('statements');
    tables.statements.add(
      id,
      record.slug,
      idOf(record.speaker),
      record.voice,
      record.quote,
      record.isDirectQuote,
      record.attributionConfidence,
      JSON.stringify(record.completions ?? []),
      saidOn?.date ?? null,
      optionalDateSortKey(saidOn?.date),
      range?.firstDay ?? null,
      range?.lastDay ?? null,
      saidOn?.knownBy ?? false,
      basisJson(saidOn?.basis, idOf),
      optionalId(record.occasion),
      foldText(record.quote),
    );
    registerSlug(record.slug, 'statement', id, record);
    record.mentions.forEach(({ entity, stance }, position) => tables.mentions.add(id, idOf(entity), stance, position));
    addEvidence(record.evidence, 'statement', id);
    addEvidence(basisEvidence(saidOn?.basis), 'statement_said_on', id);
  }
  for (const record of dataset.statements) {
    for (const target of record.respondsTo ?? []) tables.responses.add(idOf(record.slug), idOf(target));
  }

  for (const record of dataset.claims) {
    const id = nextId('claims');
    tables.claims.add(id, record.slug, record.text, record.status, JSON.stringify(record.completions ?? []));
    registerSlug(record.slug, 'claim', id, record);
    record.claimants.forEach((claimant, position) => {
      const claimantId = nextId('claim_claimants');
      tables.claimants.add(claimantId, id, position, idOf(claimant.entity), optionalId(claimant.reportedBy));
      addEvidence(claimant.evidence, 'claim_claimant', claimantId);
    });
    record.about.forEach((slug, position) => tables.about.add(id, idOf(slug), position));
    record.appearances.forEach((appearance, position) => {
      const [evidenceId] = addEvidence([appearance.evidence], null, null);
      tables.appearances.add(id, optionalId(appearance.statement), evidenceId, position);
    });
  }
  for (const record of dataset.statements) {
    for (const claim of record.disputes ?? []) tables.disputes.add(idOf(record.slug), idOf(claim));
  }

  for (const record of dataset.reviews ?? []) {
    const id = nextId('reviews');
    tables.reviews.add(
      id,
      record.slug,
      idOf(record.claim),
      record.ratingValue,
      record.ratingLabel,
      record.explanation,
      record.reviewer,
      new Date(record.reviewedAt).toISOString(),
      JSON.stringify(record.sources),
    );
    registerSlug(record.slug, 'review', id, record);
  }

  for (const record of dataset.relationships) {
    const id = nextId('relationships');
    tables.relationships.add(id, record.slug, record.type, idOf(record.from), idOf(record.to));
    registerSlug(record.slug, 'relationship', id, record);
    record.states.forEach((state, position) => {
      const stateId = nextId('relationship_states');
      const [start, end] = [datedFact(state.start), datedFact(state.end)];
      tables.states.add(
        stateId,
        id,
        position,
        state.status,
        basisJson(state.basis, idOf),
        start?.date ?? null,
        start?.knownBy ?? false,
        basisJson(start?.basis, idOf),
        end?.date ?? null,
        end?.knownBy ?? false,
        basisJson(end?.basis, idOf),
      );
      addEvidence(state.evidence, 'relationship_state', stateId);
      addEvidence(basisEvidence(state.basis), 'relationship_state_basis', stateId);
      addEvidence(basisEvidence(start?.basis), 'relationship_state_start', stateId);
      addEvidence(basisEvidence(end?.basis), 'relationship_state_end', stateId);
    });
  }

  const factChecks = factCheckTable();
  for (const record of dataset.factChecks ?? []) {
    const id = nextId('published_fact_checks');
    factChecks.add(
      id,
      record.slug,
      idOf(record.claim),
      idOf(record.publisher),
      record.url ?? null,
      record.headline ?? null,
      record.textualRating ?? null,
      record.ratingValue ?? null,
      record.reviewedOn ?? null,
      record.claimDate ?? null,
      record.languageCode ?? null,
      JSON.stringify(record.claimantNames ?? []),
      JSON.stringify(record.appearanceUrls ?? []),
      idOf(record.record),
    );
    registerSlug(record.slug, 'factCheck', id, record);
  }

  // published fact-checks last: they refer to claims, entities and documents
  for (const rows of [...Object.values(tables), factChecks]) {
    if (rows.rows.length > 0) await backend.insertRows(tx, rows);
  }
  const reviewedClaims = [...new Set((dataset.reviews ?? []).map((review) => idOf(review.claim)))];
  await updateClaimStatuses(tx, backend, reviewedClaims, author, now);
  return { inserted, created };
}
