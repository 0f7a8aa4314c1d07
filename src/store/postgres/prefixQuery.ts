/**
 * `word*` prefix search on PostgreSQL, as FTS5 has it on the embedded store. websearch_to_tsquery has no prefix
 * syntax (it drops the `*` and looks for the whole word), so each `word*` outside double quotes is swapped for a
 * placeholder word that websearch_to_tsquery keeps as typed, and ts_rewrite then puts in its place a prefix query on
 * the word as the index's configuration stems it, as FTS5's porter tokenizer stems a prefix on the embedded store:
 * "Kanye*" and "sellouts*" look for lexemes beginning 'kany' and 'sellout' (so they find "Kanye" and "sellout"),
 * and "Kany*" for 'kani' (which finds no "Kanye" on either store). A word the configuration drops as too common is
 * looked for as typed ("the*" finds "theory"; "the" and "their" themselves are not in PostgreSQL's index). The rest
 * of the query keeps its websearch meaning: "or", a leading "-", and "quoted phrases" (where a `*` stays an
 * ordinary character, as websearch_to_tsquery reads it).
 */

/** A word of letters and digits ending in `*`, alone or after a "-" (NOT), outside any quoted phrase. */
const PREFIX_WORD = /(^|\s|-)([\p{L}\p{N}]+)\*(?=$|\s)/gu;

/**
 * The index-th placeholder: letters only, unlike anything in a text, and ending in "q", which no rule of the english
 * stemmer removes or changes, so that each stays one lexeme of its own ("...worde" and "...words" would both become
 * "...word").
 */
export function placeholder(index: number): string {
  let letters = '';
  for (let n = index; ; n = Math.floor(n / 26) - 1) {
    letters = String.fromCharCode(97 + (n % 26)) + letters;
    if (n < 26) break;
  }
  return `zqxprefix${letters}q`;
}

/** The prefix query of one word (a parameter), by the lexemes of `config`, or NULL when it has none. */
function lexemePrefixes(config: string, word: string): string {
  return `(SELECT string_agg(quote_literal(lexeme) || ':*', ' & ')::tsquery
    FROM unnest(to_tsvector('${config}'::regconfig, search_text(${word}))))`;
}

/** The query typed with its `word*`s taken out, and those words in order. */
export function splitPrefixWords(query: string): { typed: string; words: string[] } {
  const words: string[] = [];
  const typed = query
    .split('"')
    .map((part, index) =>
      // odd parts are inside double quotes
      index % 2 === 1
        ? part
        : part.replace(PREFIX_WORD, (_match, before: string, word: string) => {
            words.push(word);
            return `${before}${placeholder(words.length - 1)}`;
          }),
    )
    .join('"');
  return { typed, words };
}

/**
 * The tsquery of a query that uses search syntax on purpose, as an SQL expression whose texts are appended to
 * `params`: websearch_to_tsquery's reading of it, with a prefix query for each `word*`.
 */
export function websearchWithPrefixes(query: string, params: unknown[]): string {
  const { typed, words } = splitPrefixWords(query);
  params.push(typed);
  let expression = `websearch_to_tsquery('english'::regconfig, search_text($${params.length}::text))`;
  words.forEach((word, index) => {
    params.push(word);
    const parameter = `$${params.length}::text`;
    expression = `ts_rewrite(${expression}, '${placeholder(index)}'::tsquery,
      COALESCE(${lexemePrefixes('english', parameter)}, ${lexemePrefixes('simple', parameter)}))`;
  });
  return expression;
}
