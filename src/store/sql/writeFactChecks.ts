/**
 * Writes fact-checks published by other organizations (see factCheckImport.ts), all in one transaction: each item's
 * record (a held document), its claim, its publisher and typed claimants (found by name, else created), and the
 * published_fact_checks row, each logged in `changes`.
 *
 * Idempotent by slug: an item whose fact-check exists with the same record text is left alone; one whose record
 * changed (a new rating, headline or claim text) is updated in place, keeping its slugs and ids. New rows are
 * collected in memory and written a table at a time (backend.insertRows), and everything already stored is looked
 * up in a few statements over the whole batch, so a file of ten thousand rows costs a handful of round-trips.
 */
import { sortableText } from '../../domain/foldText.js';
import { CodePointText, EVIDENCE_CONTEXT_WIDTH, sha256Hex, spanContext } from '../../domain/spans.js';
import type { FactCheckImportSummary, FactCheckWrite, FactCheckWriteResult, RecordSpan } from '../factCheckImport.js';
import type { EntityType } from '../rows.js';
import type { ChangeAuthor, NodeTable } from '../store.js';
import { datasetTables } from './datasetTables.js';
import type { SqlExecutor } from './dialect.js';
import type { SqlBackend } from './sqlBackend.js';
import { SqlParams } from './sqlParams.js';
import { TableRows } from './tableRows.js';

/** The stored fact-check an item may update: what the comparison and the update need. */
interface StoredFactCheck {
  id: number;
  claimId: number;
  documentId: number;
  recordText: string;
  claimText: string;
  /** the normalised rating, which the record's text (the feed's own words) does not show */
  ratingValue: number | null;
  snapshot: Record<string, unknown>;
}

/** An entity as a name lookup finds it. */
interface FoundEntity {
  id: number;
  type: EntityType;
}

/** How many slug suffixes ("-2" .. "-N") are tried per round before asking the database again. */
const SLUG_SUFFIXES_PER_ROUND = 20;

/** The published_fact_checks rows of a write (here, and a dataset's in writeDataset.ts). */
export function factCheckTable() {
  return new TableRows('published_fact_checks', [
    ['id', 'bigint'],
    ['slug', 'text'],
    ['claim_id', 'bigint'],
    ['publisher_id', 'bigint'],
    ['url', 'text'],
    ['headline', 'text'],
    ['textual_rating', 'text'],
    ['rating_value', 'double precision'],
    ['reviewed_on', 'text'],
    ['claim_date', 'text'],
    ['language_code', 'text'],
    ['claimant_names', 'json'],
    ['appearance_urls', 'json'],
    ['record_document_id', 'bigint'],
  ]);
}

/** The fields of a fact-check the history shows before and after a change. */
function snapshotOf(item: FactCheckWrite): Record<string, unknown> {
  return {
    url: item.url,
    headline: item.headline,
    textualRating: item.textualRating,
    ratingValue: item.ratingValue,
    reviewedOn: item.reviewedOn,
    claimDate: item.claimDate,
    languageCode: item.languageCode,
    claimText: item.claimText,
    publisher: item.publisher.name,
    claimantNames: item.claimantNames,
    appearanceUrls: item.appearanceUrls,
  };
}

export async function writeFactChecks(
  backend: SqlBackend,
  items: readonly FactCheckWrite[],
  author: ChangeAuthor,
): Promise<FactCheckImportSummary> {
  return backend.transaction(async (tx) => {
    await takeTurnAtWritingSlugs(tx, backend);
    return new FactCheckWriter(tx, backend, author).write(items);
  });
}

