/**
 * The drafting rule tests' common ground: two known people, and a draft whose every span is checked against the
 * text before a test looks at it.
 */
import { expect } from 'vitest';
import { draftAttributions, sliceCodePoints, type Draft, type KnownEntity } from '../../src/draft/index.js';

export const KNOWN_PEOPLE: KnownEntity[] = [
  { slug: 'ada-park', name: 'Ada Park', aliases: [], type: 'PERSON' },
  { slug: 'tom-reyes', name: 'Tom Reyes', aliases: [], type: 'PERSON' },
];

/** Drafts `text` knowing KNOWN_PEOPLE, and checks that every content, cue and source span reads its exact text. */
export function draft(text: string): Draft {
  const result = draftAttributions(text, { knownEntities: KNOWN_PEOPLE });
  for (const a of result.attributions) {
    for (const span of [a.content, a.cue, a.source])
      if (span) expect(sliceCodePoints(text, span.start, span.end)).toBe(span.exact);
  }
  return result;
}

/** The attribution whose content contains `words`. */
export const withContent = (d: Draft, words: string) => d.attributions.find((a) => a.content.exact.includes(words));
