-- The fact-check dashboard's figures kept as data changes, so that no request counts statements, mentions, claims,
-- reviews or disputes (see BENCHMARKS.md): the same counters as SQLite's (migrations 005 and 008), with the same
-- names, so both engines read them with the same SQL.
--
-- Each base table's trigger function adds or takes away the contribution of the rows one statement wrote, given
-- as a transition table `changed` and a sign: +1 for inserted rows, -1 for deleted ones, and for an update -1 for
-- the old rows then +1 for the new ones (two triggers, fired in name order). A row contributes only while current
-- (not retracted); a child row (mention, dispute, review) counts only while its parent is current, and a parent's
-- contribution includes its children's. So every write path (imports, mutations, retractions, status changes, and
-- any later update or delete) keeps the counters equal to a full recount, one statement at a time however many
-- rows it writes.

-- Current (not retracted) statements per speaker.
CREATE TABLE speaker_statement_counts (
  speaker_id bigint PRIMARY KEY,
  n bigint NOT NULL
);
CREATE INDEX speaker_statement_counts_rank ON speaker_statement_counts (n DESC, speaker_id);

-- Mentions in current statements, per entity and stance, and per entity.
CREATE TABLE mention_counts (
  entity_id bigint NOT NULL,
  stance text COLLATE "C" NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (entity_id, stance)
);
CREATE TABLE mention_totals (
  entity_id bigint PRIMARY KEY,
  n bigint NOT NULL
);
CREATE INDEX mention_totals_rank ON mention_totals (n DESC, entity_id);

-- Current claims per status.
CREATE TABLE claim_status_counts (
  status text COLLATE "C" PRIMARY KEY,
  n bigint NOT NULL
);

-- Each current claim's current rating: that of its latest current review (by reviewed_at, then id). Claims
-- without one have no row.
CREATE TABLE claim_current_ratings (
  claim_id bigint PRIMARY KEY,
  rating_value integer NOT NULL,
  rating_label text COLLATE "C" NOT NULL
);

-- Current claims per current rating; the unrated are the current claims not counted here.
CREATE TABLE claim_rating_counts (
  rating_value integer NOT NULL,
  rating_label text COLLATE "C" NOT NULL,
  n bigint NOT NULL,
  PRIMARY KEY (rating_value, rating_label)
);

-- Every claim's place in the most-disputed ranking: current statements disputing it, current reviews of it, and
-- whether it is listed at all (current, and disputed by a statement or by its reviews). The index holds the
-- listed claims in ranking order, so the top N is the index's first N entries.
CREATE TABLE claim_rankings (
  claim_id bigint PRIMARY KEY,
  is_current boolean NOT NULL,
  is_disputed boolean NOT NULL,
  dispute_count bigint NOT NULL,
  review_count bigint NOT NULL
);
CREATE INDEX claim_rankings_most_disputed ON claim_rankings (dispute_count DESC, review_count DESC, claim_id)
  WHERE is_current = true AND (dispute_count > 0 OR is_disputed = true);

INSERT INTO speaker_statement_counts (speaker_id, n)
  SELECT speaker_id, COUNT(*) FROM statements WHERE retracted_at IS NULL GROUP BY speaker_id;
INSERT INTO mention_counts (entity_id, stance, n)
  SELECT m.entity_id, m.stance, COUNT(*) FROM mentions m JOIN statements s ON s.id = m.statement_id
  WHERE s.retracted_at IS NULL GROUP BY m.entity_id, m.stance;
INSERT INTO mention_totals (entity_id, n) SELECT entity_id, SUM(n) FROM mention_counts GROUP BY entity_id;
INSERT INTO claim_status_counts (status, n)
  SELECT status, COUNT(*) FROM claims WHERE retracted_at IS NULL GROUP BY status;
INSERT INTO claim_current_ratings (claim_id, rating_value, rating_label)
  SELECT DISTINCT ON (r.claim_id) r.claim_id, r.rating_value, r.rating_label
  FROM reviews r JOIN claims c ON c.id = r.claim_id
  WHERE r.retracted_at IS NULL AND c.retracted_at IS NULL
  ORDER BY r.claim_id, r.reviewed_at DESC, r.id DESC;
INSERT INTO claim_rating_counts (rating_value, rating_label, n)
  SELECT rating_value, rating_label, COUNT(*) FROM claim_current_ratings GROUP BY rating_value, rating_label;
INSERT INTO claim_rankings (claim_id, is_current, is_disputed, dispute_count, review_count)
  SELECT c.id, c.retracted_at IS NULL, c.status = 'DISPUTED',
    (SELECT COUNT(*) FROM statement_disputes d JOIN statements s ON s.id = d.statement_id
     WHERE d.claim_id = c.id AND s.retracted_at IS NULL),
    (SELECT COUNT(*) FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL)
  FROM claims c;

