-- Dataset format 2: how each fact is known (its basis), whose voice a statement is in, several claimants per
-- claim (some only reported by a third party), dates known only "by" a time, editors' completions, and the facts a
-- document leaves unknown. The same tables and columns as PostgreSQL's migration 006.
--
-- A basis is JSON: {"kind": "STATED"}, {"kind": "INFERRED", "reason": "..."} or {"kind": "EXTERNAL", "sources":
-- [cited sources], "documentIds": [document ids]}; the spans it rests on are evidence rows owned by the fact
-- (owner kinds below). A date's or an outlet's basis is NULL when it is STATED by the record's own evidence, the
-- dataset format's default. Completions and unknown facts are JSON arrays of {text, reason} / {field, reason}.
--
-- Rows written under format 1 get the values that format meant: statements in the speaker's voice; each claim's
-- claimant as its only claimant, with the claim's appearances as the claimant's evidence; relationship states
-- STATED, or, for a relationship recorded as implied, INFERRED from the state's own spans; every field of a held
-- document that format 1 left empty listed as unknown. The same values as a format-1 dataset gets when it is
-- imported (src/ingest/upgradeDataset.ts).

-- Evidence gets owners for the new facts. SQLite cannot change a CHECK constraint in place, so the table is
-- rebuilt with the same rows and ids. Foreign keys are deferred to the migration's commit: dropping the table
-- leaves claim_appearances' references dangling until the same rows are back.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE evidence_format1 AS
  SELECT id, document_id, start, "end", exact, prefix, suffix, owner_kind, owner_id, position FROM evidence;
DROP TABLE evidence;
CREATE TABLE evidence (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  exact TEXT NOT NULL,
  prefix TEXT NOT NULL,
  suffix TEXT NOT NULL,
  -- the record or fact the span supports; appearances of claims point here through claim_appearances instead
  owner_kind TEXT CHECK (owner_kind IN (
    'entity', 'event', 'statement', 'relationship_state', 'document',
    'claim_claimant', 'statement_said_on', 'event_date', 'document_outlet',
    'relationship_state_basis', 'relationship_state_start', 'relationship_state_end')),
  owner_id INTEGER,
  position INTEGER NOT NULL,
  CHECK ("end" > start AND start >= 0)
);
INSERT INTO evidence (id, document_id, start, "end", exact, prefix, suffix, owner_kind, owner_id, position)
  SELECT id, document_id, start, "end", exact, prefix, suffix, owner_kind, owner_id, position FROM evidence_format1;
DROP TABLE evidence_format1;
CREATE INDEX evidence_owner ON evidence(owner_kind, owner_id, position);
CREATE INDEX evidence_document ON evidence(document_id, owner_kind, owner_id);

-- Statements: the voice, editors' completions of a paraphrase, and how the date is known.
ALTER TABLE statements ADD COLUMN voice TEXT NOT NULL DEFAULT 'SPEAKER' CHECK (voice IN ('SPEAKER', 'DOCUMENT'));
ALTER TABLE statements ADD COLUMN completions_json TEXT NOT NULL DEFAULT '[]';
ALTER TABLE statements ADD COLUMN said_on_known_by INTEGER NOT NULL DEFAULT 0;
ALTER TABLE statements ADD COLUMN said_on_basis_json TEXT;

-- Events: how the date is known.
ALTER TABLE events ADD COLUMN date_known_by INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN date_basis_json TEXT;

-- Documents: the headline as published, how the outlet is known, and what the source leaves unknown.
ALTER TABLE documents ADD COLUMN headline TEXT;
ALTER TABLE documents ADD COLUMN outlet_basis_json TEXT;
ALTER TABLE documents ADD COLUMN unknown_json TEXT NOT NULL DEFAULT '[]';
UPDATE documents SET unknown_json = (
  SELECT json_group_array(json_object('field', f.field, 'reason', 'not recorded in dataset format 1'))
  FROM (SELECT column1 AS n, column2 AS field FROM (VALUES (1, 'url'), (2, 'published'), (3, 'headline'), (4, 'outlet'))) f
  WHERE (f.field = 'url' AND documents.url IS NULL)
     OR (f.field = 'published' AND documents.published IS NULL)
     OR (f.field = 'headline' AND documents.headline IS NULL)
     OR (f.field = 'outlet' AND documents.outlet_id IS NULL)
) WHERE text IS NOT NULL;

-- Claims: editors' completions, and the claimants in order, each direct or reported by another entity. The first
-- claimant is what format 1 called the claimant; it is read from here, so claims keep no claimant column.
ALTER TABLE claims ADD COLUMN completions_json TEXT NOT NULL DEFAULT '[]';
CREATE TABLE claim_claimants (
  id INTEGER PRIMARY KEY,
  claim_id INTEGER NOT NULL REFERENCES claims(id),
  position INTEGER NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  reported_by_id INTEGER REFERENCES entities(id),
  UNIQUE (claim_id, position),
  UNIQUE (claim_id, entity_id)
);
CREATE INDEX claim_claimants_entity ON claim_claimants(entity_id, claim_id);
INSERT INTO claim_claimants (claim_id, position, entity_id, reported_by_id)
  SELECT id, 0, claimant_id, NULL FROM claims ORDER BY id;
INSERT INTO evidence (document_id, start, "end", exact, prefix, suffix, owner_kind, owner_id, position)
  SELECT x.document_id, x.start, x."end", x.exact, x.prefix, x.suffix, 'claim_claimant', cc.id, a.position
  FROM claim_appearances a JOIN evidence x ON x.id = a.evidence_id JOIN claim_claimants cc ON cc.claim_id = a.claim_id
  ORDER BY a.claim_id, a.position;
DROP INDEX claims_claimant;
ALTER TABLE claims DROP COLUMN claimant_id;

-- Relationship states: each has its own basis, and each date says whether it is a beginning (or an end) or only a
-- time by which the state held, and how it is known. A relationship's assertion is derived from its states' bases.
ALTER TABLE relationship_states ADD COLUMN basis_json TEXT NOT NULL DEFAULT '{"kind":"STATED"}';
ALTER TABLE relationship_states ADD COLUMN start_known_by INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relationship_states ADD COLUMN start_basis_json TEXT;
ALTER TABLE relationship_states ADD COLUMN end_known_by INTEGER NOT NULL DEFAULT 0;
ALTER TABLE relationship_states ADD COLUMN end_basis_json TEXT;
UPDATE relationship_states
  SET basis_json = json_object('kind', 'INFERRED', 'reason', 'recorded as implied in dataset format 1')
  WHERE relationship_id IN (SELECT id FROM relationships WHERE assertion = 'IMPLIED');
INSERT INTO evidence (document_id, start, "end", exact, prefix, suffix, owner_kind, owner_id, position)
  SELECT x.document_id, x.start, x."end", x.exact, x.prefix, x.suffix, 'relationship_state_basis', x.owner_id, x.position
  FROM evidence x JOIN relationship_states s ON s.id = x.owner_id JOIN relationships l ON l.id = s.relationship_id
  WHERE x.owner_kind = 'relationship_state' AND l.assertion = 'IMPLIED'
  ORDER BY x.owner_id, x.position;
ALTER TABLE relationships DROP COLUMN assertion;
