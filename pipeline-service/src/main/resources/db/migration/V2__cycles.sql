-- A reopened opportunity runs the stages again as a new cycle: stage entries and outcomes are per cycle, so
-- the funnel counts cycles, and the opportunity row shows the cycle it is in.
ALTER TABLE opportunities ADD COLUMN cycle integer NOT NULL DEFAULT 1;

ALTER TABLE stage_entries ADD COLUMN cycle integer NOT NULL DEFAULT 1;
ALTER TABLE stage_entries DROP CONSTRAINT stage_entries_pkey;
ALTER TABLE stage_entries ADD PRIMARY KEY (opportunity_id, cycle, stage);

ALTER TABLE outcomes ADD COLUMN cycle integer NOT NULL DEFAULT 1;
ALTER TABLE outcomes DROP CONSTRAINT outcomes_pkey;
ALTER TABLE outcomes ADD PRIMARY KEY (opportunity_id, cycle);
