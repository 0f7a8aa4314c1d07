/**
 * shortestPaths: a bidirectional breadth-first search over a graph reached only through a batched neighbour
 * lookup. These tests drive it with small in-memory graphs whose `expand` records every call.
 */
import { describe, expect, it } from 'vitest';
import { shortestPaths, type Step } from '../../src/domain/shortestPaths.js';

interface Edge {
  id: string;
  a: number;
  b: number;
  /** lower is preferred */
  rank: number;
}

/** An undirected view of `edges` (each edge stored once, a -> b) and the log of `expand` calls made on it. */
function graph(edges: [id: string, a: number, b: number, rank?: number][]) {
  const all: Edge[] = edges.map(([id, a, b, rank = 0]) => ({ id, a, b, rank }));
  const calls: number[][] = [];
  const expand = async (nodes: number[]) => {
    calls.push([...nodes]);
    const result = new Map<number, Step<Edge>[]>();
    for (const node of nodes) {
      const steps: Step<Edge>[] = [];
      for (const edge of all) {
        if (edge.a === node) steps.push({ from: node, to: edge.b, edge });
        if (edge.b === node) steps.push({ from: node, to: edge.a, edge });
      }
      result.set(node, steps);
    }
    return result;
  };
  return {
    calls,
    options: (overrides: { maxHops?: number; limit?: number; candidateLimit?: number } = {}) => ({
      maxHops: 6,
      limit: 10,
      expand,
      edgeRank: (edge: Edge) => edge.rank,
      edgeKey: (edge: Edge) => edge.id,
      ...overrides,
    }),
  };
}

/** A path as the node sequence it walks and the edges it uses: "1 -a-> 2 -b-> 3". */
function describePath(path: Step<Edge>[]): string {
  if (path.length === 0) return '(empty)';
  return [String(path[0].from), ...path.map((step) => `-${step.edge.id}-> ${step.to}`)].join(' ');
}

