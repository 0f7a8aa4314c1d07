/**
 * What the store contract suite writes: the article's fixture (loaded as `claimgraph serve` loads it), variants
 * of it that must fail to write, and a small follow-up dataset that refers to records already stored.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDatasetFile } from '../../src/ingest/loadDatasetFile.js';
import type { Dataset } from '../../src/domain/dataset.js';
import type { ChangeAuthor } from '../../src/store/store.js';

const FIXTURE_DATASET_FILE = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/legend-west.dataset.json');

export const CONTRACT_AUTHOR: ChangeAuthor = { actor: 'store-contract', action: 'IMPORT' };

export interface FixtureData {
  dataset: Dataset;
  heldTexts: Map<string, string>;
  articleText: string;
}

export async function loadFixture(): Promise<FixtureData> {
  const { dataset, heldTexts } = await loadDatasetFile(FIXTURE_DATASET_FILE);
  return { dataset, heldTexts, articleText: heldTexts.get('thesource-legend-west')! };
}

function copy(dataset: Dataset): Dataset {
  return structuredClone(dataset);
}

/** The fixture whose very last record (the last relationship) names a person who does not exist. */
export function withDanglingLastReference(dataset: Dataset): Dataset {
  const broken = copy(dataset);
  broken.relationships.at(-1)!.to = 'no-such-person';
  return broken;
}

/**
 * The fixture plus a review the database itself rejects (a rating of 9 out of 5): the failure comes from a
 * constraint, late in the write, after most tables have been written.
 */
export function withUnratableReview(dataset: Dataset): Dataset {
  const broken = copy(dataset);
  broken.reviews = [
    {
      slug: 'impossible-review',
      claim: 'west-60000-votes',
      ratingValue: 9,
      ratingLabel: 'Beyond true',
      explanation: 'No rating scale goes this high.',
      reviewer: 'Store contract',
      reviewedAt: '2024-01-02T03:04:05Z',
      sources: [{ url: 'https://example.org/results', title: 'Results' }],
    },
  ];
  return broken;
}

/** Code-point offsets of `exact` in `text` (its first occurrence). */
export function spanIn(text: string, exact: string): { start: number; end: number } {
  const at = text.indexOf(exact);
  if (at < 0) throw new Error(`${JSON.stringify(exact)} is not in the text`);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(exact).length };
}

export const FOLLOW_UP_QUOTE = 'West called both Legend and Big Sean sellouts for not supporting him';

/**
 * Written after the fixture: a person with a cited external identifier, a statement by a stored person about
 * stored people with evidence in the stored article, and a review of a stored claim.
 */
export function followUpDataset(articleText: string): Dataset {
  return {
    format: 'claimgraph-dataset/1',
    documents: [],
    people: [
      {
        slug: 'chuck-d',
        name: 'Chuck D',
        aliases: ['Carlton Ridenhour'],
        sameAs: [
          {
            uri: 'https://www.wikidata.org/wiki/Q319392',
            source: { url: 'https://www.wikidata.org/wiki/Q319392', title: 'Chuck D', accessed: '2024-01' },
          },
        ],
        evidence: [],
      },
    ],
    outlets: [],
    organizations: [],
    events: [],
    statements: [
      {
        slug: 'west-sellouts-again',
        speaker: 'kanye-west',
        quote: FOLLOW_UP_QUOTE,
        isDirectQuote: false,
        attributionConfidence: 'PARAPHRASED_BY_SOURCE',
        saidOn: '2020-11',
        occasion: 'drink-champs-2020-episode',
        mentions: [
          { entity: 'john-legend', stance: 'CRITICIZES' },
          { entity: 'chuck-d', stance: 'NEUTRAL' },
        ],
        evidence: [
          { document: 'thesource-legend-west', ...spanIn(articleText, FOLLOW_UP_QUOTE), exact: FOLLOW_UP_QUOTE },
        ],
      },
    ],
    claims: [],
    reviews: [
      {
        slug: 'votes-review',
        claim: 'west-60000-votes',
        ratingValue: 4,
        ratingLabel: 'Mostly true',
        explanation: 'Official results put the figure near 70,000.',
        reviewer: 'Store contract',
        reviewedAt: '2024-01-02T03:04:05Z',
        sources: [{ url: 'https://example.org/results', title: 'Results' }],
      },
    ],
    relationships: [],
  };
}

/** A new person and, last, a friendship with someone who does not exist. */
export function danglingFriendship(): Dataset {
  return {
    format: 'claimgraph-dataset/1',
    documents: [],
    people: [{ slug: 'flavor-flav', name: 'Flavor Flav', evidence: [] }],
    outlets: [],
    organizations: [],
    events: [],
    statements: [],
    claims: [],
    relationships: [
      {
        slug: 'flav-friendship',
        type: 'FRIENDSHIP',
        from: 'flavor-flav',
        to: 'no-such-person',
        assertion: 'STATED',
        states: [{ status: 'ACTIVE', evidence: [] }],
      },
    ],
  };
}
