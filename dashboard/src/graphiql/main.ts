/**
 * GraphiQL at /graphiql, bundled (no CDN): queries and mutations over HTTP POST to /graphql, subscriptions over
 * graphql-ws on the same address. It reads the schema by introspection, which the server allows only when
 * CLAIMGRAPH_INTROSPECTION=1 (or in development mode); without it the explorer still runs queries and says why
 * it cannot offer completion and docs.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { createClient } from 'graphql-ws';
import { EXAMPLE_TABS } from './exampleQueries.js';
import { loadExplorerSchema } from './introspection.js';

const httpUrl = `${window.location.origin}/graphql`;
const wsUrl = `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`;

const fetcher = createGraphiQLFetcher({
  url: httpUrl,
  wsClient: createClient({ url: wsUrl, lazy: true }),
});

function showBanner(text: string): void {
  const banner = document.getElementById('graphiql-banner')!;
  banner.textContent = text;
  banner.hidden = false;
}

const outcome = await loadExplorerSchema(httpUrl);
if (outcome.kind === 'disabled') {
  showBanner(
    'This claimgraph does not allow introspection, so the explorer cannot offer completion or docs (queries still run). Start the server with CLAIMGRAPH_INTROSPECTION=1 to turn it on.',
  );
} else if (outcome.kind === 'failed') {
  showBanner(`The explorer could not read the schema: ${outcome.message}`);
}

createRoot(document.getElementById('graphiql')!).render(
  createElement(
    GraphiQL,
    {
      fetcher,
      schema: outcome.kind === 'schema' ? outcome.schema : null,
      defaultTabs: EXAMPLE_TABS,
      defaultEditorToolsVisibility: true,
      shouldPersistHeaders: false,
    },
    createElement(
      GraphiQL.Logo,
      null,
      createElement(
        'a',
        { href: '/', className: 'graphiql-home-link', title: 'Back to the fact-check dashboard' },
        'claimgraph',
      ),
    ),
  ),
);
