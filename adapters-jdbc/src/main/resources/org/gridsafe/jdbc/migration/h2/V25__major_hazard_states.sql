-- The major-hazard states (PRODUCTION_STOPPED, RESUMPTION_REQUESTED) are longer than the 16
-- characters the first schema gave a case's state.
ALTER TABLE case_view ALTER COLUMN state SET DATA TYPE VARCHAR(32);
