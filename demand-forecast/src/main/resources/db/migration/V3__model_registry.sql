-- Model registry (issue 4): every trained forecast model with its holdout metrics; at most one CHAMPION serves.
CREATE TABLE model_registry (
    id               uuid             PRIMARY KEY,
    created_at       timestamptz      NOT NULL,
    status           varchar(16)      NOT NULL CHECK (status IN ('CHAMPION', 'REJECTED', 'RETIRED')),
    path             text             NOT NULL,
    provenance       jsonb            NOT NULL,
    holdout_mase     double precision,
    holdout_pinball  double precision,
    baseline_mase    double precision,
    data_from        date,
    data_to          date,
    series           int,
    horizon          int,
    window_size      int
);

CREATE UNIQUE INDEX model_registry_one_champion ON model_registry (status) WHERE status = 'CHAMPION';
CREATE INDEX model_registry_created ON model_registry (created_at DESC);