describe('shortestPaths', () => {
  it('from a node to itself is one empty path, found without any expand call', async () => {
    const { calls, options } = graph([['a', 1, 2]]);
    expect(await shortestPaths(1, 1, options())).toEqual({ paths: [[]], levelsExpanded: 0 });
    expect(calls).toEqual([]);
  });

  it('walks an edge against its stored direction, keeping the edge as stored', async () => {
    const { options } = graph([['a', 2, 1]]);
    const { paths } = await shortestPaths(1, 2, options());
    expect(paths).toHaveLength(1);
    const [step] = paths[0];
    expect({ from: step.from, to: step.to }).toEqual({ from: 1, to: 2 });
    expect(step.edge).toMatchObject({ id: 'a', a: 2, b: 1 });
  });

  it('returns only the shortest paths, not longer ones', async () => {
    // 1-2-4 and 1-3-4 have two hops; 1-5-6-4 has three
    const { options } = graph([
      ['a', 1, 2],
      ['b', 2, 4],
      ['c', 1, 3],
      ['d', 3, 4],
      ['e', 1, 5],
      ['f', 5, 6],
      ['g', 6, 4],
    ]);
    const { paths } = await shortestPaths(1, 4, options());
    expect(paths.map(describePath)).toEqual(['1 -a-> 2 -b-> 4', '1 -c-> 3 -d-> 4']);
  });

  it('orders paths of equal length by the sum of their edge ranks, lowest first', async () => {
    const { options } = graph([
      ['a', 1, 2, 5],
      ['b', 2, 4, 5],
      ['c', 1, 3, 1],
      ['d', 3, 4, 1],
    ]);
    const { paths } = await shortestPaths(1, 4, options());
    expect(paths.map(describePath)).toEqual(['1 -c-> 3 -d-> 4', '1 -a-> 2 -b-> 4']);
  });

  it('breaks rank ties by the nodes and edge keys of the paths, the same whatever order expand lists them in', async () => {
    const edges: [string, number, number][] = [
      ['z', 1, 2],
      ['y', 2, 4],
      ['x', 1, 3],
      ['w', 3, 4],
      ['v', 1, 4], // a direct edge: shorter, so it is the only path
    ];
    const direct = await shortestPaths(1, 4, graph(edges).options());
    expect(direct.paths.map(describePath)).toEqual(['1 -v-> 4']);

    const withoutDirect = edges.slice(0, 4);
    const forwards = await shortestPaths(1, 4, graph(withoutDirect).options());
    const backwards = await shortestPaths(1, 4, graph([...withoutDirect].reverse()).options());
    expect(forwards.paths.map(describePath)).toEqual(['1 -z-> 2 -y-> 4', '1 -x-> 3 -w-> 4']);
    expect(backwards.paths.map(describePath)).toEqual(forwards.paths.map(describePath));
  });

  it('two parallel edges between the same nodes are two paths', async () => {
    const { options } = graph([
      ['knows', 1, 2, 0],
      ['appeared-with', 1, 2, 1],
    ]);
    const { paths } = await shortestPaths(1, 2, options());
    expect(paths.map(describePath)).toEqual(['1 -knows-> 2', '1 -appeared-with-> 2']);
  });

  it('returns at most `limit` paths, the best ones', async () => {
    const edges: [string, number, number, number][] = [];
    for (let middle = 10; middle < 20; middle++) {
      edges.push([`in${middle}`, 1, middle, 20 - middle], [`out${middle}`, middle, 2, 0]);
    }
    const { paths } = await shortestPaths(1, 2, graph(edges).options({ limit: 3 }));
    expect(paths.map(describePath)).toEqual([
      '1 -in19-> 19 -out19-> 2',
      '1 -in18-> 18 -out18-> 2',
      '1 -in17-> 17 -out17-> 2',
    ]);
  });

  it('ranks no more than `candidateLimit` candidate paths', async () => {
    const edges: [string, number, number][] = [];
    for (let middle = 10; middle < 30; middle++) edges.push([`in${middle}`, 1, middle], [`out${middle}`, middle, 2]);
    const { paths } = await shortestPaths(1, 2, graph(edges).options({ limit: 50, candidateLimit: 5 }));
    expect(paths).toHaveLength(5);
    for (const path of paths) expect(path).toHaveLength(2);
  });

  it('when candidates are cut, keeps those through the best-ranked parallel edges, whatever order expand lists them in', async () => {
    // 1 and 2 meet at 3 through many parallel edges on each side: more pairs than candidateLimit
    const edges: [string, number, number, number][] = [];
    for (let i = 0; i < 12; i++) edges.push([`a${String(i).padStart(2, '0')}`, 1, 3, (i * 7) % 12]);
    for (let i = 0; i < 12; i++) edges.push([`b${String(i).padStart(2, '0')}`, 3, 2, (i * 5) % 12]);
    const asListed = await shortestPaths(1, 2, graph(edges).options({ limit: 3, candidateLimit: 4 }));
    const reversed = await shortestPaths(1, 2, graph([...edges].reverse()).options({ limit: 3, candidateLimit: 4 }));
    // the candidates run through 2's best parent (b00, rank 0), then 3's best parents in rank order: a00 (rank 0),
    // a07 (rank 1), a02 (rank 2), a09 (rank 3); in listed order they would be a00, a01, a02, a03
    expect(asListed.paths.map(describePath)).toEqual([
      '1 -a00-> 3 -b00-> 2',
      '1 -a07-> 3 -b00-> 2',
      '1 -a02-> 3 -b00-> 2',
    ]);
    expect(reversed.paths.map(describePath)).toEqual(asListed.paths.map(describePath));
  });

  it('finds no path between nodes in different components, and stops once a side has nothing left to expand', async () => {
    const { calls, options } = graph([
      ['a', 1, 2],
      ['b', 3, 4],
    ]);
    const result = await shortestPaths(1, 3, options({ maxHops: 100 }));
    expect(result.paths).toEqual([]);
    expect(result.levelsExpanded).toBe(calls.length);
    expect(calls.length).toBeLessThanOrEqual(3);
  });

  it('finds no path to a node with no edges at all', async () => {
    const { options } = graph([['a', 1, 2]]);
    expect((await shortestPaths(1, 99, options())).paths).toEqual([]);
  });

  it('finds no path longer than maxHops, and finds it when maxHops allows exactly its length', async () => {
    const chain: [string, number, number][] = [
      ['a', 1, 2],
      ['b', 2, 3],
      ['c', 3, 4],
    ];
    expect((await shortestPaths(1, 4, graph(chain).options({ maxHops: 2 }))).paths).toEqual([]);
    const { paths } = await shortestPaths(1, 4, graph(chain).options({ maxHops: 3 }));
    expect(paths.map(describePath)).toEqual(['1 -a-> 2 -b-> 3 -c-> 4']);
  });

  it('with maxHops 0, finds nothing between two different nodes and makes no expand call', async () => {
    const { calls, options } = graph([['a', 1, 2]]);
    expect(await shortestPaths(1, 2, options({ maxHops: 0 }))).toEqual({ paths: [], levelsExpanded: 0 });
    expect(calls).toEqual([]);
  });

  it('expands one whole level per call, always from the smaller frontier, and meets in the middle', async () => {
    // 1 fans out to 2, 3, 4, which all lead to 5, then 6
    const { calls, options } = graph([
      ['a2', 1, 2],
      ['a3', 1, 3],
      ['a4', 1, 4],
      ['b2', 2, 5],
      ['b3', 3, 5],
      ['b4', 4, 5],
      ['c', 5, 6],
    ]);
    const result = await shortestPaths(1, 6, options());
    // the source's level (3 wide) is expanded once; the rest of the way is walked from the target's side
    expect(calls).toEqual([[1], [6], [5]]);
    expect(result.levelsExpanded).toBe(3);
    expect(result.paths.map(describePath)).toEqual([
      '1 -a2-> 2 -b2-> 5 -c-> 6',
      '1 -a3-> 3 -b3-> 5 -c-> 6',
      '1 -a4-> 4 -b4-> 5 -c-> 6',
    ]);
    // every path is a connected walk from source to target
    for (const path of result.paths) {
      expect(path[0].from).toBe(1);
      expect(path.at(-1)!.to).toBe(6);
      for (let i = 1; i < path.length; i++) expect(path[i].from).toBe(path[i - 1].to);
    }
  });

  it('does not explore past the level where the two sides meet', async () => {
    // 1-2 is the answer; 2 also leads into a long tail that must not be expanded
    const edges: [string, number, number][] = [['a', 1, 2]];
    for (let node = 2; node < 12; node++) edges.push([`t${node}`, node, node + 1]);
    const { calls, options } = graph(edges);
    const result = await shortestPaths(1, 2, options({ maxHops: 20 }));
    expect(result.paths.map(describePath)).toEqual(['1 -a-> 2']);
    expect(calls).toHaveLength(1);
  });
});
