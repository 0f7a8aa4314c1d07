-- claimgraph SQLite schema, version 1.
-- Dates are partial-date ISO strings ("2018", "2020-11-03") plus sort keys: *_sort orders year-precision dates
-- before the dated items of that year ("2018-00-00"), undated rows last ('~'); *_first_day/*_last_day bound the
-- period a partial date may denote, for range filters.

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  title_sort TEXT NOT NULL,
  url TEXT,
  outlet_id INTEGER REFERENCES entities(id),
  published TEXT,
  text TEXT,
  sha256 TEXT,
  length INTEGER,
  CHECK ((text IS NULL) = (sha256 IS NULL))
);
CREATE INDEX documents_outlet ON documents(outlet_id, title_sort, id);
CREATE INDEX documents_title ON documents(title_sort, id);

CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL CHECK (type IN ('PERSON', 'OUTLET', 'ORGANIZATION')),
  name TEXT NOT NULL,
  name_sort TEXT NOT NULL,
  kind TEXT,
  description TEXT,
  url TEXT
);
CREATE INDEX entities_type_name ON entities(type, name_sort, id);

-- Every name an entity is known by (its slug, its name, its aliases), normalised for case-insensitive lookup.
CREATE TABLE entity_names (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  name TEXT NOT NULL,
  name_norm TEXT NOT NULL,
  is_alias INTEGER NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (entity_id, name_norm)
);
CREATE INDEX entity_names_norm ON entity_names(name_norm);

CREATE TABLE same_as (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  uri TEXT NOT NULL,
  source_url TEXT NOT NULL,
  source_title TEXT NOT NULL,
  source_accessed TEXT,
  PRIMARY KEY (entity_id, uri)
);

CREATE TABLE events (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL,
  title TEXT NOT NULL,
  date TEXT,
  date_sort TEXT NOT NULL,
  outlet_id INTEGER REFERENCES entities(id)
);
CREATE INDEX events_date ON events(date_sort, id);
CREATE INDEX events_outlet ON events(outlet_id);

CREATE TABLE event_participants (
  event_id INTEGER NOT NULL REFERENCES events(id),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (event_id, entity_id)
);
CREATE INDEX event_participants_entity ON event_participants(entity_id);

CREATE TABLE statements (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  speaker_id INTEGER NOT NULL REFERENCES entities(id),
  quote TEXT NOT NULL,
  is_direct_quote INTEGER NOT NULL,
  attribution_confidence TEXT NOT NULL,
  said_on TEXT,
  said_on_sort TEXT NOT NULL,
  said_on_first_day TEXT,
  said_on_last_day TEXT,
  occasion_id INTEGER REFERENCES events(id)
);
CREATE INDEX statements_said_on ON statements(said_on_sort, id);
CREATE INDEX statements_speaker ON statements(speaker_id, said_on_sort, id);
CREATE INDEX statements_occasion ON statements(occasion_id, said_on_sort, id);

CREATE TABLE mentions (
  statement_id INTEGER NOT NULL REFERENCES statements(id),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  stance TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (statement_id, entity_id)
);
CREATE INDEX mentions_entity ON mentions(entity_id, stance, statement_id);

CREATE TABLE statement_responses (
  statement_id INTEGER NOT NULL REFERENCES statements(id),
  responds_to_id INTEGER NOT NULL REFERENCES statements(id),
  PRIMARY KEY (statement_id, responds_to_id)
);
CREATE INDEX statement_responses_target ON statement_responses(responds_to_id);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  claimant_id INTEGER NOT NULL REFERENCES entities(id),
  status TEXT NOT NULL
);
CREATE INDEX claims_claimant ON claims(claimant_id);
CREATE INDEX claims_status ON claims(status, id);

CREATE TABLE claim_about (
  claim_id INTEGER NOT NULL REFERENCES claims(id),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (claim_id, entity_id)
);
CREATE INDEX claim_about_entity ON claim_about(entity_id);

CREATE TABLE statement_disputes (
  statement_id INTEGER NOT NULL REFERENCES statements(id),
  claim_id INTEGER NOT NULL REFERENCES claims(id),
  PRIMARY KEY (statement_id, claim_id)
);
CREATE INDEX statement_disputes_claim ON statement_disputes(claim_id);

CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  exact TEXT NOT NULL,
  prefix TEXT NOT NULL,
  suffix TEXT NOT NULL,
  -- the record the span supports; appearances of claims point here through claim_appearances instead
  owner_kind TEXT CHECK (owner_kind IN ('entity', 'event', 'statement', 'relationship_state', 'document')),
  owner_id INTEGER,
  position INTEGER NOT NULL,
  CHECK ("end" > start AND start >= 0)
);
CREATE INDEX evidence_owner ON evidence(owner_kind, owner_id, position);
CREATE INDEX evidence_document ON evidence(document_id, owner_kind, owner_id);

CREATE TABLE claim_appearances (
  claim_id INTEGER NOT NULL REFERENCES claims(id),
  statement_id INTEGER REFERENCES statements(id),
  evidence_id INTEGER NOT NULL REFERENCES evidence(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (claim_id, evidence_id)
);
CREATE INDEX claim_appearances_statement ON claim_appearances(statement_id);

CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  claim_id INTEGER NOT NULL REFERENCES claims(id),
  rating_value INTEGER NOT NULL CHECK (rating_value BETWEEN 1 AND 5),
  rating_label TEXT NOT NULL,
  explanation TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  reviewed_at TEXT NOT NULL,
  sources_json TEXT NOT NULL
);
CREATE INDEX reviews_claim ON reviews(claim_id, reviewed_at, id);

CREATE TABLE relationships (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  from_id INTEGER NOT NULL REFERENCES entities(id),
  to_id INTEGER NOT NULL REFERENCES entities(id),
  assertion TEXT NOT NULL
);
CREATE INDEX relationships_from ON relationships(from_id);
CREATE INDEX relationships_to ON relationships(to_id);

CREATE TABLE relationship_states (
  id INTEGER PRIMARY KEY,
  relationship_id INTEGER NOT NULL REFERENCES relationships(id),
  position INTEGER NOT NULL,
  status TEXT NOT NULL,
  start TEXT,
  "end" TEXT
);
CREATE INDEX relationship_states_relationship ON relationship_states(relationship_id, position);

-- Slugs are unique across every kind of record, as in the dataset format.
CREATE TABLE slugs (
  slug TEXT PRIMARY KEY,
  node_table TEXT NOT NULL
);
