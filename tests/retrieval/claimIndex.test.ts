import { describe, expect, it } from 'vitest';
import {
  ClaimIndex,
  InvalidCursorError,
  InvalidPageSizeError,
  MAX_QUERY_LENGTH,
  QueryTooLongError,
  RetrievalInputError,
  type ClaimIndexOptions,
  type ClaimInput,
} from '../../src/retrieval/index.js';

const CLAIMS: ClaimInput[] = [
  {
    id: 'moon',
    text: 'The 1969 Moon landing was filmed in a television studio.',
    headline: 'Was the Moon Landing Staged?',
  },
  { id: 'mars', text: 'NASA found a face carved into a mountain on Mars.', headline: 'Is There a Face on Mars?' },
  {
    id: 'sharks',
    text: 'A photograph shows a shark swimming on a flooded highway after a hurricane.',
    headline: 'Shark on the Highway',
  },
  { id: 'studio', text: 'A television studio in London was flooded after a storm.', headline: 'Flooded Studio' },
  {
    id: 'kanye',
    text: 'Kanye West announced he is running for president in 2020.',
    headline: 'Is Kanye West Running for President?',
  },
];

function indexOf(claims: ClaimInput[] = CLAIMS, options: ClaimIndexOptions = {}): ClaimIndex {
  const index = new ClaimIndex(options);
  for (const claim of claims) index.add(claim);
  return index;
}

describe('ClaimIndex', () => {
  it('ranks an exact paraphrase above a loosely related claim', () => {
    const hits = indexOf().search('They FILMED the moon landing in a TV studio back in 1969!! #hoax https://t.co/x');
    expect(hits[0].id).toBe('moon');
    expect(hits.map((h) => h.id)).toContain('studio');
    expect(hits.findIndex((h) => h.id === 'studio')).toBeGreaterThan(0);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
    expect(hits[0].matched).toEqual(expect.arrayContaining(['moon', 'landing', 'studio', '1969']));
  });

  it('matches an entity through its aliases, in queries and in claims', () => {
    const aliases = [{ name: 'Kanye West', aliases: ['Ye', 'Yeezy'] }];
    const index = indexOf(CLAIMS, { aliases });
    const hits = index.search('Ye says he will run in the next election');
    expect(hits[0].id).toBe('kanye');
    expect(hits[0].matched).toContain('Kanye West');
    // Without the table, "Ye" alone finds nothing about him.
    expect(
      indexOf()
        .search('Ye Ye Ye')
        .map((h) => h.id),
    ).not.toContain('kanye');
    // An alias in a claim is found by the full name.
    const other = indexOf([{ id: 'ye', text: 'Ye released a gospel album.' }], { aliases });
    expect(other.search('Kanye West gospel').map((h) => h.id)).toEqual(['ye']);
  });

  it('finds a claim after it is added and no longer after it is removed', () => {
    const index = indexOf();
    expect(index.search('face on Mars')[0].id).toBe('mars');
    expect(index.remove('mars')).toBe(true);
    expect(index.remove('mars')).toBe(false);
    expect(index.search('face on Mars').map((h) => h.id)).not.toContain('mars');
    expect(index.size).toBe(CLAIMS.length - 1);
    index.add({ id: 'mars', text: 'A face on Mars was photographed by Viking 1.' });
    expect(index.search('face on Mars')[0].id).toBe('mars');
  });

  it('replaces a claim added again under the same id', () => {
    const index = indexOf();
    index.add({ id: 'sharks', text: 'Crocodiles live in the city sewers.' });
    expect(index.size).toBe(CLAIMS.length);
    expect(index.search('shark highway hurricane').map((h) => h.id)).not.toContain('sharks');
    expect(index.search('crocodiles sewers')[0].id).toBe('sharks');
  });

  it('keeps searching correctly after many removals compact the postings', () => {
    const index = new ClaimIndex();
    for (let i = 0; i < 3000; i++)
      index.add({ id: `c${i}`, text: `claim number ${i} about topic${i % 7} and word${i}` });
    for (let i = 0; i < 3000; i++) if (i % 3 !== 0) index.remove(`c${i}`);
    expect(index.size).toBe(1000);
    expect(index.search('word2997')[0].id).toBe('c2997');
    expect(index.search('topic3 claim', { first: 100 }).every((h) => Number(h.id.slice(1)) % 3 === 0)).toBe(true);
    expect(index.search('word2998')).toEqual([]);
    index.add({ id: 'late', text: 'a late claim about word2998' });
    expect(index.search('word2998')[0].id).toBe('late');
  });

  it('pages with after: pages do not overlap and together are the whole ranking', () => {
    const index = indexOf();
    const all = index.search('a flooded television studio photograph of the moon', { first: 100 });
    expect(all.length).toBeGreaterThan(2);
    const first = index.search('a flooded television studio photograph of the moon', { first: 2 });
    const rest = index.search('a flooded television studio photograph of the moon', {
      first: 100,
      after: first[1].cursor,
    });
    expect([...first, ...rest].map((h) => h.id)).toEqual(all.map((h) => h.id));
    expect(index.search('moon', { after: all[all.length - 1].cursor })).toEqual([]);
  });

  it('returns no hits for empty, punctuation-only or wordless text', () => {
    const index = indexOf();
    for (const query of ['', '   ', '?!...,;', '😱🔥', 'https://t.co/abc', 'the of and']) {
      expect(index.search(query)).toEqual([]);
    }
  });

  it('refuses a query over the length cap with a typed error', () => {
    const index = indexOf();
    expect(() => index.search('moon '.repeat(MAX_QUERY_LENGTH))).toThrow(QueryTooLongError);
    expect(() => index.search('x'.repeat(MAX_QUERY_LENGTH))).not.toThrow();
    try {
      index.search('a'.repeat(MAX_QUERY_LENGTH + 1));
    } catch (error) {
      expect(error).toBeInstanceOf(RetrievalInputError);
      expect((error as RetrievalInputError).code).toBe('QUERY_TOO_LONG');
    }
  });

  it('refuses bad paging arguments with typed errors', () => {
    const index = indexOf();
    expect(() => index.search('moon', { first: 0 })).toThrow(InvalidPageSizeError);
    expect(() => index.search('moon', { first: 1.5 })).toThrow(InvalidPageSizeError);
    expect(() => index.search('moon', { after: 'not a cursor' })).toThrow(InvalidCursorError);
  });

  it('ranks without the learned model too', () => {
    const hits = indexOf(CLAIMS, { reranker: null }).search('moon landing filmed in a studio');
    expect(hits[0].id).toBe('moon');
  });
});
