-- The fact-check dashboard's figures kept as data changes, so that no request counts claims, reviews or disputes
-- (see BENCHMARKS.md): current claims per status, per current rating (their latest current review's), and each
-- claim's dispute ranking keys. Triggers on the base tables keep them equal to a full recount through every write
-- path: imports, mutations, retractions, status changes, and any later update or delete. Migration 005's
-- statement and mention counters stay; its per-claim dispute counter is folded into `claim_rankings` below.

-- Current (not retracted) claims per status.
CREATE TABLE claim_status_counts (
  status TEXT PRIMARY KEY,
  n INTEGER NOT NULL
);

-- Each current claim's current rating: that of its latest current review (by reviewed_at, then id). Claims
-- without one have no row.
CREATE TABLE claim_current_ratings (
  claim_id INTEGER PRIMARY KEY,
  rating_value INTEGER NOT NULL,
  rating_label TEXT NOT NULL
);

-- Current claims per current rating; the unrated are the current claims not counted here.
CREATE TABLE claim_rating_counts (
  rating_value INTEGER NOT NULL,
  rating_label TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (rating_value, rating_label)
);

-- Every claim's place in the most-disputed ranking: current statements disputing it, current reviews of it, and
-- whether it is listed at all (current, and disputed by a statement or by its reviews). The index holds the
-- listed claims in ranking order, so the top N is the index's first N entries.
CREATE TABLE claim_rankings (
  claim_id INTEGER PRIMARY KEY,
  is_current INTEGER NOT NULL,
  is_disputed INTEGER NOT NULL,
  dispute_count INTEGER NOT NULL,
  review_count INTEGER NOT NULL
);
CREATE INDEX claim_rankings_most_disputed ON claim_rankings(dispute_count DESC, review_count DESC, claim_id)
  WHERE is_current = 1 AND (dispute_count > 0 OR is_disputed = 1);

INSERT INTO claim_status_counts (status, n)
  SELECT status, COUNT(*) FROM claims WHERE retracted_at IS NULL GROUP BY status;
INSERT INTO claim_current_ratings (claim_id, rating_value, rating_label)
  SELECT r.claim_id, r.rating_value, r.rating_label FROM reviews r JOIN claims c ON c.id = r.claim_id
  WHERE r.retracted_at IS NULL AND c.retracted_at IS NULL AND r.id = (
    SELECT id FROM reviews WHERE claim_id = r.claim_id AND retracted_at IS NULL
    ORDER BY reviewed_at DESC, id DESC LIMIT 1);
INSERT INTO claim_rating_counts (rating_value, rating_label, n)
  SELECT rating_value, rating_label, COUNT(*) FROM claim_current_ratings GROUP BY rating_value, rating_label;
INSERT INTO claim_rankings (claim_id, is_current, is_disputed, dispute_count, review_count)
  SELECT c.id, c.retracted_at IS NULL, c.status = 'DISPUTED',
    (SELECT COUNT(*) FROM statement_disputes d JOIN statements s ON s.id = d.statement_id
     WHERE d.claim_id = c.id AND s.retracted_at IS NULL),
    (SELECT COUNT(*) FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL)
  FROM claims c;

-- claim_rankings.dispute_count replaces claim_dispute_counts: drop it with the triggers that kept it, and keep
-- 005's statement trigger for the other counters.
DROP TRIGGER dispute_counts_insert;
DROP TRIGGER dispute_counts_delete;
DROP TRIGGER dispute_counts_update;
DROP TRIGGER statement_counts_update;
DROP TABLE claim_dispute_counts;

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
  UPDATE claim_rankings SET dispute_count = dispute_count + (CASE WHEN NEW.retracted_at IS NULL THEN 1 ELSE -1 END)
    WHERE (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL)
      AND claim_id IN (SELECT claim_id FROM statement_disputes WHERE statement_id = NEW.id);
END;

-- A statement deleted while its disputes remain (foreign keys off) takes its disputes out of the counts.
CREATE TRIGGER statement_disputes_statement_delete AFTER DELETE ON statements WHEN OLD.retracted_at IS NULL BEGIN
  UPDATE claim_rankings SET dispute_count = dispute_count - 1
    WHERE claim_id IN (SELECT claim_id FROM statement_disputes WHERE statement_id = OLD.id);
END;

CREATE TRIGGER claim_rankings_dispute_insert AFTER INSERT ON statement_disputes
WHEN EXISTS (SELECT 1 FROM statements WHERE id = NEW.statement_id AND retracted_at IS NULL) BEGIN
  UPDATE claim_rankings SET dispute_count = dispute_count + 1 WHERE claim_id = NEW.claim_id;
END;

CREATE TRIGGER claim_rankings_dispute_delete AFTER DELETE ON statement_disputes
WHEN EXISTS (SELECT 1 FROM statements WHERE id = OLD.statement_id AND retracted_at IS NULL) BEGIN
  UPDATE claim_rankings SET dispute_count = dispute_count - 1 WHERE claim_id = OLD.claim_id;
END;

CREATE TRIGGER claim_rankings_dispute_update AFTER UPDATE OF statement_id, claim_id ON statement_disputes
WHEN OLD.statement_id <> NEW.statement_id OR OLD.claim_id <> NEW.claim_id BEGIN
  UPDATE claim_rankings SET dispute_count = dispute_count - 1 WHERE claim_id = OLD.claim_id
    AND EXISTS (SELECT 1 FROM statements WHERE id = OLD.statement_id AND retracted_at IS NULL);
  UPDATE claim_rankings SET dispute_count = dispute_count + 1 WHERE claim_id = NEW.claim_id
    AND EXISTS (SELECT 1 FROM statements WHERE id = NEW.statement_id AND retracted_at IS NULL);
END;

-- The rating counts follow the current ratings, whichever trigger below changed them.
CREATE TRIGGER claim_rating_counts_insert AFTER INSERT ON claim_current_ratings BEGIN
  INSERT INTO claim_rating_counts (rating_value, rating_label, n) VALUES (NEW.rating_value, NEW.rating_label, 1)
    ON CONFLICT (rating_value, rating_label) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER claim_rating_counts_delete AFTER DELETE ON claim_current_ratings BEGIN
  UPDATE claim_rating_counts SET n = n - 1 WHERE rating_value = OLD.rating_value AND rating_label = OLD.rating_label;
END;

-- A claim's children may be written before it (foreign keys off), so a new claim's row counts what is there.
CREATE TRIGGER claim_summary_insert AFTER INSERT ON claims BEGIN
  INSERT INTO claim_status_counts (status, n) SELECT NEW.status, 1 WHERE NEW.retracted_at IS NULL
    ON CONFLICT (status) DO UPDATE SET n = n + 1;
  INSERT INTO claim_rankings (claim_id, is_current, is_disputed, dispute_count, review_count) VALUES (
    NEW.id, NEW.retracted_at IS NULL, NEW.status = 'DISPUTED',
    (SELECT COUNT(*) FROM statement_disputes d JOIN statements s ON s.id = d.statement_id
     WHERE d.claim_id = NEW.id AND s.retracted_at IS NULL),
    (SELECT COUNT(*) FROM reviews WHERE claim_id = NEW.id AND retracted_at IS NULL));
  INSERT INTO claim_current_ratings (claim_id, rating_value, rating_label)
    SELECT claim_id, rating_value, rating_label FROM reviews
    WHERE claim_id = NEW.id AND retracted_at IS NULL AND NEW.retracted_at IS NULL
    ORDER BY reviewed_at DESC, id DESC LIMIT 1;
END;

CREATE TRIGGER claim_summary_update AFTER UPDATE OF status, retracted_at ON claims
WHEN OLD.status <> NEW.status OR (OLD.retracted_at IS NULL) <> (NEW.retracted_at IS NULL) BEGIN
  UPDATE claim_status_counts SET n = n - 1 WHERE status = OLD.status AND OLD.retracted_at IS NULL;
  INSERT INTO claim_status_counts (status, n) SELECT NEW.status, 1 WHERE NEW.retracted_at IS NULL
    ON CONFLICT (status) DO UPDATE SET n = n + 1;
  UPDATE claim_rankings SET is_current = NEW.retracted_at IS NULL, is_disputed = NEW.status = 'DISPUTED'
    WHERE claim_id = NEW.id;
  DELETE FROM claim_current_ratings WHERE claim_id = NEW.id;
  INSERT INTO claim_current_ratings (claim_id, rating_value, rating_label)
    SELECT claim_id, rating_value, rating_label FROM reviews
    WHERE claim_id = NEW.id AND retracted_at IS NULL AND NEW.retracted_at IS NULL
    ORDER BY reviewed_at DESC, id DESC LIMIT 1;
END;

CREATE TRIGGER claim_summary_delete AFTER DELETE ON claims BEGIN
  UPDATE claim_status_counts SET n = n - 1 WHERE status = OLD.status AND OLD.retracted_at IS NULL;
  DELETE FROM claim_rankings WHERE claim_id = OLD.id;
  DELETE FROM claim_current_ratings WHERE claim_id = OLD.id;
END;

-- A review written, retracted, moved or re-dated changes its claim's review count and may change its rating:
-- the claim's current rating is read again from its latest current review (an index walk of one step).
CREATE TRIGGER claim_summary_review_insert AFTER INSERT ON reviews BEGIN
  UPDATE claim_rankings SET review_count = review_count + 1
    WHERE claim_id = NEW.claim_id AND NEW.retracted_at IS NULL;
  DELETE FROM claim_current_ratings WHERE claim_id = NEW.claim_id;
  INSERT INTO claim_current_ratings (claim_id, rating_value, rating_label)
    SELECT r.claim_id, r.rating_value, r.rating_label FROM reviews r
    WHERE r.claim_id = NEW.claim_id AND r.retracted_at IS NULL
      AND EXISTS (SELECT 1 FROM claims WHERE id = NEW.claim_id AND retracted_at IS NULL)
    ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1;
END;

CREATE TRIGGER claim_summary_review_delete AFTER DELETE ON reviews BEGIN
  UPDATE claim_rankings SET review_count = review_count - 1
    WHERE claim_id = OLD.claim_id AND OLD.retracted_at IS NULL;
  DELETE FROM claim_current_ratings WHERE claim_id = OLD.claim_id;
  INSERT INTO claim_current_ratings (claim_id, rating_value, rating_label)
    SELECT r.claim_id, r.rating_value, r.rating_label FROM reviews r
    WHERE r.claim_id = OLD.claim_id AND r.retracted_at IS NULL
      AND EXISTS (SELECT 1 FROM claims WHERE id = OLD.claim_id AND retracted_at IS NULL)
    ORDER BY r.reviewed_at DESC, r.id DESC LIMIT 1;
END;

CREATE TRIGGER claim_summary_review_update
AFTER UPDATE OF claim_id, retracted_at, reviewed_at, rating_value, rating_label ON reviews BEGIN
  UPDATE claim_rankings SET review_count = review_count - 1
    WHERE claim_id = OLD.claim_id AND OLD.retracted_at IS NULL;
  UPDATE claim_rankings SET review_count = review_count + 1
    WHERE claim_id = NEW.claim_id AND NEW.retracted_at IS NULL;
  DELETE FROM claim_current_ratings WHERE claim_id IN (OLD.claim_id, NEW.claim_id);
  INSERT INTO claim_current_ratings (claim_id, rating_value, rating_label)
    SELECT r.claim_id, r.rating_value, r.rating_label FROM reviews r JOIN claims c ON c.id = r.claim_id
    WHERE c.retracted_at IS NULL AND r.id IN (
      SELECT (SELECT id FROM reviews WHERE claim_id = k.id AND retracted_at IS NULL
        ORDER BY reviewed_at DESC, id DESC LIMIT 1)
      FROM (SELECT OLD.claim_id AS id UNION SELECT NEW.claim_id) k);
END;
