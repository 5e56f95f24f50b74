-- The event store on SQLite (embedded default).
-- Contract kept by every vendor script (the stores' SQL relies on these names):
--   events(stream_id, version, type, data, metadata, recorded_at, command_id, prev_hash, hash)
--     primary key (stream_id, version); data and metadata hold the exact bytes that were hashed;
--     recorded_at is the server time in microseconds since 1970-01-01 UTC.
--   streams(stream_id, kind, version, last_hash): one head per stream, moved in the same
--     transaction as the events; the optimistic version check reads it.
--   commands(stream_id, command_id, first_version, last_version): idempotency of appends.
-- Safe to run more than once.

CREATE TABLE IF NOT EXISTS events (
    position     INTEGER PRIMARY KEY AUTOINCREMENT,
    stream_id    TEXT    NOT NULL,
    version      INTEGER NOT NULL,
    type         TEXT    NOT NULL,
    data         BLOB    NOT NULL,
    metadata     BLOB    NOT NULL,
    recorded_at  INTEGER NOT NULL,
    command_id   TEXT    NULL,
    prev_hash    BLOB    NOT NULL,
    hash         BLOB    NOT NULL,
    UNIQUE (stream_id, version)
);

CREATE TABLE IF NOT EXISTS streams (
    stream_id  TEXT    NOT NULL PRIMARY KEY,
    kind       TEXT    NOT NULL,
    version    INTEGER NOT NULL,
    last_hash  BLOB    NOT NULL
);

CREATE INDEX IF NOT EXISTS streams_by_kind ON streams (kind, stream_id);

CREATE TABLE IF NOT EXISTS commands (
    stream_id      TEXT    NOT NULL,
    command_id     TEXT    NOT NULL,
    first_version  INTEGER NOT NULL,
    last_version   INTEGER NOT NULL,
    PRIMARY KEY (stream_id, command_id)
);
