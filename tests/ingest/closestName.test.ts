/** closestName: the "did you mean" suggestion for a misspelt field or slug in a dataset. */
import { describe, expect, it } from 'vitest';
import { closestName } from '../../src/ingest/closestName.js';

describe('closestName', () => {
  it('suggests the candidate one typo away', () => {
    expect(closestName('speakr', ['quote', 'speaker', 'saidOn'])).toBe('speaker');
  });

  it('counts a swapped pair of letters as two edits, which a ten-letter slug allows', () => {
    expect(closestName('kanye-wset', ['john-legend', 'kanye-west'])).toBe('kanye-west');
  });

  it('ignores case when comparing, and returns the candidate as it is spelt', () => {
    expect(closestName('SPEAKR', ['speaker'])).toBe('speaker');
    expect(closestName('saidon', ['saidOn'])).toBe('saidOn');
  });

  it('prefers an exact match to a near one', () => {
    expect(closestName('speaker', ['speakers', 'speaker'])).toBe('speaker');
  });

  it('prefers the nearest candidate, and on a tie the one listed first', () => {
    expect(closestName('speakr', ['speakers', 'speaker'])).toBe('speaker');
    expect(closestName('cat', ['bat', 'cut'])).toBe('bat');
    expect(closestName('cat', ['cut', 'bat'])).toBe('cut');
  });

  it('suggests nothing when there are no candidates', () => {
    expect(closestName('speaker', [])).toBeUndefined();
  });

  it('suggests nothing for a name too far from every candidate to be a typo', () => {
    expect(closestName('quote', ['speaker', 'evidence'])).toBeUndefined();
    expect(closestName('xyz', ['abc'])).toBeUndefined();
  });

  it('allows one edit in a short name (under six letters), not two', () => {
    expect(closestName('ab', ['ac'])).toBe('ac');
    expect(closestName('stnce', ['stance'])).toBe('stance');
    expect(closestName('stnc', ['stance'])).toBeUndefined();
  });

  it('allows a third of the length in edits, at most three however long the name', () => {
    expect(closestName('speaker-nme', ['speaker-name'])).toBe('speaker-name'); // 11 letters: 3 allowed, 1 used
    expect(closestName('abcdefghi', ['abcdefxyz'])).toBe('abcdefxyz'); // 9 letters: 3 allowed, 3 used
    expect(closestName('abcdefghi', ['abcdewxyz'])).toBeUndefined(); // 4 edits
    expect(closestName('abcdefghijklmnopqrstu', ['abcdefghijklmnopqwxyz'])).toBeUndefined(); // 21 letters, still 3
  });
});
