/** The limits every query must respect (see README "Security and limits") and their defaults. */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  /** lexical tokens in a document (Apollo's parser refuses more) */
  maxTokens: number;
  maxOperations: number;
  maxMutationFields: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 50,
  maxCost: 500_000,
  maxTokens: 1_000,
  maxOperations: 5,
  maxMutationFields: 5,
};

/**
 * The longest string (in characters, UTF-16 code units as JavaScript counts them) a client may send in each kind
 * of String or ID argument or input field, checked before a query runs (see README "Security and limits" and
 * src/graphql/limits/inputCaps.ts, which decides which kind an argument is). Fixed: none is a deployment choice.
 */
export const INPUT_CAPS = {
  /** any ID argument or input field (a global id, slug, name or alias standing for a node) */
  id: 256,
  /** a page cursor (`after`, `before`) */
  cursor: 256,
  /** a name that picks an entity (`entity(name)`, the statement and claim filters' entity fields) */
  name: 256,
  /** a partial date (`saidFrom`, `saidTo`, `timeline(from, to)`, the dates of a write) */
  date: 64,
  /** `statements(filter: { text })`, `claims(filter: { text })` */
  textFilter: 500,
  /** `search(query)` */
  searchQuery: 500,
  /** a statement's quote, a claim's text, `similarClaims(text)`, a span's exact text and its prefix and suffix */
  quote: 10_000,
  /** a document's full text or HTML (addDocument, importDataset/importArticle texts, draftDocument) */
  documentText: 1_000_000,
  /** why two claims are (linkSameClaim) or are not (unlinkSameClaim) the same claim: a line, as a retraction's reason */
  reason: 2_000,
  /** every other string (titles, headlines, urls, slugs, reasons, explanations, labels) */
  text: 5_000,
} as const;

export type InputCapKind = keyof typeof INPUT_CAPS;

/** Validation errors reported for one document; graphql-js stops validating at the next one. */
export const MAX_VALIDATION_ERRORS = 10;

/**
 * graphql-js's own budget of field comparisons when checking that repeated fields merge (its
 * OverlappingFieldsCanBeMergedRule); a document that spends it (hundreds of repeated fields) is refused.
 */
export const FIELD_MERGE_COMPARISONS = 500_000;