/**
 * The writer looks up what is stored (fact-checks by slug, free slugs, entities by name) and then inserts what was
 * missing. On SQLite the transaction already holds the only write lock. On PostgreSQL two imports of the same or
 * overlapping feeds would both find a slug free and one would fail on its unique key, and both would create the same
 * publisher. So the import first takes the slugs table's EXCLUSIVE lock: every write that creates a record registers
 * its slug, so those writers wait for it (readers do not), and under READ COMMITTED each later statement sees what
 * the previous holder committed, which makes concurrent imports end as if run one after the other.
 * Rejected: an advisory lock (it would order imports only among themselves, not against a dataset import taking
 * the same entity slug); INSERT ... ON CONFLICT (rows refer to each other's ids and the entity found by name must
 * be the same one, so a conflict halfway would still need the whole batch redone); SERIALIZABLE with a retry (the
 * same turn-taking, paid for with redone work and a retry limit).
 */
async function takeTurnAtWritingSlugs(tx: SqlExecutor, backend: SqlBackend): Promise<void> {
  const lock = backend.dialect.slugWritersLock;
  if (lock !== null) await tx.run(lock);
}

class FactCheckWriter {
  private readonly tables = datasetTables();
  private readonly factChecks = factCheckTable();
  private readonly now = new Date().toISOString();
  /** entities found or created in this import, by folded name (and by url for publishers) */
  private readonly byName = new Map<string, FoundEntity[]>();
  private readonly byUrl = new Map<string, FoundEntity>();
  private readonly takenSlugs = new Set<string>();
  private readonly problems: FactCheckImportSummary['problems'] = [];
  /** rows to write, counted before their ids are drawn */
  private readonly pendingEntities: {
    slugBase: string;
    type: EntityType;
    name: string;
    url: string | null;
    item: FactCheckWrite;
    span: RecordSpan;
    found: FoundEntity;
  }[] = [];

  constructor(
    private readonly tx: SqlExecutor,
    private readonly backend: SqlBackend,
    private readonly author: ChangeAuthor,
  ) {}

  async write(items: readonly FactCheckWrite[]): Promise<FactCheckImportSummary> {
    const unique = this.withoutRepeats(items);
    const stored = await this.storedFactChecks(unique.map((item) => item.factCheckSlug));
    const results: FactCheckWriteResult[] = [];
    const creates: FactCheckWrite[] = [];
    const updates: [FactCheckWrite, StoredFactCheck][] = [];
    for (const item of unique) {
      const existing = stored.get(item.factCheckSlug);
      if (existing === undefined) creates.push(item);
      else if (existing.recordText === item.record.text && existing.ratingValue === item.ratingValue) {
        results.push({ position: item.position, slug: item.factCheckSlug, outcome: 'unchanged' });
      } else updates.push([item, existing]);
    }
    const accepted = await this.withFreeSlugs(creates);
    // a new entity's slug must not be one these items are about to take
    for (const item of accepted)
      [item.claimSlug, item.recordSlug, item.factCheckSlug].forEach((slug) => this.takenSlugs.add(slug));
    const changed = [...accepted, ...updates.map(([item]) => item)];
    await this.lookUpEntities(changed);

    // Ids are drawn for everything at once; rows refer to each other before any of them is written.
    const publishers = new Map(changed.map((item) => [item, this.publisherOf(item)]));
    const claimants = new Map(changed.map((item) => [item, this.claimantsOf(item)]));
    const claimantCount = [...claimants.values()].reduce((sum, list) => sum + list.length, 0);
    const newEntities = this.pendingEntities.length;
    const next = await this.allocate({
      entities: newEntities,
      documents: accepted.length,
      claims: accepted.length,
      published_fact_checks: accepted.length,
      claim_claimants: claimantCount,
      evidence: newEntities + claimantCount,
      changes: newEntities + 3 * accepted.length + 3 * updates.length,
    });
    await this.reserveEntitySlugs();
    const documentIds = new Map<FactCheckWrite, number>();
    for (const item of accepted) documentIds.set(item, next('documents'));
    for (const [item, existing] of updates) documentIds.set(item, existing.documentId);
    this.addEntities(next, documentIds);

    for (const item of accepted) {
      const documentId = documentIds.get(item)!;
      const claimId = next('claims');
      const factCheckId = next('published_fact_checks');
      this.addDocument(item, documentId);
      this.tables.claims.add(claimId, item.claimSlug, item.claimText, 'UNREVIEWED', '[]');
      this.addClaimants(next, item, claimId, documentId, publishers.get(item)!.id, claimants.get(item)!);
      this.addFactCheck(item, factCheckId, claimId, documentId, publishers.get(item)!.id);
      const created: [NodeTable, number, string, unknown][] = [
        ['document', documentId, item.recordSlug, { title: item.record.title, url: item.url }],
        ['claim', claimId, item.claimSlug, { text: item.claimText }],
        ['factCheck', factCheckId, item.factCheckSlug, snapshotOf(item)],
      ];
      for (const [table, id, slug, record] of created) {
        this.tables.slugs.add(slug, table);
        this.logChange(next, table, id, slug, null, record, `imported ${table} ${slug}`);
      }
      results.push({ position: item.position, slug: item.factCheckSlug, outcome: 'created' });
    }

    // An update's old claimants go before the new rows are written (positions are unique per claim); its rows are
    // updated after, when the entities they may now refer to exist.
    for (const [item, existing] of updates) {
      await this.replaceClaimants(next, item, existing, publishers.get(item)!.id, claimants.get(item)!);
      this.logUpdate(next, item, existing);
      results.push({ position: item.position, slug: item.factCheckSlug, outcome: 'updated' });
    }
    for (const rows of [...Object.values(this.tables), this.factChecks]) {
      if (rows.rows.length > 0) await this.backend.insertRows(this.tx, rows);
    }
    for (const [item, existing] of updates) await this.update(item, existing, publishers.get(item)!.id);
    const order = new Map(items.map((item, index) => [item.position, index]));
    results.sort((a, b) => order.get(a.position)! - order.get(b.position)!);
    return { results, problems: this.problems };
  }

