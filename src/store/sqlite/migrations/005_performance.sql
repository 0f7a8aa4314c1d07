-- Performance at scale (see BENCHMARKS.md): indexes that let the hot reads skip the statements' wide rows, and
-- counters that the fact-check dashboard reads instead of counting a million rows on every request. Triggers keep
-- the counters equal to what the counting queries would return, through inserts, retractions and any update.

-- Path search and per-speaker reads of current statements without reading their quotes.
CREATE INDEX statements_current_speaker ON statements(speaker_id, id) WHERE retracted_at IS NULL;
CREATE INDEX statements_current_by_id ON statements(id, speaker_id) WHERE retracted_at IS NULL;
-- Dashboard counts over current claims without reading their texts, and each claim's current reviews in order.
CREATE INDEX claims_current_status ON claims(status) WHERE retracted_at IS NULL;
CREATE INDEX reviews_current ON reviews(claim_id, reviewed_at, id) WHERE retracted_at IS NULL;

-- Current (not retracted) statements per speaker.
CREATE TABLE speaker_statement_counts (
  speaker_id INTEGER PRIMARY KEY,
  n INTEGER NOT NULL
);
CREATE INDEX speaker_statement_counts_rank ON speaker_statement_counts(n DESC, speaker_id);

-- Mentions in current statements, per entity and stance, and per entity.
CREATE TABLE mention_counts (
  entity_id INTEGER NOT NULL,
  stance TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (entity_id, stance)
);
CREATE TABLE mention_totals (
  entity_id INTEGER PRIMARY KEY,
  n INTEGER NOT NULL
);
CREATE INDEX mention_totals_rank ON mention_totals(n DESC, entity_id);

-- Current statements disputing each claim.
CREATE TABLE claim_dispute_counts (
  claim_id INTEGER PRIMARY KEY,
  n INTEGER NOT NULL
);
CREATE INDEX claim_dispute_counts_rank ON claim_dispute_counts(n DESC, claim_id);

INSERT INTO claim_dispute_counts (claim_id, n)
  SELECT d.claim_id, COUNT(*) FROM statement_disputes d JOIN statements s ON s.id = d.statement_id
  WHERE s.retracted_at IS NULL GROUP BY d.claim_id;
INSERT INTO speaker_statement_counts (speaker_id, n)
  SELECT speaker_id, COUNT(*) FROM statements WHERE retracted_at IS NULL GROUP BY speaker_id;
INSERT INTO mention_counts (entity_id, stance, n)
  SELECT m.entity_id, m.stance, COUNT(*) FROM mentions m JOIN statements s ON s.id = m.statement_id
  WHERE s.retracted_at IS NULL GROUP BY m.entity_id, m.stance;
INSERT INTO mention_totals (entity_id, n) SELECT entity_id, SUM(n) FROM mention_counts GROUP BY entity_id;

