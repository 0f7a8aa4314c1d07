/**
 * Search results: ranked hits over names, aliases, quotes, claims, event titles and document text, each with its
 * matching passage and the matched words highlighted, linking to the view where the hit lives (a quote lands on
 * its statement, a claim on its detail, a person in the graph).
 */
import { h, replaceChildren } from '../dom.js';
import { graphql } from '../api/graphqlClient.js';
import { SEARCH } from '../api/queries.js';
import type { SearchQuery } from '../generated/graphql.js';
import { empty, errorBox, loading } from '../components/feedback.js';
import { enumWords } from '../format/labels.js';
import { href } from '../router.js';
import type { View } from './view.js';

type SearchHitData = SearchQuery['search']['nodes'][number];
type SearchNode = SearchHitData['node'];

export const searchView: View = ({ main, route, setTitle }) => {
  const query = route.params.get('q')?.trim() ?? '';
  setTitle(query ? `Search: ${query}` : 'Search');
  const results = h('div', { class: 'search-results', 'aria-live': 'polite' });
  main.append(results);
  let disposed = false;
  const hits: SearchHitData[] = [];
  const load = async (after: string | null) => {
    if (!query) {
      replaceChildren(results, empty('Type words in the search box: names, words of a quote or a claim.'));
      return;
    }
    if (!after) replaceChildren(results, loading('results'));
    try {
      const data = await graphql(SEARCH, { query, after });
      if (disposed) return;
      hits.push(...data.search.nodes);
      replaceChildren(
        results,
        h(
          'p',
          { class: 'result-count' },
          `${data.search.totalCount} result${data.search.totalCount === 1 ? '' : 's'} for “${query}”`,
        ),
        hits.length === 0
          ? empty('Nothing matches. Try fewer or other words.')
          : h('ol', { class: 'hit-list' }, hits.map(hitItem)),
        data.search.pageInfo.hasNextPage
          ? h(
              'button',
              { type: 'button', class: 'button', onClick: () => void load(data.search.pageInfo.endCursor) },
              'More results',
            )
          : null,
      );
    } catch (error) {
      if (!disposed)
        replaceChildren(
          results,
          errorBox(error, () => void load(after)),
        );
    }
  };
  void load(null);
  return () => {
    disposed = true;
  };
};

function target(node: SearchNode): { link: string; title: string } {
  switch (node.__typename) {
    case 'Person':
    case 'Outlet':
    case 'Organization':
      return { link: href(['people', node.id]), title: node.name };
    case 'Statement': {
      const words = node.quote.length > 120 ? `${node.quote.slice(0, 117)}…` : node.quote;
      // only the speaker's own words go in quotation marks; a paraphrase is the source's words, reported speech
      return {
        link: href(['statement', node.id]),
        title: node.isDirectQuote ? `${node.speaker.name}: “${words}”` : `${node.speaker.name} (paraphrased): ${words}`,
      };
    }
    case 'Claim':
      return { link: href(['claim', node.id]), title: node.text };
    case 'Event':
      return { link: href(['event', node.id]), title: node.title };
    case 'Document':
      return { link: href(['document', node.id]), title: node.title };
  }
}

/** The snippet with the matched terms in <mark>; `highlights` count code points of `snippet`. */
function highlightedSnippet(snippet: string, highlights: { start: number; end: number }[]): HTMLElement {
  const points = Array.from(snippet);
  const paragraph = h('p', { class: 'snippet' });
  let at = 0;
  for (const range of [...highlights].sort((a, b) => a.start - b.start)) {
    if (range.start < at) continue;
    paragraph.append(
      points.slice(at, range.start).join(''),
      h('mark', {}, points.slice(range.start, range.end).join('')),
    );
    at = range.end;
  }
  paragraph.append(points.slice(at).join(''));
  return paragraph;
}

function hitItem(hit: SearchHitData): HTMLElement {
  const { link, title } = target(hit.node);
  const statement = hit.node.__typename === 'Statement' ? hit.node : null;
  const kind = statement ? (statement.isDirectQuote ? 'Direct quote' : 'Paraphrase') : enumWords(hit.kind);
  return h(
    'li',
    { class: 'hit', dataset: { kind: hit.kind } },
    h('p', { class: 'hit-title' }, h('span', { class: 'badge kind' }, kind), ' ', h('a', { href: link }, title)),
    highlightedSnippet(hit.snippet, hit.highlights),
  );
}