  /** The first item of each fact-check slug; a repeat is a problem of its own. */
  private withoutRepeats(items: readonly FactCheckWrite[]): FactCheckWrite[] {
    const first = new Map<string, FactCheckWrite>();
    for (const item of items) {
      const earlier = first.get(item.factCheckSlug);
      if (earlier === undefined) first.set(item.factCheckSlug, item);
      else {
        const what = item.url === null ? `slug "${item.factCheckSlug}"` : `review url ${item.url}`;
        this.problems.push({
          position: item.position,
          message: `the same fact-check (${what}) as ${earlier.position}`,
        });
      }
    }
    return [...first.values()];
  }

  private async storedFactChecks(slugs: readonly string[]): Promise<Map<string, StoredFactCheck>> {
    const found = new Map<string, StoredFactCheck>();
    if (slugs.length === 0) return found;
    const params = new SqlParams(this.backend.dialect);
    const rows = await this.tx.all(
      `SELECT f.id AS id, f.slug AS slug, f.claim_id AS "claimId", f.record_document_id AS "documentId",
         d.text AS "recordText", c.text AS "claimText", f.headline AS headline, f.textual_rating AS "textualRating",
         f.rating_value AS "ratingValue", f.url AS url
       FROM published_fact_checks f JOIN documents d ON d.id = f.record_document_id JOIN claims c ON c.id = f.claim_id
       WHERE ${params.in('f.slug', slugs, 'text')}`,
      params.values,
    );
    for (const row of rows) {
      found.set(row.slug as string, {
        id: Number(row.id),
        claimId: Number(row.claimId),
        documentId: Number(row.documentId),
        recordText: row.recordText as string,
        claimText: row.claimText as string,
        ratingValue: row.ratingValue === null ? null : Number(row.ratingValue),
        snapshot: {
          headline: row.headline,
          textualRating: row.textualRating,
          ratingValue: row.ratingValue,
          claimText: row.claimText,
        },
      });
    }
    return found;
  }

