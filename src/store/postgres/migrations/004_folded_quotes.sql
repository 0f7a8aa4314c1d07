-- The statements' words as the `text` filter compares them: foldText (src/domain/foldText.ts) of the quote,
-- computed by the writer in TypeScript so that both backends fold exactly alike.
ALTER TABLE statements ADD COLUMN quote_folded text NOT NULL DEFAULT '';

-- Rows written before this migration, folded as closely as SQL can: NFKC, straight quotes, lower case (lower()
-- follows the database's LC_CTYPE for letters beyond ASCII).
UPDATE statements SET quote_folded = lower(translate(normalize(quote, NFKC), E'\u2018\u2019\u02BC\u201C\u201D', '''''''""'));
