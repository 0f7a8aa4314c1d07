/**
 * Claims: the fact-checker's worklist. A table of claims with status, current rating, first seen and last review,
 * filtered by status, rating, verdict, words of the text, claimant and subject, in a chosen order (all kept in the
 * address, so a filtered list can be bookmarked; applied by the Apply button only, so that moving through a
 * select's options with the arrow keys never reloads the list), paged through the connection's cursors, with
 * links to the same list as CSV and JSON files, and the factCheckSummary figures as charts (folded away on narrow
 * screens). Refreshes itself when a review comes in.
 */
import { formText, h, replaceChildren, uniqueId } from '../dom.js';
import { graphql } from '../api/graphqlClient.js';
import { allEntities } from '../api/entities.js';
import { onClaimReviewed, onResync, onStatementAdded } from '../api/liveUpdates.js';
import { CLAIMS_PAGE, FACT_CHECK_SUMMARY } from '../api/queries.js';
import type {
  ClaimFilter,
  ClaimOrder,
  ClaimsPageQuery,
  ClaimsPageQueryVariables,
  ClaimStatus,
  EntityRefFragment as EntityRef,
  Verdict,
} from '../generated/graphql.js';
import { entityList, ratingText, statusBadge } from '../components/badges.js';
import { empty, errorBox, loading } from '../components/feedback.js';
import { summaryCharts } from '../components/summaryChart.js';
import { claimantList } from '../components/provenance.js';
import {
  CLAIM_STATUSES,
  contestedText,
  RATING_LABELS,
  STATUS_LABELS,
  VERDICT_LABELS,
  VERDICT_RATINGS,
} from '../format/labels.js';
import { dateTimeText, partialDateElement } from '../format/partialDate.js';
import { href, navigate } from '../router.js';
import type { View } from './view.js';

const PAGE_SIZES = [5, 10, 25, 50];
const DEFAULT_PAGE_SIZE = 10;
const FILTERS = ['status', 'rating', 'verdict', 'text', 'claimant', 'about', 'order'] as const;
/** As the API caps `ClaimFilter.text`. */
const TEXT_MAX_LENGTH = 500;
/** Narrow screens get the list first, the summary folded (as the stylesheet's narrow layout begins). */
const NARROW_SCREEN = '(max-width: 600px)';

const VERDICTS: Verdict[] = ['FALSE', 'MIXED', 'TRUE'];

/** The orders offered, the order recorded (no `order` in the address) first. */
const ORDERS: [ClaimOrder | '', string][] = [
  ['', 'Order recorded'],
  ['FIRST_SEEN_DESC', 'First seen, newest first'],
  ['FIRST_SEEN_ASC', 'First seen, oldest first'],
  ['LAST_REVIEWED_DESC', 'Last reviewed, newest first'],
  ['LAST_REVIEWED_ASC', 'Last reviewed, oldest first'],
  ['STATUS', 'Status, disputed first'],
  ['DISPUTES_DESC', 'Most disputed first'],
  ['APPEARANCES_DESC', 'Most seen first'],
];

/** The export of the list as it is filtered and ordered: `/export/claims.csv?status=...` on the page's origin. */
function exportHref(format: 'csv' | 'json', params: URLSearchParams): string {
  const query = new URLSearchParams();
  for (const name of FILTERS) if (params.get(name)) query.set(name, params.get(name)!);
  const search = query.toString();
  return `/export/claims.${format}${search ? `?${search}` : ''}`;
}

