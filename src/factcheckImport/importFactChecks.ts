/**
 * Importing fact-checks published by other organizations into the graph: a ClaimReview feed (JSON-LD or a Fact
 * Check Tools API response) or a verified-claims TSV file, read by the pure readers of src/factchecks, laid out as
 * records (factCheckRecord.ts) and written by the Store in one transaction. Items with problems are skipped and
 * reported with their positions; the rest are imported. Re-importing changes nothing that has not changed.
 *
 * The CLI (`claimgraph import-claimreview`, `import-verified-claims`) and the admin mutations share this module.
 */
import { parseClaimReviewFeed, parseVerifiedClaimsTsv, TOP_LEVEL, type FeedProblem } from '../factchecks/index.js';
import { describeJsonSyntaxError } from '../ingest/jsonSyntaxError.js';
import { slugify } from '../intake/slugs.js';
import type { FactCheckWrite, FactCheckWriteResult } from '../store/factCheckImport.js';
import type { ChangeAuthor, Store } from '../store/store.js';
import { feedItemWrite, verifiedClaimWrite } from './factCheckRecord.js';

export interface FactCheckImportResult {
  created: number;
  updated: number;
  unchanged: number;
  /** every item written or found unchanged, in input order */
  factChecks: FactCheckWriteResult[];
  /** items refused (skipped), with where they are in the input */
  problems: FeedProblem[];
}

/** Options that make a whole import meaningless when wrong (a CLI usage error, a BAD_USER_INPUT argument). */
export class FactCheckImportOptionsError extends Error {
  override name = 'FactCheckImportOptionsError';

  constructor(
    readonly option: 'publisher' | 'slugPrefix',
    message: string,
  ) {
    super(message);
  }
}

export interface VerifiedClaimsOptions {
  /** the organization that checked the claims (the file does not say) */
  publisher: string;
  /** prepended to each row's id to make its claim's slug; default: the publisher's slug and "-" */
  slugPrefix?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_PREFIX = /^[a-z0-9]+(?:-[a-z0-9]+)*-?$/;

export async function importClaimReviewFeed(
  store: Store,
  text: string,
  author: ChangeAuthor,
): Promise<FactCheckImportResult> {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return emptyResult([{ position: TOP_LEVEL, message: describeJsonSyntaxError(source, error) }]);
  }
  const feed = parseClaimReviewFeed(value);
  return write(store, feed.items.map(feedItemWrite), feed.problems, author);
}

export async function importVerifiedClaims(
  store: Store,
  text: string,
  options: VerifiedClaimsOptions,
  author: ChangeAuthor,
): Promise<FactCheckImportResult> {
  const publisher = options.publisher.replace(/\s+/g, ' ').trim();
  if (publisher === '') throw new FactCheckImportOptionsError('publisher', 'the publisher has no name');
  const prefix = options.slugPrefix ?? `${slugify(publisher) || 'fact-checker'}-`;
  if (!SLUG_PREFIX.test(prefix)) {
    throw new FactCheckImportOptionsError(
      'slugPrefix',
      `slug prefix ${JSON.stringify(prefix)} is not a slug start: lower-case letters and digits, words joined by "-"`,
    );
  }
  const tsv = parseVerifiedClaimsTsv(text);
  const problems = [...tsv.problems];
  const writes: FactCheckWrite[] = [];
  for (const row of tsv.rows) {
    const claimSlug = `${prefix}${slugify(row.id, Number.MAX_SAFE_INTEGER)}`;
    if (!SLUG.test(claimSlug)) {
      problems.push({ position: `line ${row.line}`, message: `id ${JSON.stringify(row.id)} makes no slug` });
      continue;
    }
    writes.push(verifiedClaimWrite(row, publisher, claimSlug));
  }
  return write(store, writes, problems, author);
}

async function write(
  store: Store,
  writes: readonly FactCheckWrite[],
  readProblems: readonly FeedProblem[],
  author: ChangeAuthor,
): Promise<FactCheckImportResult> {
  if (writes.length === 0) return emptyResult([...readProblems]);
  const summary = await store.importFactChecks(writes, author);
  const count = (outcome: FactCheckWriteResult['outcome']) =>
    summary.results.filter((result) => result.outcome === outcome).length;
  return {
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    factChecks: summary.results,
    problems: [...readProblems, ...summary.problems],
  };
}

function emptyResult(problems: FeedProblem[]): FactCheckImportResult {
  return { created: 0, updated: 0, unchanged: 0, factChecks: [], problems };
}
