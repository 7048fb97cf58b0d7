-- Promotions that marketing manages: fixed prices, a stored lifecycle (DRAFT, SCHEDULED, ENDED; ACTIVE is
-- derived from time), who created it, optimistic locking, and an audit trail of every change.
ALTER TABLE promotion DROP CONSTRAINT promotion_kind_check;
ALTER TABLE promotion ADD CONSTRAINT promotion_kind_check
    CHECK (kind IN ('PERCENT_OFF', 'AMOUNT_OFF', 'FIXED_PRICE'));
ALTER TABLE promotion ADD CONSTRAINT promotion_fixed_price_min CHECK (kind <> 'FIXED_PRICE' OR value >= 0.01);

ALTER TABLE promotion
    ADD COLUMN status     varchar(16) NOT NULL DEFAULT 'SCHEDULED'
        CHECK (status IN ('DRAFT', 'SCHEDULED', 'ENDED')),
    ADD COLUMN created_by varchar(64),
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN version    bigint      NOT NULL DEFAULT 0,
    ADD COLUMN ended_at   timestamptz;
-- Rows written before this migration: an inactive one no longer prices, which is what ENDED means now.
UPDATE promotion SET status = 'ENDED' WHERE NOT active;
-- Quoting reads `active`: it stays true exactly for scheduled promotions (the application keeps it so).
CREATE INDEX promotion_status_idx ON promotion (status, created_at);

CREATE TABLE promotion_audit (
    id           bigserial    PRIMARY KEY,
    promotion_id uuid         NOT NULL REFERENCES promotion (id),
    action       varchar(16)  NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'ENDED')),
    actor_id     varchar(64)  NOT NULL,
    actor_name   varchar(255),
    occurred_at  timestamptz  NOT NULL,
    before       jsonb,
    after        jsonb        NOT NULL
);
CREATE INDEX promotion_audit_promotion_idx ON promotion_audit (promotion_id, occurred_at);
