-- What a repeat customer's earlier deliveries left: deliveries and acceptances, surveys, issues and the
-- adjustments asked for at the callback, per customer (its account, or its opportunity without one).
CREATE TABLE delivered_opportunities (
    opportunity_id uuid PRIMARY KEY,
    customer_key   uuid NOT NULL,
    customer_name  text
);

CREATE TABLE relationship_history (
    event_id       uuid        PRIMARY KEY,
    customer_key   uuid        NOT NULL,
    opportunity_id uuid        NOT NULL,
    at             timestamptz NOT NULL,
    kind           text        NOT NULL,
    summary        text        NOT NULL,
    open_issue     boolean     NOT NULL DEFAULT false
);

CREATE INDEX relationship_history_customer_idx ON relationship_history (customer_key, at);
