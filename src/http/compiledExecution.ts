/**
 * Runs queries and mutations through graphql-jit: each operation is compiled once into a function specialised to
 * its selection (no per-field walk of the AST, no generic completion per value), then run for every request that
 * sends the same document. On the nested who-said-what query graphql-js spends most of its time walking the
 * selection and completing values; compiled code does neither (BENCHMARKS.md).
 *
 * It plugs into Apollo Server through its gateway interface, the one place Apollo lets an executor be replaced:
 * parsing, validation (every query limit is a validation rule), the document cache, plugins, error formatting and
 * the HTTP answer stay Apollo's. Only execution changes. Subscriptions are not run here: graphql-ws runs them
 * with graphql-js (subscriptionServer.ts).
 *
 * Compiled operations are kept per parsed document, which Apollo's document cache keeps per query text: a
 * document evicted from that cache takes its compiled code with it. With the document cache off every request
 * parses a new document, so compiling would cost more than it saves: graphql-js runs it instead.
 */
import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import {
  execute,
  GraphQLError,
  printSchema,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { getVariableValues } from 'graphql/execution/values.js';

type Compiled = CompiledQuery | ExecutionResult;

function compiledFor(
  cache: WeakMap<DocumentNode, Map<string, Compiled>>,
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null,
): Compiled {
  let byOperation = cache.get(document);
  if (!byOperation) {
    byOperation = new Map();
    cache.set(document, byOperation);
  }
  const key = operationName ?? '';
  let compiled = byOperation.get(key);
  if (!compiled) {
    compiled = compileQuery(schema, document, operationName ?? undefined);
    byOperation.set(key, compiled);
  }
  return compiled;
}

/**
 * graphql-jit reports a resolver's failure as an error without `extensions`, and sometimes as the thrown error
 * itself (a database error, say); Apollo's error formatting needs a GraphQLError with extensions, and claimgraph's
 * masking of internal errors reads the thrown error from its `originalError` (formatError.ts). Each error is made
 * again in that shape, with its path and locations.
 */
function asGraphQLErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors) return result;
  const errors = result.errors.map((error) => {
    if (!isGraphQLError(error)) return new GraphQLError((error as Error).message, { originalError: error });
    const original = error.originalError ?? undefined;
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      originalError: original,
      extensions: error.extensions ?? (original as GraphQLError | undefined)?.extensions,
    });
  });
  return { ...result, errors };
}

/** graphql ships CommonJS and ESM builds; an error made by the other one is not `instanceof` this one's class. */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof GraphQLError || (error instanceof Error && error.name === 'GraphQLError');
}

/** An executor for Apollo's gateway interface; `compile: false` runs graphql-js's execute on every request. */
export function compiledExecutor(schema: GraphQLSchema, options: { compile: boolean }): GatewayExecutor {
  const cache = new WeakMap<DocumentNode, Map<string, Compiled>>();
  return async (requestContext) => {
    const { document, operationName, context } = requestContext;
    const variables = requestContext.request.variables ?? {};
    if (options.compile) {
      // Variables are checked by graphql-js first, so a bad one is refused in its words and with its error nodes,
      // which Apollo turns into BAD_USER_INPUT exactly as without compiled execution.
      const coerced = getVariableValues(schema, requestContext.operation.variableDefinitions ?? [], variables, {
        maxErrors: 50,
      });
      if (coerced.errors) return { errors: coerced.errors };
      const compiled = compiledFor(cache, schema, document, operationName);
      // graphql-jit declines what it cannot compile with an error result; graphql-js answers those as it always has
      if (isCompiledQuery(compiled)) {
        return asGraphQLErrors(await compiled.query(undefined, context, variables));
      }
    }
    return await execute({
      schema,
      document,
      operationName,
      contextValue: context,
      variableValues: variables,
    });
  };
}

/** A fixed schema and executor in the shape Apollo Server's `gateway` option takes. */
export function compiledExecutionGateway(schema: GraphQLSchema, executor: GatewayExecutor): GatewayInterface {
  return {
    async load() {
      return { executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    async stop() {},
  };
}
