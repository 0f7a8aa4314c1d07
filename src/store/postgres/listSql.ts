/**
 * The keyset-paginated lists (statements, entities, events, documents, claims, relationships): what each selects,
 * from where, under which filters, in which order. Filters add their values to the SqlParams they are given.
 */
import { foldText } from '../../domain/foldText.js';
import type { EntityType } from '../rows.js';
import type {
  ClaimQueryFilter,
  RelationshipQueryFilter,
  SortDirection,
  StatementOrder,
  StatementParent,
  StatementQueryFilter,
} from '../store.js';
import type { ListSql } from './keysetPage.js';
import {
  CLAIM_COLUMNS,
  DOCUMENT_COLUMNS,
  ENTITY_COLUMNS,
  EVENT_COLUMNS,
  RELATIONSHIP_COLUMNS,
  STATEMENT_COLUMNS,
} from './rowColumns.js';
import type { SqlParams } from './sqlParams.js';

export function ordered(list: ListSql, order: SortDirection): ListSql {
  return { ...list, descending: order === 'DESC' };
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
    // Both sides folded alike (foldText: compatibility forms, quotes, case), so a plain LIKE is the comparison.
    where.push(`s.quote_folded LIKE ${params.add(`%${escapeLike(foldText(filter.text))}%`, 'text')} ESCAPE '\\'`);
  }
  return where;
}

const STATEMENT_ORDER = { select: STATEMENT_COLUMNS, sort: 's.said_on_sort', id: 's.id' };

export function statementListSql(params: SqlParams, filter: StatementQueryFilter, order: StatementOrder): ListSql {
  return {
    ...STATEMENT_ORDER,
    from: 'statements s',
    where: statementConditions(params, filter, null),
    descending: order === 'SAID_ON_DESC',
  };
}

export function statementListByParentSql(
  params: SqlParams,
  parent: StatementParent,
  filter: StatementQueryFilter,
  order: StatementOrder,
): { list: ListSql; partition: string } {
  const base = { ...STATEMENT_ORDER, descending: order === 'SAID_ON_DESC' };
  switch (parent) {
    case 'speaker':
      return {
        list: { ...base, from: 'statements s', where: statementConditions(params, filter, null) },
        partition: 's.speaker_id',
      };
    case 'occasion':
      return {
        list: { ...base, from: 'statements s', where: statementConditions(params, filter, null) },
        partition: 's.occasion_id',
      };
    case 'about':
      return {
        list: {
          ...base,
          from: 'statements s JOIN mentions pm ON pm.statement_id = s.id',
          where: statementConditions(params, filter, 'pm'),
        },
        partition: 'pm.entity_id',
      };
    case 'document':
      return {
        list: {
          ...base,
          from: `statements s JOIN (SELECT DISTINCT owner_id, document_id FROM evidence
                 WHERE owner_kind = 'statement') pe ON pe.owner_id = s.id`,
          where: statementConditions(params, filter, null),
        },
        partition: 'pe.document_id',
      };
  }
}

export function entityListSql(params: SqlParams, type: EntityType): ListSql {
  return {
    select: ENTITY_COLUMNS,
    from: 'entities e',
    where: [`e.type = ${params.add(type, 'text')}`],
    sort: 'e.name_sort',
    id: 'e.id',
    descending: false,
  };
}

export const EVENT_LIST: ListSql = {
  select: EVENT_COLUMNS,
  from: 'events v',
  where: [],
  sort: 'v.date_sort',
  id: 'v.id',
  descending: false,
};

export const DOCUMENT_LIST: ListSql = {
  select: DOCUMENT_COLUMNS,
  from: 'documents d',
  where: ['d.retracted_at IS NULL'],
  sort: 'd.title_sort',
  id: 'd.id',
  descending: false,
};

/** Relationships and claims have no natural order but the order recorded: their sort text is constant. */
const RECORDED_ORDER = "''::text";

export function relationshipListSql(params: SqlParams, filter: RelationshipQueryFilter): ListSql {
  const where: string[] = filter.includeRetracted ? [] : ['l.retracted_at IS NULL'];
  if (filter.betweenIds !== undefined) {
    const between = params.add(filter.betweenIds, 'bigint[]');
    where.push(`l.from_id = ANY(${between}) AND l.to_id = ANY(${between})`);
  }
  if (filter.types !== undefined) where.push(`l.type = ANY(${params.add(filter.types, 'text[]')})`);
  return { select: RELATIONSHIP_COLUMNS, from: 'relationships l', where, sort: RECORDED_ORDER, id: 'l.id', descending: false };
}

export function claimListSql(params: SqlParams, filter: ClaimQueryFilter): ListSql {
  const where: string[] = filter.includeRetracted ? [] : ['c.retracted_at IS NULL'];
  if (filter.status !== undefined) where.push(`c.status = ${params.add(filter.status, 'text')}`);
  if (filter.claimantId !== undefined) where.push(`c.claimant_id = ${params.add(filter.claimantId, 'bigint')}`);
  if (filter.aboutId !== undefined) {
    where.push(
      `EXISTS (SELECT 1 FROM claim_about a WHERE a.claim_id = c.id AND a.entity_id = ${params.add(filter.aboutId, 'bigint')})`,
    );
  }
  if (filter.rating !== undefined) {
    where.push(`(SELECT r.rating_value FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL
                 ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1) = ${params.add(filter.rating, 'integer')}`);
  }
  return { select: CLAIM_COLUMNS, from: 'claims c', where, sort: RECORDED_ORDER, id: 'c.id', descending: false };
}
