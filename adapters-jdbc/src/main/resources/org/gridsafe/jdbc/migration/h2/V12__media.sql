-- Evidence files (photos, scanned documents), content-addressed: the key is the SHA-256 of the
-- bytes as 64 lower-case hex digits, so the same bytes are one row. Rows are only ever inserted:
-- a stored file is evidence that events refer to by hash. The type is the one recognised from the
-- bytes when they were stored (MediaType's name), the size their length.

CREATE TABLE media_object (
    hash        CHAR(64)     NOT NULL,
    media_type  VARCHAR(16)  NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    content     BLOB NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT media_object_pk PRIMARY KEY (hash),
    CONSTRAINT media_object_size_positive CHECK (size_bytes >= 1)
);
