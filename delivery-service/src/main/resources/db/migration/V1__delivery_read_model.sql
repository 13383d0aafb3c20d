-- delivery-service read model: one row per opportunity's delivery (the whole state as a document), and
-- the satisfaction report, referral list and community member list across customers.
CREATE TABLE deliveries (
    opportunity_id uuid        PRIMARY KEY,
    customer_name  text,
    scenario       text        NOT NULL,
    status         text        NOT NULL,
    overdue        boolean     NOT NULL,
    document       jsonb       NOT NULL,
    version        bigint      NOT NULL,
    created_at     timestamptz NOT NULL,
    updated_at     timestamptz NOT NULL
);

CREATE INDEX deliveries_status_idx ON deliveries (status, updated_at);

CREATE TABLE surveys (
    opportunity_id  uuid        PRIMARY KEY REFERENCES deliveries (opportunity_id),
    customer_name   text,
    service_quality integer     NOT NULL CHECK (service_quality BETWEEN 1 AND 5),
    solution_effect integer     NOT NULL CHECK (solution_effect BETWEEN 1 AND 5),
    response_speed  integer     NOT NULL CHECK (response_speed BETWEEN 1 AND 5),
    teamwork        integer     NOT NULL CHECK (teamwork BETWEEN 1 AND 5),
    overall         text        NOT NULL,
    suggestions     text,
    surveyed_at     timestamptz NOT NULL
);

CREATE TABLE referrals (
    opportunity_id   uuid        NOT NULL REFERENCES deliveries (opportunity_id),
    position         integer     NOT NULL,
    referrer_name    text,
    referrer_key     uuid        NOT NULL,
    referred_company text        NOT NULL,
    contact_name     text        NOT NULL,
    contact_email    text,
    contact_phone    text,
    incentive        text        NOT NULL,
    PRIMARY KEY (opportunity_id, position)
);

CREATE TABLE community_members (
    opportunity_id uuid NOT NULL REFERENCES deliveries (opportunity_id),
    community      text NOT NULL,
    customer_name  text,
    customer_key   uuid NOT NULL,
    PRIMARY KEY (opportunity_id, community)
);
