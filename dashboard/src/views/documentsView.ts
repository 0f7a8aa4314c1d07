/**
 * Documents: every document claimgraph holds or cites, by title, each with its outlet, original address and
 * publication date, paged through the connection's cursors (kept in the address).
 */
import { h } from '../dom.js';
import { graphql } from '../api/graphqlClient.js';
import { DOCUMENTS_PAGE } from '../api/queries.js';
import type { DocumentsPageQuery } from '../generated/graphql.js';
import { entityLink } from '../components/badges.js';
import { empty } from '../components/feedback.js';
import { pagedListPage } from '../components/pagedListPage.js';
import { originalUrlLink } from '../components/originalUrl.js';
import { pager } from '../components/pager.js';
import { partialDateElement } from '../format/partialDate.js';
import { href } from '../router.js';
import type { View } from './view.js';

const DEFAULT_PAGE_SIZE = 20;

export const documentsView: View = pagedListPage({
  title: 'Documents',
  noun: 'documents',
  lede: 'The documents behind the graph: those whose text claimgraph holds, so that every span in them can be checked, and those it only cites.',
  defaultPageSize: DEFAULT_PAGE_SIZE,
  fetch: (variables) => graphql(DOCUMENTS_PAGE, variables).then((data) => data.documents),
  render: documentsTable,
});

function documentsTable(
  documents: DocumentsPageQuery['documents'],
  params: URLSearchParams,
  size: number,
): HTMLElement {
  const count = h(
    'p',
    { class: 'result-count' },
    `${documents.totalCount} document${documents.totalCount === 1 ? '' : 's'}`,
  );
  if (documents.nodes.length === 0) return h('div', {}, count, empty('No document on this page.'));
  const table = h(
    'table',
    { class: 'records-table documents-table' },
    h('caption', { class: 'visually-hidden' }, 'Documents, with outlet, original address and publication date'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Title', 'Outlet', 'Original address', 'Published'].map((label) => h('th', { scope: 'col' }, label)),
      ),
    ),
    h(
      'tbody',
      {},
      documents.nodes.map((document) =>
        h(
          'tr',
          { dataset: { document: document.slug } },
          h(
            'td',
            { 'data-label': 'Title', class: 'record-title' },
            h('a', { href: href(['document', document.id]) }, document.title),
            document.isHeld ? null : h('span', { class: 'muted' }, ' (cited, text not held)'),
          ),
          h(
            'td',
            { 'data-label': 'Outlet' },
            document.outlet ? entityLink(document.outlet) : h('span', { class: 'muted' }, 'not recorded'),
          ),
          h(
            'td',
            { 'data-label': 'Original address' },
            originalUrlLink(document.url, h('span', { class: 'muted' }, 'not recorded')),
          ),
          h(
            'td',
            { 'data-label': 'Published' },
            document.published ? partialDateElement(document.published) : h('span', { class: 'muted' }, 'undated'),
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
    pager(['documents'], 'Documents pages', documents.pageInfo, params, keep),
  );
}
