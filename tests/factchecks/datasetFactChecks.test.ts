/**
 * The dataset format's `factChecks`: fact-checks published by other organizations, as an export carries them. The
 * validator accepts one naming a claim and a held record of the dataset and an organization or outlet as its
 * publisher (its claim then needs no appearance and no claimant), and says what is wrong with any other. Pure:
 * validateDataset on plain values. Every fact-check here is invented.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Dataset, FactCheckRecord } from '../../src/domain/dataset.js';
import { validateDataset, type ExistingRecord } from '../../src/ingest/validateDataset.js';
import { smallDataset, smallHeldTexts } from '../support/smallDataset.js';

const RECORD_TEXT =
  'Fact-check: https://checks.example.org/a\nPublisher: Example Checks\nClaim reviewed: Snow is warm.';
const RECORD = 'factcheck-a-record';
const FACT_CHECK = 'factChecks[0] (factcheck-a)';

function codePoints(text: string, exact: string): { start: number; end: number; exact: string } {
  const start = Array.from(text.slice(0, text.indexOf(exact))).length;
  return { start, end: start + Array.from(exact).length, exact };
}

/** The small dataset with one published fact-check, its claim, its publisher and its held record. */
function withFactCheck(change: (factCheck: Record<string, unknown>, dataset: Dataset) => void = () => {}): Dataset {
  const dataset = smallDataset();
  dataset.documents.push({
    slug: RECORD,
    title: 'Fact-check by Example Checks: Snow is warm.',
    url: 'https://checks.example.org/a',
    unknown: [
      { field: 'published', reason: 'the fact-check gives no review date' },
      { field: 'headline', reason: 'the fact-check gives no headline' },
      { field: 'outlet', reason: 'its publisher is an organization' },
    ],
    textFile: 'factcheck-a-record.txt',
    sha256: createHash('sha256').update(RECORD_TEXT, 'utf8').digest('hex'),
  });
  dataset.organizations.push({
    slug: 'example-checks',
    name: 'Example Checks',
    kind: 'OTHER',
    url: 'https://checks.example.org',
    evidence: [{ document: RECORD, ...codePoints(RECORD_TEXT, 'Example Checks') }],
  });
  dataset.claims.push({
    slug: 'factcheck-a-claim',
    text: 'Snow is warm.',
    claimants: [],
    about: [],
    status: 'UNREVIEWED',
    appearances: [],
  });
  const factCheck: FactCheckRecord = {
    slug: 'factcheck-a',
    claim: 'factcheck-a-claim',
    publisher: 'example-checks',
    record: RECORD,
    url: 'https://checks.example.org/a',
    textualRating: 'False',
    ratingValue: 1,
  };
  change(factCheck, dataset);
  dataset.factChecks = [factCheck];
  return dataset;
}

function heldTexts(): Map<string, string> {
  return new Map([...smallHeldTexts(), [RECORD, RECORD_TEXT]]);
}

describe('a dataset’s published fact-checks', () => {
  it('are valid with their claim (without appearance or claimant), publisher and held record', () => {
    expect(validateDataset(withFactCheck(), heldTexts())).toEqual([]);
  });

  it('leave every claim without one needing an appearance and a claimant, as before', () => {
    const dataset = withFactCheck();
    dataset.factChecks = [];
    expect(validateDataset(dataset, heldTexts())).toEqual([
      expect.objectContaining({ record: 'claims[2] (factcheck-a-claim)', field: 'claimants' }),
      expect.objectContaining({ record: 'claims[2] (factcheck-a-claim)', field: 'appearances' }),
    ]);
  });

  it('name a claim, a held document and an organization or outlet, or are refused saying which', () => {
    const problems = validateDataset(
      withFactCheck((factCheck) => {
        factCheck.claim = 'kanye-west';
        factCheck.publisher = 'john-legend';
        factCheck.record = 'new-yorker-interview';
      }),
      heldTexts(),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        { record: FACT_CHECK, field: 'claim', message: expect.stringMatching(/"kanye-west" is a person .* a claim/) },
        {
          record: FACT_CHECK,
          field: 'publisher',
          message: expect.stringMatching(/"john-legend" is a person .*expected an organization or an outlet/),
        },
        {
          record: FACT_CHECK,
          field: 'record',
          message: '"new-yorker-interview" is not a held document: the record is the fact-check\'s held text',
        },
      ]),
    );
  });

  it('refuse a rating off the 1..5 scale, a malformed date or url, and a field the format does not have', () => {
    const problems = validateDataset(
      withFactCheck((factCheck) => {
        factCheck.ratingValue = 7;
        factCheck.reviewedOn = '2023-13';
        factCheck.appearanceUrls = ['not a url'];
        factCheck.verdict = 'FALSE';
      }),
      heldTexts(),
    );
    expect(problems).toEqual([
      { record: FACT_CHECK, field: 'verdict', message: expect.stringMatching(/^unknown field; allowed fields: slug,/) },
      { record: FACT_CHECK, field: 'ratingValue', message: 'must be from 1 (false) to 5 (true), found 7' },
      { record: FACT_CHECK, field: 'reviewedOn', message: expect.stringContaining('"2023-13" is not a valid date') },
      { record: FACT_CHECK, field: 'appearanceUrls[0]', message: 'must be an absolute URL, found "not a url"' },
    ]);
  });

  it('refuse two fact-checks of one claim or one record', () => {
    const dataset = withFactCheck();
    dataset.factChecks!.push({ ...dataset.factChecks![0], slug: 'factcheck-b', url: 'https://checks.example.org/b' });
    expect(validateDataset(dataset, heldTexts())).toEqual([
      {
        record: 'factChecks[1] (factcheck-b)',
        field: 'claim',
        message: `"factcheck-a-claim" is already the claim of ${FACT_CHECK}; each fact-check has its own`,
      },
      {
        record: 'factChecks[1] (factcheck-b)',
        field: 'record',
        message: `"${RECORD}" is already the record of ${FACT_CHECK}; each fact-check has its own`,
      },
    ]);
  });

  it('refuse a claim or record already stored: a fact-check is written with them', () => {
    const dataset = withFactCheck();
    dataset.claims.pop();
    const stored = new Map<string, ExistingRecord>([
      ['factcheck-a-claim', { kind: 'claim', label: 'the stored claim "factcheck-a-claim"', held: false }],
    ]);
    expect(validateDataset(dataset, heldTexts(), stored)).toEqual([
      {
        record: FACT_CHECK,
        field: 'claim',
        message:
          '"factcheck-a-claim" is the stored claim "factcheck-a-claim": a fact-check\'s claim is written with it',
      },
    ]);
  });
});
