/** A connection field over a per-parent list that a loader returns whole. */
import { connectionFromArray, type ConnectionArgs, type ConnectionModel } from '../connection.js';
import type { GraphQLContext } from '../context.js';

export function listConnection<P, T>(
  list: string,
  load: (parent: P, context: GraphQLContext) => Promise<readonly T[]>,
  idOf: (row: T) => number = (row) => (row as { id: number }).id,
) {
  return async (parent: P, args: ConnectionArgs, context: GraphQLContext): Promise<ConnectionModel<T>> =>
    connectionFromArray(list, await load(parent, context), args, idOf);
}
