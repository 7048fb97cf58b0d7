-- Price experiments (docs/pricing-engine.md "Price experiments"): arms as JSON [{name, priceChangePercent,
-- weightPercent}], the first is the control. Status is derived from starts_at / ends_at / ended_at.
CREATE TABLE experiment (
    id              bigserial    PRIMARY KEY,
    name            varchar(100) NOT NULL UNIQUE,
    sku             varchar(32),
    category        varchar(64),
    arms            jsonb        NOT NULL,
    holdout_percent integer      NOT NULL CHECK (holdout_percent BETWEEN 0 AND 90),
    starts_at       timestamptz  NOT NULL,
    ends_at         timestamptz  NOT NULL,
    ended_at        timestamptz,
    created_by      varchar(64)  NOT NULL,
    created_at      timestamptz  NOT NULL,
    CHECK ((sku IS NULL) <> (category IS NULL)),
    CHECK (ends_at > starts_at)
);
CREATE INDEX experiment_window_idx ON experiment (starts_at, ends_at) WHERE ended_at IS NULL;

-- First exposure of a shopper to an experiment (one row per experiment and user; arm 'holdout' included).
CREATE TABLE experiment_exposure (
    experiment_id bigint      NOT NULL REFERENCES experiment (id),
    user_id       varchar(64) NOT NULL,
    arm           varchar(32) NOT NULL,
    sku           varchar(32) NOT NULL,
    exposed_at    timestamptz NOT NULL,
    PRIMARY KEY (experiment_id, user_id)
);

-- Purchase lines attributed to an exposed buyer's arm; idempotent on (event, experiment, sku).
CREATE TABLE experiment_purchase (
    event_id      uuid          NOT NULL,
    experiment_id bigint        NOT NULL REFERENCES experiment (id),
    sku           varchar(32)   NOT NULL,
    user_id       varchar(64)   NOT NULL,
    arm           varchar(32)   NOT NULL,
    units         integer       NOT NULL CHECK (units > 0),
    revenue       numeric(14,4) NOT NULL,
    profit        numeric(14,4) NOT NULL,
    occurred_at   timestamptz   NOT NULL,
    PRIMARY KEY (event_id, experiment_id, sku)
);
CREATE INDEX experiment_purchase_user_idx ON experiment_purchase (experiment_id, user_id);
