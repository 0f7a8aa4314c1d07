/**
 * The re-ranker's semantic features: how close a candidate claim's sentence embeddings are to the query's. They
 * are appended to the lexical features (features.ts) when every candidate of a query has its vectors; a model
 * that reads them is used only then (claimIndex.ts).
 */
import { cosine } from './vectors.js';

/** In vector order, after FEATURE_NAMES. */
export const SEMANTIC_FEATURE_NAMES = [
  'semanticText',
  'semanticHeadline',
  'semanticBest',
  // How far the candidate is from the query's closest candidate: a ranking signal that a raw cosine, whose scale
  // varies from query to query, is not.
  'semanticTextGap',
  'semanticHeadlineGap',
] as const;

/** A claim's two vectors: its text and its fact-checks' headlines (zeros when it has none). */
export interface ClaimVectors {
  text: Float32Array;
  headline: Float32Array;
}

/** What a query brings to semantic re-ranking: its own vector and a lookup of the claims' vectors by claim id. */
export interface SemanticInput {
  query: Float32Array;
  claim(id: string): ClaimVectors | undefined;
}

/** One feature row per candidate, in SEMANTIC_FEATURE_NAMES order. */
export function semanticFeatures(query: Float32Array, candidates: readonly ClaimVectors[]): number[][] {
  const sims = candidates.map((c) => [cosine(query, c.text), cosine(query, c.headline)]);
  let bestText = -Infinity;
  let bestHeadline = -Infinity;
  for (const [text, headline] of sims) {
    bestText = Math.max(bestText, text);
    bestHeadline = Math.max(bestHeadline, headline);
  }
  return sims.map(([text, headline]) => [
    text,
    headline,
    Math.max(text, headline),
    bestText - text,
    bestHeadline - headline,
  ]);
}
