/**
 * Provenance is the heart of the product: every span of the fixture, and every span the API returns, must read
 * exactly the characters of the held document at [start, end), counted in code points.
 *
 * The first part reads the fixture file directly (every evidence record anywhere in it); the second asks the
 * server for every Evidence it holds (entities, documents, events, statements, claim appearances, relationship
 * states) and checks each against `document.text`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_DATASET_FILE,
  FIXTURES_DIR,
  codePointSlice,
  startTestServer,
  type TestServer,
} from './support/testServer.js';

/** Up to this many code points of context either side of a span (schema.graphql, Evidence.prefix/suffix). */
const CONTEXT_WIDTH = 32;

type Json = any;

interface FoundSpan {
  /** JSON path in the fixture, e.g. "claims[0].appearances[1].evidence" */
  path: string;
  span: { document: string; start: number; end: number; exact: string; prefix?: string; suffix?: string };
}

/** Every object in the value that has the shape of an evidence record, with its path. */
function findSpans(value: unknown, path = ''): FoundSpan[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => findSpans(item, `${path}[${index}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  const here: FoundSpan[] =
    typeof record.document === 'string' && 'start' in record && 'end' in record && 'exact' in record
      ? [{ path, span: record as unknown as FoundSpan['span'] }]
      : [];
  return [
    ...here,
    ...Object.entries(record).flatMap(([key, child]) => findSpans(child, path === '' ? key : `${path}.${key}`)),
  ];
}

const fixture: Json = JSON.parse(readFileSync(FIXTURE_DATASET_FILE, 'utf8'));
const heldTexts = new Map<string, string>(
  fixture.documents
    .filter((d: Json) => typeof d.textFile === 'string')
    .map((d: Json) => [d.slug, readFileSync(join(FIXTURES_DIR, d.textFile), 'utf8')]),
);
const fixtureSpans = findSpans(fixture);

/** How many spans of the fixture sit under each top-level collection ("claims", "relationships", ...). */
function countByCollection(spans: FoundSpan[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const { path } of spans) {
    const collection = path.slice(0, path.indexOf('['));
    counts[collection] = (counts[collection] ?? 0) + 1;
  }
  return counts;
}

describe('the fixture file', () => {
  it('holds the article and finds evidence in every kind of record, claim appearances and relationship states included', () => {
    expect([...heldTexts.keys()]).toEqual(['thesource-legend-west']);
    const paths = fixtureSpans.map((s) => s.path);
    expect(paths.some((p) => /^claims\[\d+\]\.appearances\[\d+\]\.evidence$/.test(p))).toBe(true);
    expect(paths.some((p) => /^relationships\[\d+\]\.states\[\d+\]\.evidence\[\d+\]$/.test(p))).toBe(true);
    expect(Object.keys(countByCollection(fixtureSpans)).sort()).toEqual([
      'claims',
      'documents',
      'events',
      'organizations',
      'outlets',
      'people',
      'relationships',
      'statements',
    ]);
  });

  it.each(fixtureSpans.map((s) => [s.path, s.span] as const))(
    '%s reads exactly the held text at [start, end)',
    (_path, span) => {
      const text = heldTexts.get(span.document);
      expect(text, `document ${span.document} is held`).toBeDefined();
      const codePoints = Array.from(text!);
      expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true);
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeGreaterThan(span.start);
      expect(span.end).toBeLessThanOrEqual(codePoints.length);
      expect(codePoints.slice(span.start, span.end).join('')).toBe(span.exact);
      if (span.prefix !== undefined) {
        const length = Array.from(span.prefix).length;
        expect(codePoints.slice(span.start - length, span.start).join('')).toBe(span.prefix);
      }
      if (span.suffix !== undefined) {
        const length = Array.from(span.suffix).length;
        expect(codePoints.slice(span.end, span.end + length).join('')).toBe(span.suffix);
      }
    },
  );
});

describe('every Evidence the API returns', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterAll(async () => {
    await server?.close();
  });

  const EVIDENCE = 'evidence { start end exact prefix suffix document { slug isHeld text length } }';
  const ENTITY = `nodes { slug ${EVIDENCE} relationships(first: 100) { nodes { id } } }`;

  interface EvidenceJson {
    start: number;
    end: number;
    exact: string;
    prefix: string;
    suffix: string;
    document: { slug: string; isHeld: boolean; text: string | null; length: number | null };
  }

  async function everything(): Promise<Json> {
    const { status, body } = await server.graphql(`{
      people(first: 100) { totalCount ${ENTITY} }
      outlets(first: 100) { totalCount ${ENTITY} }
      organizations(first: 100) { totalCount ${ENTITY} }
      documents(first: 100) { totalCount nodes { slug ${EVIDENCE} } }
      events(first: 100) { totalCount nodes { slug ${EVIDENCE} } }
      statements(first: 100) { totalCount nodes { slug ${EVIDENCE} } }
      claims(first: 100) { totalCount nodes { slug appearances(first: 100) { totalCount nodes { document { slug } ${EVIDENCE} } } } }
      relationships(first: 100) { totalCount nodes { id slug states { ${EVIDENCE} } ${EVIDENCE} } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    return body.data;
  }

  /** Each evidence, labelled by where it came from, grouped like the fixture's collections. */
  function collect(data: Json): { where: string; collection: string; evidence: EvidenceJson }[] {
    const found: { where: string; collection: string; evidence: EvidenceJson }[] = [];
    const add = (collection: string, where: string, list: EvidenceJson[]) =>
      list.forEach((evidence, index) => found.push({ collection, where: `${where}[${index}]`, evidence }));
    for (const kind of ['people', 'outlets', 'organizations']) {
      expect(data[kind].nodes).toHaveLength(data[kind].totalCount);
      for (const entity of data[kind].nodes) add(kind, `${kind} ${entity.slug}`, entity.evidence);
    }
    for (const kind of ['documents', 'events', 'statements']) {
      expect(data[kind].nodes).toHaveLength(data[kind].totalCount);
      for (const node of data[kind].nodes) add(kind, `${kind} ${node.slug}`, node.evidence);
    }
    expect(data.claims.nodes).toHaveLength(data.claims.totalCount);
    for (const claim of data.claims.nodes) {
      expect(claim.appearances.nodes).toHaveLength(claim.appearances.totalCount);
      claim.appearances.nodes.forEach((appearance: Json, index: number) => {
        expect(appearance.document.slug).toBe(appearance.evidence.document.slug);
        found.push({
          collection: 'claims',
          where: `claim ${claim.slug} appearance ${index}`,
          evidence: appearance.evidence,
        });
      });
    }
    // every relationship is listed at the root and under both of its ends
    expect(data.relationships.nodes).toHaveLength(data.relationships.totalCount);
    const fromEnds = new Map<string, number>();
    for (const kind of ['people', 'outlets', 'organizations']) {
      for (const entity of data[kind].nodes) {
        for (const { id } of entity.relationships.nodes) fromEnds.set(id, (fromEnds.get(id) ?? 0) + 1);
      }
    }
    expect([...fromEnds.keys()].sort()).toEqual(data.relationships.nodes.map((r: Json) => r.id).sort());
    for (const count of fromEnds.values()) expect(count).toBe(2);
    for (const relationship of data.relationships.nodes) {
      relationship.states.forEach((state: Json, index: number) =>
        add('relationships', `relationship ${relationship.slug} state ${index}`, state.evidence),
      );
      // the relationship's own evidence is its states' evidence, in order
      expect(relationship.evidence).toEqual(relationship.states.flatMap((state: Json) => state.evidence));
    }
    return found;
  }

  it('reads exactly document.text at [start, end), with the adjacent prefix and suffix', async () => {
    const found = collect(await everything());
    expect(found.length).toBeGreaterThan(0);
    for (const { where, evidence } of found) {
      const { document, start, end } = evidence;
      expect(document.isHeld, where).toBe(true);
      expect(document.text, where).not.toBeNull();
      const text = document.text!;
      const length = Array.from(text).length;
      expect(document.length, where).toBe(length);
      expect(start, where).toBeGreaterThanOrEqual(0);
      expect(end, where).toBeGreaterThan(start);
      expect(end, where).toBeLessThanOrEqual(length);
      expect(evidence.exact, where).toBe(codePointSlice(text, start, end));
      expect(evidence.prefix, where).toBe(codePointSlice(text, Math.max(0, start - CONTEXT_WIDTH), start));
      expect(evidence.suffix, where).toBe(codePointSlice(text, end, Math.min(length, end + CONTEXT_WIDTH)));
    }
  });

  it('is the same evidence as the fixture records: the same spans, none lost, none added', async () => {
    const found = collect(await everything());
    const key = (collection: string, span: { document: string; start: number; end: number; exact: string }) =>
      `${collection} ${span.document} [${span.start}, ${span.end}) ${JSON.stringify(span.exact)}`;
    const fromApi = found
      .map(({ collection, evidence }) => key(collection, { ...evidence, document: evidence.document.slug }))
      .sort();
    const fromFixture = fixtureSpans.map(({ path, span }) => key(path.slice(0, path.indexOf('[')), span)).sort();
    expect(fromApi).toEqual(fromFixture);
    expect(fromApi).toHaveLength(72);
  });
});
