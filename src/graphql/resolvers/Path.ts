import type { PathResolvers } from '../../generated/graphql.js';
import { loadExisting } from './load.js';

export const Path: PathResolvers = {
  length: (path) => path.hops.length,
  entities: (path, _args, context) =>
    loadExisting(context.loaders.entity, [path.sourceId, ...path.hops.map((hop) => hop.toId)]),
  hops: (path) => path.hops,
};
