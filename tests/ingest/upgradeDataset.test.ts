/**
 * Format 1 still imports: a `claimgraph-dataset/1` value is upgraded to format 2 before it is checked, adding no
 * fact format 1 did not record (claimant → claimants, assertion → a basis per state, statements in their
 * speakers' voices, unknown document facts listed as not recorded, brackets listed as completions).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_FORMAT, DatasetSchema, type Dataset } from '../../src/domain/dataset.js';
import {
  BRACKETS_REASON,
  IMPLIED_REASON,
  UNRECORDED_REASON,
  upgradeDataset,
  type DatasetFormat1,
} from '../../src/ingest/upgradeDataset.js';
import { checkDataset, validateDataset } from '../../src/ingest/validateDataset.js';
import { PROJECT_ROOT } from '../../src/config/config.js';
import { smallDataset, smallHeldTexts, spanOf } from '../support/smallDataset.js';
import { smallDatasetFormat1 } from './smallDatasetFormat1.js';

/** The upgrade of the small format-1 dataset after one change to it, as a format-2 dataset. */
function upgraded(change: (dataset: any) => void = () => {}): Dataset {
  const dataset: DatasetFormat1 = smallDatasetFormat1();
  change(dataset);
  const result = upgradeDataset(dataset);
  expect(result.upgradedFrom).toBe('claimgraph-dataset/1');
  return result.dataset as Dataset;
}

const FRIENDSHIP = 'relationships[0] (legend-west-friendship)';

describe('upgrading a format-1 dataset', () => {
  it('gives a valid format-2 dataset, with the same records', () => {
    const dataset = upgraded();
    expect(dataset.format).toBe(DATASET_FORMAT);
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    expect(validateDataset(dataset, smallHeldTexts())).toEqual([]);
    const slugs = (d: { [k: string]: unknown }) =>
      Object.values(d)
        .filter(Array.isArray)
        .flat()
        .map((record) => (record as { slug: string }).slug);
    expect(slugs(dataset)).toEqual(slugs(smallDatasetFormat1() as unknown as { [k: string]: unknown }));
  });

  it('is what validateDataset checks: a format-1 value validates as its upgrade', () => {
    expect(validateDataset(smallDatasetFormat1(), smallHeldTexts())).toEqual([]);
    const checked = checkDataset(smallDatasetFormat1(), smallHeldTexts());
    expect(checked.upgradedFrom).toBe('claimgraph-dataset/1');
    expect(checked.dataset).toEqual(upgraded());
  });

  it('turns the claimant into the only claimant, with the claim’s appearance evidence', () => {
    const [votes, urged] = upgraded().claims;
    expect(votes).not.toHaveProperty('claimant');
    expect(votes.claimants).toEqual([{ entity: 'the-source', evidence: [spanOf('about 60,000 votes')] }]);
    expect(urged.claimants).toEqual([
      { entity: 'kanye-west', evidence: [spanOf('reconsider aligning [himself] with Trump')] },
    ]);
  });

  it('lists each appearance span once in the claimant’s evidence', () => {
    const span = spanOf('about 60,000 votes');
    const [votes] = upgraded((d) =>
      d.claims[0].appearances.push({ evidence: span }, { evidence: spanOf('tweet') }),
    ).claims;
    expect(votes.claimants[0].evidence).toEqual([span, spanOf('tweet')]);
  });

  it('gives each state of a STATED relationship a STATED basis, and drops the assertion', () => {
    const [friendship] = upgraded((d) => (d.relationships[0].assertion = 'STATED')).relationships;
    expect(friendship).not.toHaveProperty('assertion');
    expect(friendship.states.map((state) => state.basis)).toEqual([{ kind: 'STATED' }, { kind: 'STATED' }]);
  });

  it('gives each state of an IMPLIED relationship an INFERRED basis on the state’s evidence', () => {
    const [friendship] = upgraded().relationships;
    expect(friendship.states.map((state) => state.basis)).toEqual([
      { kind: 'INFERRED', reason: IMPLIED_REASON, evidence: [spanOf('Legend asked him to')] },
      { kind: 'INFERRED', reason: IMPLIED_REASON, evidence: [spanOf('In 2018, Ye')] },
    ]);
    expect(IMPLIED_REASON).toBe('recorded as implied in dataset format 1');
  });

  it('rests an implied state without evidence on the relationship’s other evidence', () => {
    const [friendship] = upgraded((d) => (d.relationships[0].states[1].evidence = [])).relationships;
    expect(friendship.states[1].basis).toEqual({
      kind: 'INFERRED',
      reason: IMPLIED_REASON,
      evidence: [spanOf('Legend asked him to')],
    });
  });

  it('reports an implied relationship with no evidence at all, once per state, instead of the validator', () => {
    const dataset: any = smallDatasetFormat1();
    dataset.relationships[0].states.forEach((state: any) => (state.evidence = []));
    const message =
      'format 1 recorded this relationship as IMPLIED, which format 2 records as an INFERRED basis resting on ' +
      'evidence spans, but neither this state nor any other state of the relationship has one: add the spans the ' +
      'inference rests on';
    const NO_EVIDENCE = 'must have at least one evidence span: every fact needs its source';
    expect(validateDataset(dataset, smallHeldTexts())).toEqual([
      { record: FRIENDSHIP, field: 'states[0].evidence', message: NO_EVIDENCE },
      { record: FRIENDSHIP, field: 'states[1].evidence', message: NO_EVIDENCE },
      { record: FRIENDSHIP, field: 'states[0].basis.evidence', message },
      { record: FRIENDSHIP, field: 'states[1].basis.evidence', message },
    ]);
  });

  it('reports a missing or unknown assertion as format 1’s, not as missing bases', () => {
    const missing: any = smallDatasetFormat1();
    delete missing.relationships[0].assertion;
    expect(validateDataset(missing, smallHeldTexts())).toEqual([
      {
        record: FRIENDSHIP,
        field: 'assertion',
        message: 'required field is missing: a format-1 relationship says whether it is STATED or IMPLIED',
      },
    ]);
    const unknown: any = smallDatasetFormat1();
    unknown.relationships[0].assertion = 'ASSUMED';
    expect(validateDataset(unknown, smallHeldTexts())).toEqual([
      { record: FRIENDSHIP, field: 'assertion', message: 'must be STATED or IMPLIED (format 1), found "ASSUMED"' },
    ]);
  });

  it('reports a claim without claimant as format 1’s missing claimant', () => {
    const dataset: any = smallDatasetFormat1();
    delete dataset.claims[0].claimant;
    expect(validateDataset(dataset, smallHeldTexts())).toEqual([
      {
        record: 'claims[0] (west-got-60000-votes)',
        field: 'claimant',
        message: 'required field is missing: a format-1 claim names who makes it in `claimant`',
      },
    ]);
  });

  it('puts every statement in its speaker’s voice: format 1 had no narration', () => {
    const { statements } = upgraded();
    expect(statements.map((statement) => statement.voice)).toEqual(['SPEAKER', 'SPEAKER', 'SPEAKER']);
    // the rest of each statement is as it was
    expect(statements[2]).toEqual({ ...smallDatasetFormat1().statements[2], voice: 'SPEAKER' });
  });

  it('lists the facts a held document did not record as unknown, and leaves cited documents as they were', () => {
    const [held, cited] = upgraded((d) => {
      delete d.documents[0].url;
    }).documents;
    expect(held.unknown).toEqual([
      { field: 'url', reason: UNRECORDED_REASON },
      { field: 'headline', reason: UNRECORDED_REASON },
    ]);
    expect(UNRECORDED_REASON).toBe('not recorded in dataset format 1');
    expect(cited).toEqual(smallDatasetFormat1().documents[1]);
  });

  it('lists the [brackets] of a paraphrase or a claim as completions, but not those of a direct quote', () => {
    const dataset = upgraded((d) => {
      d.statements[2].quote = 'the [Democratic] party noticed';
      d.claims[0].text = '[Kanye] West received about 60,000 [votes] in [2020]';
    });
    expect(dataset.statements[2].completions).toEqual([{ text: 'Democratic', reason: BRACKETS_REASON }]);
    expect(dataset.claims[0].completions).toEqual([
      { text: 'Kanye', reason: BRACKETS_REASON },
      { text: 'votes', reason: BRACKETS_REASON },
      { text: '2020', reason: BRACKETS_REASON },
    ]);
    expect(dataset.statements[1]).not.toHaveProperty('completions');
    expect(validateDataset(dataset, smallHeldTexts())).toEqual([]);
  });

  it('lists no completion for brackets the source prints itself', () => {
    const dataset = upgraded((d) => {
      d.statements[2].quote = 'Legend asked [West] to “reconsider aligning [himself] with Trump”';
      d.statements[2].evidence = [spanOf('Legend asked him to “reconsider aligning [himself] with Trump,”')];
    });
    expect(dataset.statements[2].completions).toEqual([{ text: 'West', reason: BRACKETS_REASON }]);
    expect(validateDataset(dataset, smallHeldTexts())).toEqual([]);
  });

  it('does not change its input', () => {
    const dataset = smallDatasetFormat1();
    const before = JSON.stringify(dataset);
    upgradeDataset(dataset);
    validateDataset(dataset, smallHeldTexts());
    expect(JSON.stringify(dataset)).toBe(before);
  });
});

