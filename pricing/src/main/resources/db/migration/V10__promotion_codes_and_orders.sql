-- Cart-level promotions, promotion codes, redemption limits, orders and redemptions.
-- A promotion with a code or a limit is cart-level: quotes leave it out; carts apply it, checkout redeems it.
-- The CHECKs are the last line of defence: a redemption can never take a counter past its limit, whatever the
-- application does (it redeems with conditional UPDATEs that leave the row unchanged at the limit).
ALTER TABLE promotion
    ADD COLUMN cart_level        boolean       NOT NULL DEFAULT false,
    ADD COLUMN code_mode         varchar(8)    NOT NULL DEFAULT 'NONE' CHECK (code_mode IN ('NONE', 'PUBLIC', 'UNIQUE')),
    ADD COLUMN max_uses          integer       CHECK (max_uses > 0),
    ADD COLUMN max_uses_per_user integer       CHECK (max_uses_per_user > 0),
    ADD COLUMN budget            numeric(12,2) CHECK (budget > 0),
    ADD COLUMN uses              integer       NOT NULL DEFAULT 0 CHECK (uses >= 0),
    ADD COLUMN granted           numeric(12,2) NOT NULL DEFAULT 0 CHECK (granted >= 0),
    ADD CONSTRAINT promotion_uses_within_limit CHECK (max_uses IS NULL OR uses <= max_uses),
    ADD CONSTRAINT promotion_granted_within_budget CHECK (budget IS NULL OR granted <= budget);

-- Codes are stored upper case; a public code has any number of uses, a unique one at most one.
CREATE TABLE promotion_code (
    code          varchar(32)  PRIMARY KEY,
    promotion_id  uuid         NOT NULL REFERENCES promotion (id),
    single_use    boolean      NOT NULL,
    uses          integer      NOT NULL DEFAULT 0 CHECK (uses >= 0),
    created_at    timestamptz  NOT NULL,
    CHECK (NOT single_use OR uses <= 1)
);
CREATE INDEX promotion_code_promotion_idx ON promotion_code (promotion_id);

CREATE TABLE promotion_user_use (
    promotion_id  uuid         NOT NULL REFERENCES promotion (id),
    user_id       varchar(64)  NOT NULL,
    uses          integer      NOT NULL CHECK (uses > 0),
    PRIMARY KEY (promotion_id, user_id)
);

-- One row per checkout; (user_id, idempotency_key) makes a resent checkout answer the stored receipt.
CREATE TABLE customer_order (
    id               uuid          PRIMARY KEY,
    user_id          varchar(64)   NOT NULL,
    idempotency_key  varchar(255)  NOT NULL,
    request_hash     char(64)      NOT NULL,
    currency         char(3)       NOT NULL,
    total            numeric(12,2) NOT NULL CHECK (total >= 0),
    receipt          jsonb         NOT NULL,
    created_at       timestamptz   NOT NULL,
    UNIQUE (user_id, idempotency_key)
);

CREATE TABLE redemption (
    id            bigserial     PRIMARY KEY,
    order_id      uuid          NOT NULL REFERENCES customer_order (id),
    promotion_id  uuid          NOT NULL REFERENCES promotion (id),
    code          varchar(32),
    user_id       varchar(64)   NOT NULL,
    amount        numeric(12,2) NOT NULL CHECK (amount >= 0),
    redeemed_at   timestamptz   NOT NULL
);
CREATE INDEX redemption_promotion_idx ON redemption (promotion_id, redeemed_at);
CREATE INDEX redemption_order_idx ON redemption (order_id);
