-- deal-service read model: one row per opportunity's deal, the whole state as a document.
CREATE TABLE deals (
    opportunity_id uuid        PRIMARY KEY,
    customer_name  text,
    scenario       text        NOT NULL,
    status         text        NOT NULL,
    rounds         integer     NOT NULL,
    document       jsonb       NOT NULL,
    version        bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

CREATE INDEX deals_status_idx ON deals (status, updated_at);
