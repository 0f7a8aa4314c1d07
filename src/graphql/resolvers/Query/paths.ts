import type { PathEdgeKind, QueryResolvers } from '../../../generated/graphql.js';
import { shortestPaths, type Step } from '../../../domain/shortestPaths.js';
import type { PathEdgeRow } from '../../../store/rows.js';
import { badUserInput } from '../../errors.js';
import type { PathModel } from '../../models.js';
import { requireEntityId } from '../../references.js';

/** The longest path `paths` looks for, and the most paths it returns. */
export const MAX_PATH_HOPS = 6;
export const MAX_PATHS = 10;

/** PUBLICATION is opt-in: the article's own publisher reports on everyone and would make every pair two hops apart. */
const DEFAULT_EDGE_KINDS: PathEdgeKind[] = ['RELATIONSHIP', 'STATEMENT', 'EVENT'];

/** Among paths of equal length, prefer stated relationships and statements to co-appearances and coverage. */
function edgeRank(edge: PathEdgeRow): number {
  return { RELATIONSHIP: 0, STATEMENT: 1, EVENT: 2, PUBLICATION: 3 }[edge.kind];
}

function checkRange(value: number, name: string, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw badUserInput(`\`${name}\` must be between 1 and ${max}, got ${value}`, name);
  }
  return value;
}

export const paths: QueryResolvers['paths'] = async (_root, args, context) => {
  const maxHops = checkRange(args.maxHops ?? 4, 'maxHops', MAX_PATH_HOPS);
  const limit = checkRange(args.first ?? 3, 'first', MAX_PATHS);
  const kinds = args.via?.length ? [...new Set(args.via)] : DEFAULT_EDGE_KINDS;
  const [sourceId, targetId] = await Promise.all([
    requireEntityId(context, args.from, 'from'),
    requireEntityId(context, args.to, 'to'),
  ]);
  const result = await shortestPaths<PathEdgeRow>(sourceId, targetId, {
    maxHops,
    limit,
    edgeRank,
    edgeKey: (edge) => `${edge.kind}:${edge.relationshipId ?? edge.statementId ?? edge.eventId}:${edge.documentId}`,
    // One store call per breadth-first level, whatever the width of the frontier.
    expand: async (nodes) => {
      const edges = await context.store.pathEdgesByEntityIds(nodes, kinds);
      return new Map(
        nodes.map((node, index): [number, Step<PathEdgeRow>[]] => [
          node,
          edges[index].map((edge) => ({ from: node, to: edge.neighborId, edge })),
        ]),
      );
    },
  });
  return result.paths.map((steps): PathModel => ({
    sourceId,
    hops: steps.map((step) => ({ fromId: step.from, toId: step.to, edge: step.edge })),
  }));
};
