/**
 * A small valid dataset (format 2) over a tiny held text, for validator and CLI tests: every kind of record, a
 * direct quote with prefix/suffix, narration in the document's own voice, a date known by a year (inferred), a
 * reviewed claim with its claimant and an editor's completion, a held document that lists its unknown headline,
 * and an inferred relationship with two dated states. The text has curly quotes and an emoji (two UTF-16 units, one
 * code point) before most spans, so UTF-16 offsets would be wrong.
 */
import { createHash } from 'node:crypto';
import type { Dataset, EvidenceRecord } from '../../src/domain/dataset.js';

export const ARTICLE_FILE = 'article.txt';

export const ARTICLE_TEXT =
  'In an interview with the New Yorker, Legend said: “It’s up to him.” ' +
  'In 2018, Ye 📱 posted a screenshot of a tweet in which Legend asked him to ' +
  '“reconsider aligning [himself] with Trump,” and the Democrats noticed. ' +
  'The Source counts about 60,000 votes.\n';

export const ARTICLE_SHA256 = createHash('sha256').update(Buffer.from(ARTICLE_TEXT, 'utf8')).digest('hex');

/** The span of the `occurrence`-th (0-based) `exact` in the article, in code points. */
export function spanOf(exact: string, occurrence = 0): EvidenceRecord {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    at = ARTICLE_TEXT.indexOf(exact, at + 1);
    if (at === -1) throw new Error(`${JSON.stringify(exact)} is not in the test article`);
  }
  const start = [...ARTICLE_TEXT.slice(0, at)].length;
  return { document: 'the-article', start, end: start + [...exact].length, exact };
}

