/**
 * Announces a committed write to subscribers. The write has already succeeded, so a failure to deliver the news
 * is logged, never reported as a failed mutation (the client would retry and write twice).
 */
import type { ClaimgraphEvent } from '../events/eventBus.js';
import type { GraphQLContext } from './context.js';

export async function announce(context: GraphQLContext, event: ClaimgraphEvent): Promise<void> {
  try {
    await context.events.publish(event);
  } catch (error) {
    console.error(`could not announce ${event.type}`, error);
  }
}
