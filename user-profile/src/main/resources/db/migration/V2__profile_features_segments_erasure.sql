-- Shopper profiles v2: detailed behaviour, segments, erasure markers.

-- Detailed behaviour (category scores, recent views, per-SKU activity) as one JSON document per shopper
-- (dev.priceflow.profile.domain.Behaviour); the segment the shopper is in under model segment_model_id.
ALTER TABLE shopper_profile
    ADD COLUMN behaviour        jsonb        NOT NULL DEFAULT '{}'::jsonb,
    ADD COLUMN segment_model_id bigint,
    ADD COLUMN segment_id       integer,
    ADD COLUMN segment_label    varchar(200);

CREATE INDEX shopper_profile_segment ON shopper_profile (segment_model_id, segment_id);

-- A shopper erased their profile at erased_at: events that occurred at or before it are ignored, so a replay
-- of the log cannot bring the profile back. Holds nothing but the id and the time (kept to honour the erasure).
CREATE TABLE erasure (
    user_id   varchar(256) PRIMARY KEY,
    erased_at timestamptz  NOT NULL
);

-- Trained segment models with provenance; the highest id is the current model.
CREATE TABLE segment_model (
    id         bigserial        PRIMARY KEY,
    trained_at timestamptz      NOT NULL,
    k          integer          NOT NULL CHECK (k > 0),
    seed       bigint           NOT NULL,
    shoppers   integer          NOT NULL,
    inertia    double precision NOT NULL,
    model      jsonb            NOT NULL
);
