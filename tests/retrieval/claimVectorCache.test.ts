/**
 * The claims' sentence vectors kept beside the similar-claim index: embedded in the background, kept across
 * rebuilds, and given to a query only when every claim has them. The encoder here is a stand-in that records what
 * it is asked, so the tests see exactly what is embedded and when.
 */
import { describe, expect, it } from 'vitest';
import { ClaimVectorCache, vectorSource, type SourcedVectors } from '../../src/retrieval/index.js';
import { EMBEDDING_DIMENSIONS } from '../../src/retrieval/semantic/vectors.js';

/** An encoder whose vector for a text has the text's length in its first component; `fail` makes it reject. */
function recordingEncoder() {
  const calls: { texts: string[]; priority: string }[] = [];
  const encoder = {
    calls,
    fail: false,
    embed(texts: readonly string[], priority: 'query' | 'background' = 'query') {
      calls.push({ texts: [...texts], priority });
      if (encoder.fail) return Promise.reject(new Error('model failed'));
      return Promise.resolve(
        texts.map((t) => {
          const v = new Float32Array(EMBEDDING_DIMENSIONS);
          v[0] = t.length;
          return v;
        }),
      );
    },
  };
  return encoder;
}

/** Lets the background loop run its batches. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

const claims = Array.from({ length: 6 }, (_, i) => ({
  id: String(i),
  text: `Claim number ${i}.`,
  headline: `Head ${i}`,
}));

describe('claim vector cache', () => {
  it('gives a query no vectors until every claim has them, then its own and every claim’s', async () => {
    const encoder = recordingEncoder();
    const cache = new ClaimVectorCache(encoder);
    expect(await cache.forQuery('anything')).toBeUndefined();
    cache.track(claims);
    expect(cache.pending).toBe(claims.length);
    expect(cache.ready).toBe(false);
    expect(await cache.forQuery('a query')).toBeUndefined();
    await settle();
    expect(cache.pending).toBe(0);
    expect(cache.ready).toBe(true);
    const input = await cache.forQuery('a query https://t.co/x #tag');
    expect(input).toBeDefined();
    // The query is read as the encoder reads it: no link, no # mark.
    expect(encoder.calls.at(-1)).toEqual({ texts: ['a query tag'], priority: 'query' });
    expect(input!.claim('3')!.text[0]).toBe('Claim number 3.'.length);
    expect(input!.claim('3')!.headline[0]).toBe('Head 3'.length);
    expect(input!.claim('99')).toBeUndefined();
    // Claims were embedded in the background, text and headline together.
    const background = encoder.calls.filter((c) => c.priority === 'background');
    expect(background.flatMap((c) => c.texts)).toHaveLength(claims.length * 2);
  });

  it('embeds a query text once, however often it is asked, and keeps the latest 1,000 texts', async () => {
    const encoder = recordingEncoder();
    const cache = new ClaimVectorCache(encoder);
    cache.track(claims);
    await settle();
    const queries = () => encoder.calls.filter((c) => c.priority === 'query').length;
    const first = await cache.forQuery('Was the wall built?');
    const again = await cache.forQuery('Was the wall built?');
    expect(queries()).toBe(1);
    expect(again!.query).toBe(first!.query);
    for (let i = 0; i < 1000; i++) await cache.forQuery(`query ${i}`);
    expect(queries()).toBe(1001);
    await cache.forQuery('Was the wall built?');
    expect(queries()).toBe(1002);
  });

  it('embeds again only the claims added or changed since the last build', async () => {
    const encoder = recordingEncoder();
    const cache = new ClaimVectorCache(encoder);
    cache.track(claims);
    await settle();
    encoder.calls.length = 0;
    const changed = claims.map((c) => (c.id === '2' ? { ...c, text: 'Claim two, corrected.' } : c));
    cache.track([...changed, { id: '7', text: 'A new claim.', headline: '' }]);
    expect(cache.vectorsOf('2')).toBeUndefined();
    expect(cache.vectorsOf('1')).toBeDefined();
    await settle();
    expect(encoder.calls.flatMap((c) => c.texts)).toEqual(['Claim two, corrected.', 'Head 2', 'A new claim.', '']);
    expect(cache.vectorsOf('2')!.text[0]).toBe('Claim two, corrected.'.length);
    // A claim no longer held has no vectors.
    cache.track(claims.slice(0, 2));
    expect(cache.vectorsOf('4')).toBeUndefined();
    expect(cache.ready).toBe(true);
  });

  it('embeds a claim again when only its headline changed, and not when its text only gained a link', async () => {
    const encoder = recordingEncoder();
    const cache = new ClaimVectorCache(encoder);
    cache.track(claims);
    await settle();
    encoder.calls.length = 0;
    const edited = claims.map((c) =>
      c.id === '3'
        ? { ...c, headline: 'Head 3, revised' }
        : c.id === '4'
          ? { ...c, text: `${c.text} https://example.com/4` }
          : c,
    );
    cache.track(edited);
    expect(cache.vectorsOf('3')).toBeUndefined();
    // The encoder does not read links, so the vectors made from the text without it still hold.
    expect(cache.vectorsOf('4')).toBeDefined();
    await settle();
    expect(encoder.calls.flatMap((c) => c.texts)).toEqual(['Claim number 3.', 'Head 3, revised']);
    // Tracking the same claims again embeds nothing.
    cache.track(edited);
    await settle();
    expect(encoder.calls).toHaveLength(1);
    expect(cache.ready).toBe(true);
  });

  it('ranks lexically for good when the encoder fails, without failing the query', async () => {
    const encoder = recordingEncoder();
    encoder.fail = true;
    const heard: string[] = [];
    const cache = new ClaimVectorCache(encoder, { onFailure: (error) => heard.push(error.message) });
    cache.track(claims);
    await settle();
    expect(cache.failure?.message).toBe('model failed');
    await cache.forQuery('a query');
    cache.track(claims);
    await settle();
    // Told once, however many batches and queries meet the failure.
    expect(heard).toEqual(['model failed']);
    expect(cache.ready).toBe(false);
    await expect(cache.forQuery('a query')).resolves.toBeUndefined();
  });

  it('gives up semantic input for a query whose own embedding fails', async () => {
    const encoder = recordingEncoder();
    const cache = new ClaimVectorCache(encoder);
    cache.track(claims);
    await settle();
    encoder.fail = true;
    await expect(cache.forQuery('a query')).resolves.toBeUndefined();
    expect(cache.ready).toBe(false);
  });

  it('embeds nothing past its limit of claims, and queries stay lexical', async () => {
    const encoder = recordingEncoder();
    const cache = new ClaimVectorCache(encoder, { maxClaims: 5 });
    cache.track(claims);
    await settle();
    expect(encoder.calls).toHaveLength(0);
    expect(cache.pending).toBe(0);
    expect(cache.ready).toBe(false);
    expect(await cache.forQuery('a query')).toBeUndefined();
  });

  describe('with a store', () => {
    /** A store holding `rows`, recording what is saved; `failLoad` makes reading fail. */
    function memoryStore(rows: SourcedVectors[], failLoad = false) {
      const saved: SourcedVectors[] = [];
      return {
        saved,
        load: () => (failLoad ? Promise.reject(new Error('database gone')) : Promise.resolve(rows)),
        save: (batch: readonly SourcedVectors[]) => {
          saved.push(...batch);
          return Promise.resolve();
        },
      };
    }
    const vector = (first: number) => {
      const v = new Float32Array(EMBEDDING_DIMENSIONS);
      v[0] = first;
      return v;
    };
    const stored = (id: string, text: string, headline: string): SourcedVectors => ({
      id,
      source: vectorSource(text, headline),
      vectors: { text: vector(-1), headline: vector(-2) },
    });

    it('reads back the vectors of unchanged claims instead of embedding them, and saves what it embeds', async () => {
      const encoder = recordingEncoder();
      // Claim 0 as it is now; claim 1 as it was before its text changed; claim 5 no longer held.
      const store = memoryStore([
        stored('0', 'Claim number 0.', 'Head 0'),
        stored('1', 'An older text of claim 1.', 'Head 1'),
        stored('99', 'A retracted claim.', ''),
      ]);
      const cache = new ClaimVectorCache(encoder, { store });
      cache.track(claims);
      expect(cache.ready).toBe(false);
      await settle();
      expect(cache.ready).toBe(true);
      expect(cache.vectorsOf('0')!.text[0]).toBe(-1);
      expect(cache.vectorsOf('1')!.text[0]).toBe('Claim number 1.'.length);
      const embedded = encoder.calls.flatMap((c) => c.texts);
      expect(embedded).not.toContain('Claim number 0.');
      expect(embedded).toContain('Claim number 1.');
      expect(store.saved.map((row) => row.id).sort()).toEqual(['1', '2', '3', '4', '5']);
      expect(store.saved.find((row) => row.id === '1')!.source).toBe(vectorSource('Claim number 1.', 'Head 1'));
    });

    it('embeds every claim when the stored vectors cannot be read, and says why once', async () => {
      const encoder = recordingEncoder();
      const errors: string[] = [];
      const cache = new ClaimVectorCache(encoder, {
        store: memoryStore([], true),
        onStoreError: (error) => errors.push(error.message),
      });
      cache.track(claims);
      await settle();
      expect(errors).toEqual(['database gone']);
      expect(cache.ready).toBe(true);
      expect(encoder.calls.flatMap((c) => c.texts)).toHaveLength(claims.length * 2);
    });

    it('keeps ranking when saving fails, and says why once for all the batches it refuses', async () => {
      const encoder = recordingEncoder();
      const errors: string[] = [];
      const store = { load: () => Promise.resolve([]), save: () => Promise.reject(new Error('disk full')) };
      const cache = new ClaimVectorCache(encoder, { store, onStoreError: (error) => errors.push(error.message) });
      cache.track(claims);
      await settle();
      expect(cache.ready).toBe(true);
      // Six claims are two batches, each refused.
      expect(errors).toEqual(['disk full']);
    });
  });
});
