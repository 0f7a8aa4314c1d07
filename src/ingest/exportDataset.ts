/**
 * The whole graph as a dataset (the import format, DATASET_FORMAT): every current record, read through the Store's
 * pages and batched reads, turned back into the records `importDataset` takes, so that importing the export into an
 * empty database rebuilds the same graph.
 *
 * Records are listed in the order they were recorded (ascending internal id), each collection on its own, and an
 * import writes them in that order. So a database filled by one import (the seeded fixture) comes back with the
 * same internal ids, and so the same Relay cursors; after several imports, each of which writes its outlets, then
 * its people, then its organizations, entities may come back with other ids. Either way, exporting the imported
 * copy gives the same file again.
 *
 * What the format cannot carry is left out: retracted records, the change history, the record of entity merges (a
 * merged entity is exported as it is now, with all its evidence), tokens. Where a retracted record is bound up with
 * a kept one: a statement's responses to and disputes of left-out records are dropped; a claim's appearances in
 * retracted statements are dropped, and a claim left with none is left out (with its reviews) unless a current
 * published fact-check checks it; a retracted document that kept records still point into is kept, since their
 * evidence needs its text. The last two come with a note. Fact-checks published by others go in `factChecks`,
 * with their claims (which have no appearance), publishers and held records.
 */
import {
  DATASET_FORMAT,
  type BasisRecord,
  type CitedSource,
  type ClaimRecord,
  type Dataset,
  type DatedFactRecord,
  type DocumentRecord,
  type EditorialCompletion,
  type EventRecord,
  type EvidenceRecord,
  type FactCheckRecord,
  type OrganizationKind,
  type OrganizationRecord,
  type OutletKind,
  type OutletRecord,
  type PersonRecord,
  type RelationshipRecord,
  type ReviewRecord,
  type StatementRecord,
} from '../domain/dataset.js';
import type {
  BasisRow,
  CitedSourceRow,
  ClaimRow,
  CompletionRow,
  DocumentRow,
  EntityRow,
  EntityType,
  EvidenceOwnerKind,
  EvidenceRow,
  PublishedFactCheckRow,
  RelationshipRow,
  StatementRow,
} from '../store/rows.js';
import type { Page, PageQuery, Store } from '../store/store.js';

/** How many rows one page read or one batched read asks for. */
const BATCH = 500;

export interface ExportedDataset {
  /** the dataset, its held documents' `textFile` named by `textFileOf` */
  dataset: Dataset;
  /** held document slug -> its text */
  heldTexts: Map<string, string>;
  /** what the export kept or left out that the reader should know, one line each */
  notes: string[];
}

/** Every row of a paged list, page after page. */
async function allRows<T>(pageOf: (page: PageQuery) => Promise<Page<T>>): Promise<T[]> {
  const rows: T[] = [];
  let after: PageQuery['after'];
  for (;;) {
    const page = await pageOf({ limit: BATCH, after, fromEnd: false });
    rows.push(...page.rows.map((entry) => entry.row));
    if (!page.hasMore || page.rows.length === 0) return rows;
    after = page.rows[page.rows.length - 1].position;
  }
}

/** A batched read over many keys, asked in slices of BATCH keys; results in key order. */
async function batched<K, T>(keys: readonly K[], read: (slice: readonly K[]) => Promise<T[]>): Promise<T[]> {
  const results: T[] = [];
  for (let at = 0; at < keys.length; at += BATCH) results.push(...(await read(keys.slice(at, at + BATCH))));
  return results;
}

const byId = <T extends { id: number }>(rows: T[]): T[] => [...rows].sort((a, b) => a.id - b.id);

/** Evidence of many owners of one kind, keyed by owner id. */
async function evidenceOf(
  store: Store,
  kind: EvidenceOwnerKind,
  ids: readonly number[],
): Promise<Map<number, EvidenceRow[]>> {
  const lists = await batched(ids, (slice) => store.evidenceByOwners(slice.map((id) => ({ kind, id }))));
  return new Map(ids.map((id, index) => [id, lists[index]]));
}

/** Rows of a batched read, keyed by the id asked for. */
async function keyed<T>(
  ids: readonly number[],
  read: (slice: readonly number[]) => Promise<T[]>,
): Promise<Map<number, T>> {
  const results = await batched(ids, read);
  return new Map(ids.map((id, index) => [id, results[index]]));
}

