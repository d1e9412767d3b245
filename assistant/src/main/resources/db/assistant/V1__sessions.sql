-- Portable between H2 and PostgreSQL: BYTEA and BIGINT epoch milliseconds.
CREATE TABLE sessions (
    id          VARCHAR(64)  PRIMARY KEY,
    form        VARCHAR(64)  NOT NULL,
    language    VARCHAR(16),
    kind        VARCHAR(16)  NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    version     BIGINT       NOT NULL,
    created_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL,
    payload     BYTEA        NOT NULL
);
CREATE INDEX sessions_status_updated ON sessions (status, updated_at);

CREATE TABLE session_documents (
    session_id  VARCHAR(64)  NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    document_id VARCHAR(64)  NOT NULL,
    created_at  BIGINT       NOT NULL,
    content     BYTEA        NOT NULL,
    PRIMARY KEY (session_id, document_id)
);
