/** Editors' words: [bracketed] completions and one-line reasons (src/ingest/editorialText.ts). */
import { describe, expect, it } from 'vitest';
import { bracketedWords, oneLineProblem } from '../../src/ingest/editorialText.js';

describe('bracketedWords', () => {
  it('finds the words between each pair of brackets, in order, repeated ones repeated', () => {
    expect(bracketedWords('[Kanye] West won in the 2020 [election] and [election]')).toEqual({
      words: ['Kanye', 'election', 'election'],
      problems: [],
    });
    expect(bracketedWords('no brackets')).toEqual({ words: [], problems: [] });
  });

  it('counts positions in characters (code points), an emoji being one', () => {
    expect(bracketedWords('📱 [a').problems).toEqual(['has a "[" at character 2 that is never closed']);
  });

  it('reports an unmatched or nested bracket', () => {
    expect(bracketedWords('a] b').problems).toEqual(['has a "]" at character 1 that closes no "["']);
    expect(bracketedWords('[a [b] c]')).toEqual({
      words: ['b'],
      problems: [
        'has a "[" at character 3 inside the brackets opened at 0',
        'has a "]" at character 8 that closes no "["',
      ],
    });
  });
});

describe('oneLineProblem', () => {
  it('accepts one line of up to 200 characters', () => {
    expect(oneLineProblem('because the article says so')).toBeNull();
    expect(oneLineProblem('🎤'.repeat(200))).toBeNull();
  });

  it('refuses a blank, multi-line or longer reason', () => {
    expect(oneLineProblem(' \t')).toBe('must say why, in one line, but is only blank space');
    expect(oneLineProblem('a\r\nb')).toBe('must be one line, but has a line break');
    expect(oneLineProblem('a\u2028b')).toBe('must be one line, but has a line break');
    expect(oneLineProblem('🎤'.repeat(201))).toBe('must be one line of at most 200 characters, but has 201');
  });
});
