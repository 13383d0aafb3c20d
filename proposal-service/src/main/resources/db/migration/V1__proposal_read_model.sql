-- proposal-service read model: one row per opportunity's proposal (the whole state as a document) and
-- one row per objection for the statistics by type and outcome.
CREATE TABLE proposals (
    opportunity_id   uuid        PRIMARY KEY,
    proposal_id      uuid        NOT NULL,
    customer_name    text,
    scenario         text,
    status           text        NOT NULL,
    revision         integer     NOT NULL,
    open_objections  integer     NOT NULL,
    overdue          boolean     NOT NULL DEFAULT false,
    document         jsonb       NOT NULL,
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL
);

CREATE INDEX proposals_status_idx ON proposals (status, updated_at);

CREATE TABLE objections (
    objection_id    uuid        PRIMARY KEY,
    opportunity_id  uuid        NOT NULL REFERENCES proposals (opportunity_id),
    type            text        NOT NULL,
    outcome         text,
    answered        boolean     NOT NULL,
    overdue         boolean     NOT NULL,
    raised_at       timestamptz NOT NULL,
    response_due_at timestamptz NOT NULL,
    answered_at     timestamptz
);

CREATE INDEX objections_opportunity_idx ON objections (opportunity_id);
