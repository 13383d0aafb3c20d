-- lead-service read model (projections); the events live in the eventstore schema.

CREATE TABLE leads (
    lead_id                uuid        PRIMARY KEY,
    account_id             uuid,
    customer_name          text        NOT NULL,
    customer_key           text        NOT NULL,
    contact_name           text,
    contact_title          text,
    contact_email          text,
    contact_phone          text,
    channel                text        NOT NULL,
    source_tag             text,
    need_summary           text,
    scenario               text        NOT NULL,
    referred_by_account_id uuid,
    industry               text,
    owner                  text,
    status                 text        NOT NULL,
    intent                 text,
    tier                   text,
    grade_reason           text,
    overridden             boolean     NOT NULL DEFAULT false,
    budget_min             numeric,
    budget_max             numeric,
    budget_currency        text,
    next_follow_up_at      timestamptz,
    next_follow_up_kind    text,
    overdue                boolean     NOT NULL DEFAULT false,
    nurture_count          integer     NOT NULL DEFAULT 0,
    merged_into            uuid,
    version                bigint      NOT NULL,
    created_at             timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL
);

CREATE INDEX leads_customer_key_idx ON leads (customer_key);
CREATE INDEX leads_contact_email_idx ON leads (lower(contact_email));
CREATE INDEX leads_contact_phone_idx ON leads (contact_phone);
CREATE INDEX leads_account_idx ON leads (account_id);
CREATE INDEX leads_follow_up_idx ON leads (next_follow_up_at) WHERE status NOT IN ('DISQUALIFIED', 'MERGED');
CREATE INDEX leads_tier_idx ON leads (tier, status);

CREATE TABLE accounts (
    account_id       uuid        PRIMARY KEY,
    name             text        NOT NULL,
    name_key         text        NOT NULL,
    industry         text        NOT NULL,
    employees        integer,
    annual_revenue   numeric,
    revenue_currency text,
    version          bigint      NOT NULL,
    created_at       timestamptz NOT NULL
);

CREATE INDEX accounts_name_key_idx ON accounts (name_key);

CREATE TABLE account_contacts (
    account_id uuid    NOT NULL REFERENCES accounts (account_id),
    position   integer NOT NULL,
    name       text    NOT NULL,
    title      text,
    phone      text,
    email      text,
    PRIMARY KEY (account_id, position)
);

CREATE INDEX account_contacts_email_idx ON account_contacts (lower(email));
CREATE INDEX account_contacts_phone_idx ON account_contacts (phone);
