/**
 * Events: everything that happened in the graph, by date (undated last), each with its outlet, the original
 * addresses of the documents that report it, and its date as precisely as known; paged through the connection's
 * cursors (kept in the address).
 */
import { h } from '../dom.js';
import { graphql } from '../api/graphqlClient.js';
import { EVENTS_PAGE } from '../api/queries.js';
import type { EventsPageQuery } from '../generated/graphql.js';
import { entityLink } from '../components/badges.js';
import { empty } from '../components/feedback.js';
import { pagedListPage } from '../components/pagedListPage.js';
import { originalUrlLink } from '../components/originalUrl.js';
import { pager } from '../components/pager.js';
import { partialDateElement } from '../format/partialDate.js';
import { enumWords } from '../format/labels.js';
import { href } from '../router.js';
import type { View } from './view.js';

const DEFAULT_PAGE_SIZE = 20;

type EventRow = EventsPageQuery['events']['nodes'][number];

export const eventsView: View = pagedListPage({
  title: 'Events',
  noun: 'events',
  lede: 'What happened, oldest first: interviews, posts, episodes, campaigns. Dates known only to the year or month are shown as such.',
  defaultPageSize: DEFAULT_PAGE_SIZE,
  fetch: (variables) => graphql(EVENTS_PAGE, variables).then((data) => data.events),
  render: eventsTable,
});

/** The original addresses of the documents reporting the event, once each. */
function reportedAt(event: EventRow): HTMLElement {
  const addresses = [
    ...new Set(event.evidence.map((span) => span.document.url).filter((url): url is string => Boolean(url))),
  ];
  if (addresses.length === 0) return h('span', { class: 'muted' }, 'not recorded');
  return h(
    'ul',
    { class: 'plain-list' },
    addresses.map((url) => h('li', {}, originalUrlLink(url, ''))),
  );
}

function eventsTable(events: EventsPageQuery['events'], params: URLSearchParams, size: number): HTMLElement {
  const count = h('p', { class: 'result-count' }, `${events.totalCount} event${events.totalCount === 1 ? '' : 's'}`);
  if (events.nodes.length === 0) return h('div', {}, count, empty('No event on this page.'));
  const table = h(
    'table',
    { class: 'records-table events-table' },
    h('caption', { class: 'visually-hidden' }, 'Events, with outlet, original address and date'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Event', 'Outlet', 'Original address', 'When'].map((label) => h('th', { scope: 'col' }, label)),
      ),
    ),
    h(
      'tbody',
      {},
      events.nodes.map((event) =>
        h(
          'tr',
          { dataset: { event: event.slug } },
          h(
            'td',
            { 'data-label': 'Event', class: 'record-title' },
            h('a', { href: href(['event', event.id]) }, event.title),
            ' ',
            h('span', { class: 'badge kind' }, enumWords(event.kind)),
          ),
          h(
            'td',
            { 'data-label': 'Outlet' },
            event.outlet ? entityLink(event.outlet) : h('span', { class: 'muted' }, 'none'),
          ),
          h('td', { 'data-label': 'Original address' }, reportedAt(event)),
          h(
            'td',
            { 'data-label': 'When' },
            event.dateFact
              ? [event.dateFact.knownBy ? 'by ' : '', partialDateElement(event.dateFact.date)]
              : h('span', { class: 'muted' }, 'undated'),
          ),
        ),
      ),
    ),
  );
  const keep: Record<string, string> = size !== DEFAULT_PAGE_SIZE ? { size: String(size) } : {};
  return h(
    'div',
    {},
    count,
    h('div', { class: 'table-scroll' }, table),
    pager(['events'], 'Events pages', events.pageInfo, params, keep),
  );
}
