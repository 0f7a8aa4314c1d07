-- Sentence vectors of claims (src/retrieval/semantic), kept so that a restarted server ranks similar claims by
-- meaning at once instead of embedding every claim again (~25 ms of one core each). A cache, not a fact: written
-- outside the change log, and a row whose `source` (a hash of the text the encoder read) no longer matches its
-- claim is ignored and replaced. `model` names the encoder; vectors of another model are not read.
CREATE TABLE claim_vectors (
  claim_id INTEGER PRIMARY KEY REFERENCES claims (id),
  model TEXT NOT NULL,
  source TEXT NOT NULL,
  vectors BLOB NOT NULL
);
