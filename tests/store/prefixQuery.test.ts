/**
 * How the PostgreSQL store reads `word*` (a pure function; the search tests check what it finds on both stores):
 * each prefix word outside double quotes is taken out for a placeholder websearch_to_tsquery keeps, in order, and
 * (with PostgreSQL at hand) no placeholder is stemmed into another.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { placeholder, splitPrefixWords, websearchWithPrefixes } from '../../src/store/postgres/prefixQuery.js';
import { POSTGRES_REQUIRED, postgresUnavailableReason } from './postgresTestDatabase.js';
import { openTestBackend, type TestBackend } from './postgresTestBackend.js';

describe('splitPrefixWords', () => {
  it('takes out each word ending in *, alone or after a minus, and leaves the rest as typed', () => {
    const { typed, words } = splitPrefixWords('Legen* west -Kan* or sello*');
    expect(words).toEqual(['Legen', 'Kan', 'sello']);
    expect(typed).toBe('zqxprefixaq west -zqxprefixbq or zqxprefixcq');
  });

  it('leaves a * inside double quotes, in the middle of a word, or alone as typed', () => {
    for (const query of ['"sello* west"', 'sel*lout', '*', '* west', 'west *', 'west**']) {
      expect(splitPrefixWords(query), query).toEqual({ typed: query, words: [] });
    }
    expect(splitPrefixWords('"Kanye West" Legen* "sell*"')).toEqual({
      typed: '"Kanye West" zqxprefixaq "sell*"',
      words: ['Legen'],
    });
  });

  it('takes words of any script and digits, and gives each of many words its own placeholder', () => {
    expect(splitPrefixWords('Müll* 2020*').words).toEqual(['Müll', '2020']);
    const many = Array.from({ length: 30 }, (_, i) => `w${i}*`).join(' ');
    const { typed, words } = splitPrefixWords(many);
    expect(words).toHaveLength(30);
    const placeholders = typed.split(' ');
    expect(new Set(placeholders).size).toBe(30);
    for (const placeholder of placeholders) expect(placeholder).toMatch(/^zqxprefix[a-z]+q$/);
  });
});

describe('websearchWithPrefixes', () => {
  it('sends the typed query and each word as parameters, never in the SQL text', () => {
    const params: unknown[] = ['kinds'];
    const sql = websearchWithPrefixes('Brien* west', params);
    expect(params).toEqual(['kinds', 'zqxprefixaq west', 'Brien']);
    expect(sql).not.toContain('Brien');
    expect(sql).toContain('$2::text');
    expect(sql).toContain('$3::text');
  });
});

const unavailable = await postgresUnavailableReason();
if (unavailable !== null && POSTGRES_REQUIRED) throw new Error(`PostgreSQL is required: ${unavailable}`);

describe.skipIf(unavailable !== null)(
  `placeholders as PostgreSQL's english configuration reads them${unavailable ? ` (skipped: ${unavailable})` : ''}`,
  () => {
    let opened: TestBackend | undefined;

    afterAll(async () => {
      await opened?.close();
    });

    it('each of the placeholders a 500-character query can need stays one lexeme of its own, as written', async () => {
      opened = await openTestBackend(1);
      const placeholders = Array.from({ length: 250 }, (_, index) => placeholder(index));
      const rows = await opened.backend.all(
        `SELECT websearch_to_tsquery('english'::regconfig, p)::text AS lexeme FROM unnest($1::text[]) p`,
        [placeholders],
      );
      expect(rows.map((row) => row.lexeme)).toEqual(placeholders.map((word) => `'${word}'`));
    });
  },
);
