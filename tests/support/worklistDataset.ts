/**
 * The fixture plus claims enough to page a worklist: some seen in dated statements (several on one day, to tie),
 * some only in a held text with no date (undated), reviewed or not (some reviews on one instant), disputed by
 * statements or not, seen once to three times. Texts carry LIKE's special characters and CSV's (quotes, commas,
 * a leading "=") so that searches and exports are checked on them.
 */
import type { Dataset } from '../../src/domain/dataset.js';
import { statusFromReviews } from '../../src/domain/claimStatus.js';
import { HeldText } from './queryHelpers.js';

export const WORKLIST_CLAIM_COUNT = 14;

const DAYS = ['2019', '2020-05', '2020-05', '2020-05-17', '2021-01-02'];
const REVIEW_TIMES = ['2024-01-01T09:00:00Z', '2024-03-01T09:00:00Z', '2024-03-01T09:00:00Z', '2025-06-30T18:45:00Z'];

function claimText(i: number): string {
  if (i === 1) return '=SUM(A1:A2) is what the "spreadsheet, claim" says';
  if (i === 2) return 'Worklist tally reached 100% of the votes';
  if (i === 3) return 'Worklist tally reached 1000 of the votes';
  return `Worklist claim number ${i} about the tally of ${i % 2 === 0 ? 'even' : 'odd'} votes`;
}

export interface WorklistDataset {
  dataset: Dataset;
  /** file name -> content, for writeDatasetVariant */
  texts: Record<string, string>;
}

/** The fixture plus `count` claims (WORKLIST_CLAIM_COUNT by default). */
export function worklistDataset(base: Dataset, count = WORKLIST_CLAIM_COUNT): WorklistDataset {
  const dataset = structuredClone(base);
  const held = new HeldText('worklist-texts', 'worklist-texts.txt');
  dataset.reviews ??= [];
  for (let i = 1; i <= count; i++) {
    const slug = `worklist-${i}`;
    const text = claimText(i);
    const seen = (i % 3) + 1;
    const dated = i % 4 !== 0;
    const appearances = [];
    for (let n = 0; n < seen; n++) {
      const quote = `${text} (time ${n + 1}, claim ${i})`;
      const span = held.append(`John Legend said: “${quote}”`, quote);
      if (!dated) {
        appearances.push({ evidence: span });
        continue;
      }
      const statement = `${slug}-said-${n + 1}`;
      dataset.statements.push({
        slug: statement,
        speaker: 'john-legend',
        voice: 'SPEAKER',
        quote,
        isDirectQuote: true,
        attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
        saidOn: DAYS[(i + n) % DAYS.length],
        mentions: [],
        evidence: [span],
      });
      appearances.push({ statement, evidence: span });
    }
    // statements that dispute the claim: none, one or two
    for (let d = 0; d < i % 3; d++) {
      const quote = `That is not true, claim ${i} (${d + 1})`;
      const span = held.append(`Kanye West replied: “${quote}”`, quote);
      dataset.statements.push({
        slug: `${slug}-disputed-${d + 1}`,
        speaker: 'kanye-west',
        voice: 'SPEAKER',
        quote,
        isDirectQuote: true,
        attributionConfidence: 'DIRECT_QUOTE_IN_SOURCE',
        saidOn: '2022',
        mentions: [],
        disputes: [slug],
        evidence: [span],
      });
    }
    // conflicting reviews (DISPUTED) only where statements dispute the claim, as a dataset must have it
    const ratings = i % 5 === 0 ? [] : i % 7 === 0 && i % 3 !== 0 ? [1, 5] : [(i % 5) + 1];
    ratings.forEach((ratingValue, r) => {
      dataset.reviews!.push({
        slug: `${slug}-review-${r + 1}`,
        claim: slug,
        ratingValue,
        ratingLabel: `Rated ${ratingValue}`,
        explanation: 'Checked for the worklist tests.',
        reviewer: 'Worklist Desk',
        reviewedAt: REVIEW_TIMES[(i + r) % REVIEW_TIMES.length],
        sources: [{ url: `https://example.org/worklist/${i}`, title: `Source ${i}` }],
      });
    });
    dataset.claims.push({
      slug,
      text,
      claimants: [{ entity: 'john-legend', evidence: [appearances[0].evidence] }],
      about: ['kanye-west'],
      status: statusFromReviews(ratings, 'UNREVIEWED'),
      appearances,
    });
  }
  dataset.documents.push(held.document('Worklist test texts (not from the article)'));
  return { dataset, texts: { [held.fileName]: held.content() } };
}
