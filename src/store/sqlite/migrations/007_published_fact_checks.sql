-- Fact-checks published by other organizations, imported from their ClaimReview feeds or a verified-claims file.
-- Not the newsroom's own reviews (`reviews`: an integer rating, an explanation, a reviewer, sources): a feed may
-- give only a verdict in words. Each row points at its claim, its publisher (an entity) and the held document it
-- was read from (`record_document_id`: the feed item's fields verbatim, where every span points). The same table
-- and columns as PostgreSQL's migration 007.
--
-- claimant_names and appearance_urls are JSON arrays of strings. rating_value is the feed's rating normalised to
-- 1 (false) .. 5 (true), NULL when the feed gave only words; reviewed_on and claim_date are partial dates.
CREATE TABLE published_fact_checks (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  claim_id INTEGER NOT NULL REFERENCES claims(id),
  publisher_id INTEGER NOT NULL REFERENCES entities(id),
  url TEXT UNIQUE,
  headline TEXT,
  textual_rating TEXT,
  rating_value REAL CHECK (rating_value BETWEEN 1 AND 5),
  reviewed_on TEXT,
  claim_date TEXT,
  language_code TEXT,
  claimant_names TEXT NOT NULL DEFAULT '[]',
  appearance_urls TEXT NOT NULL DEFAULT '[]',
  record_document_id INTEGER NOT NULL REFERENCES documents(id),
  retracted_at TEXT,
  retracted_by TEXT,
  retraction_reason TEXT
);
CREATE INDEX published_fact_checks_claim ON published_fact_checks(claim_id, reviewed_on, id);
CREATE INDEX published_fact_checks_publisher ON published_fact_checks(publisher_id);

-- A re-imported fact-check whose publisher changed its text updates its claim and record in place: the search
-- index follows (the triggers of 005 cover inserts only). A retracted record stays out of the index.
CREATE TRIGGER search_index_claims_update AFTER UPDATE OF text ON claims WHEN NEW.retracted_at IS NULL BEGIN
  DELETE FROM search_index WHERE rowid IN (SELECT rowid FROM search_rows WHERE kind = 'CLAIM' AND node_id = NEW.id);
  DELETE FROM search_rows WHERE kind = 'CLAIM' AND node_id = NEW.id;
  INSERT INTO search_index (kind, node_id, body) VALUES ('CLAIM', NEW.id, NEW.text);
  INSERT OR REPLACE INTO search_rows (rowid, kind, node_id) VALUES (last_insert_rowid(), 'CLAIM', NEW.id);
END;

CREATE TRIGGER search_index_documents_update AFTER UPDATE OF title, text ON documents WHEN NEW.retracted_at IS NULL
BEGIN
  DELETE FROM search_index
    WHERE rowid IN (SELECT rowid FROM search_rows WHERE kind = 'DOCUMENT' AND node_id = NEW.id);
  DELETE FROM search_rows WHERE kind = 'DOCUMENT' AND node_id = NEW.id;
  INSERT INTO search_index (kind, node_id, body) VALUES ('DOCUMENT', NEW.id, NEW.title);
  INSERT OR REPLACE INTO search_rows (rowid, kind, node_id) VALUES (last_insert_rowid(), 'DOCUMENT', NEW.id);
  INSERT INTO search_index (kind, node_id, body) SELECT 'DOCUMENT', NEW.id, NEW.text WHERE NEW.text IS NOT NULL;
  INSERT OR REPLACE INTO search_rows (rowid, kind, node_id)
  SELECT last_insert_rowid(), 'DOCUMENT', NEW.id WHERE NEW.text IS NOT NULL;
END;
