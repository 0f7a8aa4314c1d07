/**
 * Semantic re-ranking in the claim index: a query that brings sentence vectors for every candidate is ordered by
 * the semantic model; without them, or with one candidate missing, by the lexical model, never a mix.
 */
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES } from '../../src/retrieval/features.js';
import { checkModel, type LinearModel } from '../../src/retrieval/reranker.js';
import {
  ClaimIndex,
  InvalidCursorError,
  RankingChangedError,
  type ClaimVectors,
  type SemanticInput,
} from '../../src/retrieval/index.js';
import { SEMANTIC_FEATURE_NAMES, semanticFeatures } from '../../src/retrieval/semantic/semanticFeatures.js';
import { EMBEDDING_DIMENSIONS } from '../../src/retrieval/semantic/vectors.js';

/** Ranks by first-stage BM25F alone. */
const lexical: LinearModel = { features: ['bm25f'], mean: [0], std: [1], weights: [1], bias: 0, depth: 100 };
/** Ranks by the claim text's cosine to the query alone. */
const semanticOnly: LinearModel = {
  features: ['semanticText'],
  mean: [0],
  std: [1],
  weights: [10],
  bias: 0,
  depth: 100,
};

/** A unit vector at `angle` radians in the plane of the first two dimensions. */
function unit(angle: number): Float32Array {
  const v = new Float32Array(EMBEDDING_DIMENSIONS);
  v[0] = Math.cos(angle);
  v[1] = Math.sin(angle);
  return v;
}

const claims = [
  { id: 'a', text: 'Votes votes votes were counted twice in the election.' },
  { id: 'b', text: 'Votes were counted in the election.' },
  { id: 'c', text: 'The election, like most elections in most countries over many years, had some votes.' },
];
/** The lexically weakest claim (fewest "votes") is the closest in meaning. */
const vectors: Record<string, ClaimVectors> = {
  a: { text: unit(1.2), headline: unit(1.2) },
  b: { text: unit(0.6), headline: unit(0.6) },
  c: { text: unit(0.1), headline: unit(0.1) },
};

function index(): ClaimIndex {
  const index = new ClaimIndex({ reranker: lexical, semanticReranker: semanticOnly });
  for (const claim of claims) index.add(claim);
  return index;
}

const input = (ids: string[]): SemanticInput => ({
  query: unit(0),
  claim: (id) => (ids.includes(id) ? vectors[id] : undefined),
});

describe('semantic re-ranking', () => {
  it('orders by the semantic model when every candidate has vectors, and says so on each hit', () => {
    const hits = index().search('votes election', { first: 3, semantic: input(['a', 'b', 'c']) });
    expect(hits.map((h) => h.id)).toEqual(['c', 'b', 'a']);
    expect(hits.every((h) => h.semantic)).toBe(true);
  });

  it('orders by the lexical model when any candidate lacks vectors, or without semantic input', () => {
    const lexicalOrder = index()
      .search('votes election', { first: 3 })
      .map((h) => h.id);
    expect(lexicalOrder[0]).toBe('a');
    const partial = index().search('votes election', { first: 3, semantic: input(['a', 'c']) });
    expect(partial.map((h) => h.id)).toEqual(lexicalOrder);
    expect(partial.some((h) => h.semantic)).toBe(false);
  });

  it('gives the semantic features after the lexical ones in a ranked candidate', () => {
    const [top] = index().rank('votes election', 100, input(['a', 'b', 'c']));
    expect(top.features).toHaveLength(FEATURE_NAMES.length + SEMANTIC_FEATURE_NAMES.length);
    expect(top.features[FEATURE_NAMES.length]).toBeCloseTo(Math.cos(0.1), 5);
  });

  it('has no semantic ranking without a lexical re-ranker to fall back on', () => {
    const plain = new ClaimIndex({ reranker: null, semanticReranker: semanticOnly });
    for (const claim of claims) plain.add(claim);
    const hits = plain.search('votes election', { first: 3, semantic: input(['a', 'b', 'c']) });
    expect(hits.some((h) => h.semantic)).toBe(false);
  });
});

describe('paging a semantic ranking', () => {
  const all = input(['a', 'b', 'c']);

  it('continues a ranking by meaning after its cursor, without repeats', () => {
    const idx = index();
    const [first] = idx.search('votes election', { first: 1, semantic: all });
    const rest = idx.search('votes election', { first: 5, after: first.cursor, semantic: all });
    expect([first, ...rest].map((h) => h.id)).toEqual(['c', 'b', 'a']);
    expect(rest.every((h) => h.semantic)).toBe(true);
  });

  it('ranks the next page by words after a cursor of a ranking by words, even once vectors are there', () => {
    const idx = index();
    const lexicalOrder = idx.search('votes election', { first: 3 }).map((h) => h.id);
    const [first] = idx.search('votes election', { first: 1 });
    const rest = idx.search('votes election', { first: 5, after: first.cursor, semantic: all });
    expect([first, ...rest].map((h) => h.id)).toEqual(lexicalOrder);
    expect(rest.some((h) => h.semantic)).toBe(false);
  });

  it('refuses a cursor of a ranking by meaning once a candidate lacks vectors, rather than skip or repeat', () => {
    const idx = index();
    const [first] = idx.search('votes election', { first: 1, semantic: all });
    expect(() => idx.search('votes election', { first: 5, after: first.cursor, semantic: input(['a', 'c']) })).toThrow(
      RankingChangedError,
    );
    expect(() => idx.search('votes election', { first: 5, after: first.cursor })).toThrow(/ask for the first page/);
  });

  it('refuses a cursor whose ranking mark is not one it writes', () => {
    const forged = Buffer.from(JSON.stringify([1.5, 'a', 2]), 'utf8').toString('base64url');
    expect(() => index().search('votes election', { after: forged })).toThrow(InvalidCursorError);
  });
});

describe('semantic features', () => {
  it('gives each candidate its cosines and its distance from the closest candidate', () => {
    const rows = semanticFeatures(unit(0), [
      { text: unit(0), headline: unit(Math.PI / 2) },
      { text: unit(Math.PI / 3), headline: unit(0) },
    ]);
    const [first, second] = rows;
    expect(first[0]).toBeCloseTo(1);
    expect(first[1]).toBeCloseTo(0);
    expect(first[2]).toBeCloseTo(1);
    expect(first[3]).toBeCloseTo(0);
    expect(first[4]).toBeCloseTo(1);
    expect(second[0]).toBeCloseTo(0.5);
    expect(second[3]).toBeCloseTo(0.5);
    expect(second[4]).toBeCloseTo(0);
  });

  it('marks a model reading semantic features, and refuses one naming a feature nobody computes', () => {
    expect(checkModel(semanticOnly).semantic).toBe(true);
    expect(checkModel(lexical).semantic).toBe(false);
    expect(() => checkModel({ ...semanticOnly, features: ['semanticEverything'] })).toThrow(/semanticEverything/);
  });
});
