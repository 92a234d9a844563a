-- Model tokens used per business and calendar month, for the monthly budget
-- checked before every model call (shared by all replicas).

CREATE TABLE token_usage (
    business_id  bigint NOT NULL,
    month        text NOT NULL,
    tokens       bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (business_id, month)
);
