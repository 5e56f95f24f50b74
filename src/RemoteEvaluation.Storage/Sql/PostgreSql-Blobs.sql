-- Content-addressed blobs on PostgreSQL (the session's PDFs), shared by every node.
-- Contract kept by every vendor script:
--   blobs(sha256, content, size, stored_at): sha256 is the lower-case hex SHA-256 of content and the primary key;
--     a row is inserted once (INSERT ... ON CONFLICT DO NOTHING) and never updated or deleted: a trigger refuses
--     both, as the events are kept (records are kept for at least 15 years).
-- Safe to run more than once.

CREATE TABLE IF NOT EXISTS blobs (
    sha256     text        COLLATE "C" NOT NULL PRIMARY KEY,
    content    bytea       NOT NULL,
    size       bigint      NOT NULL,
    stored_at  timestamptz NOT NULL DEFAULT now()
);

-- bytea is already compressed by TOAST when it helps; PDFs seldom compress, so skip the attempt.
ALTER TABLE blobs ALTER COLUMN content SET STORAGE EXTERNAL;

CREATE OR REPLACE FUNCTION blobs_written_once() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'blobs are written once: % refused', TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;

DROP TRIGGER IF EXISTS blobs_written_once ON blobs;
CREATE TRIGGER blobs_written_once BEFORE UPDATE OR DELETE ON blobs
    FOR EACH ROW EXECUTE FUNCTION blobs_written_once();
