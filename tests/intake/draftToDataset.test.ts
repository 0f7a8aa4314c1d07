/**
 * Intake's public functions in process: the dataset a draft becomes passes the dataset validator, its spans count
 * code points, and what cannot be a statement (narration, an organization speaking) is left out of the dataset
 * but kept in the draft.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Draft, DraftAttribution } from '../../src/draft/index.js';
import { draftDocument, draftToDataset, InvalidOptionError, type CatalogEntity } from '../../src/intake/index.js';
import { NOT_GIVEN_REASON } from '../../src/intake/draftToDataset.js';
import { validateDataset, type ExistingRecord } from '../../src/ingest/validateDataset.js';
import { ARTICLE_TEXT_FILE_NAME, FIXTURES_DIR, readFixtureDataset } from '../support/testServer.js';
import { BRIDGE_ARTICLE } from './articles.js';

/** The fixture's entities, as the graph seeded with it knows them. */
function fixtureEntities(): CatalogEntity[] {
  const dataset = readFixtureDataset();
  return [
    ...dataset.people.map((p) => ({
      slug: p.slug,
      name: p.name,
      aliases: p.aliases ?? [],
      type: 'PERSON' as const,
      kind: null,
    })),
    ...dataset.outlets.map((o) => ({
      slug: o.slug,
      name: o.name,
      aliases: o.aliases ?? [],
      type: 'OUTLET' as const,
      kind: o.kind,
    })),
    ...dataset.organizations.map((o) => ({
      slug: o.slug,
      name: o.name,
      aliases: o.aliases ?? [],
      type: 'ORGANIZATION' as const,
      kind: o.kind,
    })),
  ];
}

const span = (text: string, exact: string) => {
  const at = text.indexOf(exact);
  const start = Array.from(text.slice(0, at)).length;
  return { start, end: start + Array.from(exact).length, exact };
};

function attribution(text: string, words: string, speaker: string | null, speakerId: string | null): DraftAttribution {
  return {
    content: span(text, words),
    cue: null,
    source: null,
    speaker,
    speakerId,
    direct: true,
    continues: null,
    confidence: 0.9,
    mentions: [],
  };
}

