/**
 * claimgraph's schema with its resolvers attached, for plain graphql-js (the baseline runs `execute` without
 * Apollo): the same thing Apollo builds from `typeDefs` and `resolvers`, done by hand to need no other package.
 */
import {
  buildASTSchema,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLUnionType,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { resolvers } from '../src/graphql/resolvers/index.js';
import { typeDefs } from '../src/graphql/schema.js';

export function executableSchema(): GraphQLSchema {
  const schema = buildASTSchema(typeDefs);
  for (const [typeName, typeResolvers] of Object.entries(resolvers as Record<string, unknown>)) {
    const type = schema.getType(typeName);
    if (type instanceof GraphQLScalarType && typeResolvers instanceof GraphQLScalarType) {
      type.serialize = typeResolvers.serialize;
      type.parseValue = typeResolvers.parseValue;
      type.parseLiteral = typeResolvers.parseLiteral;
      continue;
    }
    const fields = typeResolvers as Record<string, unknown>;
    if (type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType) {
      if (typeof fields.__resolveType === 'function') type.resolveType = fields.__resolveType as never;
    }
    if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
      const typeFields = type.getFields();
      for (const [fieldName, resolve] of Object.entries(fields)) {
        if (fieldName.startsWith('__')) continue;
        const field = typeFields[fieldName];
        if (field === undefined) throw new Error(`resolver for unknown field ${typeName}.${fieldName}`);
        field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
      }
    }
  }
  return schema;
}
