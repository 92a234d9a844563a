-- Channels: one-time codes that link a chat identity to a business account,
-- and failed link attempts (rate limiting).

CREATE TABLE link_codes (
    id           bigserial PRIMARY KEY,
    code_hash    bytea NOT NULL UNIQUE,
    account_id   bigint NOT NULL,
    business_id  bigint NOT NULL,
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    used_at      timestamptz,
    identity_id  bigint NOT NULL DEFAULT 0
);

CREATE TABLE link_attempts (
    identity_id  bigint NOT NULL,
    at           timestamptz NOT NULL
);
CREATE INDEX link_attempts_identity_idx ON link_attempts (identity_id, at);

-- Turn ordering looks for older inbound messages still waiting.
CREATE INDEX messages_pending_idx ON messages (conversation_id, id) WHERE direction = 'in' AND status = 'received';
CREATE INDEX messages_queued_idx ON messages (conversation_id, id) WHERE direction = 'out' AND status = 'queued';
