-- An entity's relationships are paged by id (src/store/sql/parentListSql.ts). SQLite's index on from_id holds each
-- entity's rows in rowid order, which is id order, so a page is a walk that stops after it; PostgreSQL's keeps them in
-- table order, so a page of a well-connected person read and sorted all of them (~1,600 rows for one of the most
-- quoted at 1M statements). With the id in the index, a page is a walk here too. The new indexes serve every lookup
-- the old ones did.
CREATE INDEX relationships_from_id ON relationships (from_id, id);
CREATE INDEX relationships_to_id ON relationships (to_id, id);
DROP INDEX relationships_from;
DROP INDEX relationships_to;