describe('a value that needs no upgrade', () => {
  it('is returned as it is: a format-2 dataset, another format, or not a dataset at all', () => {
    const current = smallDataset();
    expect(upgradeDataset(current)).toEqual({ dataset: current, upgradedFrom: null, problems: [] });
    expect(upgradeDataset(current).dataset).toBe(current);
    const other = { format: 'claimgraph-dataset/9' };
    expect(upgradeDataset(other).dataset).toBe(other);
    expect(upgradeDataset([]).dataset).toEqual([]);
    expect(upgradeDataset(null).dataset).toBeNull();
  });
});

describe('the second test article', () => {
  it('is kept in format 1 on purpose, and validates upgraded', () => {
    const folder = join(PROJECT_ROOT, 'tests', 'fixtures', 'second-article');
    const raw = JSON.parse(readFileSync(join(folder, 'second-article.dataset.json'), 'utf8'));
    expect(raw.format).toBe('claimgraph-dataset/1');
    const text = readFileSync(join(folder, 'second-article.txt'), 'utf8');
    const checked = checkDataset(raw, new Map([['daily-lantern-static-hour-2024', text]]));
    expect(checked.problems).toEqual([]);
    const dataset = checked.dataset as Dataset;
    expect(dataset.claims[0].claimants).toEqual([
      { entity: 'marla-quint', evidence: [raw.claims[0].appearances[0].evidence] },
    ]);
    expect(dataset.relationships.flatMap((r) => r.states.map((s) => s.basis))).toEqual([
      { kind: 'STATED' },
      { kind: 'STATED' },
    ]);
  });
});
