/**
 * `/export/claims.csv` and `/export/claims.json`: the rows of the claims API for the same filter and order, as
 * RFC 4180 CSV (formula-safe) and a JSON array; bad parameters refused with 400 naming them; each export one
 * request of the client's rate budget.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, pageForward, PAGE_INFO, type Json } from '../support/queryHelpers.js';
import { readFixtureDataset, startTestServer, writeDatasetVariant, type TestServer } from '../support/testServer.js';
import { worklistDataset } from '../support/worklistDataset.js';

const CLAIMS = `query ($filter: ClaimFilter, $order: ClaimOrder, $orderBy: RecordOrder, $first: Int, $after: String) {
  claims(filter: $filter, order: $order, orderBy: $orderBy, first: $first, after: $after) {
    totalCount edges { cursor node {
      id slug text status firstSeen { iso } lastReviewedAt
      currentReview { ratingValue ratingLabel verdict reviewer }
      appearances { totalCount } disputedBy { totalCount } claimants { name } about { name }
    } } ${PAGE_INFO}
  }
}`;

const COLUMNS = [
  'id',
  'slug',
  'text',
  'status',
  'verdict',
  'rating',
  'ratingLabel',
  'reviewer',
  'lastReviewedAt',
  'firstSeen',
  'appearances',
  'disputes',
  'claimants',
  'about',
];

let server: TestServer;
let origin: string;
let removeDataset: () => void;

/** more claims than one page of the API (MAX_PAGE_SIZE), so that an export is written over several pages */
const CLAIM_COUNT = 240;

beforeAll(async () => {
  const { dataset, texts } = worklistDataset(readFixtureDataset(), CLAIM_COUNT);
  const variant = writeDatasetVariant(dataset, texts);
  removeDataset = variant.remove;
  server = await startTestServer({ seedDataset: variant.datasetFile });
  origin = new URL(server.url).origin;
});

afterAll(async () => {
  await server?.close();
  removeDataset?.();
});

/** The API's claims for a filter and order, as the export's rows are expected to be. */
async function apiRows(variables: Record<string, unknown>): Promise<Json[]> {
  const nodes = await pageForward<Json>(
    async (first, after) => (await ask(server, CLAIMS, { ...variables, first, after })).data.claims,
    100,
    10,
  );
  return nodes.map((node) => ({
    id: node.id,
    slug: node.slug,
    text: node.text,
    status: node.status,
    verdict: node.currentReview?.verdict ?? null,
    rating: node.currentReview?.ratingValue ?? null,
    ratingLabel: node.currentReview?.ratingLabel ?? null,
    reviewer: node.currentReview?.reviewer ?? null,
    lastReviewedAt: node.lastReviewedAt,
    firstSeen: node.firstSeen?.iso ?? null,
    appearances: node.appearances.totalCount,
    disputes: node.disputedBy.totalCount,
    claimants: node.claimants.map((entity: Json) => entity.name),
    about: node.about.map((entity: Json) => entity.name),
  }));
}

/** A row as its CSV cells read, before the formula guard: what a spreadsheet shows. */
function asCsvCells(row: Json): string[] {
  return COLUMNS.map((column) => {
    const value = row[column];
    if (value === null) return '';
    return Array.isArray(value) ? value.join('; ') : String(value);
  });
}

