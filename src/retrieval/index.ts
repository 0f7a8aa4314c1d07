/**
 * Similar-claim retrieval: the public surface. Everything else in this folder is an implementation detail.
 */
export { ClaimIndex } from './claimIndex.js';
export type {
  ClaimHit,
  ClaimIndexOptions,
  ClaimInput,
  RankedCandidate,
  SearchOptions,
  SignatureWeights,
} from './claimIndex.js';
export { DEFAULT_SIGNATURE_WEIGHTS } from './claimIndex.js';
export type { AliasEntry } from './aliasTable.js';
export type { Bm25fParams } from './bm25f.js';
export { DEFAULT_BM25F } from './bm25f.js';
export type { RerankerModel } from './reranker.js';
export { cleanText } from './cleanText.js';
export {
  RetrievalInputError,
  QueryTooLongError,
  InvalidCursorError,
  InvalidPageSizeError,
  RankingChangedError,
  InvalidClaimError,
} from './errors.js';
export { DEFAULT_PAGE_SIZE, MAX_QUERY_LENGTH, MAX_RANKED_HITS } from './limits.js';
export { ENCODER_MODEL, SentenceEncoder, SentenceEncoderError } from './semantic/sentenceEncoder.js';
export { ClaimVectorCache, vectorSource } from './semantic/claimVectorCache.js';
export type { ClaimVectorStore, SourcedVectors } from './semantic/claimVectorCache.js';
export { packVectors, unpackVectors } from './semantic/vectors.js';
export type { ClaimVectors, SemanticInput } from './semantic/semanticFeatures.js';
export { decodeCursor } from './cursor.js';
