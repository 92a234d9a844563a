-- Privacy: prepared data exports behind single-use signed links. The zip is
-- sealed under the person's data key, so erasure makes it unreadable too.

CREATE TABLE exports (
    id          INTEGER PRIMARY KEY,
    token_hash  BLOB NOT NULL UNIQUE,
    subject_id  bigint NOT NULL,
    request_id  bigint NOT NULL DEFAULT 0,
    sealed      BLOB NOT NULL,
    size        integer NOT NULL DEFAULT 0,
    created_at  INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL,
    used_at     INTEGER
);
CREATE INDEX exports_subject_idx ON exports (subject_id);
CREATE INDEX consents_subject_only_idx ON consents (subject_id);
