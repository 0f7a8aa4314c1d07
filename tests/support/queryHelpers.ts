/**
 * Helpers for the query-feature tests (paths, timeline, search, the dashboard summary, relationships and
 * statements): asking a question that must succeed or must fail, walking a Relay connection page by page, and
 * building larger copies of the fixture whose spans point into an extra held text.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { Dataset, DocumentFactField, DocumentRecord, EvidenceRecord } from '../../src/domain/dataset.js';
import { codePointSlice, readArticleText, type GraphQLErrorBody, type TestServer } from './testServer.js';

/** Responses are navigated by the query that was sent. */
export type Json = any;

export interface Answer {
  data: Json;
  storeCalls: number;
}

/** Runs a query that must succeed; returns its data and the store round-trips it cost. */
export async function ask(server: TestServer, query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const { status, body } = await server.graphql(query, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  expect(typeof body.extensions?.storeCalls, 'every test response reports its store calls').toBe('number');
  return { data: body.data, storeCalls: body.extensions!.storeCalls! };
}

export interface Refusal {
  error: GraphQLErrorBody;
  /** the whole response text, for checks on what it must never contain */
  text: string;
  data: Json;
}

/** Runs a query that must fail with exactly one error of `code`; returns that error. */
export async function askForError(
  server: TestServer,
  query: string,
  code: string,
  variables?: Record<string, unknown>,
): Promise<Refusal> {
  const { body, text } = await server.graphql(query, variables);
  expect(body.errors, `expected one ${code} error, got ${text}`).toHaveLength(1);
  const [error] = body.errors!;
  expect(error.extensions?.code, error.message).toBe(code);
  return { error, text, data: body.data };
}

/** A connection as the tests select it: `edges { cursor node {...} } pageInfo {...} totalCount`. */
export interface ConnectionJson<N = Json> {
  totalCount?: number;
  edges: { cursor: string; node: N }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export const PAGE_INFO = 'pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

/**
 * Walks a connection forwards with first/after until hasNextPage is false; returns the nodes in order. Checks
 * every page on the way: never larger than `size`, hasPreviousPage set after the first page, end cursor = last edge.
 */
export async function pageForward<N>(
  fetchPage: (first: number, after: string | null) => Promise<ConnectionJson<N>>,
  size: number,
  maxPages = 50,
): Promise<N[]> {
  const nodes: N[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < maxPages; pages++) {
    const page: ConnectionJson<N> = await fetchPage(size, after);
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
    nodes.push(...page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasNextPage) return nodes;
    expect(page.edges.length, 'a page with a next page is full').toBe(size);
    after = page.pageInfo.endCursor;
  }
  throw new Error(`more than ${maxPages} pages`);
}

/** Walks a connection backwards with last/before until hasPreviousPage is false; returns the nodes in list order. */
export async function pageBackward<N>(
  fetchPage: (last: number, before: string | null) => Promise<ConnectionJson<N>>,
  size: number,
  maxPages = 50,
): Promise<N[]> {
  const pages: N[][] = [];
  let before: string | null = null;
  for (let count = 0; count < maxPages; count++) {
    const page: ConnectionJson<N> = await fetchPage(size, before);
    expect(page.edges.length).toBeLessThanOrEqual(size);
    expect(page.pageInfo.hasNextPage).toBe(before !== null);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor ?? null);
    pages.unshift(page.edges.map((edge) => edge.node));
    if (!page.pageInfo.hasPreviousPage) return pages.flat();
    expect(page.edges.length, 'a page with a previous page is full').toBe(size);
    before = page.pageInfo.startCursor;
  }
  throw new Error(`more than ${maxPages} pages`);
}

/** Every code point of `text` that is in a span is the article's: evidence is checked against the held text. */
export function expectArticleSlice(evidence: { start: number; end: number; exact: string }): void {
  expect(evidence.exact).toBe(codePointSlice(readArticleText(), evidence.start, evidence.end));
}

/**
 * A held text written for a test, built line by line; each appended line gives back the evidence span of a piece
 * of it. Offsets are code points (an emoji in a line makes them differ from UTF-16 offsets).
 */
export class HeldText {
  private text = '';
  private length = 0;

  constructor(
    readonly slug: string,
    readonly fileName: string,
  ) {}

  /** Appends `line` and a newline; returns the span of `exact` (default: the whole line) within that line. */
  append(line: string, exact: string = line): EvidenceRecord {
    const at = line.indexOf(exact);
    if (at < 0) throw new Error(`${JSON.stringify(exact)} is not in ${JSON.stringify(line)}`);
    const start = this.length + Array.from(line.slice(0, at)).length;
    this.text += `${line}\n`;
    this.length += Array.from(line).length + 1;
    return { document: this.slug, start, end: start + Array.from(exact).length, exact };
  }

  /** The text as held (what goes into the file). */
  content(): string {
    return this.text;
  }

  /** The document record for the dataset, with the text's SHA-256. */
  /** The held document, its url, date, headline (and outlet, when none is given) listed as unknown: test data. */
  document(title: string, outlet?: string): DocumentRecord {
    const unknown: DocumentFactField[] = ['url', 'published', 'headline', ...(outlet ? [] : ['outlet' as const])];
    return {
      slug: this.slug,
      title,
      ...(outlet ? { outlet } : {}),
      unknown: unknown.map((field) => ({ field, reason: 'test data, not a published document' })),
      textFile: this.fileName,
      sha256: createHash('sha256').update(this.text, 'utf8').digest('hex'),
    };
  }
}

export interface GrownDataset {
  dataset: Dataset;
  /** file name -> content, for writeDatasetVariant */
  texts: Record<string, string>;
  /** slugs of the people added */
  guests: string[];
}

/**
 * The fixture plus `count` guests: each a person who, in 2021, said something (a direct quote) that criticizes
 * John Legend, spans in an extra held text ("extra-guests"). Nothing else changes, so every question whose answer
 * does not involve Legend's mentions has the same answer as on the fixture.
 */
export function fixtureWithGuestsCriticizingLegend(base: Dataset, count: number): GrownDataset {
  const dataset = structuredClone(base);
  const held = new HeldText('extra-guests', 'extra-guests.txt');
  const guests: string[] = [];
  for (let i = 1; i <= count; i++) {
    const slug = `guest-${i}`;
    const name = `Guest Number ${i}`;
    const quote = `John Legend never called me back 🎤 (guest ${i})`;
    const nameSpan = held.append(`${name} 🎙 is a test guest.`, name);
    const quoteSpan = held.append(`${name} said: “${quote}”`, quote);
    dataset.people.push({ slug, name, evidence: [nameSpan] });
    dataset.statements.push({
      slug: `${slug}-on-legend`,
      speaker: slug,
      voice: 'SPEAKER',
      quote,
      isDirectQuote: true,
      attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
      saidOn: '2021',
      mentions: [{ entity: 'john-legend', stance: 'CRITICIZES' }],
      evidence: [quoteSpan],
    });
    guests.push(slug);
  }
  dataset.documents.push(held.document('Test guests (not from the article)'));
  return { dataset, texts: { [held.fileName]: held.content() }, guests };
}
