/**
 * Sentence vectors of the CLEF claims and queries, for training and scoring the semantic re-ranker. Embedding the
 * 10,389 claims' texts and headlines takes minutes, so each list of texts is cached under bench/.data, named by a
 * hash of the texts: a changed text or cleaning makes a new file rather than a stale answer.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { encoderText } from '../../src/retrieval/semantic/encoderText.js';
import type { ClaimVectors } from '../../src/retrieval/semantic/semanticFeatures.js';
import { SentenceEncoder } from '../../src/retrieval/semantic/sentenceEncoder.js';
import { EMBEDDING_DIMENSIONS } from '../../src/retrieval/semantic/vectors.js';
import type { VerifiedClaim } from './clefData.js';

const CACHE_DIR = join(import.meta.dirname, '..', '.data', 'sentence-vectors');
const BATCH = 32;

/** The vectors of `texts`, in order: from the cache, or embedded (and cached). */
export async function vectorsOf(label: string, texts: readonly string[]): Promise<Float32Array[]> {
  const hash = createHash('sha256').update(JSON.stringify(texts)).digest('hex').slice(0, 16);
  const file = join(CACHE_DIR, `${label}-${hash}.f32`);
  let all: Float32Array;
  if (existsSync(file)) {
    const bytes = readFileSync(file);
    all = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  } else {
    const encoder = new SentenceEncoder();
    all = new Float32Array(texts.length * EMBEDDING_DIMENSIONS);
    const started = Date.now();
    try {
      for (let i = 0; i < texts.length; i += BATCH) {
        const vectors = await encoder.embed(texts.slice(i, i + BATCH));
        vectors.forEach((v, k) => all.set(v, (i + k) * EMBEDDING_DIMENSIONS));
      }
    } finally {
      await encoder.close();
    }
    console.error(`embedded ${texts.length} ${label} texts in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, all);
  }
  return texts.map((_, i) => all.subarray(i * EMBEDDING_DIMENSIONS, (i + 1) * EMBEDDING_DIMENSIONS));
}

/** The verified claims' vectors (text and headline, as the server embeds them), looked up by claim id. */
export async function claimVectorsOf(
  claims: readonly VerifiedClaim[],
): Promise<(id: string) => ClaimVectors | undefined> {
  const text = await vectorsOf(
    'clef-claim-text',
    claims.map((c) => encoderText(c.vclaim)),
  );
  const headline = await vectorsOf(
    'clef-claim-headline',
    claims.map((c) => encoderText(c.title)),
  );
  const row = new Map(claims.map((c, i) => [c.id, i]));
  return (id) => {
    const i = row.get(id);
    return i === undefined ? undefined : { text: text[i], headline: headline[i] };
  };
}