export function smallDataset(): Dataset {
  return {
    format: 'claimgraph-dataset/2',
    documents: [
      {
        slug: 'the-article',
        title: 'Legend and West',
        url: 'https://thesource.com/legend-west',
        outlet: 'the-source',
        published: '2023-01',
        unknown: [{ field: 'headline', reason: 'the test article has no headline' }],
        textFile: ARTICLE_FILE,
        sha256: ARTICLE_SHA256,
      },
      {
        slug: 'new-yorker-interview',
        title: 'The New Yorker interview with John Legend',
        outlet: 'the-new-yorker',
        evidence: [spanOf('In an interview with the New Yorker')],
      },
    ],
    people: [
      { slug: 'john-legend', name: 'John Legend', evidence: [spanOf('Legend')] },
      {
        slug: 'kanye-west',
        name: 'Kanye West',
        aliases: ['Ye', 'West'],
        sameAs: [
          {
            uri: 'https://www.wikidata.org/wiki/Q15935',
            source: {
              url: 'https://www.wikidata.org/wiki/Q15935',
              title: 'Wikidata: Kanye West',
              accessed: '2024-05-01',
            },
          },
        ],
        evidence: [spanOf('Ye')],
      },
      { slug: 'donald-trump', name: 'Donald Trump', evidence: [spanOf('Trump')] },
    ],
    outlets: [
      {
        slug: 'the-source',
        name: 'The Source',
        kind: 'MAGAZINE',
        url: 'https://thesource.com',
        evidence: [spanOf('The Source')],
      },
      { slug: 'the-new-yorker', name: 'The New Yorker', kind: 'MAGAZINE', evidence: [spanOf('the New Yorker')] },
      { slug: 'twitter', name: 'Twitter', kind: 'SOCIAL_NETWORK', evidence: [spanOf('tweet')] },
    ],
    organizations: [
      {
        slug: 'democrats',
        name: 'Democratic Party',
        kind: 'POLITICAL_PARTY',
        aliases: ['the Democrats'],
        evidence: [spanOf('the Democrats')],
      },
    ],
    events: [
      {
        slug: 'new-yorker-interview-event',
        kind: 'INTERVIEW',
        title: 'Legend interviewed by the New Yorker',
        participants: ['john-legend', 'the-new-yorker'],
        outlet: 'the-new-yorker',
        evidence: [spanOf('In an interview with the New Yorker')],
      },
      {
        slug: 'tweet-2018',
        kind: 'SOCIAL_MEDIA_POST',
        title: 'Ye posts a screenshot of Legend’s tweet',
        date: '2018',
        participants: ['kanye-west', 'john-legend'],
        outlet: 'twitter',
        evidence: [spanOf('In 2018, Ye 📱 posted a screenshot of a tweet')],
      },
    ],
    statements: [
      {
        slug: 'legend-up-to-him',
        speaker: 'john-legend',
        voice: 'SPEAKER',
        quote: 'It’s up to him.',
        isDirectQuote: true,
        attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
        occasion: 'new-yorker-interview-event',
        mentions: [{ entity: 'kanye-west', stance: 'NEUTRAL' }],
        evidence: [{ ...spanOf('It’s up to him.'), prefix: 'said: “', suffix: '” In' }],
      },
      {
        slug: 'legend-reconsider',
        speaker: 'john-legend',
        voice: 'SPEAKER',
        quote: 'reconsider aligning [himself] with Trump',
        isDirectQuote: true,
        attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
        saidOn: {
          date: '2018',
          knownBy: true,
          basis: {
            kind: 'INFERRED',
            reason: 'Ye posted a screenshot of the tweet in 2018, so it was written by then',
            evidence: [spanOf('In 2018, Ye 📱 posted a screenshot of a tweet')],
          },
        },
        occasion: 'tweet-2018',
        mentions: [
          { entity: 'kanye-west', stance: 'CRITICIZES' },
          { entity: 'donald-trump', stance: 'OPPOSES' },
        ],
        evidence: [spanOf('reconsider aligning [himself] with Trump')],
      },
      {
        slug: 'democrats-noticed',
        speaker: 'the-source',
        voice: 'DOCUMENT',
        quote: 'and the Democrats noticed',
        isDirectQuote: false,
        attributionConfidence: 'NARRATED_BY_SOURCE',
        mentions: [{ entity: 'democrats', stance: 'NEUTRAL' }],
        respondsTo: ['legend-reconsider'],
        evidence: [spanOf('and the Democrats noticed')],
      },
    ],
    claims: [
      {
        slug: 'west-got-60000-votes',
        text: '[West] received about 60,000 votes',
        claimants: [{ entity: 'the-source', evidence: [spanOf('The Source counts about 60,000 votes')] }],
        completions: [{ text: 'West', reason: 'the sentence does not say whose votes they are' }],
        about: ['kanye-west'],
        status: 'UNREVIEWED',
        appearances: [{ evidence: spanOf('about 60,000 votes') }],
      },
      {
        slug: 'legend-urged-west',
        text: 'Legend urged West to reconsider aligning himself with Trump',
        claimants: [{ entity: 'kanye-west', evidence: [spanOf('Ye 📱 posted a screenshot of a tweet')] }],
        about: ['john-legend', 'kanye-west', 'donald-trump'],
        status: 'REVIEWED',
        appearances: [{ statement: 'legend-reconsider', evidence: spanOf('reconsider aligning [himself] with Trump') }],
      },
    ],
    reviews: [
      {
        slug: 'review-legend-urged-west',
        claim: 'legend-urged-west',
        ratingValue: 5,
        ratingLabel: 'True',
        explanation: 'The screenshot shows the tweet.',
        reviewer: 'Example Fact Desk',
        reviewedAt: '2024-05-01T12:30:00Z',
        sources: [{ url: 'https://example.org/screenshot', title: 'The screenshot' }],
      },
    ],
    relationships: [
      {
        slug: 'legend-west-friendship',
        type: 'FRIENDSHIP',
        from: 'john-legend',
        to: 'kanye-west',
        states: [
          {
            status: 'ACTIVE',
            basis: { kind: 'INFERRED', reason: 'Legend still wrote to him', evidence: [spanOf('Legend asked him to')] },
            end: '2018',
            evidence: [spanOf('Legend asked him to')],
          },
          {
            status: 'STRAINED',
            basis: { kind: 'INFERRED', reason: 'Ye made the tweet public', evidence: [spanOf('In 2018, Ye')] },
            start: '2018',
            evidence: [spanOf('In 2018, Ye')],
          },
        ],
      },
    ],
  };
}

export function smallHeldTexts(): Map<string, string> {
  return new Map([['the-article', ARTICLE_TEXT]]);
}
