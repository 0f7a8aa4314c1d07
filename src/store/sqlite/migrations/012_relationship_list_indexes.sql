-- Nothing to change on SQLite. PostgreSQL's migration of the same number puts the id in the indexes of an entity's
-- relationships so that a page of them is an index walk; SQLite's indexes on from_id and to_id already hold each
-- entity's rows in rowid order, which is id order. The number is kept so both engines' schema versions stay alike.
SELECT 1;