/** RFC 4180 parsing, strict: CRLF records, quoted fields with doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let at = 0;
  while (at < text.length) {
    let field = '';
    if (text[at] === '"') {
      at++;
      for (;;) {
        const quote = text.indexOf('"', at);
        if (quote < 0) throw new Error('unterminated quoted field');
        field += text.slice(at, quote);
        at = quote + 1;
        if (text[at] !== '"') break;
        field += '"';
        at++;
      }
    } else {
      const end = text.slice(at).search(/[,\r\n"]/);
      const stop = end < 0 ? text.length : at + end;
      if (text[stop] === '"') throw new Error(`a quote inside an unquoted field at ${stop}`);
      field = text.slice(at, stop);
      at = stop;
    }
    record.push(field);
    if (text[at] === ',') {
      at++;
    } else if (text.startsWith('\r\n', at)) {
      records.push(record);
      record = [];
      at += 2;
    } else if (at < text.length) {
      throw new Error(`unexpected ${JSON.stringify(text[at])} at ${at}`);
    }
  }
  if (record.length > 0) throw new Error('the last record does not end with CRLF');
  return records;
}

function unguarded(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

async function download(
  path: string,
): Promise<{ status: number; type: string | null; text: string; headers: Headers }> {
  const response = await fetch(`${origin}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
    headers: response.headers,
  };
}

const CASES: [string, string, Record<string, unknown>][] = [
  ['every claim, in the order recorded', '', {}],
  ['newest recorded first', 'order=RECORDED_DESC', { orderBy: 'RECORDED_DESC' }],
  [
    'a verdict, last reviewed first',
    'verdict=TRUE&order=LAST_REVIEWED_DESC',
    { filter: { verdict: 'TRUE' }, order: 'LAST_REVIEWED_DESC' },
  ],
  [
    'words of the text, most seen first',
    'text=worklist%20tally&order=APPEARANCES_DESC',
    { filter: { text: 'worklist tally' }, order: 'APPEARANCES_DESC' },
  ],
  [
    'a status and a claimant',
    'status=UNREVIEWED&claimant=john-legend',
    { filter: { status: 'UNREVIEWED', claimant: 'john-legend' } },
  ],
  ['a rating and an entity it is about', 'rating=2&about=kanye-west', { filter: { rating: 2, about: 'kanye-west' } }],
];

describe('GET /export/claims.json', () => {
  it('lists every claim, over several pages of the API', async () => {
    const rows = JSON.parse((await download('/export/claims.json?order=FIRST_SEEN_DESC')).text);
    expect(rows).toHaveLength(5 + CLAIM_COUNT);
    expect(new Set(rows.map((row: Json) => row.id)).size).toBe(rows.length);
  });

  for (const [name, query, variables] of CASES) {
    it(`has the API's rows: ${name}`, async () => {
      const expected = await apiRows(variables);
      const { status, type, text, headers } = await download(`/export/claims.json?${query}`);
      expect(status).toBe(200);
      expect(type).toMatch(/^application\/json; charset=utf-8/);
      expect(headers.get('content-disposition')).toBe('attachment; filename="claims.json"');
      expect(JSON.parse(text)).toEqual(expected);
    });
  }

  it('is an empty array when nothing matches', async () => {
    const { status, text } = await download('/export/claims.json?text=nothing-says-this');
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual([]);
  });
});

describe('GET /export/claims.csv', () => {
  for (const [name, query, variables] of CASES) {
    it(`has a header row and the API's rows: ${name}`, async () => {
      const expected = await apiRows(variables);
      const { status, type, text } = await download(`/export/claims.csv?${query}`);
      expect(status).toBe(200);
      expect(type).toMatch(/^text\/csv; charset=utf-8/);
      const [header, ...rows] = parseCsv(text);
      expect(header).toEqual(COLUMNS);
      expect(rows.map((row) => row.map(unguarded))).toEqual(expected.map(asCsvCells));
    });
  }

  it('quotes fields with quotes and commas, doubling the quotes, and keeps UTF-8 text', async () => {
    const { text } = await download('/export/claims.csv?text=spreadsheet');
    expect(text).toContain(`"'=SUM(A1:A2) is what the ""spreadsheet, claim"" says"`);
    const legend = await download('/export/claims.csv?text=friendship');
    expect(legend.text).toContain('John Legend’s friendship');
  });

  it('prefixes cells a spreadsheet would run as a formula with a quote', async () => {
    const [, ...rows] = parseCsv((await download('/export/claims.csv')).text);
    const cells = rows.flat();
    expect(cells.some((cell) => cell.startsWith("'="))).toBe(true);
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
  });

  it('has only the header row when nothing matches', async () => {
    const { status, text } = await download('/export/claims.csv?verdict=MIXED&text=nothing-says-this');
    expect(status).toBe(200);
    expect(parseCsv(text)).toEqual([COLUMNS]);
  });
});

describe('bad export parameters', () => {
  const BAD: [string, string][] = [
    ['status=MAYBE', 'status'],
    ['rating=7', 'rating'],
    ['rating=two', 'rating'],
    ['verdict=PANTS_ON_FIRE', 'verdict'],
    ['order=ALPHABETICAL', 'order'],
    [`text=${'x'.repeat(501)}`, 'text'],
    ['claimant=nobody-at-all', 'claimant'],
    ['about=nobody-at-all', 'about'],
    ['status=REVIEWED&status=DISPUTED', 'status'],
    ['colour=red', 'colour'],
  ];
  for (const [query, parameter] of BAD) {
    for (const format of ['csv', 'json']) {
      it(`refuses ${query.slice(0, 40)} (${format}) with 400 naming ${parameter}`, async () => {
        const { status, type, text } = await download(`/export/claims.${format}?${query}`);
        expect(status).toBe(400);
        expect(type).toMatch(/^application\/json/);
        expect(text.trim().split('\n')).toHaveLength(1);
        const body = JSON.parse(text);
        expect(body.errors).toHaveLength(1);
        expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', parameter });
        expect(body.errors[0].message).toContain(
          parameter === 'about' || parameter === 'claimant' ? 'nobody-at-all' : parameter,
        );
      });
    }
  }
});

describe('the rate budget', () => {
  it('counts each export as one request of the client budget', async () => {
    const limited = await startTestServer({ env: { CLAIMGRAPH_RATE_LIMIT: '2' } });
    try {
      const limitedOrigin = new URL(limited.url).origin;
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limitedOrigin}/export/claims.csv`)).status);
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
