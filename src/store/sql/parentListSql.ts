/**
 * The per-parent lists that a connection field pages (an entity's relationships, claims, claims about it and
 * events; an outlet's hosted events): how a parent reaches its rows, and in which order they are listed. Each is
 * paged for many parents in one statement by parentPages.ts.
 */
import type { ParentList } from '../store.js';
import { CLAIM_COLUMNS, EVENT_COLUMNS, RELATIONSHIP_COLUMNS, REVIEW_COLUMNS, STATEMENT_COLUMNS } from './rowColumns.js';

/**
 * One way from a parent to its rows: a link table (or the row table itself) whose `parent` column names the
 * parent and whose `rowId` the row, walked in list order by an index on (parent, rowId) when the list is in the
 * order recorded.
 */
export interface ParentWalk {
  /** FROM body of the link, e.g. 'claim_claimants cc'; the row table itself when omitted */
  link?: string;
  parent: string;
  rowId: string;
  /** the link can hold a row twice for one parent (a claim appearing in several spans of a statement) */
  repeats?: boolean;
}

export interface ParentListSql {
  /** columns of the row, read from `table` */
  select: string;
  /** the row table with its alias, e.g. 'claims c' */
  table: string;
  id: string;
  /**
   * The sort text and how to find it for a row id (a cursor names only its row), or null for a list in the order
   * recorded: by id, its cursors' sort text ''.
   */
  sort: { expr: string; ofRow: (id: string) => string } | null;
  /** conditions on the row (no parameters) */
  where: string[];
  /** a row is in a parent's list when any walk reaches it */
  walks: ParentWalk[];
}

const current = (alias: string) => [`${alias}.retracted_at IS NULL`];

const eventsByDate = {
  expr: 'v.date_sort',
  ofRow: (id: string) => `(SELECT date_sort FROM events WHERE id = ${id})`,
};

const statementsByDate = {
  expr: 's.said_on_sort',
  ofRow: (id: string) => `(SELECT said_on_sort FROM statements WHERE id = ${id})`,
};

export const PARENT_LISTS: Record<ParentList, ParentListSql> = {
  // relationships_from and relationships_to hold each entity's relationships by id (the rowid)
  relationshipsOfEntity: {
    select: RELATIONSHIP_COLUMNS,
    table: 'relationships l',
    id: 'l.id',
    sort: null,
    where: current('l'),
    walks: [
      { parent: 'l.from_id', rowId: 'l.id' },
      { parent: 'l.to_id', rowId: 'l.id' },
    ],
  },
  // claim_claimants_entity: (entity_id, claim_id)
  claimsOfClaimant: {
    select: CLAIM_COLUMNS,
    table: 'claims c',
    id: 'c.id',
    sort: null,
    where: current('c'),
    walks: [{ link: 'claim_claimants cc', parent: 'cc.entity_id', rowId: 'cc.claim_id' }],
  },
  // claim_about_entity_claim: (entity_id, claim_id)
  claimsAboutEntity: {
    select: CLAIM_COLUMNS,
    table: 'claims c',
    id: 'c.id',
    sort: null,
    where: current('c'),
    walks: [{ link: 'claim_about ca', parent: 'ca.entity_id', rowId: 'ca.claim_id' }],
  },
  // by date: a parent's events are found by event_participants_entity_event and the page's taken from them sorted
  eventsOfParticipant: {
    select: EVENT_COLUMNS,
    table: 'events v',
    id: 'v.id',
    sort: eventsByDate,
    where: [],
    walks: [{ link: 'event_participants ep', parent: 'ep.entity_id', rowId: 'ep.event_id' }],
  },
  eventsOfOutlet: {
    select: EVENT_COLUMNS,
    table: 'events v',
    id: 'v.id',
    sort: eventsByDate,
    where: [],
    walks: [{ parent: 'v.outlet_id', rowId: 'v.id' }],
  },
  // statement_disputes_claim finds a claim's disputing statements, the page the top-n by date
  disputingStatementsOfClaim: {
    select: STATEMENT_COLUMNS,
    table: 'statements s',
    id: 's.id',
    sort: statementsByDate,
    where: current('s'),
    walks: [{ link: 'statement_disputes sd', parent: 'sd.claim_id', rowId: 'sd.statement_id' }],
  },
  // reviews_current: (claim_id, reviewed_at, id) of current reviews
  reviewsOfClaim: {
    select: REVIEW_COLUMNS,
    table: 'reviews r',
    id: 'r.id',
    sort: { expr: 'r.reviewed_at', ofRow: (id) => `(SELECT reviewed_at FROM reviews WHERE id = ${id})` },
    where: current('r'),
    walks: [{ parent: 'r.claim_id', rowId: 'r.id' }],
  },
  // statement_responses_target finds a statement's responses, the page the top-n by date
  responsesToStatement: {
    select: STATEMENT_COLUMNS,
    table: 'statements s',
    id: 's.id',
    sort: statementsByDate,
    where: current('s'),
    walks: [{ link: 'statement_responses sr', parent: 'sr.responds_to_id', rowId: 'sr.statement_id' }],
  },
  // claim_appearances_statement finds the claims appearing in a statement, each listed once
  claimsInStatement: {
    select: CLAIM_COLUMNS,
    table: 'claims c',
    id: 'c.id',
    sort: null,
    where: current('c'),
    walks: [{ link: 'claim_appearances ca', parent: 'ca.statement_id', rowId: 'ca.claim_id', repeats: true }],
  },
};
