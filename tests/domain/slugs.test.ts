import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/domain/slugs.js';

describe('slugify', () => {
  it('keeps the words of a name, lower-cased and joined by hyphens', () => {
    expect(slugify('Sen. Ted Cruz')).toBe('sen-ted-cruz');
    expect(slugify('  The New York Post  ')).toBe('the-new-york-post');
  });

  it('folds accents inside a word instead of splitting the word at them', () => {
    expect(slugify('Renée Zellweger')).toBe('renee-zellweger');
    expect(slugify('Beyoncé')).toBe('beyonce');
  });

  it('keeps at most the number of words asked for', () => {
    expect(slugify('one two three four five six seven eight')).toBe('one-two-three-four-five-six');
    expect(slugify('one two three', 2)).toBe('one-two');
  });

  it('gives an empty slug when no letter or digit is left', () => {
    expect(slugify('!!! — ???')).toBe('');
    expect(slugify('')).toBe('');
  });
});
