/**
 * The baselines the benchmark measures claimgraph against, each a child process with the stats channel:
 *
 * - `bare`: a node:http handler that answers each benchmark request with the bytes claimgraph answered it with
 *   (the transport's limit: no GraphQL, no database);
 * - `graphql-js`: graphql-js `execute` over claimgraph's schema, resolvers and loaders, with the store's answers
 *   held in memory (see replayStore.ts) and a cache of parsed and validated documents;
 * - `apollo-default` and `apollo-tuned`: Apollo Server on Fastify over the SQLite store with the same context as
 *   claimgraph, with Apollo's defaults, or with the plugins claimgraph does not use turned off (cache control
 *   wraps every resolver; usage reporting, inline tracing, schema reporting, the landing page).
 *
 * The parent sends what the mode needs (`responses` or `requests`) and waits for `ready`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { execute, parse, validate, type DocumentNode } from 'graphql';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo from '@as-integrations/fastify';
import Fastify from 'fastify';
import { createContext, type GraphQLContext } from '../src/graphql/context.js';
import { resolvers } from '../src/graphql/resolvers/index.js';
import { typeDefs } from '../src/graphql/schema.js';
import { requestStore } from '../src/store/requestStore.js';
import { SqliteStore } from '../src/store/sqlite/sqliteStore.js';
import { executableSchema } from './executableSchema.js';
import { installStatsChannel, reportReady } from './processStats.js';
import type { BenchRequest } from './queries.js';
import { recordingStore, replayStore, type Recording } from './replayStore.js';

export type BaselineMode = 'bare' | 'graphql-js' | 'apollo-default' | 'apollo-tuned';

export type BaselineSetup =
  | { type: 'responses'; entries: [body: string, response: string][] }
  | { type: 'requests'; requests: BenchRequest[]; database: string };

const mode = process.argv[2] as BaselineMode;
installStatsChannel();

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function listen(handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>, started: number): void {
  // a failed request answers 500 instead of leaving an unhandled rejection behind
  const server = createServer((request, response) => {
    handler(request, response).catch((error: unknown) => {
      response.statusCode = 500;
      response.end(String(error));
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    reportReady(`http://127.0.0.1:${port}/graphql`, performance.now() - started);
  });
}

function bare(entries: [string, string][]): void {
  const started = performance.now();
  const responses = new Map(entries.map(([body, response]) => [body, Buffer.from(response, 'utf8')]));
  listen(async (request, response) => {
    const bytes = responses.get(await readBody(request));
    response.writeHead(bytes ? 200 : 404, { 'content-type': 'application/json; charset=utf-8' });
    response.end(bytes ?? '{"errors":[{"message":"not a benchmark request"}]}');
  }, started);
}

async function graphqlJs(requests: BenchRequest[], database: string): Promise<void> {
  const started = performance.now();
  const schema = executableSchema();
  const recording: Recording = new Map();
  const store = SqliteStore.open(database);
  const recorder = recordingStore(store, recording);
  for (const request of requests) {
    await execute({
      schema,
      document: parse(request.query),
      variableValues: request.variables,
      contextValue: createContext(recorder),
    });
  }
  await store.close();
  const memory = replayStore(recording);
  const documents = new Map<string, DocumentNode | readonly Error[]>();
  const documentFor = (query: string) => {
    let document = documents.get(query);
    if (document === undefined) {
      const parsed = parse(query);
      const errors = validate(schema, parsed);
      document = errors.length > 0 ? errors : parsed;
      documents.set(query, document);
    }
    return document;
  };
  listen(async (request, response) => {
    const { query, variables } = JSON.parse(await readBody(request)) as BenchRequest;
    const document = documentFor(query);
    const result = Array.isArray(document)
      ? { errors: document }
      : await execute({
          schema,
          document: document as DocumentNode,
          variableValues: variables,
          contextValue: createContext(memory),
        });
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(result));
  }, started);
}

async function apollo(database: string, tuned: boolean): Promise<void> {
  const started = performance.now();
  const store = SqliteStore.open(database);
  const app = Fastify({ logger: false });
  const plugins: ApolloServerPlugin<GraphQLContext>[] = tuned
    ? [
        ApolloServerPluginCacheControlDisabled(),
        ApolloServerPluginUsageReportingDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginSchemaReportingDisabled(),
        ApolloServerPluginLandingPageDisabled(),
      ]
    : [];
  const server = new ApolloServer<GraphQLContext>({ typeDefs, resolvers: resolvers as never, plugins });
  await server.start();
  await app.register(fastifyApollo(server), {
    path: '/graphql',
    context: async () => createContext(requestStore(store).store),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  reportReady(`http://127.0.0.1:${port}/graphql`, performance.now() - started);
}

process.once('message', (setup: BaselineSetup) => {
  const run = async () => {
    if (mode === 'bare' && setup.type === 'responses') return bare(setup.entries);
    if (mode === 'graphql-js' && setup.type === 'requests') return graphqlJs(setup.requests, setup.database);
    if ((mode === 'apollo-default' || mode === 'apollo-tuned') && setup.type === 'requests') {
      return apollo(setup.database, mode === 'apollo-tuned');
    }
    throw new Error(`baseline ${mode} cannot start from a ${setup.type} message`);
  };
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
});