CREATE TRIGGER speaker_counts_insert AFTER INSERT ON statements WHEN NEW.retracted_at IS NULL BEGIN
  INSERT INTO speaker_statement_counts (speaker_id, n) VALUES (NEW.speaker_id, 1)
    ON CONFLICT (speaker_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER speaker_counts_delete AFTER DELETE ON statements WHEN OLD.retracted_at IS NULL BEGIN
  UPDATE speaker_statement_counts SET n = n - 1 WHERE speaker_id = OLD.speaker_id;
END;

-- A retraction (or any change of speaker) moves the statement, and its mentions, out of the counts and back in.
CREATE TRIGGER statement_counts_update AFTER UPDATE OF speaker_id, retracted_at ON statements
WHEN (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) OR OLD.speaker_id <> NEW.speaker_id BEGIN
  UPDATE speaker_statement_counts SET n = n - 1 WHERE speaker_id = OLD.speaker_id AND OLD.retracted_at IS NULL;
  INSERT INTO speaker_statement_counts (speaker_id, n) SELECT NEW.speaker_id, 1 WHERE NEW.retracted_at IS NULL
    ON CONFLICT (speaker_id) DO UPDATE SET n = n + 1;
  UPDATE mention_counts SET n = n + (CASE WHEN NEW.retracted_at IS NULL THEN 1 ELSE -1 END)
    WHERE (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL)
      AND (entity_id, stance) IN (SELECT entity_id, stance FROM mentions WHERE statement_id = NEW.id);
  UPDATE mention_totals SET n = n + (CASE WHEN NEW.retracted_at IS NULL THEN 1 ELSE -1 END)
    WHERE (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL)
      AND entity_id IN (SELECT entity_id FROM mentions WHERE statement_id = NEW.id);
  UPDATE claim_dispute_counts SET n = n + (CASE WHEN NEW.retracted_at IS NULL THEN 1 ELSE -1 END)
    WHERE (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL)
      AND claim_id IN (SELECT claim_id FROM statement_disputes WHERE statement_id = NEW.id);
END;

CREATE TRIGGER dispute_counts_insert AFTER INSERT ON statement_disputes
WHEN EXISTS (SELECT 1 FROM statements WHERE id = NEW.statement_id AND retracted_at IS NULL) BEGIN
  INSERT INTO claim_dispute_counts (claim_id, n) VALUES (NEW.claim_id, 1)
    ON CONFLICT (claim_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER dispute_counts_delete AFTER DELETE ON statement_disputes
WHEN EXISTS (SELECT 1 FROM statements WHERE id = OLD.statement_id AND retracted_at IS NULL) BEGIN
  UPDATE claim_dispute_counts SET n = n - 1 WHERE claim_id = OLD.claim_id;
END;

CREATE TRIGGER dispute_counts_update AFTER UPDATE OF statement_id, claim_id ON statement_disputes
WHEN OLD.statement_id <> NEW.statement_id OR OLD.claim_id <> NEW.claim_id BEGIN
  UPDATE claim_dispute_counts SET n = n - 1 WHERE claim_id = OLD.claim_id
    AND EXISTS (SELECT 1 FROM statements WHERE id = OLD.statement_id AND retracted_at IS NULL);
  INSERT INTO claim_dispute_counts (claim_id, n) SELECT NEW.claim_id, 1
    WHERE EXISTS (SELECT 1 FROM statements WHERE id = NEW.statement_id AND retracted_at IS NULL)
    ON CONFLICT (claim_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER mention_counts_insert AFTER INSERT ON mentions
WHEN EXISTS (SELECT 1 FROM statements WHERE id = NEW.statement_id AND retracted_at IS NULL) BEGIN
  INSERT INTO mention_counts (entity_id, stance, n) VALUES (NEW.entity_id, NEW.stance, 1)
    ON CONFLICT (entity_id, stance) DO UPDATE SET n = n + 1;
  INSERT INTO mention_totals (entity_id, n) VALUES (NEW.entity_id, 1)
    ON CONFLICT (entity_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER mention_counts_delete AFTER DELETE ON mentions
WHEN EXISTS (SELECT 1 FROM statements WHERE id = OLD.statement_id AND retracted_at IS NULL) BEGIN
  UPDATE mention_counts SET n = n - 1 WHERE entity_id = OLD.entity_id AND stance = OLD.stance;
  UPDATE mention_totals SET n = n - 1 WHERE entity_id = OLD.entity_id;
END;

CREATE TRIGGER mention_counts_update AFTER UPDATE OF entity_id, stance, statement_id ON mentions
WHEN OLD.entity_id <> NEW.entity_id OR OLD.stance <> NEW.stance OR OLD.statement_id <> NEW.statement_id BEGIN
  UPDATE mention_counts SET n = n - 1 WHERE entity_id = OLD.entity_id AND stance = OLD.stance
    AND EXISTS (SELECT 1 FROM statements WHERE id = OLD.statement_id AND retracted_at IS NULL);
  UPDATE mention_totals SET n = n - 1 WHERE entity_id = OLD.entity_id
    AND EXISTS (SELECT 1 FROM statements WHERE id = OLD.statement_id AND retracted_at IS NULL);
  INSERT INTO mention_counts (entity_id, stance, n) SELECT NEW.entity_id, NEW.stance, 1
    WHERE EXISTS (SELECT 1 FROM statements WHERE id = NEW.statement_id AND retracted_at IS NULL)
    ON CONFLICT (entity_id, stance) DO UPDATE SET n = n + 1;
  INSERT INTO mention_totals (entity_id, n) SELECT NEW.entity_id, 1
    WHERE EXISTS (SELECT 1 FROM statements WHERE id = NEW.statement_id AND retracted_at IS NULL)
    ON CONFLICT (entity_id) DO UPDATE SET n = n + 1;
END;

-- Which node each row of the search index belongs to, in a narrow table of its own: `kind` and `node_id` are
-- stored beside each row's text in the index's content table, and reading them there for every match cost more
-- than ranking the match. The search-index triggers of 002 are replaced by ones that fill both.
CREATE TABLE search_rows (
  rowid INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  node_id INTEGER NOT NULL
);
INSERT INTO search_rows (rowid, kind, node_id) SELECT rowid, kind, node_id FROM search_index;
CREATE INDEX search_rows_node ON search_rows(kind, node_id);

DROP TRIGGER IF EXISTS search_index_entity_names;
CREATE TRIGGER search_index_entity_names AFTER INSERT ON entity_names BEGIN
  INSERT INTO search_index (kind, node_id, body)
  SELECT e.type, NEW.entity_id, NEW.name FROM entities e WHERE e.id = NEW.entity_id;
  INSERT OR REPLACE INTO search_rows (rowid, kind, node_id)
  SELECT last_insert_rowid(), e.type, NEW.entity_id FROM entities e WHERE e.id = NEW.entity_id;
END;

DROP TRIGGER IF EXISTS search_index_statements;
CREATE TRIGGER search_index_statements AFTER INSERT ON statements BEGIN
  INSERT INTO search_index (kind, node_id, body) VALUES ('STATEMENT', NEW.id, NEW.quote);
  INSERT OR REPLACE INTO search_rows (rowid, kind, node_id) VALUES (last_insert_rowid(), 'STATEMENT', NEW.id);
END;

DROP TRIGGER IF EXISTS search_index_claims;
CREATE TRIGGER search_index_claims AFTER INSERT ON claims BEGIN
  INSERT INTO search_index (kind, node_id, body) VALUES ('CLAIM', NEW.id, NEW.text);
  INSERT OR REPLACE INTO search_rows (rowid, kind, node_id) VALUES (last_insert_rowid(), 'CLAIM', NEW.id);
END;

DROP TRIGGER IF EXISTS search_index_events;
CREATE TRIGGER search_index_events AFTER INSERT ON events BEGIN
  INSERT INTO search_index (kind, node_id, body) VALUES ('EVENT', NEW.id, NEW.title);
  INSERT OR REPLACE INTO search_rows (rowid, kind, node_id) VALUES (last_insert_rowid(), 'EVENT', NEW.id);
END;

DROP TRIGGER IF EXISTS search_index_documents;
CREATE TRIGGER search_index_documents AFTER INSERT ON documents BEGIN
  INSERT INTO search_index (kind, node_id, body) VALUES ('DOCUMENT', NEW.id, NEW.title);
  INSERT OR REPLACE INTO search_rows (rowid, kind, node_id) VALUES (last_insert_rowid(), 'DOCUMENT', NEW.id);
  INSERT INTO search_index (kind, node_id, body) SELECT 'DOCUMENT', NEW.id, NEW.text WHERE NEW.text IS NOT NULL;
  INSERT OR REPLACE INTO search_rows (rowid, kind, node_id)
  SELECT last_insert_rowid(), 'DOCUMENT', NEW.id WHERE NEW.text IS NOT NULL;
END;
