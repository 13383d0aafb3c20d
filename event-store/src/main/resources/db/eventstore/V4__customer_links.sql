-- The links sent to customers, one row per link, kept by the event store in the transaction that appends the
-- link's events: a customer's token (the link id) finds its stream, and unused links can be listed and chased.
CREATE TABLE customer_links (
    link_id        uuid        PRIMARY KEY,
    stream_id      uuid        NOT NULL,
    opportunity_id uuid        NOT NULL,
    act            text        NOT NULL,
    sent_by        text        NOT NULL,
    sent_at        timestamptz NOT NULL,
    expires_at     timestamptz NOT NULL,
    opened_at      timestamptz,
    used_at        timestamptz,
    revoked_at     timestamptz
);
CREATE INDEX customer_links_stream ON customer_links (stream_id);
CREATE INDEX customer_links_awaited ON customer_links (expires_at) WHERE used_at IS NULL AND revoked_at IS NULL;
