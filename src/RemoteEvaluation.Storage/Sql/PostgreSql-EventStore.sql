-- The event store on PostgreSQL (several nodes).
-- Contract kept by every vendor script (the stores' SQL relies on these names):
--   events(stream_id, version, type, data, metadata, recorded_at, command_id, prev_hash, hash)
--     primary key (stream_id, version); data and metadata are bytea holding the exact bytes that
--     were hashed (jsonb would normalise them); recorded_at is timestamptz (microseconds).
--   streams(stream_id, kind, version, last_hash): one head per stream, locked FOR UPDATE by an
--     append, moved in the same transaction as the events.
--   commands(stream_id, command_id, first_version, last_version): idempotency of appends.
-- Every append sends pg_notify('re_events', '{version} {stream_id}') inside its transaction.
-- Ids are COLLATE "C": compared byte by byte as in SQLite, whatever the database's locale, so
-- paging by stream id gives one order on both vendors and the (kind, stream_id) index serves it.
-- Safe to run more than once.

CREATE TABLE IF NOT EXISTS events (
    position     bigint      GENERATED ALWAYS AS IDENTITY UNIQUE,
    stream_id    text        COLLATE "C" NOT NULL,
    version      bigint      NOT NULL,
    type         text        NOT NULL,
    data         bytea       NOT NULL,
    metadata     bytea       NOT NULL,
    recorded_at  timestamptz NOT NULL,
    command_id   text        NULL,
    prev_hash    bytea       NOT NULL,
    hash         bytea       NOT NULL,
    PRIMARY KEY (stream_id, version)
);

CREATE TABLE IF NOT EXISTS streams (
    stream_id  text   COLLATE "C" NOT NULL PRIMARY KEY,
    kind       text   COLLATE "C" NOT NULL,
    version    bigint NOT NULL,
    last_hash  bytea  NOT NULL
);

CREATE INDEX IF NOT EXISTS streams_by_kind ON streams (kind, stream_id);

CREATE TABLE IF NOT EXISTS commands (
    stream_id      text   COLLATE "C" NOT NULL,
    command_id     text   COLLATE "C" NOT NULL,
    first_version  bigint NOT NULL,
    last_version   bigint NOT NULL,
    PRIMARY KEY (stream_id, command_id)
);
