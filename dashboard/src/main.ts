/**
 * The dashboard's entry: routes the hash to a view, keeps the header (navigation, search, live status) up to
 * date, and announces live updates. Views render into <main>; leaving a view runs its cleanup.
 */
import './styles.css';
import { h } from './dom.js';
import { onLiveState, onStatementAdded, startLiveUpdates, type LiveState } from './api/liveUpdates.js';
import { href, navigate, parseRoute, type Route } from './router.js';
import { claimsView } from './views/claimsView.js';
import { claimDetailView } from './views/claimDetailView.js';
import { statementView } from './views/statementView.js';
import { peopleView } from './views/peopleView.js';
import { timelineView } from './views/timelineView.js';
import { searchView } from './views/searchView.js';
import { documentView } from './views/documentView.js';
import { eventView } from './views/eventView.js';
import { newArticleView } from './views/newArticleView.js';
import type { ViewContext } from './views/view.js';

type ViewResult = void | (() => void) | { cleanup: () => void; update: (route: Route) => boolean };
type AnyView = (context: ViewContext) => ViewResult;

const VIEWS: Record<string, { view: AnyView; nav: string | null }> = {
  claims: { view: claimsView, nav: 'claims' },
  claim: { view: claimDetailView, nav: 'claims' },
  statement: { view: statementView, nav: null },
  people: { view: peopleView, nav: 'people' },
  timeline: { view: timelineView, nav: 'timeline' },
  search: { view: searchView, nav: null },
  document: { view: documentView, nav: null },
  event: { view: eventView, nav: null },
  'new-article': { view: newArticleView, nav: 'new-article' },
};

const main = document.getElementById('main') as HTMLElement;
const announcements = document.getElementById('announcements') as HTMLElement;
const searchForm = document.getElementById('search-form') as HTMLFormElement;
const searchInput = document.getElementById('search-input') as HTMLInputElement;
const liveStatus = document.getElementById('live-status') as HTMLElement;

let current: { name: string; result: ViewResult } | null = null;
let firstRender = true;

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

function render(): void {
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
  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-nav]')) {
    if (entry && link.dataset.nav === entry.nav) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  if (name === 'search') searchInput.value = route.params.get('q') ?? '';
  const heading = h('h1', { id: 'page-heading' });
  main.replaceChildren(heading);
  const setTitle = (title: string) => {
    heading.textContent = title;
    document.title = `${title} · claimgraph`;
  };
  if (!entry) {
    setTitle('Page not found');
    main.append(
      h('p', {}, 'There is nothing at this address. ', h('a', { href: href(['claims']) }, 'Go to the claims.')),
    );
    current = null;
    return;
  }
  current = { name, result: entry.view({ main, route, setTitle, announce }) };
  // a new view: screen-reader and keyboard users start at its heading, not at the old scroll position
  if (!firstRender) {
    window.scrollTo(0, 0);
    main.focus({ preventScroll: true });
  }
  firstRender = false;
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

window.addEventListener('hashchange', render);
render();
startLiveUpdates();
