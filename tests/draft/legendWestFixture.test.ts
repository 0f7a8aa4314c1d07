import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftAttributions, type KnownEntity } from '../../src/draft/index.js';

const text = readFileSync(new URL('../../fixtures/thesource-legend-west.txt', import.meta.url), 'utf8');
const dataset = JSON.parse(
  readFileSync(new URL('../../fixtures/legend-west.dataset.json', import.meta.url), 'utf8'),
) as {
  people: Array<{ slug: string; name: string; aliases?: string[] }>;
  outlets: Array<{ slug: string; name: string; aliases?: string[] }>;
  statements: Array<{ speaker: string; isDirectQuote: boolean; evidence: Array<{ start: number; end: number }> }>;
};
const known: KnownEntity[] = [
  ...dataset.people.map((p) => ({ slug: p.slug, name: p.name, aliases: p.aliases ?? [], type: 'PERSON' as const })),
  ...dataset.outlets.map((o) => ({ slug: o.slug, name: o.name, aliases: o.aliases ?? [], type: 'OUTLET' as const })),
];

describe('drafting the Legend/West article', () => {
  const draft = draftAttributions(text, { knownEntities: known });
  const people = new Set(dataset.people.map((p) => p.slug));

  it('finds every direct quote of the hand annotation with its speaker', () => {
    const direct = dataset.statements.filter((s) => s.isDirectQuote);
    expect(direct.length).toBeGreaterThan(0);
    for (const statement of direct) {
      const { start, end } = statement.evidence[0];
      const found = draft.attributions.find((a) => a.direct && a.content.start <= start && a.content.end >= end);
      expect(found, `quote at [${start}, ${end})`).toBeDefined();
      expect(found!.speakerId).toBe(statement.speaker);
    }
  });

  it('attributes none of the article narration to a person', () => {
    // narration: every span outside the annotated statements; a drafted person attribution must overlap a statement
    const statements = dataset.statements.map((s) => s.evidence[0]);
    for (const a of draft.attributions.filter((x) => x.speakerId !== null && people.has(x.speakerId))) {
      const inStatement = statements.some((s) => a.content.start < s.end && s.start < a.content.end);
      expect(inStatement, a.content.exact).toBe(true);
    }
  });
});
