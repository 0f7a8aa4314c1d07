/**
 * The sentence encoder (Universal Sentence Encoder lite, from its npm package, on a worker thread): what its
 * vectors are, the order it answers in, and how it fails.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { SentenceEncoder, SentenceEncoderError } from '../../src/retrieval/index.js';
import { MAX_ENCODED_CHARACTERS } from '../../src/retrieval/semantic/sentenceEncoder.js';
import { cosine, EMBEDDING_DIMENSIONS } from '../../src/retrieval/semantic/vectors.js';

const encoder = new SentenceEncoder();
afterAll(() => encoder.close());

const norm = (v: Float32Array) => Math.sqrt(cosine(v, v));

describe('sentence encoder', () => {
  it('gives unit-length vectors of the model size, one per text, in order', async () => {
    const texts = ['Kanye West said John Legend sold out.', 'The price of eggs rose in March.'];
    const vectors = await encoder.embed(texts);
    expect(vectors).toHaveLength(2);
    for (const v of vectors) {
      expect(v).toHaveLength(EMBEDDING_DIMENSIONS);
      expect(norm(v)).toBeCloseTo(1, 4);
    }
    // Each text's vector is the one it gets alone.
    const [alone] = await encoder.embed([texts[1]]);
    expect(cosine(alone, vectors[1])).toBeCloseTo(1, 4);
  });

  it('puts a paraphrase closer than a sentence on another subject', async () => {
    const [claim, paraphrase, other] = await encoder.embed([
      'The governor banned the sale of fireworks in the state.',
      'Fireworks can no longer be sold there after the governor outlawed them.',
      'A new species of frog was discovered in the rainforest.',
    ]);
    expect(cosine(claim, paraphrase)).toBeGreaterThan(cosine(claim, other) + 0.2);
  });

  it('gives an empty or blank text a vector of zeros, similar to nothing', async () => {
    const [empty, blank, word] = await encoder.embed(['', '   ', 'votes']);
    expect(norm(empty)).toBe(0);
    expect(norm(blank)).toBe(0);
    expect(norm(word)).toBeCloseTo(1, 4);
  });

  it('reads a text only up to its first MAX_ENCODED_CHARACTERS characters', async () => {
    const head = 'The senator voted against the bill to raise the minimum wage. '
      .repeat(20)
      .slice(0, MAX_ENCODED_CHARACTERS);
    const [clipped, long] = await encoder.embed([head, head + ' Something else entirely about frogs.'.repeat(50)]);
    expect(cosine(clipped, long)).toBeCloseTo(1, 4);
  });

  it('answers a query before claim batches queued ahead of it', async () => {
    const order: string[] = [];
    const background = [1, 2, 3].map((n) =>
      encoder.embed([`claim batch ${n}`, `another claim ${n}`], 'background').then(() => order.push(`background ${n}`)),
    );
    const query = encoder.embed(['a query'], 'query').then(() => order.push('query'));
    await Promise.all([...background, query]);
    // The first background batch may already be in flight; the query overtakes the rest.
    expect(order.indexOf('query')).toBeLessThanOrEqual(1);
    expect(order.filter((o) => o.startsWith('background'))).toEqual(['background 1', 'background 2', 'background 3']);
  });

  it('rejects what is waiting when closed, and every request after', async () => {
    const own = new SentenceEncoder();
    const settled = Promise.allSettled([own.embed(['a sentence to embed']), own.embed(['another'], 'background')]);
    await own.close();
    const [first, second] = await settled;
    expect(first.status === 'rejected' && first.reason).toBeInstanceOf(SentenceEncoderError);
    expect(second.status === 'rejected' && (second.reason as Error).message).toMatch(/closed/);
    await expect(own.embed(['later'])).rejects.toThrow(/closed/);
  });

  it('rejects the batch of a thread that stops, and answers the next on a new thread', async () => {
    const own = new SentenceEncoder();
    await own.embed(['a sentence to start the thread']);
    // A long text keeps the thread busy (~0.1 s) while it is stopped from outside.
    const pending = own.embed(['The council voted to close the library on Sundays to save money. '.repeat(15)]);
    await (own as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect(pending).rejects.toThrow(/stopped/);
    const [vector] = await own.embed(['a sentence for the new thread']);
    expect(norm(vector)).toBeCloseTo(1, 4);
    await own.close();
  });

  it('answers an empty list without starting the model', async () => {
    const own = new SentenceEncoder();
    await expect(own.embed([])).resolves.toEqual([]);
    await own.close();
  });
});
