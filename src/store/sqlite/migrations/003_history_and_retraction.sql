-- Writes by fact-checkers: every change is recorded, and retracting marks a record instead of deleting it.

ALTER TABLE documents ADD COLUMN retracted_at TEXT;
ALTER TABLE documents ADD COLUMN retracted_by TEXT;
ALTER TABLE documents ADD COLUMN retraction_reason TEXT;
ALTER TABLE statements ADD COLUMN retracted_at TEXT;
ALTER TABLE statements ADD COLUMN retracted_by TEXT;
ALTER TABLE statements ADD COLUMN retraction_reason TEXT;
ALTER TABLE claims ADD COLUMN retracted_at TEXT;
ALTER TABLE claims ADD COLUMN retracted_by TEXT;
ALTER TABLE claims ADD COLUMN retraction_reason TEXT;
ALTER TABLE reviews ADD COLUMN retracted_at TEXT;
ALTER TABLE reviews ADD COLUMN retracted_by TEXT;
ALTER TABLE reviews ADD COLUMN retraction_reason TEXT;
ALTER TABLE relationships ADD COLUMN retracted_at TEXT;
ALTER TABLE relationships ADD COLUMN retracted_by TEXT;
ALTER TABLE relationships ADD COLUMN retraction_reason TEXT;

-- The audit log: append-only. `before`/`after` are JSON snapshots of the record (null when it did not exist).
CREATE TABLE changes (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  node_table TEXT NOT NULL,
  node_id INTEGER NOT NULL,
  node_slug TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  summary TEXT NOT NULL
);
CREATE INDEX changes_node ON changes(node_table, node_id, id);

CREATE TRIGGER changes_are_append_only_update BEFORE UPDATE ON changes BEGIN
  SELECT RAISE(ABORT, 'the change log is append-only');
END;
CREATE TRIGGER changes_are_append_only_delete BEFORE DELETE ON changes BEGIN
  SELECT RAISE(ABORT, 'the change log is append-only');
END;
