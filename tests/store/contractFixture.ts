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
    format: 'claimgraph-dataset/2',
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
        voice: 'SPEAKER',
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
    format: 'claimgraph-dataset/2',
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
        states: [{ status: 'ACTIVE', basis: { kind: 'STATED' }, evidence: [] }],
      },
    ],
  };
}

/** Legend on where the story ran; the article joins "New York Post" and "and" with non-breaking spaces. */
export const ALL_OVER = 'it was all over the New York\u00a0Post\u00a0and Fox News';

/** The article's narration of West's 2018 tweets: The Source's own words, not West's. */
export const NARRATION =
  'West followed up with a series of bizarre tweets in which he seemed to emphasize independent thought while ' +
  'still maintaining his support for then-president Trump';

/**
 * Written after the fixture: every fact of dataset format 2 the store keeps, each with every kind of basis. A
 * statement in the document's own voice, dated "known by" on an inferred basis; a paraphrase with an editor's
 * completion; a claim with a reported claimant and a direct one; a relationship stated and ended on external
 * sources, with dates known in each way; an implied friendship; an event dated by a cited document; a cited
 * document with its headline, an inferred outlet and facts its source leaves unknown.
 */
export function formatTwoDataset(articleText: string): Dataset {
  const span = (exact: string) => ({ document: 'thesource-legend-west', ...spanIn(articleText, exact), exact });
  const external = { url: 'https://example.org/west-2020', title: 'West’s 2020 campaign', accessed: '2024-01' };
  return {
    format: 'claimgraph-dataset/2',
    documents: [
      {
        slug: 'contract-fox-report',
        title: 'A Fox News report of the feud',
        headline: 'Legend and West split over Trump',
        outlet: 'fox-news',
        outletBasis: {
          kind: 'INFERRED',
          reason: 'Legend says the story was all over Fox News',
          evidence: [span(ALL_OVER)],
        },
        unknown: [
          { field: 'url', reason: 'Legend names no report' },
          { field: 'published', reason: 'Legend does not say when it ran' },
        ],
        evidence: [span('the Rupert Murdoch version of the story')],
      },
    ],
    people: [],
    outlets: [],
    organizations: [],
    events: [
      {
        slug: 'contract-follow-up-tweets',
        kind: 'SOCIAL_MEDIA_POST',
        title: 'West’s follow-up tweets',
        date: { date: '2018', knownBy: true, basis: { kind: 'EXTERNAL', documents: ['contract-fox-report'] } },
        participants: ['kanye-west'],
        outlet: 'twitter',
        evidence: [span('a series of bizarre tweets')],
      },
    ],
    statements: [
      {
        slug: 'contract-narrated-tweets',
        speaker: 'the-source',
        voice: 'DOCUMENT',
        quote: NARRATION,
        isDirectQuote: false,
        attributionConfidence: 'NARRATED_BY_SOURCE',
        saidOn: {
          date: '2018',
          knownBy: true,
          basis: { kind: 'INFERRED', reason: 'the paragraph is about 2018', evidence: [span('In 2018')] },
        },
        mentions: [{ entity: 'kanye-west', stance: 'NEUTRAL' }],
        respondsTo: ['legend-tweet-reconsider-trump'],
        evidence: [span(NARRATION)],
      },
      {
        slug: 'contract-legend-asked-west',
        speaker: 'john-legend',
        voice: 'SPEAKER',
        quote: 'Legend asked [West] to reconsider aligning himself with Trump',
        isDirectQuote: false,
        attributionConfidence: 'PARAPHRASED_BY_SOURCE',
        completions: [{ text: 'West', reason: 'the tweet calls him “him”' }],
        saidOn: '2018',
        mentions: [{ entity: 'kanye-west', stance: 'NEUTRAL' }],
        evidence: [span('Legend asked him to “reconsider aligning [himself] with Trump,”')],
      },
    ],
    claims: [
      {
        slug: 'contract-split-over-trump',
        text: 'Legend and West split over [Donald] Trump.',
        claimants: [
          {
            entity: 'new-york-post',
            reportedBy: 'john-legend',
            evidence: [span(ALL_OVER)],
          },
          {
            entity: 'the-source',
            evidence: [span('had a traditional Democrat vs. Republican fallout')],
          },
        ],
        completions: [{ text: 'Donald', reason: 'the claim names him by surname only' }],
        about: ['john-legend', 'kanye-west'],
        status: 'UNREVIEWED',
        appearances: [{ evidence: span('we stopped being friends because he supported Trump') }],
      },
    ],
    relationships: [
      {
        slug: 'contract-west-supports-trump',
        type: 'SUPPORTED',
        from: 'kanye-west',
        to: 'donald-trump',
        states: [
          {
            status: 'ACTIVE',
            basis: { kind: 'STATED', evidence: [span('still maintaining his support for then-president Trump')] },
            start: { date: '2018', knownBy: true, basis: { kind: 'STATED', evidence: [span('In 2018')] } },
            evidence: [span(NARRATION)],
          },
          {
            status: 'ENDED',
            basis: { kind: 'EXTERNAL', sources: [external], documents: ['contract-fox-report'] },
            start: {
              date: '2020',
              basis: {
                kind: 'INFERRED',
                reason: 'he ran against Trump',
                evidence: [span('when West made his own run for president')],
              },
            },
            end: { date: '2021', knownBy: true, basis: { kind: 'EXTERNAL', sources: [external] } },
            evidence: [],
          },
        ],
      },
      {
        slug: 'contract-strained-friendship',
        type: 'FRIENDSHIP',
        from: 'john-legend',
        to: 'kanye-west',
        states: [
          {
            status: 'STRAINED',
            basis: {
              kind: 'INFERRED',
              reason: 'Legend speaks of a strain',
              evidence: [span('a strain in our friendship')],
            },
            start: '2020',
            evidence: [span('that was the real impetus for us having a strain in our friendship')],
          },
        ],
      },
    ],
  };
}
