-- A number that moves with every write, for readers that cache what they derive from the graph (the similar-claim
-- index) and must know when to derive it again. Counting the change log per read costs a scan of a table that grows
-- with every write (a million rows after a large import); this row is read by its key.
--
-- Once per statement, not per row: readers need the version to move, not to count (an import inserting a million
-- change rows in one statement bumps it once, not a million times). The row's lock orders concurrent writers, so a
-- version read after a commit is never one a later-committing write had already used: a reader that saw version v
-- and built from the graph rebuilds when any write commits afterwards, whatever identity values it drew.
CREATE TABLE change_log_version (
  only_row smallint PRIMARY KEY CHECK (only_row = 1),
  version bigint NOT NULL
);
INSERT INTO change_log_version (only_row, version) SELECT 1, COUNT(*) FROM changes;

CREATE FUNCTION change_log_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE change_log_version SET version = version + 1 WHERE only_row = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER change_log_version_bump AFTER INSERT ON changes
  FOR EACH STATEMENT EXECUTE FUNCTION change_log_version_bump();
