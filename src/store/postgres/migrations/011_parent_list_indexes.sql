-- Per-parent lists paged in the store (src/store/sql/parentListSql.ts): each parent's page is a walk of an index
-- that holds the parent's rows in list order, rather than a read of the parent's whole list.

-- The claims about an entity, in the order recorded (by claim id).
CREATE INDEX claim_about_entity_claim ON claim_about (entity_id, claim_id);
-- An outlet's hosted events, by date.
CREATE INDEX events_outlet_date ON events (outlet_id, date_sort, id);
