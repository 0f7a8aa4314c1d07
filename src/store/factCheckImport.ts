/**
 * What the Store is given to import fact-checks published by other organizations, and what it answers. The caller
 * (src/factcheckImport) has read the feed and laid out each item's record: the held text every span points into,
 * with the spans of the names the store may have to create entities for. The store decides what already exists.
 */
import type { UnknownFactRow } from './rows.js';

/** A span of an item's record text, in code points (end exclusive). */
export interface RecordSpan {
  start: number;
  end: number;
}

/** A claimant as the publisher names it, with the span of the name on its `Claimant:` line. */
export interface FactCheckClaimantWrite {
  name: string;
  /** the slug a new entity for the name would get (made unique by the store) */
  slugBase: string;
  /** the entity type the feed gives it; null when it gives none (then only an unambiguous existing entity is used) */
  type: 'PERSON' | 'ORGANIZATION' | null;
  span: RecordSpan;
}

export interface FactCheckWrite {
  /** where in the input it came from ("@graph[2]", "line 12"), for problems */
  position: string;
  factCheckSlug: string;
  claimSlug: string;
  recordSlug: string;
  /** the review's public address; null for a verified-claims row */
  url: string | null;
  headline: string | null;
  textualRating: string | null;
  /** 1 (false) .. 5 (true); null when the feed gave only words */
  ratingValue: number | null;
  reviewedOn: string | null;
  claimDate: string | null;
  languageCode: string | null;
  claimText: string;
  claimantNames: string[];
  appearanceUrls: string[];
  publisher: { name: string; url: string | null; slugBase: string; span: RecordSpan };
  /** the claimants that may become claimant rows (typed, or resolving to one existing entity) */
  claimants: FactCheckClaimantWrite[];
  /**
   * The held document the item is read from. Its url, headline and published date are the fact-check's; `unknown`
   * lists those the item does not give (and the outlet, which a publisher that is an organization is not), with why.
   */
  record: { title: string; text: string; unknown: UnknownFactRow[] };
}

export type FactCheckOutcome = 'created' | 'updated' | 'unchanged';

export interface FactCheckWriteResult {
  position: string;
  slug: string;
  outcome: FactCheckOutcome;
}

export interface FactCheckImportSummary {
  /** one per item written, in the order given */
  results: FactCheckWriteResult[];
  /** items refused by the store (a slug another kind of record holds), with their positions */
  problems: { position: string; message: string }[];
}
