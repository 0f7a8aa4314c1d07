import type { GraphQLError } from 'graphql';
import type { QueryResolvers } from '../../../generated/graphql.js';
import type { GraphQLContext } from '../../context.js';
import { badUserInput, notFound } from '../../errors.js';
import { decodeGlobalId, NODE_TYPES } from '../../globalId.js';
import { entityTypeName } from '../nodeTypeName.js';

type NodeRow = NonNullable<Awaited<ReturnType<typeof findNode>>>;

/** The row behind a global id, or null when no node has it (a well-formed id of a deleted or unknown record). */
export async function findNode(context: GraphQLContext, id: string, argumentPath: string) {
  const { typeName, slug } = decodeGlobalId(id, argumentPath);
  const table = NODE_TYPES[typeName];
  const rowId = await context.loaders.idBySlug[table].load(slug);
  if (rowId === null) return null;
  const loaders = context.loaders;
  const row = await {
    entity: loaders.entity,
    document: loaders.document,
    event: loaders.event,
    statement: loaders.statement,
    claim: loaders.claim,
    review: loaders.review,
    relationship: loaders.relationship,
    factCheck: loaders.factCheck,
  }[table].load(rowId);
  // A Person id must not fetch an Outlet that happens to share the slug's table.
  if (row && 'type' in row && 'name' in row && entityTypeName(row) !== typeName) return null;
  return row;
}

function unknownNode(id: string, argumentPath: string): GraphQLError {
  return notFound(`no node has the id ${JSON.stringify(id)}`, argumentPath);
}

export const node: QueryResolvers['node'] = async (_root, { id }, context) => {
  const row = await findNode(context, id, 'id');
  if (row === null) throw unknownNode(id, 'id');
  return row;
};

/** One entry per id; an unknown or malformed id is null at its position, with its own error. */
export const MAX_NODES_PER_REQUEST = 100;

export const nodes: QueryResolvers['nodes'] = async (_root, { ids }, context) => {
  if (ids.length > MAX_NODES_PER_REQUEST) {
    throw badUserInput(`\`ids\` may hold at most ${MAX_NODES_PER_REQUEST} ids, got ${ids.length}`, 'ids');
  }
  return Promise.all(
    ids.map(async (id, index): Promise<NodeRow | GraphQLError> => {
      try {
        return (await findNode(context, id, `ids.${index}`)) ?? unknownNode(id, `ids.${index}`);
      } catch (error) {
        return error as GraphQLError;
      }
    }),
  ) as never;
};
