/**
 * Fills a request's observation (requestRecord.ts) from inside Apollo: the operation it resolved to, the errors
 * its client was answered with (formatted: the codes the client saw), its store round-trips and its
 * persisted-query hash. Requests without an observation (ClaimReview pages run operations in-process) are skipped.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { operationNameOf, persistedQueryHashOf, type RequestObservation } from './requestRecord.js';

export interface ObservedContext extends BaseContext {
  observation?: RequestObservation;
  storeCalls: () => number;
}

export function observationPlugin<TContext extends ObservedContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const observation = contextValue.observation;
      if (!observation) return;
      observation.storeCalls = contextValue.storeCalls;
      observation.persistedQueryHash = persistedQueryHashOf(request.extensions);
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          observation.operationType = operation.operation;
          observation.operationName = operationNameOf(operationName);
        },
        async willSendResponse({ response }) {
          if (response.body.kind === 'single') observation.errors = response.body.singleResult.errors ?? [];
        },
      };
    },
  };
}
