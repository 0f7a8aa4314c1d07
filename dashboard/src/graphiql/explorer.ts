/**
 * GraphiQL itself (React, the GraphiQL UI, graphql-js and the fetcher): a chunk of its own, which the explorer's
 * entry (main.ts) starts loading at once and mounts when both it and the introspection answer have arrived.
 * Queries and mutations go over HTTP POST to /graphql, subscriptions over graphql-ws on the same address.
 */
import 'graphiql/style.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { buildClientSchema, type GraphQLSchema } from 'graphql';
import { createClient } from 'graphql-ws';
import { exampleTabs, type SchemaAvailability } from './exampleQueries.js';
import type { IntrospectionOutcome } from './introspection.js';
import { keepTabBarAccessible } from './accessibleTabBar.js';

export interface ExplorerSchema {
  schema: GraphQLSchema | null;
  availability: SchemaAvailability;
  /** why there is no schema, when there is none because of an error */
  problem?: string;
}

/** The schema from an introspection answer; an answer buildClientSchema cannot read counts as unavailable. */
export function explorerSchema(outcome: IntrospectionOutcome): ExplorerSchema {
  if (outcome.kind === 'disabled') return { schema: null, availability: 'introspection-off' };
  if (outcome.kind === 'failed') return { schema: null, availability: 'unavailable', problem: outcome.message };
  try {
    return { schema: buildClientSchema(outcome.result), availability: 'docs' };
  } catch (error) {
    return {
      schema: null,
      availability: 'unavailable',
      problem: error instanceof Error ? error.message : String(error),
    };
  }
}

export function mountExplorer(container: HTMLElement, { schema, availability }: ExplorerSchema): void {
  const httpUrl = `${window.location.origin}/graphql`;
  const wsUrl = `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/graphql`;
  const fetcher = createGraphiQLFetcher({
    url: httpUrl,
    wsClient: createClient({ url: wsUrl, lazy: true }),
  });
  keepTabBarAccessible(container);
  createRoot(container).render(
    createElement(
      GraphiQL,
      {
        fetcher,
        schema,
        defaultTabs: exampleTabs(availability),
        defaultEditorToolsVisibility: true,
        shouldPersistHeaders: false,
        // no schema, no docs: the docs button would open an empty explorer, so it is left out
        ...(schema ? {} : { referencePlugin: null }),
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
}
