-- Durable training jobs: status survives a restart; jobs of a dead process are marked INTERRUPTED.
CREATE TABLE training_job (
    id               uuid          PRIMARY KEY,
    requested_by     text          NOT NULL,
    state            varchar(16)   NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'INTERRUPTED')),
    granularity      varchar(8)    NOT NULL,
    owner            text          NOT NULL,            -- the service instance that runs it
    member           int           NOT NULL DEFAULT 0,
    epoch            int           NOT NULL DEFAULT 0,
    loss             double precision,
    validation_loss  double precision,
    model_id         uuid,
    model_status     varchar(16),
    error            text,
    created_at       timestamptz   NOT NULL,
    started_at       timestamptz,
    finished_at      timestamptz,
    heartbeat_at     timestamptz   NOT NULL
);

-- One training at a time across all instances: a second active job cannot be inserted.
CREATE UNIQUE INDEX training_job_one_active ON training_job ((true)) WHERE state IN ('QUEUED', 'RUNNING');
CREATE INDEX training_job_created ON training_job (created_at DESC);
