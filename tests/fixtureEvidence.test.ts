/**
 * Provenance is the heart of the product: every span of the fixture, and every span the API returns, must read
 * exactly the characters of the held document at [start, end), counted in code points.
 *
 * The first part reads the fixture file directly (every evidence record anywhere in it: records' own evidence,
 * claimants', and the spans of every basis); the second asks the server for every Evidence it holds (entities,
 * documents, events, statements, claim appearances, relationship states, claimant attributions, and the bases of
 * states, dates and documents' outlets) and checks each against `document.text` and against the fixture.
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

/**
 * The spans that are a record's own evidence (what the API lists as the `evidence` of entities, documents, events,
 * statements, claim appearances and relationship states); the others are claimants' and bases' spans.
 */
const OWN_EVIDENCE = [
  /^(documents|people|outlets|organizations|events|statements)\[\d+\]\.evidence\[\d+\]$/,
  /^claims\[\d+\]\.appearances\[\d+\]\.evidence$/,
  /^relationships\[\d+\]\.states\[\d+\]\.evidence\[\d+\]$/,
];
const ownSpans = fixtureSpans.filter(({ path }) => OWN_EVIDENCE.some((pattern) => pattern.test(path)));

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
    // format 2: claimants' spans, and the spans an inferred or separately stated fact rests on
    expect(paths.some((p) => /^claims\[\d+\]\.claimants\[\d+\]\.evidence\[\d+\]$/.test(p))).toBe(true);
    expect(paths.some((p) => /\.states\[\d+\]\.basis\.evidence\[\d+\]$/.test(p))).toBe(true);
    expect(paths.some((p) => /\.(start|saidOn|date)\.basis\.evidence\[\d+\]$/.test(p))).toBe(true);
    expect(paths.some((p) => /^documents\[\d+\]\.outletBasis\.evidence\[\d+\]$/.test(p))).toBe(true);
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
    const fromFixture = ownSpans.map(({ path, span }) => key(path.slice(0, path.indexOf('[')), span)).sort();
    expect(fromApi).toEqual(fromFixture);
    expect(fromApi).toHaveLength(73);
  });

  // --- claimants and bases -------------------------------------------------------------------------------------

  const BASIS = `kind reason ${EVIDENCE}`;
  const FACT = `{ date { iso } knownBy basis { ${BASIS} } }`;

  async function provenance(): Promise<Json> {
    const { status, body } = await server.graphql(`{
      documents(first: 100) { nodes { slug outletBasis { ${BASIS} } } }
      events(first: 100) { nodes { slug dateFact ${FACT} } }
      statements(first: 100) { nodes { slug saidOnFact ${FACT} } }
      claims(first: 100) { nodes { slug claimantAttributions { claimant { slug } reportedBy { slug } reported ${EVIDENCE} } } }
      relationships(first: 100) { nodes { slug states { basis { ${BASIS} } startFact ${FACT} endFact ${FACT} } } }
    }`);
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    return body.data;
  }

  type Span = { document: string; start: number; end: number; exact: string };
  const spanKey = (span: Span) => `${span.document} [${span.start}, ${span.end}) ${JSON.stringify(span.exact)}`;
  const apiKeys = (list: EvidenceJson[]) => list.map((e) => spanKey({ ...e, document: e.document.slug }));

  /** A basis as the API shows it: STATED without spans of its own rests on its record's evidence. */
  function expectedBasis(basis: Json, recordEvidence: Span[]): Json {
    const kind = basis?.kind ?? 'STATED';
    const evidence = basis?.evidence ?? (kind === 'STATED' ? recordEvidence : []);
    return { kind, reason: basis?.reason ?? null, evidence: evidence.map(spanKey) };
  }

  function expectedFact(fact: Json, recordEvidence: Span[]): Json {
    if (fact === undefined) return null;
    const object = typeof fact === 'string' ? { date: fact } : fact;
    return {
      date: object.date,
      knownBy: object.knownBy ?? false,
      basis: expectedBasis(object.basis, recordEvidence),
    };
  }

  function shownBasis(basis: Json): Json {
    return basis === null ? null : { kind: basis.kind, reason: basis.reason, evidence: apiKeys(basis.evidence) };
  }

  function shownFact(fact: Json): Json {
    return fact === null ? null : { date: fact.date.iso, knownBy: fact.knownBy, basis: shownBasis(fact.basis) };
  }

  /** Every Evidence in the provenance answer, labelled. */
  function provenanceEvidence(data: Json): { where: string; evidence: EvidenceJson }[] {
    const found: { where: string; evidence: EvidenceJson }[] = [];
    const add = (where: string, list: EvidenceJson[] | undefined) =>
      (list ?? []).forEach((evidence, index) => found.push({ where: `${where}[${index}]`, evidence }));
    for (const d of data.documents.nodes) add(`document ${d.slug} outletBasis`, d.outletBasis?.evidence);
    for (const e of data.events.nodes) add(`event ${e.slug} date`, e.dateFact?.basis.evidence);
    for (const s of data.statements.nodes) add(`statement ${s.slug} saidOn`, s.saidOnFact?.basis.evidence);
    for (const c of data.claims.nodes) {
      c.claimantAttributions.forEach((a: Json, i: number) => add(`claim ${c.slug} claimant ${i}`, a.evidence));
    }
    for (const r of data.relationships.nodes) {
      r.states.forEach((state: Json, i: number) => {
        add(`relationship ${r.slug} state ${i} basis`, state.basis.evidence);
        add(`relationship ${r.slug} state ${i} start`, state.startFact?.basis.evidence);
        add(`relationship ${r.slug} state ${i} end`, state.endFact?.basis.evidence);
      });
    }
    return found;
  }

  it('reads exactly document.text for claimants’ spans and the spans of every basis', async () => {
    const found = provenanceEvidence(await provenance());
    expect(found.length).toBeGreaterThan(0);
    for (const { where, evidence } of found) {
      const text = evidence.document.text!;
      expect(evidence.document.isHeld, where).toBe(true);
      expect(evidence.exact, where).toBe(codePointSlice(text, evidence.start, evidence.end));
    }
  });

  it('shows each claim’s claimants as the fixture records them: who, reported by whom, and the spans', async () => {
    const data = await provenance();
    const fromApi = Object.fromEntries(
      data.claims.nodes.map((claim: Json) => [
        claim.slug,
        claim.claimantAttributions.map((a: Json) => ({
          claimant: a.claimant.slug,
          reportedBy: a.reportedBy?.slug ?? null,
          reported: a.reported,
          evidence: apiKeys(a.evidence),
        })),
      ]),
    );
    const fromFixture = Object.fromEntries(
      fixture.claims.map((claim: Json) => [
        claim.slug,
        claim.claimants.map((c: Json) => ({
          claimant: c.entity,
          reportedBy: c.reportedBy ?? null,
          reported: c.reportedBy !== undefined,
          evidence: c.evidence.map(spanKey),
        })),
      ]),
    );
    expect(fromApi).toEqual(fromFixture);
  });

  it('shows how every state, date and outlet is known as the fixture records it, with the same spans', async () => {
    const data = await provenance();
    const bySlug = (nodes: Json[]) => new Map(nodes.map((node) => [node.slug, node]));
    const documents = bySlug(data.documents.nodes);
    const events = bySlug(data.events.nodes);
    const statements = bySlug(data.statements.nodes);
    const relationships = bySlug(data.relationships.nodes);
    for (const document of fixture.documents) {
      const expected =
        document.outlet === undefined ? null : expectedBasis(document.outletBasis, document.evidence ?? []);
      expect(shownBasis(documents.get(document.slug).outletBasis), `document ${document.slug}`).toEqual(expected);
    }
    for (const event of fixture.events) {
      expect(shownFact(events.get(event.slug).dateFact), `event ${event.slug}`).toEqual(
        expectedFact(event.date, event.evidence),
      );
    }
    for (const statement of fixture.statements) {
      expect(shownFact(statements.get(statement.slug).saidOnFact), `statement ${statement.slug}`).toEqual(
        expectedFact(statement.saidOn, statement.evidence),
      );
    }
    for (const relationship of fixture.relationships) {
      const states = relationships.get(relationship.slug).states;
      relationship.states.forEach((state: Json, i: number) => {
        const where = `relationship ${relationship.slug} state ${i}`;
        expect(shownBasis(states[i].basis), where).toEqual(expectedBasis(state.basis, state.evidence));
        expect(shownFact(states[i].startFact), `${where} start`).toEqual(expectedFact(state.start, state.evidence));
        expect(shownFact(states[i].endFact), `${where} end`).toEqual(expectedFact(state.end, state.evidence));
      });
    }
  });
});
