-- Who replayed which dead-lettered record, when, and how it went (admin re-drive of the DLQ).
CREATE TABLE dead_letter_replays (
    id            bigserial PRIMARY KEY,
    dlq_topic     text        NOT NULL,
    dlq_partition int         NOT NULL,
    dlq_offset    bigint      NOT NULL,
    event_id      text,
    event_type    text,
    replayed_by   text        NOT NULL,
    replayed_at   timestamptz NOT NULL,
    outcome       text        NOT NULL CHECK (outcome IN ('PROCESSED', 'FAILED')),
    detail        text
);
CREATE INDEX dead_letter_replays_record ON dead_letter_replays (dlq_topic, dlq_partition, dlq_offset);
