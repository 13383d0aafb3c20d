-- needs-service read model: one row per opportunity's needs research, with the report document.
CREATE TABLE needs (
    opportunity_id      uuid        PRIMARY KEY,
    customer_name       text        NOT NULL,
    scenario            text        NOT NULL,
    status              text        NOT NULL,
    deep_talk_due_at    timestamptz NOT NULL,
    overdue             boolean     NOT NULL DEFAULT false,
    meeting_held        boolean     NOT NULL DEFAULT false,
    listening_breach    boolean     NOT NULL DEFAULT false,
    report              jsonb       NOT NULL,
    version             bigint      NOT NULL,
    created_at          timestamptz NOT NULL,
    updated_at          timestamptz NOT NULL
);

CREATE INDEX needs_status_idx ON needs (status, updated_at);
