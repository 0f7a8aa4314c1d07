/**
 * The ways publishers wrap ClaimReview JSON-LD, unwrapped: a single ClaimReview, an array of nodes, an object with
 * @graph, and schema.org's DataFeed, whose elements are ClaimReviews or DataFeedItems holding one or several
 * ClaimReviews in `item` (Google's fact-check feed format). Nodes of other types (the publisher's Organization,
 * a WebPage) sit beside ClaimReviews in real markup and are passed over; an object with no @type at all is
 * reported, since in a list of reviews it is most likely a review missing its type, except in a @graph, where
 * untyped nodes are commonly the targets of references.
 */
import { readClaimReview } from './claimReviewNode.js';
import type { FeedCollector } from './feedCollector.js';
import { TOP_LEVEL } from './feedProblem.js';
import { describeValue } from './feedText.js';
import {
  graphReferences,
  hasType,
  isNode,
  isReference,
  keepReferences,
  property,
  typesOf,
  valuesOf,
  type ResolveReference,
} from './jsonLdNodes.js';

/** What the top level may be; the one problem for input of any other shape says so. */
export const EXPECTED_FEED_SHAPES =
  'expected schema.org ClaimReview JSON-LD (a ClaimReview, an array of them, an object with @graph, or a DataFeed) ' +
  'or a Fact Check Tools API claims:search response ({"claims": [...]})';

/**
 * How deep containers may nest: array or @graph > DataFeed > DataFeedItem > ClaimReview is the deepest real feed.
 * Deeper input is refused rather than walked, so a crafted feed cannot exhaust the stack.
 */
const MAX_NESTING = 4;

interface Walk {
  collector: FeedCollector;
  resolve: ResolveReference;
  /**
   * In a @graph, the ClaimReviews already read: a review that is a node of the @graph and is also referred to
   * from a DataFeed there is one review, read once, at its first position. Outside a @graph nothing is shared.
   */
  graphNodesRead: Set<unknown> | null;
}

/** Where a node sits: the nodes of a @graph are nodes in their own right, the rest are listed as fact-checks. */
type Place = 'graph' | 'list';

export function readJsonLdFeed(value: unknown, collector: FeedCollector): void {
  if (Array.isArray(value)) {
    readList(value, '', { collector, resolve: keepReferences, graphNodesRead: null }, 1, 'list');
    return;
  }
  if (!isNode(value)) {
    collector.problem(TOP_LEVEL, `${EXPECTED_FEED_SHAPES}; found ${describeValue(value)}`);
    return;
  }
  if (value['@graph'] !== undefined) {
    const nodes = valuesOf(value['@graph']);
    readList(nodes, '@graph', { collector, resolve: graphReferences(nodes), graphNodesRead: new Set() }, 1, 'graph');
    return;
  }
  if (!isFeedNode(value)) {
    const types = typesOf(value);
    const found =
      types.length === 0 ? 'an object with neither @type nor @graph' : `an object of @type ${types.join(', ')}`;
    collector.problem(TOP_LEVEL, `${EXPECTED_FEED_SHAPES}; found ${found}`);
    return;
  }
  readNode(value, '', { collector, resolve: keepReferences, graphNodesRead: null }, 0, 'list');
}

function isFeedNode(node: Record<string, unknown>): boolean {
  return hasType(node, 'ClaimReview') || hasType(node, 'DataFeed') || hasType(node, 'DataFeedItem');
}

/** The elements of a list at `path`, positioned "path[i]". */
function readList(values: readonly unknown[], path: string, walk: Walk, depth: number, place: Place): void {
  for (let index = 0; index < values.length && !walk.collector.isFull; index += 1) {
    readNode(values[index], `${path}[${index}]`, walk, depth, place);
  }
}

function readNode(value: unknown, path: string, walk: Walk, depth: number, place: Place): void {
  const position = path === '' ? TOP_LEVEL : path;
  // a @graph's own nodes are not resolved: a bare {"@id"} there adds nothing, and resolving it would read its
  // target twice
  const node = place === 'graph' ? value : walk.resolve(value);
  if (!isNode(node)) {
    walk.collector.reject(position, `expected a ClaimReview, found ${describeValue(node)}`);
  } else if (hasType(node, 'ClaimReview')) {
    if (walk.graphNodesRead?.has(node)) return;
    walk.graphNodesRead?.add(node);
    walk.collector.read(position, () => readClaimReview(node, walk.resolve));
  } else if (hasType(node, 'DataFeed') || hasType(node, 'DataFeedItem')) {
    if (depth >= MAX_NESTING) {
      walk.collector.reject(position, `${typesOf(node).join(', ')} nested more than ${MAX_NESTING} levels deep`);
    } else if (hasType(node, 'DataFeed')) {
      readList(valuesOf(property(node, 'dataFeedElement')), child(path, 'dataFeedElement'), walk, depth + 1, 'list');
    } else {
      readItems(property(node, 'item'), child(path, 'item'), walk, depth + 1);
    }
  } else if (place === 'list' && typesOf(node).length === 0) {
    walk.collector.reject(
      position,
      isReference(node)
        ? `refers to @id ${describeValue(node['@id'])}, which is no node of this feed`
        : 'has no @type; expected a ClaimReview',
    );
  }
  // any other node (an Organization, a WebPage, an untyped node of a @graph) is not a fact-check: passed over
}

/** A DataFeedItem's `item`: one ClaimReview positioned "….item", or several positioned "….item[j]". */
function readItems(value: unknown, path: string, walk: Walk, depth: number): void {
  if (Array.isArray(value)) readList(value, path, walk, depth, 'list');
  else if (value !== undefined && value !== null) readNode(value, path, walk, depth, 'list');
}

function child(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}
