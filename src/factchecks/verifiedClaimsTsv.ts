/**
 * The verified-claims file of the CLEF 2020 CheckThat! lab (task 2): one claim a fact-checker verified per record,
 * tab-separated with a header `\tvclaim\ttitle` (the id column's name is empty, as pandas writes an index).
 * A claim may be quoted and span lines, so records are counted, not lines. Pure: the file's text in, rows out.
 */
import type { FeedProblem } from './feedProblem.js';
import { scanTsv, type TsvRecord } from './tsvRecords.js';

export interface VerifiedClaimRow {
  /** the line the record starts on, from 1 (the header is line 1) */
  line: number;
  id: string;
  /** the claim as the fact-checker stated it ("vclaim"), whitespace collapsed */
  claim: string;
  /** the headline of the fact-check article; null when empty */
  title: string | null;
}

export interface VerifiedClaimsTsv {
  rows: VerifiedClaimRow[];
  problems: FeedProblem[];
}

const HEADER = ['', 'vclaim', 'title'];
const EXPECTED_HEADER = 'expected an empty first column (the id), then "vclaim" and "title", separated by tabs';

export function parseVerifiedClaimsTsv(text: string): VerifiedClaimsTsv {
  // a byte order mark is how some editors save UTF-8; it is not part of the first column's (empty) name
  const { records, unterminatedQuoteLine } = scanTsv(text.startsWith('\uFEFF') ? text.slice(1) : text);
  const problems: FeedProblem[] = [];
  const rows: VerifiedClaimRow[] = [];
  const [header, ...body] = records;
  if (header === undefined) {
    if (unterminatedQuoteLine === null) problems.push({ position: 'line 1', message: `no header; ${EXPECTED_HEADER}` });
  } else if (!isHeader(header)) {
    const found = JSON.stringify(header.fields.join('\t'));
    problems.push({ position: `line ${header.line}`, message: `header is ${found}; ${EXPECTED_HEADER}` });
    // the columns mean something else, or are in another order: no row can be read as a claim
    return { rows, problems };
  }
  const lineOfId = new Map<string, number>();
  for (const record of body) {
    if (isBlank(record)) continue;
    const fields = record.fields.map(collapsed);
    const problem = rowProblem(record, fields, lineOfId);
    if (problem !== null) {
      problems.push({ position: `line ${record.line}`, message: problem });
      continue;
    }
    const [id, claim, title] = fields;
    lineOfId.set(id, record.line);
    rows.push({ line: record.line, id, claim, title: title === '' ? null : title });
  }
  if (unterminatedQuoteLine !== null) {
    problems.push({
      position: `line ${unterminatedQuoteLine}`,
      message: 'a quoted field opens here and is never closed; the rest of the file was not read',
    });
  }
  return { rows, problems };
}

function isHeader(record: TsvRecord): boolean {
  return record.fields.length === HEADER.length && record.fields.every((field, i) => field.trim() === HEADER[i]);
}

/** A line with nothing on it, as a file's last line often is; not a record with two missing columns. */
function isBlank(record: TsvRecord): boolean {
  return record.fields.length === 1 && record.fields[0] === '';
}

/** What is wrong with a record, given its fields cleaned; null when it is a good row. */
function rowProblem(record: TsvRecord, fields: string[], lineOfId: ReadonlyMap<string, number>): string | null {
  if (record.problem !== undefined) return record.problem;
  if (fields.length !== HEADER.length) return `${fields.length} columns; expected ${HEADER.length} (id, vclaim, title)`;
  const [id, claim] = fields;
  if (id === '') return 'empty id';
  if (claim === '') return `empty vclaim (id ${JSON.stringify(id)})`;
  const firstLine = lineOfId.get(id);
  if (firstLine !== undefined) return `id ${JSON.stringify(id)} is already used on line ${firstLine}`;
  return null;
}

/** Trimmed, with line breaks and runs of spaces as one space: a quoted claim's line break is only wrapping. */
function collapsed(field: string): string {
  // most fields are already clean, and trimming alone copies nothing: replacing in every field was most of the time
  return NEEDS_COLLAPSING.test(field) ? field.replace(/\s+/g, ' ').trim() : field.trim();
}

/** whitespace other than a plain space, or two spaces in a row */
const NEEDS_COLLAPSING = /[^\S ]| {2}/;