function citedSource(row: CitedSourceRow): CitedSource {
  return { url: row.url, title: row.title, ...(row.accessed === null ? {} : { accessed: row.accessed }) };
}

function completions(rows: CompletionRow[]): { completions?: EditorialCompletion[] } {
  return rows.length === 0 ? {} : { completions: rows.map(({ text, reason }) => ({ text, reason })) };
}

/** Slugs of the records every other record refers to by internal id. */
class SlugIndex {
  private readonly slugs = new Map<string, Map<number, string>>();

  add(table: string, rows: readonly { id: number; slug: string }[]): void {
    const map = this.slugs.get(table) ?? new Map<number, string>();
    for (const row of rows) map.set(row.id, row.slug);
    this.slugs.set(table, map);
  }

  has(table: string, id: number): boolean {
    return this.slugs.get(table)?.has(id) ?? false;
  }

  of(table: string, id: number): string {
    const slug = this.slugs.get(table)?.get(id);
    if (slug === undefined) throw new Error(`internal error: no exported ${table} has id ${id}`);
    return slug;
  }
}

export async function exportDataset(
  store: Store,
  textFileOf: (documentSlug: string) => string,
): Promise<ExportedDataset> {
  const notes: string[] = [];
  const slugs = new SlugIndex();

  // --- the records, current ones only, in the order recorded ----------------------------------------------------
  const entitiesOf = (type: EntityType) => allRows((page) => store.entityPage(type, 'ASC', page)).then(byId);
  const [people, outlets, organizations] = await Promise.all([
    entitiesOf('PERSON'),
    entitiesOf('OUTLET'),
    entitiesOf('ORGANIZATION'),
  ]);
  const entities = [...people, ...outlets, ...organizations];
  slugs.add('entity', entities);
  const events = byId(await allRows((page) => store.eventPage('ASC', page)));
  slugs.add('event', events);
  const statements = byId(await allRows((page) => store.statementPage({ filter: {}, order: 'SAID_ON_ASC', page })));
  slugs.add('statement', statements);
  let claims = byId(await allRows((page) => store.claimPage({}, 'ASC', page)));
  const relationships = byId(await allRows((page) => store.relationshipPage({}, 'ASC', page)));
  const currentDocuments = await allRows((page) => store.documentPage('ASC', page));

  // --- claims: appearances in retracted statements go, and a claim left without any appearance with them ----------
  const claimIds = claims.map((claim) => claim.id);
  const [appearances, factChecksOfClaims] = await Promise.all([
    keyed(claimIds, (slice) => store.appearancesByClaimIds(slice)),
    keyed(claimIds, (slice) => store.factChecksByClaimIds(slice)),
  ]);
  // A claim imported from a fact-check published by others has no appearance (the fact-checker quotes the claim, it
  // does not make it): it is kept with its current fact-check. One whose fact-check was retracted has nothing left
  // to show where it comes from; those are counted in one note, since an import brings thousands.
  const isFactChecked = (claim: ClaimRow) => factChecksOfClaims.get(claim.id)!.length > 0;
  const unsourced = claims.filter((claim) => appearances.get(claim.id)!.length === 0 && !isFactChecked(claim));
  if (unsourced.length > 0) {
    notes.push(
      `left out ${unsourced.length} claim(s) with neither an appearance nor a current published fact-check ` +
        `(their fact-check was retracted), e.g. ${unsourced[0].slug}`,
    );
  }
  for (const claim of claims) {
    const all = appearances.get(claim.id)!;
    if (all.length === 0) continue;
    const kept = all.filter(
      (appearance) => appearance.statementId === null || slugs.has('statement', appearance.statementId),
    );
    appearances.set(claim.id, kept);
    if (kept.length === 0 && !isFactChecked(claim))
      notes.push(`left out claim ${claim.slug}: every statement it appeared in is retracted`);
    else if (kept.length < all.length)
      notes.push(`left out ${all.length - kept.length} appearance(s) of claim ${claim.slug} in retracted statements`);
  }
  claims = claims.filter((claim) => appearances.get(claim.id)!.length > 0 || isFactChecked(claim));
  slugs.add('claim', claims);
  const factCheckRows = byId(claims.flatMap((claim) => factChecksOfClaims.get(claim.id)!));

  // --- everything the records carry, in batched reads --------------------------------------------------------------
  const entityIds = entities.map((entity) => entity.id);
  const eventIds = events.map((event) => event.id);
  const statementIds = statements.map((statement) => statement.id);
  const keptClaimIds = claims.map((claim) => claim.id);
  const relationshipIds = relationships.map((relationship) => relationship.id);
  const [aliases, sameAs, participants, mentions, respondsTo, disputes, claimants, about, reviews, states] =
    await Promise.all([
      keyed(entityIds, (slice) => store.aliasesByEntityIds(slice)),
      keyed(entityIds, (slice) => store.sameAsByEntityIds(slice)),
      keyed(eventIds, (slice) => store.participantIdsByEventIds(slice)),
      keyed(statementIds, (slice) => store.mentionsByStatementIds(slice)),
      keyed(statementIds, (slice) => store.respondedToByStatementIds(slice)),
      keyed(statementIds, (slice) => store.disputedClaimsByStatementIds(slice)),
      keyed(keptClaimIds, (slice) => store.claimantsByClaimIds(slice)),
      keyed(keptClaimIds, (slice) => store.aboutIdsByClaimIds(slice)),
      keyed(keptClaimIds, (slice) => store.reviewsByClaimIds(slice)),
      keyed(relationshipIds, (slice) => store.statesByRelationshipIds(slice)),
    ]);
  const reviewRows = byId([...reviews.values()].flat());
  slugs.add('review', reviewRows);
  const claimantIds = [...claimants.values()].flat().map((claimant) => claimant.id);
  const stateIds = [...states.values()].flat().map((state) => state.id);

  const evidence = {
    entity: await evidenceOf(store, 'entity', entityIds),
    event: await evidenceOf(store, 'event', eventIds),
    eventDate: await evidenceOf(store, 'event_date', eventIds),
    statement: await evidenceOf(store, 'statement', statementIds),
    statementSaidOn: await evidenceOf(store, 'statement_said_on', statementIds),
    claimant: await evidenceOf(store, 'claim_claimant', claimantIds),
    state: await evidenceOf(store, 'relationship_state', stateIds),
    stateBasis: await evidenceOf(store, 'relationship_state_basis', stateIds),
    stateStart: await evidenceOf(store, 'relationship_state_start', stateIds),
    stateEnd: await evidenceOf(store, 'relationship_state_end', stateIds),
  };

  // --- documents: the current ones, and any retracted one that what is kept still points into -------------------
  const documents = new Map(currentDocuments.map((document) => [document.id, document]));
  let documentEvidence: Map<number, EvidenceRow[]> = new Map();
  let outletEvidence: Map<number, EvidenceRow[]> = new Map();
  for (;;) {
    const ids = [...documents.keys()];
    documentEvidence = await evidenceOf(store, 'document', ids);
    outletEvidence = await evidenceOf(store, 'document_outlet', ids);
    const pointedInto = new Set<number>();
    const spans = [
      ...Object.values(evidence).flatMap((map) => [...map.values()].flat()),
      ...[...documentEvidence.values(), ...outletEvidence.values()].flat(),
      ...[...appearances.values()].flat().map((appearance) => appearance.evidence),
    ];
    for (const span of spans) pointedInto.add(span.documentId);
    for (const factCheck of factCheckRows) pointedInto.add(factCheck.recordDocumentId);
    const bases = [
      ...events.map((event) => event.dateBasis),
      ...statements.map((statement) => statement.saidOnBasis),
      ...[...documents.values()].map((document) => document.outletBasis),
      ...[...states.values()].flat().flatMap((state) => [state.basis, state.startBasis, state.endBasis]),
    ];
    for (const basis of bases) for (const id of basis?.documentIds ?? []) pointedInto.add(id);
    const missing = [...pointedInto].filter((id) => !documents.has(id));
    if (missing.length === 0) break;
    for (const row of await batched(missing, (slice) => store.documentsByIds(slice))) {
      if (row === null) throw new Error('internal error: evidence points into a document that is not stored');
      documents.set(row.id, row);
      notes.push(`kept retracted document ${row.slug}: current records still point into it`);
    }
  }
  const documentRows = byId([...documents.values()]);
  slugs.add('document', documentRows);

  // --- the records as the format writes them ----------------------------------------------------------------------
  const span = (row: EvidenceRow): EvidenceRecord => ({
    document: slugs.of('document', row.documentId),
    start: row.start,
    end: row.end,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
  });
  const spans = (rows: EvidenceRow[] | undefined): EvidenceRecord[] => (rows ?? []).map(span);
  const basis = (row: BasisRow, rows: EvidenceRow[] | undefined): BasisRecord => {
    switch (row.kind) {
      case 'STATED':
        return rows && rows.length > 0 ? { kind: 'STATED', evidence: spans(rows) } : { kind: 'STATED' };
      case 'INFERRED':
        return { kind: 'INFERRED', reason: row.reason ?? '', evidence: spans(rows) };
      case 'EXTERNAL':
        return {
          kind: 'EXTERNAL',
          ...(row.sources.length === 0 ? {} : { sources: row.sources.map(citedSource) }),
          ...(row.documentIds.length === 0 ? {} : { documents: row.documentIds.map((id) => slugs.of('document', id)) }),
        };
    }
  };
  /** A bare date when it is STATED by the record's evidence and not only known-by, else the full fact. */
  const datedFact = (
    date: string | null,
    knownBy: boolean,
    basisRow: BasisRow | null,
    rows: EvidenceRow[] | undefined,
  ): DatedFactRecord | undefined => {
    if (date === null) return undefined;
    if (!knownBy && basisRow === null) return date;
    return { date, ...(knownBy ? { knownBy } : {}), ...(basisRow === null ? {} : { basis: basis(basisRow, rows) }) };
  };
  const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
    (value === null || value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
  const nonEmpty = <K extends string, V>(key: K, values: V[]) =>
    (values.length === 0 ? {} : { [key]: values }) as Partial<Record<K, V[]>>;

  const heldTexts = new Map<string, string>();
  const documentRecord = (row: DocumentRow): DocumentRecord => {
    if (row.text !== null) heldTexts.set(row.slug, row.text);
    return {
      slug: row.slug,
      title: row.title,
      ...optional('headline', row.headline),
      ...optional('url', row.url),
      ...optional('outlet', row.outletId === null ? null : slugs.of('entity', row.outletId)),
      ...optional('outletBasis', row.outletBasis && basis(row.outletBasis, outletEvidence.get(row.id))),
      ...optional('published', row.published),
      ...nonEmpty(
        'unknown',
        row.unknownFacts.map(({ field, reason }) => ({ field, reason })),
      ),
      ...(row.text === null ? {} : { textFile: textFileOf(row.slug), sha256: row.sha256 ?? '' }),
      ...nonEmpty('evidence', spans(documentEvidence.get(row.id))),
    };
  };
  const entityCommon = (row: EntityRow) => ({ slug: row.slug, name: row.name });
  const personRecord = (row: EntityRow): PersonRecord => ({
    ...entityCommon(row),
    ...nonEmpty('aliases', aliases.get(row.id)!),
    ...optional('description', row.description),
    ...nonEmpty(
      'sameAs',
      sameAs.get(row.id)!.map((entry) => ({ uri: entry.uri, source: citedSource(entry.source) })),
    ),
    evidence: spans(evidence.entity.get(row.id)),
  });
  const outletRecord = (row: EntityRow): OutletRecord => ({
    ...entityCommon(row),
    kind: row.kind as OutletKind,
    ...nonEmpty('aliases', aliases.get(row.id)!),
    ...optional('url', row.url),
    evidence: spans(evidence.entity.get(row.id)),
  });
  const organizationRecord = (row: EntityRow): OrganizationRecord => ({
    ...entityCommon(row),
    kind: row.kind as OrganizationKind,
    ...nonEmpty('aliases', aliases.get(row.id)!),
    ...optional('url', row.url),
    evidence: spans(evidence.entity.get(row.id)),
  });
  const eventRecord = (row: (typeof events)[number]): EventRecord => ({
    slug: row.slug,
    kind: row.kind,
    title: row.title,
    ...optional('date', datedFact(row.date, row.dateKnownBy, row.dateBasis, evidence.eventDate.get(row.id))),
    ...nonEmpty(
      'participants',
      participants.get(row.id)!.map((id) => slugs.of('entity', id)),
    ),
    ...optional('outlet', row.outletId === null ? null : slugs.of('entity', row.outletId)),
    evidence: spans(evidence.event.get(row.id)),
  });
  const statementRecord = (row: StatementRow): StatementRecord => ({
    slug: row.slug,
    speaker: slugs.of('entity', row.speakerId),
    voice: row.voice,
    quote: row.quote,
    isDirectQuote: row.isDirectQuote,
    attributionConfidence: row.attributionConfidence,
    ...completions(row.completions),
    ...optional(
      'saidOn',
      datedFact(row.saidOn, row.saidOnKnownBy, row.saidOnBasis, evidence.statementSaidOn.get(row.id)),
    ),
    ...optional('occasion', row.occasionId === null ? null : slugs.of('event', row.occasionId)),
    mentions: mentions.get(row.id)!.map((mention) => ({
      entity: slugs.of('entity', mention.entityId),
      stance: mention.stance,
    })),
    ...nonEmpty('disputes', slugsOfKept('claim', disputes.get(row.id)!)),
    ...nonEmpty('respondsTo', slugsOfKept('statement', respondsTo.get(row.id)!)),
    evidence: spans(evidence.statement.get(row.id)),
  });
  /** Linked records that are exported, in the order recorded. */
  function slugsOfKept(table: string, rows: readonly { id: number }[]): string[] {
    const ids = rows.map((row) => row.id).filter((id) => slugs.has(table, id));
    return ids.sort((a, b) => a - b).map((id) => slugs.of(table, id));
  }
  const claimRecord = (row: ClaimRow): ClaimRecord => ({
    slug: row.slug,
    text: row.text,
    claimants: claimants.get(row.id)!.map((claimant) => ({
      entity: slugs.of('entity', claimant.entityId),
      ...optional('reportedBy', claimant.reportedById === null ? null : slugs.of('entity', claimant.reportedById)),
      evidence: spans(evidence.claimant.get(claimant.id)),
    })),
    ...completions(row.completions),
    about: about.get(row.id)!.map((id) => slugs.of('entity', id)),
    status: row.status,
    appearances: appearances.get(row.id)!.map((appearance) => ({
      ...optional('statement', appearance.statementId === null ? null : slugs.of('statement', appearance.statementId)),
      evidence: span(appearance.evidence),
    })),
  });
  const reviewRecord = (row: (typeof reviewRows)[number]): ReviewRecord => ({
    slug: row.slug,
    claim: slugs.of('claim', row.claimId),
    ratingValue: row.ratingValue,
    ratingLabel: row.ratingLabel,
    explanation: row.explanation,
    reviewer: row.reviewer,
    reviewedAt: row.reviewedAt,
    sources: row.sources.map(citedSource),
  });
  const relationshipRecord = (row: RelationshipRow): RelationshipRecord => ({
    slug: row.slug,
    type: row.type,
    from: slugs.of('entity', row.fromId),
    to: slugs.of('entity', row.toId),
    states: states.get(row.id)!.map((state) => ({
      status: state.status,
      basis: basis(state.basis, evidence.stateBasis.get(state.id)),
      ...optional(
        'start',
        datedFact(state.start, state.startKnownBy, state.startBasis, evidence.stateStart.get(state.id)),
      ),
      ...optional('end', datedFact(state.end, state.endKnownBy, state.endBasis, evidence.stateEnd.get(state.id))),
      evidence: spans(evidence.state.get(state.id)),
    })),
  });

  const factCheckRecord = (row: PublishedFactCheckRow): FactCheckRecord => ({
    slug: row.slug,
    claim: slugs.of('claim', row.claimId),
    publisher: slugs.of('entity', row.publisherId),
    record: slugs.of('document', row.recordDocumentId),
    ...optional('url', row.url),
    ...optional('headline', row.headline),
    ...optional('textualRating', row.textualRating),
    ...optional('ratingValue', row.ratingValue),
    ...optional('reviewedOn', row.reviewedOn),
    ...optional('claimDate', row.claimDate),
    ...optional('languageCode', row.languageCode),
    ...nonEmpty('claimantNames', row.claimantNames),
    ...nonEmpty('appearanceUrls', row.appearanceUrls),
  });

  const dataset: Dataset = {
    format: DATASET_FORMAT,
    documents: documentRows.map(documentRecord),
    people: people.map(personRecord),
    outlets: outlets.map(outletRecord),
    organizations: organizations.map(organizationRecord),
    events: events.map(eventRecord),
    statements: statements.map(statementRecord),
    claims: claims.map(claimRecord),
    reviews: reviewRows.map(reviewRecord),
    relationships: relationships.map(relationshipRecord),
    // left out when empty, so that a graph without any is exported as before
    ...nonEmpty('factChecks', factCheckRows.map(factCheckRecord)),
  };
  return { dataset, heldTexts, notes };
}
