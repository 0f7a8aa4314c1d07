-- Full-text search (FTS5) over names and aliases, quotes, claims, event titles, document titles and held texts.
-- The porter stemmer lets "sellout" find "sellouts"; unicode61 folds case and diacritics and treats the
-- article's non-breaking spaces as spaces. Triggers keep the index in step with every insert.

CREATE VIRTUAL TABLE search_index USING fts5(
  kind UNINDEXED,
  node_id UNINDEXED,
  body,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER search_index_entity_names AFTER INSERT ON entity_names BEGIN
  INSERT INTO search_index (kind, node_id, body)
  SELECT e.type, NEW.entity_id, NEW.name FROM entities e WHERE e.id = NEW.entity_id;
END;

CREATE TRIGGER search_index_statements AFTER INSERT ON statements BEGIN
  INSERT INTO search_index (kind, node_id, body) VALUES ('STATEMENT', NEW.id, NEW.quote);
END;

CREATE TRIGGER search_index_claims AFTER INSERT ON claims BEGIN
  INSERT INTO search_index (kind, node_id, body) VALUES ('CLAIM', NEW.id, NEW.text);
END;

CREATE TRIGGER search_index_events AFTER INSERT ON events BEGIN
  INSERT INTO search_index (kind, node_id, body) VALUES ('EVENT', NEW.id, NEW.title);
END;

CREATE TRIGGER search_index_documents AFTER INSERT ON documents BEGIN
  INSERT INTO search_index (kind, node_id, body) VALUES ('DOCUMENT', NEW.id, NEW.title);
  INSERT INTO search_index (kind, node_id, body) SELECT 'DOCUMENT', NEW.id, NEW.text WHERE NEW.text IS NOT NULL;
END;

-- Index what a version-1 database already holds.
INSERT INTO search_index (kind, node_id, body)
  SELECT e.type, n.entity_id, n.name FROM entity_names n JOIN entities e ON e.id = n.entity_id;
INSERT INTO search_index (kind, node_id, body) SELECT 'STATEMENT', id, quote FROM statements;
INSERT INTO search_index (kind, node_id, body) SELECT 'CLAIM', id, text FROM claims;
INSERT INTO search_index (kind, node_id, body) SELECT 'EVENT', id, title FROM events;
INSERT INTO search_index (kind, node_id, body) SELECT 'DOCUMENT', id, title FROM documents;
INSERT INTO search_index (kind, node_id, body) SELECT 'DOCUMENT', id, text FROM documents WHERE text IS NOT NULL;
