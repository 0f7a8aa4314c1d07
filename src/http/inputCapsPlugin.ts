/**
 * Applies the input caps (src/graphql/limits/inputCaps.ts) to every operation Apollo is about to run, after
 * validation and before execution: an over-cap string is answered with HTTP 400 BAD_USER_INPUT and no resolver,
 * hence no store, ever sees it.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { inputCapError } from '../graphql/limits/inputCaps.js';

export function inputCapsPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const error = inputCapError(schema, document, operation, request.variables);
          if (error) throw error;
        },
      };
    },
  };
}
