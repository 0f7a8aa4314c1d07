/**
 * Just enough JSON-LD to read ClaimReview markup as publishers write it, without a JSON-LD processor: properties
 * by their schema.org name whether written plain ("author"), prefixed ("schema:author") or as a full IRI
 * ("https://schema.org/author"); types as a string or an array; value objects ({"@value": "..."}); and references
 * ({"@id": "#org"}) to other nodes of the same @graph. Contexts are not processed (publishers use schema.org's), so
 * a nested "@context" is simply never looked at.
 */

export type JsonLdNode = Record<string, unknown>;

/** What a feed reader does with a value that may be a reference: the node it names, or the value unchanged. */
export type ResolveReference = (value: unknown) => unknown;

const SCHEMA_ORG_PREFIXES = ['schema:', 'https://schema.org/', 'http://schema.org/'];

export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The prefixed spellings of each property name asked for, made once: a feed asks for the same few names 100,000
 * times, and building the strings anew each time was the parser's largest cost. */
const prefixedSpellings = new Map<string, string[]>();

/** The property `name` of `node`, under whichever spelling the publisher used. */
export function property(node: JsonLdNode, name: string): unknown {
  const plain = node[name];
  if (plain !== undefined) return plain;
  let spellings = prefixedSpellings.get(name);
  if (spellings === undefined) {
    spellings = SCHEMA_ORG_PREFIXES.map((prefix) => prefix + name);
    prefixedSpellings.set(name, spellings);
  }
  for (const spelling of spellings) {
    const value = node[spelling];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The schema.org names of a node's types: "schema:ClaimReview" and "https://schema.org/ClaimReview" both give
 * "ClaimReview". */
export function typesOf(node: JsonLdNode): string[] {
  return valuesOf(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map(schemaOrgName);
}

export function hasType(node: JsonLdNode, type: string): boolean {
  return typesOf(node).includes(type);
}

function schemaOrgName(iri: string): string {
  const trimmed = iri.trim();
  const prefix = SCHEMA_ORG_PREFIXES.find((candidate) => trimmed.startsWith(candidate));
  return prefix === undefined ? trimmed : trimmed.slice(prefix.length);
}

/** A property's values as a list: JSON-LD writes one value bare and several as an array. */
export function valuesOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? (value as unknown[]) : [value];
}

/**
 * The one value a single-valued field is read as: the first of an array, with a value object unwrapped
 * ({"@value": "2021-03-04", "@type": "Date"} is "2021-03-04").
 */
export function plainValue(value: unknown): unknown {
  const [first] = valuesOf(value);
  return isNode(first) && '@value' in first ? first['@value'] : first;
}

/** A node that only points at another: {"@id": "#org"}. */
export function isReference(value: unknown): value is { '@id': string } {
  if (!isNode(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && keys[0] === '@id' && typeof value['@id'] === 'string';
}

/** Leaves every value as it is: outside a @graph there is nothing to point at. */
export const keepReferences: ResolveReference = (value) => value;

/**
 * Resolves references to the nodes of one @graph. One step only: a graph node is a full node, and resolving
 * further could loop on a graph whose nodes point at each other. The first node with an @id wins.
 */
export function graphReferences(nodes: readonly unknown[]): ResolveReference {
  const byId = new Map<string, JsonLdNode>();
  for (const node of nodes) {
    if (!isNode(node) || isReference(node)) continue;
    const id = node['@id'];
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node);
  }
  if (byId.size === 0) return keepReferences;
  return (value) => (isReference(value) ? (byId.get(value['@id']) ?? value) : value);
}
