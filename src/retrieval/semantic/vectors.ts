/** Sentence vectors: their size, and the similarity of two of them. */

/** The length of every vector the encoder writes. */
export const EMBEDDING_DIMENSIONS = 512;

/** The dot product of two vectors of EMBEDDING_DIMENSIONS: their cosine similarity, as both are unit length. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < EMBEDDING_DIMENSIONS; i++) sum += a[i] * b[i];
  return sum;
}

/** Two vectors as bytes, one after the other (the stored layout). */
export function packVectors(first: Float32Array, second: Float32Array): Uint8Array {
  const out = new Float32Array(2 * EMBEDDING_DIMENSIONS);
  out.set(first, 0);
  out.set(second, EMBEDDING_DIMENSIONS);
  return new Uint8Array(out.buffer);
}

/** The two vectors packVectors wrote, or undefined for bytes of another length. */
export function unpackVectors(bytes: Uint8Array): [Float32Array, Float32Array] | undefined {
  if (bytes.byteLength !== 2 * EMBEDDING_DIMENSIONS * 4) return undefined;
  // Copied, so that the floats are aligned whatever the offset of the bytes read from the database.
  const all = new Float32Array(bytes.slice().buffer);
  return [all.subarray(0, EMBEDDING_DIMENSIONS), all.subarray(EMBEDDING_DIMENSIONS)];
}