-- Statistics for the planner on the counters just filled from existing data, rather than at autovacuum's next pass.
ANALYZE speaker_statement_counts, mention_counts, mention_totals, claim_status_counts, claim_current_ratings,
  claim_rating_counts, claim_rankings;

-- Reads the current ratings of these claims again from their reviews.
CREATE FUNCTION refresh_claim_ratings(claim_ids bigint[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM claim_current_ratings WHERE claim_id = ANY (claim_ids);
  INSERT INTO claim_current_ratings (claim_id, rating_value, rating_label)
    SELECT DISTINCT ON (r.claim_id) r.claim_id, r.rating_value, r.rating_label
    FROM reviews r JOIN claims c ON c.id = r.claim_id
    WHERE r.claim_id = ANY (claim_ids) AND r.retracted_at IS NULL AND c.retracted_at IS NULL
    ORDER BY r.claim_id, r.reviewed_at DESC, r.id DESC;
$$;

CREATE FUNCTION statements_summary() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  direction bigint := TG_ARGV[0]::bigint;
BEGIN
  INSERT INTO speaker_statement_counts AS t (speaker_id, n)
    SELECT speaker_id, direction * COUNT(*) FROM changed WHERE retracted_at IS NULL GROUP BY speaker_id
    ON CONFLICT (speaker_id) DO UPDATE SET n = t.n + EXCLUDED.n;
  INSERT INTO mention_counts AS t (entity_id, stance, n)
    SELECT m.entity_id, m.stance, direction * COUNT(*) FROM changed s JOIN mentions m ON m.statement_id = s.id
    WHERE s.retracted_at IS NULL GROUP BY m.entity_id, m.stance
    ON CONFLICT (entity_id, stance) DO UPDATE SET n = t.n + EXCLUDED.n;
  INSERT INTO mention_totals AS t (entity_id, n)
    SELECT m.entity_id, direction * COUNT(*) FROM changed s JOIN mentions m ON m.statement_id = s.id
    WHERE s.retracted_at IS NULL GROUP BY m.entity_id
    ON CONFLICT (entity_id) DO UPDATE SET n = t.n + EXCLUDED.n;
  UPDATE claim_rankings k SET dispute_count = k.dispute_count + direction * d.n
    FROM (SELECT d.claim_id, COUNT(*) AS n FROM changed s JOIN statement_disputes d ON d.statement_id = s.id
          WHERE s.retracted_at IS NULL GROUP BY d.claim_id) d
    WHERE k.claim_id = d.claim_id;
  RETURN NULL;
END
$$;

CREATE FUNCTION mentions_summary() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  direction bigint := TG_ARGV[0]::bigint;
BEGIN
  INSERT INTO mention_counts AS t (entity_id, stance, n)
    SELECT m.entity_id, m.stance, direction * COUNT(*) FROM changed m JOIN statements s ON s.id = m.statement_id
    WHERE s.retracted_at IS NULL GROUP BY m.entity_id, m.stance
    ON CONFLICT (entity_id, stance) DO UPDATE SET n = t.n + EXCLUDED.n;
  INSERT INTO mention_totals AS t (entity_id, n)
    SELECT m.entity_id, direction * COUNT(*) FROM changed m JOIN statements s ON s.id = m.statement_id
    WHERE s.retracted_at IS NULL GROUP BY m.entity_id
    ON CONFLICT (entity_id) DO UPDATE SET n = t.n + EXCLUDED.n;
  RETURN NULL;
END
$$;

CREATE FUNCTION statement_disputes_summary() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  direction bigint := TG_ARGV[0]::bigint;
BEGIN
  UPDATE claim_rankings k SET dispute_count = k.dispute_count + direction * d.n
    FROM (SELECT d.claim_id, COUNT(*) AS n FROM changed d JOIN statements s ON s.id = d.statement_id
          WHERE s.retracted_at IS NULL GROUP BY d.claim_id) d
    WHERE k.claim_id = d.claim_id;
  RETURN NULL;
END
$$;

-- A claim contributes its status count, its ranking row (whose counts it takes from its children, which may have
-- been written first) and its current rating.
CREATE FUNCTION claims_summary() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  direction bigint := TG_ARGV[0]::bigint;
BEGIN
  INSERT INTO claim_status_counts AS t (status, n)
    SELECT status, direction * COUNT(*) FROM changed WHERE retracted_at IS NULL GROUP BY status
    ON CONFLICT (status) DO UPDATE SET n = t.n + EXCLUDED.n;
  IF direction < 0 THEN
    DELETE FROM claim_rankings WHERE claim_id IN (SELECT id FROM changed);
    DELETE FROM claim_current_ratings WHERE claim_id IN (SELECT id FROM changed);
  ELSE
    INSERT INTO claim_rankings (claim_id, is_current, is_disputed, dispute_count, review_count)
      SELECT c.id, c.retracted_at IS NULL, c.status = 'DISPUTED',
        (SELECT COUNT(*) FROM statement_disputes d JOIN statements s ON s.id = d.statement_id
         WHERE d.claim_id = c.id AND s.retracted_at IS NULL),
        (SELECT COUNT(*) FROM reviews r WHERE r.claim_id = c.id AND r.retracted_at IS NULL)
      FROM changed c;
    PERFORM refresh_claim_ratings(ARRAY(SELECT id FROM changed WHERE retracted_at IS NULL));
  END IF;
  RETURN NULL;
END
$$;

-- A review counts towards its claim's review count, and may be (or stop being) its claim's current rating.
CREATE FUNCTION reviews_summary() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  direction bigint := TG_ARGV[0]::bigint;
BEGIN
  UPDATE claim_rankings k SET review_count = k.review_count + direction * r.n
    FROM (SELECT claim_id, COUNT(*) AS n FROM changed WHERE retracted_at IS NULL GROUP BY claim_id) r
    WHERE k.claim_id = r.claim_id;
  PERFORM refresh_claim_ratings(ARRAY(SELECT DISTINCT claim_id FROM changed));
  RETURN NULL;
END
$$;

CREATE FUNCTION claim_current_ratings_summary() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  direction bigint := TG_ARGV[0]::bigint;
BEGIN
  INSERT INTO claim_rating_counts AS t (rating_value, rating_label, n)
    SELECT rating_value, rating_label, direction * COUNT(*) FROM changed GROUP BY rating_value, rating_label
    ON CONFLICT (rating_value, rating_label) DO UPDATE SET n = t.n + EXCLUDED.n;
  RETURN NULL;
END
$$;

CREATE TRIGGER statements_summary_insert AFTER INSERT ON statements
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statements_summary('1');
CREATE TRIGGER statements_summary_update_1_old AFTER UPDATE ON statements
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statements_summary('-1');
CREATE TRIGGER statements_summary_update_2_new AFTER UPDATE ON statements
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statements_summary('1');
CREATE TRIGGER statements_summary_delete AFTER DELETE ON statements
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statements_summary('-1');

CREATE TRIGGER mentions_summary_insert AFTER INSERT ON mentions
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mentions_summary('1');
CREATE TRIGGER mentions_summary_update_1_old AFTER UPDATE ON mentions
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mentions_summary('-1');
CREATE TRIGGER mentions_summary_update_2_new AFTER UPDATE ON mentions
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mentions_summary('1');
CREATE TRIGGER mentions_summary_delete AFTER DELETE ON mentions
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION mentions_summary('-1');

CREATE TRIGGER statement_disputes_summary_insert AFTER INSERT ON statement_disputes
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statement_disputes_summary('1');
CREATE TRIGGER statement_disputes_summary_update_1_old AFTER UPDATE ON statement_disputes
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statement_disputes_summary('-1');
CREATE TRIGGER statement_disputes_summary_update_2_new AFTER UPDATE ON statement_disputes
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statement_disputes_summary('1');
CREATE TRIGGER statement_disputes_summary_delete AFTER DELETE ON statement_disputes
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION statement_disputes_summary('-1');

CREATE TRIGGER claims_summary_insert AFTER INSERT ON claims
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claims_summary('1');
CREATE TRIGGER claims_summary_update_1_old AFTER UPDATE ON claims
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claims_summary('-1');
CREATE TRIGGER claims_summary_update_2_new AFTER UPDATE ON claims
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claims_summary('1');
CREATE TRIGGER claims_summary_delete AFTER DELETE ON claims
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claims_summary('-1');

CREATE TRIGGER reviews_summary_insert AFTER INSERT ON reviews
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION reviews_summary('1');
CREATE TRIGGER reviews_summary_update_1_old AFTER UPDATE ON reviews
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION reviews_summary('-1');
CREATE TRIGGER reviews_summary_update_2_new AFTER UPDATE ON reviews
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION reviews_summary('1');
CREATE TRIGGER reviews_summary_delete AFTER DELETE ON reviews
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION reviews_summary('-1');

CREATE TRIGGER claim_current_ratings_summary_insert AFTER INSERT ON claim_current_ratings
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claim_current_ratings_summary('1');
CREATE TRIGGER claim_current_ratings_summary_delete AFTER DELETE ON claim_current_ratings
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION claim_current_ratings_summary('-1');
