import type { EntityResolvers, NodeResolvers } from '../../generated/graphql.js';
import { entityTypeName, nodeTypeName } from './nodeTypeName.js';

export const Entity: EntityResolvers = {
  __resolveType: (entity) => entityTypeName(entity),
};

export const Node: NodeResolvers = {
  __resolveType: (row) => nodeTypeName(row),
};
