-- Portable between H2 and PostgreSQL.
CREATE TABLE submissions (
    receipt          VARCHAR(64)  PRIMARY KEY,
    idempotency_key  VARCHAR(128) NOT NULL UNIQUE,
    content_sha256   VARCHAR(64)  NOT NULL,
    form             VARCHAR(64)  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    received_at      BIGINT       NOT NULL,
    package          BYTEA        NOT NULL
);
CREATE INDEX submissions_received ON submissions (received_at);