export const claimsView: View = ({ main, route, setTitle, announce }) => {
  setTitle('Claims');
  const params = route.params;
  // any size the API accepts may come in the address; the picker offers the usual ones
  const askedSize = Number(params.get('size'));
  const size = Number.isInteger(askedSize) && askedSize >= 1 && askedSize <= 100 ? askedSize : DEFAULT_PAGE_SIZE;
  const filter: ClaimFilter = {};
  // the address is not checked against the schema's statuses here: the server says what is wrong with it
  if (params.get('status')) filter.status = params.get('status') as ClaimStatus;
  if (params.get('rating')) filter.rating = Number(params.get('rating'));
  if (params.get('verdict')) filter.verdict = params.get('verdict') as Verdict;
  if (params.get('text')) filter.text = params.get('text');
  if (params.get('claimant')) filter.claimant = params.get('claimant');
  if (params.get('about')) filter.about = params.get('about');

  const summarySlot = h('div', { class: 'summary-slot' }, loading('the summary'));
  const summaryFold = h(
    'details',
    { class: 'summary-fold', open: !window.matchMedia(NARROW_SCREEN).matches },
    h('summary', {}, 'Summary'),
    summarySlot,
  );
  const filterSlot = h('div', { class: 'filter-slot' });
  const tableSlot = h('div', { class: 'table-slot', 'aria-live': 'polite', 'aria-busy': 'true' }, loading('claims'));
  main.append(
    h(
      'p',
      { class: 'lede' },
      'Which claims are unreviewed, contested or rated, who made them, and where they appeared.',
    ),
    summaryFold,
    h(
      'section',
      { 'aria-labelledby': 'claims-heading', class: 'claims' },
      h('h2', { id: 'claims-heading' }, 'Claims'),
      filterSlot,
      tableSlot,
    ),
  );

  let disposed = false;

  const loadSummary = async () => {
    try {
      const data = await graphql(FACT_CHECK_SUMMARY);
      if (!disposed) replaceChildren(summarySlot, summaryCharts(data.factCheckSummary));
    } catch (error) {
      if (!disposed)
        replaceChildren(
          summarySlot,
          errorBox(error, () => void loadSummary()),
        );
    }
  };

  const loadTable = async () => {
    tableSlot.setAttribute('aria-busy', 'true');
    const variables: ClaimsPageQueryVariables = { filter };
    if (params.get('order')) variables.order = params.get('order') as ClaimOrder;
    if (params.get('before')) Object.assign(variables, { last: size, before: params.get('before') });
    else Object.assign(variables, { first: size, after: params.get('after') ?? undefined });
    try {
      const data = await graphql(CLAIMS_PAGE, variables);
      if (!disposed) replaceChildren(tableSlot, claimsTable(data.claims, params, size));
    } catch (error) {
      if (!disposed)
        replaceChildren(
          tableSlot,
          errorBox(error, () => void loadTable()),
        );
    } finally {
      tableSlot.setAttribute('aria-busy', 'false');
    }
  };

  allEntities().then(
    (entities) => {
      if (!disposed) replaceChildren(filterSlot, filterForm(params, entities, size));
    },
    (error: unknown) => {
      if (!disposed) replaceChildren(filterSlot, errorBox(error));
    },
  );
  void loadSummary();
  void loadTable();

  const refresh = () => {
    void loadSummary();
    void loadTable();
  };
  const stopReviewed = onClaimReviewed((event) => {
    announce(`New review: “${event.claim.text}” rated ${event.review.ratingLabel} by ${event.review.reviewer}.`);
    refresh();
  });
  const stopStatements = onStatementAdded(() => void loadSummary());
  const stopResync = onResync(refresh);
  return () => {
    disposed = true;
    stopReviewed();
    stopStatements();
    stopResync();
  };
};

function filterForm(params: URLSearchParams, entities: EntityRef[], size: number): HTMLElement {
  const field = (label: string, control: HTMLElement, id: string) =>
    h('div', { class: 'field' }, h('label', { for: id }, label), control);
  const select = (name: string, options: [string, string][]) => {
    const id = uniqueId(`filter-${name}`);
    const control = h(
      'select',
      { id, name },
      options.map(([value, label]) => h('option', { value, selected: (params.get(name) ?? '') === value }, label)),
    );
    return { id, control };
  };
  const entityOptions: [string, string][] = [...entities]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((entity) => [entity.slug, entity.name]);
  const status = select('status', [
    ['', 'Any status'],
    ...CLAIM_STATUSES.map((value): [string, string] => [value, STATUS_LABELS[value]]),
  ]);
  const rating = select('rating', [
    ['', 'Any rating'],
    ...[1, 2, 3, 4, 5].map((value): [string, string] => [String(value), `${value} · ${RATING_LABELS[value]}`]),
  ]);
  const verdict = select('verdict', [
    ['', 'Any verdict'],
    ...VERDICTS.map((value): [string, string] => [value, `${VERDICT_LABELS[value]} (${VERDICT_RATINGS[value]})`]),
  ]);
  const order = select('order', ORDERS);
  const textId = uniqueId('filter-text');
  const text = h('input', {
    id: textId,
    name: 'text',
    type: 'search',
    maxlength: String(TEXT_MAX_LENGTH),
    value: params.get('text') ?? '',
    placeholder: 'Words in the claim',
  });
  const claimant = select('claimant', [['', 'Anyone'], ...entityOptions]);
  const about = select('about', [['', 'Anyone or anything'], ...entityOptions]);
  const sizeId = uniqueId('filter-size');
  const sizeControl = h(
    'select',
    { id: sizeId, name: 'size' },
    [...new Set([...PAGE_SIZES, size])]
      .sort((a, b) => a - b)
      .map((value) => h('option', { value: String(value), selected: value === size }, `${value} per page`)),
  );

  const form = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': 'Filter claims' },
    field('Text', text, textId),
    field('Status', status.control, status.id),
    field('Current rating', rating.control, rating.id),
    field('Verdict', verdict.control, verdict.id),
    field('Claimant', claimant.control, claimant.id),
    field('About', about.control, about.id),
    field('Sort by', order.control, order.id),
    field('Page size', sizeControl, sizeId),
    h(
      'div',
      { class: 'filter-actions' },
      h('button', { type: 'submit', class: 'button primary' }, 'Apply'),
      FILTERS.some((name) => params.get(name)) ? h('a', { href: href(['claims']), class: 'button' }, 'Clear') : null,
    ),
  );
  const apply = () => {
    const data = new FormData(form);
    const next: Record<string, string> = {};
    for (const name of [...FILTERS, 'size'] as const) {
      const value = formText(data, name).trim();
      if (value && !(name === 'size' && Number(value) === DEFAULT_PAGE_SIZE)) next[name] = value;
    }
    navigate(href(['claims'], next));
  };
  // only the button applies: a select that navigated on change would reload the list at each arrow key
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  return form;
}

