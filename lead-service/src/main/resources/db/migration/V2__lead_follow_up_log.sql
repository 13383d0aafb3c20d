-- The follow-up log of the customer-registration template: the first contact and every follow-up.
CREATE TABLE lead_follow_ups (
    lead_id           uuid        NOT NULL,
    stream_version    bigint      NOT NULL,
    at                timestamptz NOT NULL,
    kind              text        NOT NULL,
    via               text,
    notes             text        NOT NULL,
    outcome           text,
    next_follow_up_at timestamptz,
    PRIMARY KEY (lead_id, stream_version)
);
