/**
 * Claims: the fact-checker's worklist. A table of claims with status and current rating, filtered by status,
 * rating, claimant and subject (kept in the address, so a filtered list can be bookmarked), paged through the
 * connection's cursors, with the factCheckSummary figures as charts. Refreshes itself when a review comes in.
 */
import { formText, h, replaceChildren, uniqueId } from '../dom.js';
import { graphql } from '../api/graphqlClient.js';
import { allEntities } from '../api/entities.js';
import { onClaimReviewed, onResync, onStatementAdded } from '../api/liveUpdates.js';
import { CLAIMS_PAGE, FACT_CHECK_SUMMARY } from '../api/queries.js';
import type {
  ClaimFilter,
  ClaimsPageQuery,
  ClaimsPageQueryVariables,
  ClaimStatus,
  EntityRefFragment as EntityRef,
} from '../generated/graphql.js';
import { entityList, ratingText, statusBadge } from '../components/badges.js';
import { empty, errorBox, loading } from '../components/feedback.js';
import { summaryCharts } from '../components/summaryChart.js';
import { claimantList } from '../components/provenance.js';
import { CLAIM_STATUSES, contestedText, RATING_LABELS, STATUS_LABELS } from '../format/labels.js';
import { href, navigate } from '../router.js';
import type { View } from './view.js';

const PAGE_SIZES = [5, 10, 25, 50];
const DEFAULT_PAGE_SIZE = 10;
const FILTERS = ['status', 'rating', 'claimant', 'about'] as const;

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
  if (params.get('claimant')) filter.claimant = params.get('claimant');
  if (params.get('about')) filter.about = params.get('about');

  const summarySlot = h('div', { class: 'summary-slot' }, loading('the summary'));
  const filterSlot = h('div', { class: 'filter-slot' });
  const tableSlot = h('div', { class: 'table-slot', 'aria-live': 'polite', 'aria-busy': 'true' }, loading('claims'));
  main.append(
    h(
      'p',
      { class: 'lede' },
      'Which claims are unreviewed, contested or rated, who made them, and where they appeared.',
    ),
    summarySlot,
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
    field('Status', status.control, status.id),
    field('Current rating', rating.control, rating.id),
    field('Claimant', claimant.control, claimant.id),
    field('About', about.control, about.id),
    field('Page size', sizeControl, sizeId),
    h(
      'div',
      { class: 'filter-actions' },
      h('button', { type: 'submit', class: 'button primary' }, 'Apply filters'),
      FILTERS.some((name) => params.get(name)) ? h('a', { href: href(['claims']), class: 'button' }, 'Clear') : null,
    ),
  );
  const apply = () => {
    const data = new FormData(form);
    const next: Record<string, string> = {};
    for (const name of [...FILTERS, 'size'] as const) {
      const value = formText(data, name);
      if (value && !(name === 'size' && Number(value) === DEFAULT_PAGE_SIZE)) next[name] = value;
    }
    navigate(href(['claims'], next));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  // a change applies at once for mouse and touch users; the button is there for keyboard users and clarity
  form.addEventListener('change', apply);
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
  if (claims.nodes.length === 0) return h('div', {}, count, empty('No claim matches these filters.'));
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
        ['Claim', 'Status', 'Rating', 'Claimant', 'About', 'Seen', 'Contested in'].map((label) =>
          h('th', { scope: 'col' }, label),
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
          h('td', { 'data-label': 'Seen', class: 'number' }, `${claim.appearances.totalCount}×`),
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
  return h('div', {}, count, h('div', { class: 'table-scroll' }, table), pager);
}
