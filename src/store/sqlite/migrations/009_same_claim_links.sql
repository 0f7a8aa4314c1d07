-- Claims an editor linked as the same claim (one matched by `similarClaims`, or found by hand): worded apart, the
-- same proposition. A link is stored once per pair, the lower claim id first, and never deleted: unlinking retracts
-- it (who, when, why), as every other record of the graph is retracted rather than deleted, so a link's whole life
-- stays in the table as well as in the change log. Linking the pair again after that adds a new row: at most one
-- current (not retracted) row per pair. Each link and unlink is logged in `changes` against both claims (actions
-- LINK and UNLINK; `changes.action` has no CHECK to extend). The same table and columns as PostgreSQL's 009.
CREATE TABLE same_claim_links (
  id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL REFERENCES claims(id),
  other_claim_id INTEGER NOT NULL REFERENCES claims(id),
  linked_at TEXT NOT NULL,
  linked_by TEXT NOT NULL,
  reason TEXT,
  retracted_at TEXT,
  retracted_by TEXT,
  retraction_reason TEXT,
  CHECK (claim_id < other_claim_id)
);
CREATE UNIQUE INDEX same_claim_links_current_pair ON same_claim_links(claim_id, other_claim_id)
  WHERE retracted_at IS NULL;
CREATE INDEX same_claim_links_other ON same_claim_links(other_claim_id) WHERE retracted_at IS NULL;
