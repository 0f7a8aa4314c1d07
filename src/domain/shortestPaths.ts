/**
 * Shortest paths between two nodes of a graph that is only reachable through a batched neighbour lookup: a
 * bidirectional breadth-first search that expands one whole level of the smaller frontier per step, so each step
 * costs one `expand` call (one store round-trip) however wide the frontier is, and the search stops as soon as the
 * two sides meet instead of exploring everything within `maxHops`.
 *
 * Edges are traversed in both directions; an edge keeps its own orientation for the caller to report. `expand` may
 * answer a node's edges in any order: the paths enumerated through a node take its best-ranked edges first, so the
 * answer depends on the graph only.
 */

export interface Step<E> {
  /** the node the step leaves */
  from: number;
  /** the node the step reaches */
  to: number;
  edge: E;
}

/** Edges incident to a node: `to` is the neighbour. */
export type Expand<E> = (nodes: number[]) => Promise<Map<number, Step<E>[]>>;

export interface ShortestPathOptions<E> {
  maxHops: number;
  limit: number;
  expand: Expand<E>;
  /** lower is preferred: orders paths of equal length (e.g. a stated relationship before a co-appearance) */
  edgeRank: (edge: E) => number;
  /** a stable identity of an edge, to order otherwise equal paths deterministically */
  edgeKey: (edge: E) => string;
  /** how many candidate paths to enumerate before ranking, so a densely connected pair stays cheap */
  candidateLimit?: number;
}

export interface ShortestPathResult<E> {
  paths: Step<E>[][];
  /** how many `expand` calls (levels) the search made */
  levelsExpanded: number;
}

interface Side<E> {
  distance: Map<number, number>;
  /** for each reached node, the steps that reach it from the previous level (oriented away from the side's root) */
  parents: Map<number, Step<E>[]>;
  /** the nodes whose parents are in preference order (sorted when first enumerated) */
  ordered: Set<number>;
  frontier: number[];
  depth: number;
}

function newSide<E>(root: number): Side<E> {
  return { distance: new Map([[root, 0]]), parents: new Map(), ordered: new Set(), frontier: [root], depth: 0 };
}

async function expandLevel<E>(side: Side<E>, expand: Expand<E>): Promise<void> {
  const edges = await expand(side.frontier);
  const next: number[] = [];
  const depth = side.depth + 1;
  for (const node of side.frontier) {
    for (const step of edges.get(node) ?? []) {
      const known = side.distance.get(step.to);
      if (known === undefined) {
        side.distance.set(step.to, depth);
        side.parents.set(step.to, [step]);
        next.push(step.to);
      } else if (known === depth) {
        side.parents.get(step.to)!.push(step);
      }
    }
  }
  side.frontier = next;
  side.depth = depth;
}

type StepOrder<E> = (a: Step<E>, b: Step<E>) => number;

/** Steps by their edge's rank, then its key, then the node they leave: a total order on a node's parents. */
function stepOrder<E>(options: ShortestPathOptions<E>): StepOrder<E> {
  return (a, b) => {
    const rank = options.edgeRank(a.edge) - options.edgeRank(b.edge);
    if (rank !== 0) return rank;
    const [keyA, keyB] = [options.edgeKey(a.edge), options.edgeKey(b.edge)];
    return keyA < keyB ? -1 : keyA > keyB ? 1 : a.from - b.from;
  };
}

/**
 * All step sequences from the side's root to `node`, oriented root -> node, at most `limit` of them: through each
 * node its best-ranked parents first, so the `limit` kept do not depend on the order `expand` answered in.
 */
function halfPaths<E>(side: Side<E>, node: number, limit: number, order: StepOrder<E>): Step<E>[][] {
  const parents = side.parents.get(node);
  if (parents === undefined) return [[]];
  if (!side.ordered.has(node)) {
    parents.sort(order);
    side.ordered.add(node);
  }
  const result: Step<E>[][] = [];
  for (const step of parents) {
    for (const prefix of halfPaths(side, step.from, limit - result.length, order)) {
      result.push([...prefix, step]);
      if (result.length >= limit) return result;
    }
  }
  return result;
}

function reverse<E>(steps: Step<E>[]): Step<E>[] {
  return steps.map((step) => ({ from: step.to, to: step.from, edge: step.edge })).reverse();
}

export async function shortestPaths<E>(
  source: number,
  target: number,
  options: ShortestPathOptions<E>,
): Promise<ShortestPathResult<E>> {
  if (source === target) return { paths: [[]], levelsExpanded: 0 };
  const candidateLimit = options.candidateLimit ?? Math.max(50, options.limit * 10);
  const order = stepOrder(options);
  const forward = newSide<E>(source);
  const backward = newSide<E>(target);
  let levelsExpanded = 0;
  while (forward.depth + backward.depth < options.maxHops && forward.frontier.length && backward.frontier.length) {
    const side = forward.frontier.length <= backward.frontier.length ? forward : backward;
    const other = side === forward ? backward : forward;
    await expandLevel(side, options.expand);
    levelsExpanded += 1;
    let best = Infinity;
    let meeting: number[] = [];
    for (const node of side.frontier) {
      const across = other.distance.get(node);
      if (across === undefined) continue;
      const length = side.depth + across;
      if (length < best) {
        best = length;
        meeting = [node];
      } else if (length === best) {
        meeting.push(node);
      }
    }
    if (meeting.length && best <= options.maxHops) {
      const candidates: Step<E>[][] = [];
      for (const node of meeting.sort((a, b) => a - b)) {
        for (const head of halfPaths(forward, node, candidateLimit, order)) {
          for (const tail of halfPaths(backward, node, candidateLimit, order)) {
            candidates.push([...head, ...reverse(tail)]);
            if (candidates.length >= candidateLimit) break;
          }
          if (candidates.length >= candidateLimit) break;
        }
        if (candidates.length >= candidateLimit) break;
      }
      const rank = (path: Step<E>[]) => path.reduce((sum, step) => sum + options.edgeRank(step.edge), 0);
      const ranked = candidates
        .map((path) => ({
          path,
          rank: rank(path),
          key: path.map((step) => `${step.to}/${options.edgeKey(step.edge)}`).join(','),
        }))
        .sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      return { paths: ranked.slice(0, options.limit).map((entry) => entry.path), levelsExpanded };
    }
  }
  return { paths: [], levelsExpanded };
}
