/**
 * The claims export's rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a quote, comma or line
 * break quoted with quotes doubled) and as JSON objects. A CSV cell that a spreadsheet would read as a formula
 * (starting with =, +, -, @, or a tab or carriage return that some strip first) is prefixed with a single quote,
 * so that opening an export never runs what a claim's text says.
 */

/** A claim as the export's query selects it. */
export interface ExportedClaimNode {
  id: string;
  slug: string;
  text: string;
  status: string;
  firstSeen: { iso: string } | null;
  /** a Date as an operation executed in-process returns it (scalars are serialized only on the wire) */
  lastReviewedAt: Date | string | null;
  currentReview: { ratingValue: number; ratingLabel: string; verdict: string; reviewer: string } | null;
  appearances: { totalCount: number };
  disputedBy: { totalCount: number };
  claimants: { name: string }[];
  about: { name: string }[];
}

/** The GraphQL selection that fills an ExportedClaimNode. */
export const EXPORTED_CLAIM_FIELDS = `id slug text status firstSeen { iso } lastReviewedAt
  currentReview { ratingValue ratingLabel verdict reviewer }
  appearances { totalCount } disputedBy { totalCount } claimants { name } about { name }`;

/** One exported row: the same keys, in the same order, in CSV (header row) and JSON. */
export interface ExportedClaim {
  id: string;
  slug: string;
  text: string;
  status: string;
  verdict: string | null;
  rating: number | null;
  ratingLabel: string | null;
  reviewer: string | null;
  lastReviewedAt: string | null;
  firstSeen: string | null;
  appearances: number;
  disputes: number;
  claimants: string[];
  about: string[];
}

export const EXPORT_COLUMNS: readonly (keyof ExportedClaim)[] = [
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

export function exportedClaim(node: ExportedClaimNode): ExportedClaim {
  const review = node.currentReview;
  return {
    id: node.id,
    slug: node.slug,
    text: node.text,
    status: node.status,
    verdict: review?.verdict ?? null,
    rating: review?.ratingValue ?? null,
    ratingLabel: review?.ratingLabel ?? null,
    reviewer: review?.reviewer ?? null,
    lastReviewedAt: node.lastReviewedAt instanceof Date ? node.lastReviewedAt.toISOString() : node.lastReviewedAt,
    firstSeen: node.firstSeen?.iso ?? null,
    appearances: node.appearances.totalCount,
    disputes: node.disputedBy.totalCount,
    claimants: node.claimants.map((claimant) => claimant.name),
    about: node.about.map((entity) => entity.name),
  };
}

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One CSV field: formula-safe, then quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function cellText(value: ExportedClaim[keyof ExportedClaim]): string {
  if (value === null) return '';
  // several names in one cell, as a spreadsheet user reads them
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

export const CSV_HEADER = csvLine(EXPORT_COLUMNS);

export function csvRow(claim: ExportedClaim): string {
  return csvLine(EXPORT_COLUMNS.map((column) => cellText(claim[column])));
}
