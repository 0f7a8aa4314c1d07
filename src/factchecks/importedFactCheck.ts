/**
 * A fact-check published by someone else, as read from their feed: the claim they checked, who made it and when,
 * and their review. The first step of "has this been checked before?": these records are what a new claim is
 * compared against, so they keep what identifies the claim and the verdict, and nothing of the feed's wrapping.
 */

/** Who made the claim, as the fact-checker names them. */
export interface ImportedClaimant {
  name: string;
  /** the schema.org type the feed gives; null when it gives none (a plain string, or the Fact Check Tools API) */
  type: 'Person' | 'Organization' | null;
}

export interface ImportedReview {
  /** the review's public address, http(s) */
  url: string;
  /** the review's headline */
  title: string | null;
  /** the fact-checking organisation */
  publisher: { name: string; url: string | null };
  /** a partial date: "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
  reviewDate: string | null;
  /** the verdict in the fact-checker's words: "False", "Pants on fire", "Missing context" */
  textualRating: string | null;
  /** the verdict on claimgraph's scale, 1 (false) .. 5 (true), rounded to 2 decimals; null when only textual */
  ratingValue: number | null;
  /** the review's language as the feed names it ("en", "pt-BR"), when it does */
  languageCode: string | null;
}

export interface ImportedFactCheck {
  /** where in the feed it came from: "[3]", "@graph[2]", "claims[4].claimReview[0]" */
  position: string;
  claimText: string;
  /** the first claimant, for the common case of one; isPerson is there only when the feed says */
  claimant: { name: string; isPerson?: boolean } | null;
  /** every claimant, in the feed's order */
  claimants: ImportedClaimant[];
  /** when the claim was made, as a partial date: "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
  claimDate: string | null;
  /** where the claim appeared (http(s) addresses, each once, in the feed's order) */
  appearanceUrls: string[];
  review: ImportedReview;
}

/** An item's fields; its position is added by whoever found it. */
export type FactCheckFields = Omit<ImportedFactCheck, 'position'>;

/** The `claimant` of a list of claimants: the first, with isPerson when its type is known. */
export function firstClaimant(claimants: readonly ImportedClaimant[]): ImportedFactCheck['claimant'] {
  const [first] = claimants;
  if (first === undefined) return null;
  return first.type === null ? { name: first.name } : { name: first.name, isPerson: first.type === 'Person' };
}
