/**
 * The dashboard's entry: routes the hash to a view, keeps the header (navigation, search, live status) up to
 * date, and announces live updates. Views render into <main>; leaving a view runs its cleanup.
 *
 * Only the claims list (the first view) is in this bundle; every other view is a chunk of its own, fetched when
 * first visited, so that the first visit does not download what it does not show (the people view's graph library
 * alone is several times the rest of the dashboard).
 */
import './styles.css';
import { h } from './dom.js';
import { onLiveState, onStatementAdded, startLiveUpdates, type LiveState } from './api/liveUpdates.js';
import { href, navigate, parseRoute, type Route } from './router.js';
import { claimsView } from './views/claimsView.js';
import { errorBox, loading } from './components/feedback.js';
import type { ViewContext } from './views/view.js';

type ViewResult = void | (() => void) | { cleanup: () => void; update: (route: Route) => boolean };
type AnyView = (context: ViewContext) => ViewResult;

/** Each route's view, as a loader: a dynamic import() is what makes Vite put a view in a chunk of its own. */
const VIEWS: Record<string, { load: () => Promise<AnyView>; nav: string | null }> = {
  claims: { load: () => Promise.resolve(claimsView), nav: 'claims' },
  claim: { load: () => import('./views/claimDetailView.js').then((module) => module.claimDetailView), nav: 'claims' },
  statement: { load: () => import('./views/statementView.js').then((module) => module.statementView), nav: null },
  people: { load: () => import('./views/peopleView.js').then((module) => module.peopleView), nav: 'people' },
  timeline: { load: () => import('./views/timelineView.js').then((module) => module.timelineView), nav: 'timeline' },
  search: { load: () => import('./views/searchView.js').then((module) => module.searchView), nav: null },
  document: { load: () => import('./views/documentView.js').then((module) => module.documentView), nav: 'documents' },
  event: { load: () => import('./views/eventView.js').then((module) => module.eventView), nav: 'events' },
  documents: {
    load: () => import('./views/documentsView.js').then((module) => module.documentsView),
    nav: 'documents',
  },
  events: { load: () => import('./views/eventsView.js').then((module) => module.eventsView), nav: 'events' },
  'new-article': {
    load: () => import('./views/newArticleView.js').then((module) => module.newArticleView),
    nav: 'new-article',
  },
};

const main = document.getElementById('main') as HTMLElement;
const announcements = document.getElementById('announcements') as HTMLElement;
const searchForm = document.getElementById('search-form') as HTMLFormElement;
const searchInput = document.getElementById('search-input') as HTMLInputElement;
const liveStatus = document.getElementById('live-status') as HTMLElement;

let current: { name: string; result: ViewResult } | null = null;
let firstRender = true;
/** counts renders, so that a view whose chunk arrives after the reader moved on is not shown */
let renders = 0;

function announce(message: string): void {
  const item = h('p', { class: 'announcement' }, message);
  announcements.append(item);
  while (announcements.children.length > 3) announcements.firstElementChild?.remove();
  window.setTimeout(() => item.remove(), 10_000);
}

function cleanup(result: ViewResult): void {
  if (typeof result === 'function') result();
  else if (result) result.cleanup();
}

async function render(): Promise<void> {
  const thisRender = ++renders;
  const isFirstRender = firstRender;
  firstRender = false;
  const route = parseRoute();
  const name = route.segments[0] ?? 'claims';
  const entry = VIEWS[name];
  if (
    current &&
    current.name === name &&
    current.result &&
    typeof current.result === 'object' &&
    current.result.update(route)
  )
    return;
  if (current) cleanup(current.result);
  current = null;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    if (entry && link.dataset.nav === entry.nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (name === 'search') searchInput.value = route.params.get('q') ?? '';
  const heading = h('h1', { id: 'page-heading' });
  const setTitle = (title: string) => {
    heading.textContent = title;
    document.title = `${title} · claimgraph`;
  };
  if (!entry) {
    main.replaceChildren(heading);
    setTitle('Page not found');
    main.append(
      h('p', {}, 'There is nothing at this address. ', h('a', { href: href(['claims']) }, 'Go to the claims.')),
    );
    return;
  }
  // while a view's chunk loads (on the first visit to it only), <main> says so; the heading comes with the view,
  // so that a heading on the page always belongs to a view that has rendered
  main.replaceChildren(loading('this view'));
  let view: AnyView;
  try {
    view = await entry.load();
  } catch (error) {
    // typically a chunk of an older build, gone since the server was updated: a reload fetches the current one
    if (thisRender !== renders) return;
    main.replaceChildren(heading);
    setTitle('This view could not be loaded');
    main.append(errorBox(error, () => window.location.reload()));
    return;
  }
  if (thisRender !== renders) return;
  main.replaceChildren(heading);
  current = { name, result: view({ main, route, setTitle, announce }) };
  // a new view: screen-reader and keyboard users start at its heading, not at the old scroll position
  if (!isFirstRender) {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
}

searchForm.addEventListener('submit', (event) => {
  event.preventDefault();
  const query = searchInput.value.trim();
  if (query) navigate(href(['search'], { q: query }));
});

const LIVE_TEXT: Record<LiveState, string> = {
  connecting: 'Connecting…',
  live: 'Live',
  offline: 'Offline — reconnecting',
};
onLiveState((state) => {
  liveStatus.dataset.state = state;
  liveStatus.querySelector('.live-text')!.textContent = LIVE_TEXT[state];
});

// a new statement is news on every view (the views that show statements also refresh themselves)
onStatementAdded(({ statement }) => {
  const words = statement.quote.length > 90 ? `${statement.quote.slice(0, 87)}…` : statement.quote;
  announce(
    statement.isDirectQuote
      ? `New statement by ${statement.speaker.name}: “${words}”`
      : `New paraphrase of ${statement.speaker.name}: ${words}`,
  );
});

window.addEventListener('hashchange', () => void render());
void render();
startLiveUpdates();
