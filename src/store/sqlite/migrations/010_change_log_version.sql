-- A number that moves with every write, for readers that cache what they derive from the graph (the similar-claim
-- index) and must know when to derive it again. Counting the change log per read costs a scan of a table that grows
-- with every write (a million rows after a large import); this row is read by its key. Every write logs to `changes`
-- in its own transaction, so bumping this row there makes the version committed with the write.
CREATE TABLE change_log_version (
  only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
  version INTEGER NOT NULL
);
INSERT INTO change_log_version (only_row, version) SELECT 1, COUNT(*) FROM changes;

CREATE TRIGGER change_log_version_bump AFTER INSERT ON changes BEGIN
  UPDATE change_log_version SET version = version + 1 WHERE only_row = 1;
END;
