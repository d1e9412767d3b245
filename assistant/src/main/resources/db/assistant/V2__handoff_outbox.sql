-- The handoff outbox: written in the same transaction as the session's "submitted" state, emptied by the sender.
-- envelope: the package already encrypted to the office's public key (JWE), so nothing in it is readable here.
-- Portable between H2 and PostgreSQL.
CREATE TABLE handoff_outbox (
    receipt          VARCHAR(32)  PRIMARY KEY,
    session_id       VARCHAR(64)  NOT NULL UNIQUE,
    status           VARCHAR(16)  NOT NULL,
    attempts         INT          NOT NULL,
    created_at       BIGINT       NOT NULL,
    next_attempt_at  BIGINT       NOT NULL,
    delivered_at     BIGINT,
    last_error       VARCHAR(64),
    office_receipt   VARCHAR(64),
    envelope         BYTEA        NOT NULL
);
CREATE INDEX handoff_outbox_due ON handoff_outbox (status, next_attempt_at);
