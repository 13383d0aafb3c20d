-- The personal-data key vault: one or more data keys per data subject (an account or an opportunity).
-- Erasure deletes a subject's rows; every personal field encrypted under them becomes unreadable.
-- Keys are stored wrapped (AES-GCM) with the master key, which lives outside the database.
CREATE TABLE subject_keys (
    key_id      uuid        PRIMARY KEY,
    subject_id  uuid        NOT NULL,
    wrapped_key bytea       NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX subject_keys_subject_idx ON subject_keys (subject_id, created_at);
