-- The statements' words as the `text` filter compares them (see src/domain/foldText.ts): fold_text is registered
-- by openSqliteDatabase before migrations run.
ALTER TABLE statements ADD COLUMN quote_folded TEXT NOT NULL DEFAULT '';
UPDATE statements SET quote_folded = fold_text(quote);