  /** New items whose claim, record and fact-check slugs are all free; the others are problems. */
  private async withFreeSlugs(items: readonly FactCheckWrite[]): Promise<FactCheckWrite[]> {
    const slugs = items.flatMap((item) => [item.factCheckSlug, item.claimSlug, item.recordSlug]);
    const taken = await this.slugTables(slugs);
    return items.filter((item) => {
      const clash = [item.claimSlug, item.recordSlug, item.factCheckSlug].find((slug) => taken.has(slug));
      if (clash === undefined) return true;
      this.problems.push({
        position: item.position,
        message: `the slug "${clash}" is already used by a ${taken.get(clash)!} of the graph; choose another slug prefix`,
      });
      return false;
    });
  }

  private async slugTables(slugs: readonly string[]): Promise<Map<string, string>> {
    if (slugs.length === 0) return new Map();
    const params = new SqlParams(this.backend.dialect);
    const rows = await this.tx.all(
      `SELECT slug, node_table AS "nodeTable" FROM slugs WHERE ${params.in('slug', slugs, 'text')}`,
      params.values,
    );
    return new Map(rows.map((row) => [row.slug as string, row.nodeTable as string]));
  }

  /** Every entity named by a publisher or claimant of the items (exact name, alias or slug), or by publisher url. */
  private async lookUpEntities(items: readonly FactCheckWrite[]): Promise<void> {
    const names = new Set<string>();
    const urls = new Set<string>();
    for (const item of items) {
      names.add(sortableText(item.publisher.name));
      if (item.publisher.url !== null) urls.add(item.publisher.url);
      for (const claimant of item.claimants) names.add(sortableText(claimant.name));
    }
    if (names.size > 0) {
      const params = new SqlParams(this.backend.dialect);
      const rows = await this.tx.all(
        `SELECT DISTINCT n.name_norm AS norm, e.id AS id, e.type AS type FROM entity_names n
         JOIN entities e ON e.id = n.entity_id WHERE ${params.in('n.name_norm', [...names], 'text')} ORDER BY e.id`,
        params.values,
      );
      for (const row of rows) {
        const list = this.byName.get(row.norm as string) ?? [];
        list.push({ id: Number(row.id), type: row.type as EntityType });
        this.byName.set(row.norm as string, list);
      }
    }
    if (urls.size > 0) {
      const params = new SqlParams(this.backend.dialect);
      const rows = await this.tx.all(
        `SELECT e.url AS url, e.id AS id, e.type AS type FROM entities e
         WHERE e.type <> 'PERSON' AND ${params.in('e.url', [...urls], 'text')} ORDER BY e.id DESC`,
        params.values,
      );
      for (const row of rows) this.byUrl.set(row.url as string, { id: Number(row.id), type: row.type as EntityType });
    }
  }

  /** The publisher: the organization or outlet with its url, else with its name, else a new organization. */
  private publisherOf(item: FactCheckWrite): FoundEntity {
    const { name, url, slugBase, span } = item.publisher;
    const byUrl = url === null ? undefined : this.byUrl.get(url);
    if (byUrl) return byUrl;
    const named = this.byName.get(sortableText(name)) ?? [];
    // a person of the same name is someone else: a fact-checker publishes as an organization or an outlet
    const found =
      named.find((entity) => entity.type === 'ORGANIZATION') ?? named.find((entity) => entity.type === 'OUTLET');
    if (found) return found;
    const created = this.newEntity(item, 'ORGANIZATION', name, url, slugBase, span);
    if (url !== null) this.byUrl.set(url, created);
    return created;
  }