function claimsTable(claims: ClaimsPageQuery['claims'], params: URLSearchParams, size: number): HTMLElement {
  const keep: Record<string, string> = {};
  for (const name of FILTERS) if (params.get(name)) keep[name] = params.get(name)!;
  if (size !== DEFAULT_PAGE_SIZE) keep.size = String(size);
  const count = h(
    'p',
    { class: 'result-count' },
    `${claims.totalCount} claim${claims.totalCount === 1 ? '' : 's'} match`,
  );
  const exports = h(
    'p',
    { class: 'export-links' },
    'Download this list: ',
    h('a', { href: exportHref('csv', params), download: 'claims.csv' }, 'CSV'),
    ' · ',
    h('a', { href: exportHref('json', params), download: 'claims.json' }, 'JSON'),
  );
  if (claims.nodes.length === 0) return h('div', {}, count, empty('No claim matches these filters.'), exports);
  const table = h(
    'table',
    { class: 'claims-table' },
    h('caption', { class: 'visually-hidden' }, 'Claims, with status, current rating, claimant and subjects'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['Claim', 'Status', 'Rating', 'Claimant', 'About', 'First seen', 'Last review', 'Seen', 'Contested in'].map(
          (label) => h('th', { scope: 'col' }, label),
        ),
      ),
    ),
    h(
      'tbody',
      {},
      claims.nodes.map((claim) =>
        h(
          'tr',
          { dataset: { claim: claim.slug } },
          h(
            'td',
            { 'data-label': 'Claim', class: 'claim-text' },
            h('a', { href: href(['claim', claim.id]) }, claim.text),
          ),
          h('td', { 'data-label': 'Status' }, statusBadge(claim.status)),
          h('td', { 'data-label': 'Rating' }, ratingText(claim.currentReview)),
          h('td', { 'data-label': 'Claimant' }, claimantList(claim.claimantAttributions)),
          h('td', { 'data-label': 'About' }, entityList(claim.about)),
          h('td', { 'data-label': 'First seen' }, partialDateElement(claim.firstSeen ?? null)),
          h(
            'td',
            { 'data-label': 'Last review' },
            claim.lastReviewedAt
              ? h('time', { datetime: claim.lastReviewedAt }, dateTimeText(claim.lastReviewedAt))
              : h('span', { class: 'date date-unknown' }, 'never'),
          ),
          h(
            'td',
            { 'data-label': 'Seen', class: 'number' },
            h(
              'a',
              {
                href: href(['claim', claim.id], { section: 'appearances' }),
                title: `Where it appears (${claim.appearances.totalCount})`,
              },
              `Seen ${claim.appearances.totalCount}×`,
            ),
          ),
          h(
            'td',
            { 'data-label': 'Contested in', class: 'number', title: contestedText(claim.disputedBy.totalCount) },
            String(claim.disputedBy.totalCount),
          ),
        ),
      ),
    ),
  );
  // Relay servers need not report a previous page when paging forward (nor a next one backward): the cursor we
  // came from says there is one
  const hasPrevious = claims.pageInfo.hasPreviousPage || params.has('after');
  const hasNext = claims.pageInfo.hasNextPage || params.has('before');
  const pager = h(
    'nav',
    { class: 'pager', 'aria-label': 'Claims pages' },
    hasPrevious && claims.pageInfo.startCursor
      ? h(
          'a',
          { class: 'button', href: href(['claims'], { ...keep, before: claims.pageInfo.startCursor }), rel: 'prev' },
          '← Previous',
        )
      : h('span', { class: 'button disabled', 'aria-disabled': 'true' }, '← Previous'),
    hasNext && claims.pageInfo.endCursor
      ? h(
          'a',
          { class: 'button', href: href(['claims'], { ...keep, after: claims.pageInfo.endCursor }), rel: 'next' },
          'Next →',
        )
      : h('span', { class: 'button disabled', 'aria-disabled': 'true' }, 'Next →'),
  );
  return h('div', {}, count, h('div', { class: 'table-scroll' }, table), pager, exports);
}
