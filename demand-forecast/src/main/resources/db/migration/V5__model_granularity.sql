-- What a period of a registered model is: models registered before daily models existed are weekly.
ALTER TABLE model_registry ADD COLUMN granularity varchar(8) NOT NULL DEFAULT 'WEEKLY'
    CHECK (granularity IN ('DAILY', 'WEEKLY'));