  /**
   * The claimants that become claimant rows: a typed name is the entity of that type with the name (created when
   * there is none); an untyped one only an entity the name alone picks out. Each entity once.
   */
  private claimantsOf(item: FactCheckWrite): { entity: FoundEntity; span: RecordSpan }[] {
    const chosen: { entity: FoundEntity; span: RecordSpan }[] = [];
    for (const claimant of item.claimants) {
      const named = this.byName.get(sortableText(claimant.name)) ?? [];
      let entity: FoundEntity | undefined;
      if (claimant.type === null) entity = named.length === 1 ? named[0] : undefined;
      else {
        entity =
          named.find((candidate) => candidate.type === claimant.type) ??
          (named.length === 1 ? named[0] : undefined) ??
          this.newEntity(item, claimant.type, claimant.name, null, claimant.slugBase, claimant.span);
      }
      // a pending entity's id is a placeholder unique to it, so ids tell entities apart before they are written
      if (entity && !chosen.some((other) => other.entity.id === entity.id)) {
        chosen.push({ entity, span: claimant.span });
      }
    }
    return chosen;
  }

  /** An entity to create; its id is filled in once ids are drawn (ids of new entities are negative until then). */
  private newEntity(
    item: FactCheckWrite,
    type: EntityType,
    name: string,
    url: string | null,
    slugBase: string,
    span: RecordSpan,
  ): FoundEntity {
    const found: FoundEntity = { id: -(this.pendingEntities.length + 1), type };
    this.pendingEntities.push({ slugBase, type, name, url, item, span, found });
    const norm = sortableText(name);
    this.byName.set(norm, [...(this.byName.get(norm) ?? []), found]);
    return found;
  }

  private async allocate(counts: Record<string, number>): Promise<(table: string) => number> {
    const pools = await this.backend.allocateIds(this.tx, counts);
    const used = new Map<string, number>();
    return (table) => {
      const index = used.get(table) ?? 0;
      const id = pools.get(table)?.[index];
      if (id === undefined) throw new Error(`internal error: more ${table} rows than ids allocated`);
      used.set(table, index + 1);
      return id;
    };
  }

  /** Free slugs for the new entities: their base, or the first free "-2", "-3", ... */
  private async reserveEntitySlugs(): Promise<void> {
    let open = this.pendingEntities.filter((entity) => entity.slugBase !== '');
    for (let round = 0; open.length > 0; round++) {
      const candidates = open.map((entity) => this.candidateSlugs(entity.slugBase, round));
      const taken = await this.slugTables(candidates.flat());
      open = open.filter((entity, index) => {
        const free = candidates[index].find((slug) => !taken.has(slug) && !this.takenSlugs.has(slug));
        if (free === undefined) return true;
        this.takenSlugs.add(free);
        entity.slugBase = free;
        return false;
      });
    }
  }

  private candidateSlugs(base: string, round: number): string[] {
    const first = round * SLUG_SUFFIXES_PER_ROUND;
    return Array.from({ length: SLUG_SUFFIXES_PER_ROUND }, (_, index) => first + index + 1).map((n) =>
      n === 1 ? base : `${base}-${n}`,
    );
  }

  private addEntities(next: (table: string) => number, documentIds: ReadonlyMap<FactCheckWrite, number>): void {
    for (const entity of this.pendingEntities) {
      const id = next('entities');
      entity.found.id = id;
      const { slugBase: slug, type, name, url } = entity;
      const kind = type === 'ORGANIZATION' ? 'OTHER' : null;
      this.tables.entities.add(id, slug, type, name, sortableText(name), kind, null, url);
      this.tables.slugs.add(slug, 'entity');
      const norms = new Set<string>();
      [slug, name].forEach((known, position) => {
        const norm = sortableText(known);
        if (norms.has(norm)) return;
        norms.add(norm);
        this.tables.entityNames.add(id, known, norm, false, position);
      });
      this.addEvidence(next, documentIds.get(entity.item)!, entity.item.record.text, entity.span, 'entity', id);
      const record = { type, name, url, kind };
      this.logChange(next, 'entity', id, slug, null, record, `imported entity ${slug} (publisher or claimant)`);
    }
  }

