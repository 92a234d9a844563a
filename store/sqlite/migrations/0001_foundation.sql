-- Foundation: people, their channel identities, conversations, messages,
-- consents, privacy requests, the audit chain, staff and data keys.

CREATE TABLE subjects (
    id          INTEGER PRIMARY KEY,
    language    text NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    erased_at   INTEGER
);

CREATE TABLE data_keys (
    subject_id  bigint PRIMARY KEY,
    wrapped     BLOB NOT NULL,
    created_at  INTEGER NOT NULL
);

CREATE TABLE identities (
    id           INTEGER PRIMARY KEY,
    subject_id   bigint NOT NULL,
    channel      text NOT NULL,
    external_id  text NOT NULL,
    account_id   bigint NOT NULL DEFAULT 0,
    business_id  bigint NOT NULL DEFAULT 0,
    created_at   INTEGER NOT NULL,
    linked_at    INTEGER,
    UNIQUE (channel, external_id)
);
CREATE INDEX identities_subject_idx ON identities (subject_id);

CREATE TABLE conversations (
    id                INTEGER PRIMARY KEY,
    subject_id        bigint NOT NULL,
    identity_id       bigint NOT NULL,
    channel           text NOT NULL,
    external_chat_id  text NOT NULL,
    created_at        INTEGER NOT NULL,
    last_message_at   INTEGER NOT NULL,
    last_inbound_at   INTEGER,
    handoff_at        INTEGER,
    legal_hold        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (channel, external_chat_id, identity_id)
);
CREATE INDEX conversations_subject_idx ON conversations (subject_id);

CREATE TABLE messages (
    id                  INTEGER PRIMARY KEY,
    conversation_id     bigint NOT NULL,
    subject_id          bigint NOT NULL,
    direction           text NOT NULL CHECK (direction IN ('in', 'out')),
    channel             text NOT NULL,
    channel_message_id  text NOT NULL DEFAULT '',
    redacted_text       text NOT NULL,
    sealed              BLOB,
    status              text NOT NULL,
    author              text NOT NULL DEFAULT '',
    reply_to            bigint NOT NULL DEFAULT 0,
    model_called        INTEGER NOT NULL DEFAULT 0,
    prompt_version      text NOT NULL DEFAULT '',
    tokens_in           integer NOT NULL DEFAULT 0,
    tokens_out          integer NOT NULL DEFAULT 0,
    token_count         integer NOT NULL DEFAULT 0,
    snapshot_sections   text NOT NULL DEFAULT '',
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL
);
-- A channel delivering the same message again is recognised by this index.
CREATE UNIQUE INDEX messages_inbound_channel_id_idx ON messages (channel, channel_message_id) WHERE direction = 'in';
-- At most one reply per inbound message: a retried turn never answers twice.
CREATE UNIQUE INDEX messages_reply_idx ON messages (reply_to) WHERE direction = 'out' AND reply_to <> 0;
CREATE INDEX messages_outbound_channel_id_idx ON messages (channel, channel_message_id) WHERE direction = 'out' AND channel_message_id <> '';
CREATE INDEX messages_conversation_idx ON messages (conversation_id, id);
CREATE INDEX messages_subject_idx ON messages (subject_id, id);
CREATE INDEX messages_created_idx ON messages (created_at);

CREATE TABLE vaults (
    conversation_id  bigint PRIMARY KEY,
    subject_id       bigint NOT NULL,
    sealed           BLOB NOT NULL,
    updated_at       INTEGER NOT NULL
);
CREATE INDEX vaults_subject_idx ON vaults (subject_id);

CREATE TABLE consents (
    id              INTEGER PRIMARY KEY,
    subject_id      bigint NOT NULL,
    identity_id     bigint NOT NULL,
    channel         text NOT NULL,
    purpose         text NOT NULL,
    granted         INTEGER NOT NULL,
    notice_version  text NOT NULL,
    created_at      INTEGER NOT NULL
);
CREATE INDEX consents_subject_idx ON consents (subject_id, purpose, id);

CREATE TABLE privacy_requests (
    id           INTEGER PRIMARY KEY,
    subject_id   bigint NOT NULL,
    identity_id  bigint NOT NULL,
    channel      text NOT NULL,
    type         text NOT NULL,
    status       text NOT NULL,
    received_at  INTEGER NOT NULL,
    due_at       INTEGER NOT NULL,
    closed_at    INTEGER,
    handled_by   text NOT NULL DEFAULT '',
    outcome      text NOT NULL DEFAULT ''
);
CREATE INDEX privacy_requests_subject_idx ON privacy_requests (subject_id);
CREATE INDEX privacy_requests_open_idx ON privacy_requests (due_at) WHERE closed_at IS NULL;

CREATE TABLE audit_records (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    actor       text NOT NULL,
    action      text NOT NULL,
    subject_id  bigint NOT NULL DEFAULT 0,
    detail      text NOT NULL DEFAULT '',
    prev_hash   BLOB,
    hash        BLOB NOT NULL
);
CREATE INDEX audit_records_subject_idx ON audit_records (subject_id);

CREATE TABLE staff_users (
    id             INTEGER PRIMARY KEY,
    email          text NOT NULL UNIQUE,
    name           text NOT NULL,
    role           text NOT NULL,
    password_hash  BLOB,
    created_at     INTEGER NOT NULL,
    disabled_at    INTEGER
);
