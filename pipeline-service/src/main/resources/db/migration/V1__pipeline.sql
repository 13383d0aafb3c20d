-- The pipeline view: one row per opportunity (where it stands now), and the timestamped stage entries and
-- outcomes from which the funnel is computed as of any date.
CREATE TABLE opportunities (
    opportunity_id     uuid        PRIMARY KEY,
    customer_name      text,
    scenario           text,
    owner              text,
    stage              text        NOT NULL,
    outcome            text,
    value              numeric,
    currency           text,
    next_deadline_at   timestamptz,
    next_deadline_kind text,
    overdue            boolean     NOT NULL DEFAULT false,
    -- topics are ordered each, not together: value and deadline come from the most advanced stage seen
    value_rank         integer     NOT NULL DEFAULT -1,
    deadline_rank      integer     NOT NULL DEFAULT -1,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL
);

CREATE INDEX opportunities_stage_idx ON opportunities (stage, updated_at);

CREATE TABLE stage_entries (
    opportunity_id uuid        NOT NULL,
    stage          text        NOT NULL,
    entered_at     timestamptz NOT NULL,
    PRIMARY KEY (opportunity_id, stage)
);

CREATE TABLE outcomes (
    opportunity_id uuid        PRIMARY KEY,
    outcome        text        NOT NULL CHECK (outcome IN ('WON', 'LOST')),
    stage          text        NOT NULL,
    decided_at     timestamptz NOT NULL
);