  private addEvidence(
    next: (table: string) => number,
    documentId: number,
    text: string,
    span: RecordSpan,
    ownerKind: 'entity' | 'claim_claimant',
    ownerId: number,
  ): void {
    const indexed = new CodePointText(text);
    const { prefix, suffix } = spanContext(indexed, span.start, span.end, EVIDENCE_CONTEXT_WIDTH);
    const exact = indexed.slice(span.start, span.end);
    this.tables.evidence.add(
      next('evidence'),
      documentId,
      span.start,
      span.end,
      exact,
      prefix,
      suffix,
      ownerKind,
      ownerId,
      0,
    );
  }

  private addDocument(item: FactCheckWrite, id: number): void {
    const { title, text, unknown } = item.record;
    this.tables.documents.add(
      id,
      item.recordSlug,
      title,
      sortableText(title),
      item.url,
      null,
      item.reviewedOn,
      text,
      sha256Hex(text),
      new CodePointText(text).length,
      item.headline,
      null,
      JSON.stringify(unknown),
    );
  }

  private addClaimants(
    next: (table: string) => number,
    item: FactCheckWrite,
    claimId: number,
    documentId: number,
    publisherId: number,
    claimants: readonly { entity: FoundEntity; span: RecordSpan }[],
  ): void {
    claimants.forEach(({ entity, span }, position) => {
      const id = next('claim_claimants');
      this.tables.claimants.add(id, claimId, position, entity.id, publisherId);
      this.addEvidence(next, documentId, item.record.text, span, 'claim_claimant', id);
    });
  }

  private addFactCheck(item: FactCheckWrite, id: number, claimId: number, documentId: number, publisherId: number) {
    this.factChecks.add(
      id,
      item.factCheckSlug,
      claimId,
      publisherId,
      item.url,
      item.headline,
      item.textualRating,
      item.ratingValue,
      item.reviewedOn,
      item.claimDate,
      item.languageCode,
      JSON.stringify(item.claimantNames),
      JSON.stringify(item.appearanceUrls),
      documentId,
    );
  }

  /** A changed item's claimants, rebuilt from its new record: their spans point into its new text. */
  private async replaceClaimants(
    next: (table: string) => number,
    item: FactCheckWrite,
    existing: StoredFactCheck,
    publisherId: number,
    claimants: readonly { entity: FoundEntity; span: RecordSpan }[],
  ): Promise<void> {
    const $ = (index: number) => this.backend.dialect.placeholder(index, 'bigint');
    await this.tx.run(
      `DELETE FROM evidence WHERE owner_kind = 'claim_claimant'
         AND owner_id IN (SELECT id FROM claim_claimants WHERE claim_id = ${$(1)})`,
      [existing.claimId],
    );
    await this.tx.run(`DELETE FROM claim_claimants WHERE claim_id = ${$(1)}`, [existing.claimId]);
    this.addClaimants(next, item, existing.claimId, existing.documentId, publisherId, claimants);
  }

  private logUpdate(next: (table: string) => number, item: FactCheckWrite, existing: StoredFactCheck): void {
    if (existing.claimText !== item.claimText) {
      const summary = `claim ${item.claimSlug} updated from its publisher's fact-check`;
      const before = { text: existing.claimText };
      this.logChange(next, 'claim', existing.claimId, item.claimSlug, before, { text: item.claimText }, summary);
    }
    const documentSummary = `document ${item.recordSlug} updated: the fact-check's record as its publisher now gives it`;
    const title = item.record.title;
    this.logChange(next, 'document', existing.documentId, item.recordSlug, null, { title }, documentSummary);
    const after = snapshotOf(item);
    const before = existing.snapshot;
    const changed = Object.keys(before).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
    const summary = `updated published fact-check ${item.factCheckSlug} (${changed.join(', ') || 'record'})`;
    this.logChange(next, 'factCheck', existing.id, item.factCheckSlug, before, after, summary);
  }

