-- The production unit or place a case concerns, with the facts recorded on the case as of its
-- report (a later regrade of the entity does not change them): its id, its sector ids written as
-- |A|B| so that one LIKE finds a whole id, its risk level and its supervision class code. Rows of
-- older cases name no entity and stay NULL, which is right for them: no data migration is needed.
ALTER TABLE case_view ADD COLUMN entity_id VARCHAR(64);
ALTER TABLE case_view ADD COLUMN entity_sectors VARCHAR(2000);
ALTER TABLE case_view ADD COLUMN entity_risk_level VARCHAR(16);
ALTER TABLE case_view ADD COLUMN entity_class VARCHAR(64);

-- Listings of one entity's cases (and the licence run's look-up of its open cases).
CREATE INDEX case_view_entity_idx ON case_view (entity_id, case_id);