describe('draftToDataset', () => {
  it('turns the fixture article into a dataset the validator accepts, referring to known entities by slug', async () => {
    const text = readFileSync(join(FIXTURES_DIR, ARTICLE_TEXT_FILE_NAME), 'utf8');
    const { dataset } = await draftDocument({ text, title: 'Legend and West' }, { knownEntities: fixtureEntities() });
    expect(validateDataset(dataset.dataset, dataset.heldTexts)).toEqual([]);
    expect(dataset.dataset.documents).toEqual([
      expect.objectContaining({
        slug: 'legend-and-west',
        textFile: 'legend-and-west.txt',
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    const speakers = new Set(dataset.dataset.statements.map((statement) => statement.speaker));
    expect(speakers).toContain('kanye-west');
    expect(speakers).toContain('john-legend');
    for (const statement of dataset.dataset.statements) {
      expect(statement.attributionConfidence).toBe(
        statement.isDirectQuote ? 'DIRECT_QUOTE_IN_SOURCE' : 'PARAPHRASED_BY_SOURCE',
      );
    }
  });

  it('counts spans in code points: an emoji before a quote shifts nothing', async () => {
    const text = '🎉🎉 Party night.\n\n“We won the cup tonight, and we earned it,” said Ann Lee, the captain. 🏆\n';
    const { dataset } = await draftDocument({ text });
    expect(validateDataset(dataset.dataset, dataset.heldTexts)).toEqual([]);
    const [statement] = dataset.dataset.statements;
    expect(statement).toMatchObject({
      speaker: 'ann-lee',
      quote: 'We won the cup tonight, and we earned it,',
      isDirectQuote: true,
    });
    expect(statement.evidence[0]).toMatchObject(span(text, 'We won the cup tonight, and we earned it,'));
  });

  it('leaves out attributions with no speaker, or an organization as speaker, and keeps them in the draft', () => {
    const text = 'The vote is close. “It will pass,” the party said. “Nobody knows,” said Ann Lee.';
    const draft: Draft = {
      attributions: [
        attribution(text, 'It will pass,', 'The Greens', 'the-greens'),
        attribution(text, 'The vote is close.', null, null),
        attribution(text, 'Nobody knows,', 'Ann Lee', null),
      ],
      entities: [{ name: 'Ann Lee', type: 'PERSON', mentions: [span(text, 'Ann Lee')] }],
      dates: [],
    };
    const known: CatalogEntity[] = [
      { slug: 'the-greens', name: 'The Greens', aliases: [], type: 'ORGANIZATION', kind: 'POLITICAL_PARTY' },
    ];
    const result = draftToDataset(draft, { text, title: 'Vote', knownEntities: known });
    expect(validateDataset(result.dataset, result.heldTexts)).toEqual([]);
    expect(result.statementSlugs).toEqual([null, null, expect.stringMatching(/^ann-lee-/)]);
    expect(result.dataset.statements.map((s) => s.speaker)).toEqual(['ann-lee']);
    expect(result.notes.join('\n')).toContain('The Greens is an organization');
  });

  it('refers to a known outlet the text does not name by its slug, valid against the graph that has it', () => {
    const text = '“Nobody knows,” said Ann Lee.';
    const draft: Draft = {
      attributions: [attribution(text, 'Nobody knows,', 'Ann Lee', null)],
      entities: [{ name: 'Ann Lee', type: 'PERSON', mentions: [span(text, 'Ann Lee')] }],
      dates: [],
    };
    const known: CatalogEntity[] = [
      { slug: 'daily-bugle', name: 'Daily Bugle', aliases: ['The Bugle'], type: 'OUTLET', kind: 'NEWSPAPER' },
    ];
    const result = draftToDataset(draft, { text, title: 'Lee', outlet: 'the bugle', knownEntities: known });
    expect(result.dataset.documents[0].outlet).toBe('daily-bugle');
    expect(result.referencedOnly).toEqual(['daily-bugle']);
    const stored = new Map<string, ExistingRecord>([
      ['daily-bugle', { kind: 'outlet', label: 'the stored outlet "daily-bugle"', held: false }],
    ]);
    expect(validateDataset(result.dataset, result.heldTexts, stored)).toEqual([]);

    const unknown = draftToDataset(draft, { text, title: 'Lee', outlet: 'Morning Star' });
    expect(unknown.dataset.documents[0].outlet).toBeUndefined();
    expect(unknown.notes.join('\n')).toContain('"Morning Star" is neither in the graph nor named in the text');
  });

  it('gives new records slugs the graph does not use yet', async () => {
    const taken = ['riverside-council-approves-the-harbor-street-bridge', 'mara-okonkwo'];
    const { dataset } = await draftDocument(
      { text: BRIDGE_ARTICLE },
      { findTakenSlugs: async (slugs) => slugs.filter((slug) => taken.includes(slug)) },
    );
    expect(dataset.documentSlug).toBe('riverside-council-approves-the-harbor-street-bridge-2');
    expect(dataset.proposed.find((entity) => entity.name === 'Mara Okonkwo')?.slug).toBe('mara-okonkwo-2');
    expect(validateDataset(dataset.dataset, dataset.heldTexts)).toEqual([]);
  });

  it('writes format 2: statements in their speakers’ voice, the document’s missing facts listed as unknown', () => {
    const text = '“Nobody knows,” said Ann Lee.';
    const draft: Draft = {
      attributions: [attribution(text, 'Nobody knows,', 'Ann Lee', null)],
      entities: [{ name: 'Ann Lee', type: 'PERSON', mentions: [span(text, 'Ann Lee')] }],
      dates: [],
    };
    const result = draftToDataset(draft, { text, title: 'Lee' });
    expect(result.dataset.format).toBe('claimgraph-dataset/2');
    expect(result.dataset.statements.map((s) => [s.voice, s.attributionConfidence])).toEqual([
      ['SPEAKER', 'DIRECT_QUOTE_IN_SOURCE'],
    ]);
    expect(result.dataset.documents[0].unknown).toEqual([
      { field: 'url', reason: NOT_GIVEN_REASON },
      { field: 'published', reason: NOT_GIVEN_REASON },
      { field: 'headline', reason: NOT_GIVEN_REASON },
      { field: 'outlet', reason: NOT_GIVEN_REASON },
    ]);
    expect(NOT_GIVEN_REASON).toBe('not given when drafting');
    expect(validateDataset(result.dataset, result.heldTexts)).toEqual([]);

    const given = draftToDataset(draft, {
      text,
      title: 'Lee',
      headline: 'Lee: nobody knows',
      url: 'https://example.org/lee',
      published: '2024-03',
    });
    expect(given.dataset.documents[0]).toMatchObject({ headline: 'Lee: nobody knows', url: 'https://example.org/lee' });
    expect(given.dataset.documents[0].unknown).toEqual([{ field: 'outlet', reason: NOT_GIVEN_REASON }]);

    const unmatched = draftToDataset(draft, { text, title: 'Lee', outlet: 'Morning Star' });
    expect(unmatched.dataset.documents[0].unknown).toContainEqual({
      field: 'outlet',
      reason: 'given when drafting as "Morning Star", which is neither in the graph nor named in the text',
    });
  });

  it('puts the document’s own outlet reporting in its own words in the document’s voice, verbatim', () => {
    const text = 'The Herald found that the bridge was late.';
    const reported: DraftAttribution = {
      ...attribution(text, 'the bridge was late', 'The Herald', 'the-herald'),
      direct: false,
    };
    const draft: Draft = { attributions: [reported], entities: [], dates: [] };
    const known: CatalogEntity[] = [
      { slug: 'the-herald', name: 'The Herald', aliases: [], type: 'OUTLET', kind: 'NEWSPAPER' },
    ];
    const result = draftToDataset(draft, { text, title: 'Bridge', outlet: 'The Herald', knownEntities: known });
    expect(result.dataset.statements).toEqual([
      expect.objectContaining({
        speaker: 'the-herald',
        voice: 'DOCUMENT',
        quote: 'the bridge was late',
        isDirectQuote: false,
        attributionConfidence: 'NARRATED_BY_SOURCE',
      }),
    ]);
    expect(validateDataset(result.dataset, result.heldTexts)).toEqual([]);
  });

  it('refuses a publication date or URL the dataset format would refuse', () => {
    const draft: Draft = { attributions: [], entities: [], dates: [] };
    expect(() => draftToDataset(draft, { text: 'x', title: 'x', published: 'March 2024' })).toThrow(InvalidOptionError);
    expect(() => draftToDataset(draft, { text: 'x', title: 'x', url: 'javascript:alert(1)' })).toThrow(/http or https/);
  });
});
