/**
 * The keyset-paginated lists (statements, entities, events, documents, claims, relationships): what each selects,
 * from where, under which filters, in which order. Filters add their values to the SqlParams they are given.
 */
import { foldText } from '../../domain/foldText.js';
import { WORD_BREAKS, withoutWordBreaks } from '../../domain/searchVariants.js';
import type { EntityType } from '../rows.js';
import type {
  ClaimOrder,
  ClaimQueryFilter,
  RelationshipQueryFilter,
  SortDirection,
  StatementOrder,
  StatementParent,
  StatementQueryFilter,
} from '../store.js';
import { claimSort } from './claimOrderSql.js';
import type { SqlDialect } from './dialect.js';
import type { BoundList, ListSql } from './keysetPage.js';
import {
  CLAIM_COLUMNS,
  DOCUMENT_COLUMNS,
  ENTITY_COLUMNS,
  EVENT_COLUMNS,
  RELATIONSHIP_COLUMNS,
  STATEMENT_COLUMNS,
} from './rowColumns.js';
import { SqlParams } from './sqlParams.js';

/** A list in its natural order (name, date, title, or order recorded). */
function ascending(select: string, from: string, where: string[], sort: string, id: string): ListSql {
  return { select, from, where, sort, id, descending: false };
}

export function ordered(bound: BoundList, order: SortDirection): BoundList {
  return { ...bound, list: { ...bound.list, descending: order === 'DESC' } };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The filter's conditions on statements `s`. When the list is grouped by mentioned entity, `aboutAlias` names that
 * mention and the stance filter applies to it.
 */
function statementConditions(params: SqlParams, filter: StatementQueryFilter, aboutAlias: string | null): string[] {
  const where: string[] = filter.includeRetracted ? [] : ['s.retracted_at IS NULL'];
  if (filter.speakerId !== undefined) where.push(`s.speaker_id = ${params.add(filter.speakerId, 'bigint')}`);
  if (aboutAlias !== null) {
    if (filter.stance !== undefined) where.push(`${aboutAlias}.stance = ${params.add(filter.stance, 'text')}`);
  } else if (filter.aboutId !== undefined || filter.stance !== undefined) {
    const conditions = ['m.statement_id = s.id'];
    if (filter.aboutId !== undefined) conditions.push(`m.entity_id = ${params.add(filter.aboutId, 'bigint')}`);
    if (filter.stance !== undefined) conditions.push(`m.stance = ${params.add(filter.stance, 'text')}`);
    where.push(`EXISTS (SELECT 1 FROM mentions m WHERE ${conditions.join(' AND ')})`);
  }
  if (filter.outletId !== undefined) {
    const outlet = params.add(filter.outletId, 'bigint');
    where.push(`(s.occasion_id IN (SELECT id FROM events WHERE outlet_id = ${outlet})
      OR s.id IN (SELECT x.owner_id FROM evidence x JOIN documents d ON d.id = x.document_id
                  WHERE x.owner_kind = 'statement' AND d.outlet_id = ${outlet}))`);
  }
  if (filter.occasionId !== undefined) where.push(`s.occasion_id = ${params.add(filter.occasionId, 'bigint')}`);
  if (filter.saidFromDay !== undefined) {
    where.push(`s.said_on_last_day >= ${params.add(filter.saidFromDay, 'text')}`);
  }
  if (filter.saidToDay !== undefined) where.push(`s.said_on_first_day <= ${params.add(filter.saidToDay, 'text')}`);
  if (filter.directQuote !== undefined) {
    where.push(`s.is_direct_quote = ${params.add(filter.directQuote, 'boolean')}`);
  }
  if (filter.text !== undefined) {
    // Both sides folded alike (foldText: compatibility forms, quotes, case) and without spaces and hyphens (so that
    // "sell out", "sell-out" and "sellout" find each other), so a plain LIKE is the comparison.
    const text = escapeLike(withoutWordBreaks(foldText(filter.text)));
    const quote = WORD_BREAKS.reduce((expr, character) => `replace(${expr}, '${character}', '')`, 's.quote_folded');
    where.push(`${quote} LIKE ${params.add(`%${text}%`, 'text')} ESCAPE '\\'`);
  }
  return where;
}

const STATEMENT_ORDER = { select: STATEMENT_COLUMNS, sort: 's.said_on_sort', id: 's.id' };

export function statementListSql(dialect: SqlDialect, filter: StatementQueryFilter, order: StatementOrder): BoundList {
  const params = new SqlParams(dialect);
  const where = statementConditions(params, filter, null);
  return { params, list: { ...STATEMENT_ORDER, from: 'statements s', where, descending: order === 'SAID_ON_DESC' } };
}

export function statementListByParentSql(
  dialect: SqlDialect,
  parent: StatementParent,
  filter: StatementQueryFilter,
  order: StatementOrder,
): BoundList & { partition: string } {
  const params = new SqlParams(dialect);
  const base = { ...STATEMENT_ORDER, descending: order === 'SAID_ON_DESC' };
  const list = (from: string, aboutAlias: string | null, indexedByParent = true): ListSql => ({
    ...base,
    from,
    where: statementConditions(params, filter, aboutAlias),
    indexedByParent,
    rowFrom: 'statements s',
  });
  switch (parent) {
    // statements_speaker and statements_occasion order each speaker's and each occasion's statements by date
    case 'speaker':
      return { params, list: list('statements s', null), partition: 's.speaker_id' };
    case 'occasion':
      return { params, list: list('statements s', null), partition: 's.occasion_id' };
    // mentions_entity finds each entity's statements, of which a page is the top-n by date
    case 'about':
      return {
        params,
        list: list('statements s JOIN mentions pm ON pm.statement_id = s.id', 'pm'),
        partition: 'pm.entity_id',
      };
    // A document reports few statements, and a correlated walk cannot reach into the DISTINCT of its spans: its
    // statements are numbered by a window.
    case 'document':
      return {
        params,
        list: list(
          `statements s JOIN (SELECT DISTINCT owner_id, document_id FROM evidence
                 WHERE owner_kind = 'statement') pe ON pe.owner_id = s.id`,
          null,
          false,
        ),
        partition: 'pe.document_id',
      };
  }
}

export function entityListSql(dialect: SqlDialect, type: EntityType): BoundList {
  const params = new SqlParams(dialect);
  const where = [`e.type = ${params.add(type, 'text')}`];
  return { params, list: ascending(ENTITY_COLUMNS, 'entities e', where, 'e.name_sort', 'e.id') };
}

export function eventListSql(dialect: SqlDialect): BoundList {
  return { params: new SqlParams(dialect), list: ascending(EVENT_COLUMNS, 'events v', [], 'v.date_sort', 'v.id') };
}

export function documentListSql(dialect: SqlDialect): BoundList {
  const list: ListSql = {
    select: DOCUMENT_COLUMNS,
    from: 'documents d',
    where: ['d.retracted_at IS NULL'],
    sort: 'd.title_sort',
    id: 'd.id',
    descending: false,
    // documents_outlet orders each outlet's documents by title
    indexedByParent: true,
  };
  return { params: new SqlParams(dialect), list };
}

/** Relationships, claims and changes have no natural order but the order recorded: their sort text is constant. */
export function recordedOrder(dialect: SqlDialect): string {
  return dialect.typed("''", 'text');
}

export function relationshipListSql(dialect: SqlDialect, filter: RelationshipQueryFilter): BoundList {
  const params = new SqlParams(dialect);
  const where: string[] = filter.includeRetracted ? [] : ['l.retracted_at IS NULL'];
  if (filter.betweenIds !== undefined) {
    const between = params.list(filter.betweenIds);
    where.push(`${dialect.inList('l.from_id', between)} AND ${dialect.inList('l.to_id', between)}`);
  }
  if (filter.types !== undefined) where.push(params.in('l.type', filter.types, 'text'));
  return { params, list: ascending(RELATIONSHIP_COLUMNS, 'relationships l', where, recordedOrder(dialect), 'l.id') };
}

export function claimListSql(
  dialect: SqlDialect,
  filter: ClaimQueryFilter,
  order: SortDirection | ClaimOrder = 'ASC',
): BoundList {
  const params = new SqlParams(dialect);
  const where: string[] = filter.includeRetracted ? [] : ['c.retracted_at IS NULL'];
  if (filter.status !== undefined) where.push(`c.status = ${params.add(filter.status, 'text')}`);
  if (filter.claimantId !== undefined) {
    const claimant = params.add(filter.claimantId, 'bigint');
    where.push(`EXISTS (SELECT 1 FROM claim_claimants cc WHERE cc.claim_id = c.id AND cc.entity_id = ${claimant})`);
  }
  if (filter.aboutId !== undefined) {
    const about = params.add(filter.aboutId, 'bigint');
    where.push(`EXISTS (SELECT 1 FROM claim_about a WHERE a.claim_id = c.id AND a.entity_id = ${about})`);
  }
  if (filter.rating !== undefined) {
    where.push(`(SELECT r.rating_value FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL
                 ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1) = ${params.add(filter.rating, 'integer')}`);
  }
  if (filter.ratingRange !== undefined) {
    const { min, max } = filter.ratingRange;
    where.push(`(SELECT r.rating_value FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL
                 ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1)
                 BETWEEN ${params.add(min, 'integer')} AND ${params.add(max, 'integer')}`);
  }
  if (filter.text !== undefined) {
    // Each word a LIKE on both sides lowered alike by the engine (claims have no folded column or full-text index
    // of their own); SQLite's LOWER folds ASCII letters only, so other letters match as written.
    for (const word of filter.text.split(/\s+/).filter((w) => w !== '')) {
      where.push(`LOWER(c.text) LIKE LOWER(${params.add(`%${escapeLike(word)}%`, 'text')}) ESCAPE '\\'`);
    }
  }
  const { sort, descending } = claimSort(dialect, order, recordedOrder(dialect));
  return { params, list: { select: CLAIM_COLUMNS, from: 'claims c', where, sort, id: 'c.id', descending } };
}
