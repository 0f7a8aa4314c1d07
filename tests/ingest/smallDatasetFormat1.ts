/**
 * The small dataset as dataset format 1 (`claimgraph-dataset/1`) wrote it, on purpose: one claimant per claim, an
 * assertion per relationship (IMPLIED here), no voices, plain partial dates, no unknown document facts. Upgrade and
 * loading tests check that such a file still imports, upgraded to the current format.
 */
import { ARTICLE_FILE, ARTICLE_SHA256, spanOf } from '../support/smallDataset.js';
import type { DatasetFormat1 } from '../../src/ingest/upgradeDataset.js';

export function smallDatasetFormat1(): DatasetFormat1 {
  return {
    format: 'claimgraph-dataset/1',
    documents: [
      {
        slug: 'the-article',
        title: 'Legend and West',
        url: 'https://thesource.com/legend-west',
        outlet: 'the-source',
        published: '2023-01',
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
        quote: 'reconsider aligning [himself] with Trump',
        isDirectQuote: true,
        attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
        saidOn: '2018',
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
        quote: 'the Democrats noticed',
        isDirectQuote: false,
        attributionConfidence: 'PARAPHRASED_BY_SOURCE',
        mentions: [{ entity: 'democrats', stance: 'NEUTRAL' }],
        respondsTo: ['legend-reconsider'],
        evidence: [spanOf('and the Democrats noticed')],
      },
    ],
    claims: [
      {
        slug: 'west-got-60000-votes',
        text: 'West received about 60,000 votes',
        claimant: 'the-source',
        about: ['kanye-west'],
        status: 'UNREVIEWED',
        appearances: [{ evidence: spanOf('about 60,000 votes') }],
      },
      {
        slug: 'legend-urged-west',
        text: 'Legend urged West to reconsider aligning himself with Trump',
        claimant: 'kanye-west',
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
        assertion: 'IMPLIED',
        states: [
          { status: 'ACTIVE', end: '2018', evidence: [spanOf('Legend asked him to')] },
          { status: 'STRAINED', start: '2018', evidence: [spanOf('In 2018, Ye')] },
        ],
      },
    ],
  };
}
