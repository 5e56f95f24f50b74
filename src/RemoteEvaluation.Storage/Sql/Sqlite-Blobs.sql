-- Content-addressed blobs on SQLite (the session's PDFs).
-- Contract kept by every vendor script:
--   blobs(sha256, content, size, stored_at): sha256 is the lower-case hex SHA-256 of content and the primary key;
--     a row is inserted once (a second insert of the same bytes does nothing) and never updated or deleted:
--     triggers refuse both, as the events are kept (records are kept for at least 15 years).
-- stored_at is the server time in microseconds since 1970-01-01 UTC. Safe to run more than once.

CREATE TABLE IF NOT EXISTS blobs (
    sha256     TEXT    NOT NULL PRIMARY KEY,
    content    BLOB    NOT NULL,
    size       INTEGER NOT NULL,
    stored_at  INTEGER NOT NULL
);

CREATE TRIGGER IF NOT EXISTS blobs_never_updated BEFORE UPDATE ON blobs
BEGIN
    SELECT RAISE(ABORT, 'blobs are written once and never updated');
END;

CREATE TRIGGER IF NOT EXISTS blobs_never_deleted BEFORE DELETE ON blobs
BEGIN
    SELECT RAISE(ABORT, 'blobs are never deleted');
END;