  /** A changed item's record, claim and fact-check rewritten in place, under the same ids. */
  private async update(item: FactCheckWrite, existing: StoredFactCheck, publisherId: number): Promise<void> {
    const d = this.backend.dialect;
    const $ = (index: number, type?: Parameters<typeof d.placeholder>[1]) => d.placeholder(index, type);
    const { title, text, unknown } = item.record;
    await this.tx.run(
      `UPDATE documents SET title = ${$(1)}, title_sort = ${$(2)}, url = ${$(3)}, published = ${$(4)}, text = ${$(5)},
         sha256 = ${$(6)}, length = ${$(7, 'integer')}, headline = ${$(8)}, unknown_json = ${$(9, 'json')}
       WHERE id = ${$(10, 'bigint')}`,
      [
        title,
        sortableText(title),
        item.url,
        item.reviewedOn,
        text,
        sha256Hex(text),
        new CodePointText(text).length,
        item.headline,
        JSON.stringify(unknown),
        existing.documentId,
      ],
    );
    await this.refreshEntityEvidence(existing.documentId, text);
    if (existing.claimText !== item.claimText) {
      await this.tx.run(`UPDATE claims SET text = ${$(1)} WHERE id = ${$(2, 'bigint')}`, [
        item.claimText,
        existing.claimId,
      ]);
    }
    await this.tx.run(
      `UPDATE published_fact_checks SET publisher_id = ${$(1, 'bigint')}, url = ${$(2)}, headline = ${$(3)},
         textual_rating = ${$(4)}, rating_value = ${$(5, 'double precision')}, reviewed_on = ${$(6)},
         claim_date = ${$(7)}, language_code = ${$(8)}, claimant_names = ${$(9, 'json')},
         appearance_urls = ${$(10, 'json')}
       WHERE id = ${$(11, 'bigint')}`,
      [
        publisherId,
        item.url,
        item.headline,
        item.textualRating,
        item.ratingValue,
        item.reviewedOn,
        item.claimDate,
        item.languageCode,
        JSON.stringify(item.claimantNames),
        JSON.stringify(item.appearanceUrls),
        existing.id,
      ],
    );
  }

  /**
   * Entities' spans in a record whose text changed: a span whose text is still there keeps its place with its new
   * context; one whose text is gone (a publisher renamed) is removed rather than left pointing at other words.
   */
  private async refreshEntityEvidence(documentId: number, text: string): Promise<void> {
    const d = this.backend.dialect;
    const rows = await this.tx.all(
      `SELECT id, start, "end" AS "end", exact FROM evidence WHERE document_id = ${d.placeholder(1, 'bigint')}
         AND owner_kind = 'entity'`,
      [documentId],
    );
    const indexed = new CodePointText(text);
    for (const row of rows) {
      const [start, end] = [Number(row.start), Number(row.end)];
      if (indexed.slice(start, end) === row.exact) {
        const { prefix, suffix } = spanContext(indexed, start, end, EVIDENCE_CONTEXT_WIDTH);
        await this.tx.run(
          `UPDATE evidence SET prefix = ${d.placeholder(1)}, suffix = ${d.placeholder(2)}
           WHERE id = ${d.placeholder(3, 'bigint')}`,
          [prefix, suffix, row.id],
        );
      } else {
        await this.tx.run(`DELETE FROM evidence WHERE id = ${d.placeholder(1, 'bigint')}`, [row.id]);
      }
    }
  }

  private logChange(
    next: (table: string) => number,
    table: NodeTable,
    id: number,
    slug: string,
    before: unknown,
    after: unknown,
    summary: string,
  ): void {
    const { actor, action } = this.author;
    const [beforeJson, afterJson] = [before, after].map((value) => (value === null ? null : JSON.stringify(value)));
    this.tables.changes.add(next('changes'), this.now, actor, action, table, id, slug, beforeJson, afterJson, summary);
  }
}
