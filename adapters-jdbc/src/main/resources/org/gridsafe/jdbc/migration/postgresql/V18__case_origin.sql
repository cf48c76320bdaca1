-- Where a case came from when a patrol reported it: the occurrence and the checklist item. Written
-- once with the case. The unique index holds at most one case per origin, so a retried or racing
-- report of the same failed item is refused by the database (NULLs, the cases of other sources,
-- are distinct). Rows of older cases stay NULL: no case had an origin before, so no data migration.
ALTER TABLE case_view ADD COLUMN origin_occurrence VARCHAR(200);
ALTER TABLE case_view ADD COLUMN origin_item VARCHAR(64);

-- One case per origin; also serves the listing of an occurrence's cases (its leading column).
CREATE UNIQUE INDEX case_view_origin_idx ON case_view (origin_occurrence, origin_item);
