/** Sentence vectors: their size, and the similarity of two of them. */

/** The length of every vector the encoder writes. */
export const EMBEDDING_DIMENSIONS = 512;

/** The dot product of two vectors of EMBEDDING_DIMENSIONS: their cosine similarity, as both are unit length. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < EMBEDDING_DIMENSIONS; i++) sum += a[i] * b[i];
  return sum;
}
