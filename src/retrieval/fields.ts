/**
 * The fields a claim is indexed under. BM25F weighs a term's frequency in each field separately, so the claim as
 * stated, the fact-check's headline and the claim's other names each count as much as they are worth.
 */
export const FIELD_TEXT = 0;
export const FIELD_HEADLINE = 1;
export const FIELD_ALIASES = 2;
export const FIELD_COUNT = 3;

/** Term frequencies of the three fields packed in 15 bits of one posting, five bits (0..31) each: a claim that
 * repeats a word more than 31 times is not made more relevant by it. */
export const TF_BITS = 5;
export const TF_MAX = (1 << TF_BITS) - 1;

export function packTf(tfs: readonly number[]): number {
  let packed = 0;
  for (let f = 0; f < FIELD_COUNT; f++) packed |= Math.min(tfs[f], TF_MAX) << (f * TF_BITS);
  return packed;
}

export function tfOf(packed: number, field: number): number {
  return (packed >> (field * TF_BITS)) & TF_MAX;
}
