-- The event store of one service: its events (also the Debezium outbox), the consumer inbox,
-- process deadlines, and idempotency keys of REST commands. Owned by the event-store module and
-- migrated with its own history table in this schema, independent of the service's projections.

CREATE TABLE events (
    global_position bigserial   PRIMARY KEY,
    event_id        uuid        NOT NULL UNIQUE,
    event_type      text        NOT NULL,
    schema_version  integer     NOT NULL,
    stream_id       uuid        NOT NULL,
    stream_version  bigint      NOT NULL CHECK (stream_version > 0),
    opportunity_id  uuid        NOT NULL,
    occurred_at     timestamptz NOT NULL,
    correlation_id  uuid        NOT NULL,
    causation_id    uuid,
    actor           text        NOT NULL,
    -- CloudEvents attributes published as Kafka headers by the outbox EventRouter (a column, not an
    -- InsertHeader literal: Connect would parse "1.0" as a number and publish "1")
    ce_specversion  text        NOT NULL DEFAULT '1.0',
    ce_type         text        NOT NULL,
    ce_source       text        NOT NULL,
    payload         jsonb       NOT NULL,
    CONSTRAINT events_stream_version_uk UNIQUE (stream_id, stream_version)
);

CREATE INDEX events_opportunity_idx ON events (opportunity_id, global_position);

-- Events are facts: never changed, never deleted (erasure shreds keys, not rows).
CREATE FUNCTION forbid_event_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'events are append-only (% refused)', TG_OP;
END;
$$;

CREATE TRIGGER events_append_only
    BEFORE UPDATE OR DELETE ON events
    FOR EACH ROW EXECUTE FUNCTION forbid_event_change();

CREATE TABLE inbox (
    event_id     uuid        PRIMARY KEY,
    event_type   text        NOT NULL,
    source_topic text        NOT NULL,
    processed_at timestamptz NOT NULL
);

CREATE TABLE deadlines (
    id             uuid        PRIMARY KEY,
    stream_id      uuid        NOT NULL,
    opportunity_id uuid        NOT NULL,
    kind           text        NOT NULL,
    reference      text        NOT NULL DEFAULT '',
    due_at         timestamptz NOT NULL,
    status         text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'FIRED', 'MET', 'CANCELLED')),
    created_at     timestamptz NOT NULL,
    closed_at      timestamptz
);

CREATE INDEX deadlines_due_idx ON deadlines (due_at) WHERE status = 'OPEN';
-- one open deadline per stream, kind and reference (e.g. per objection)
CREATE UNIQUE INDEX deadlines_open_uk ON deadlines (stream_id, kind, reference) WHERE status = 'OPEN';

CREATE TABLE idempotency_keys (
    idempotency_key text        PRIMARY KEY,
    request_hash    text        NOT NULL,
    status          integer     NOT NULL,
    location        text,
    body            text,
    created_at      timestamptz NOT NULL
);
