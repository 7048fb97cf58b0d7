-- user-profile's durable store (schema `profile`, owned by this service only).

-- Event ids already counted: the consumer's idempotency guard (Kafka delivers at least once).
CREATE TABLE processed_event (
    event_id     uuid        PRIMARY KEY,
    processed_at timestamptz NOT NULL
);

-- One row per shopper; counts only ever grow. Money is in the shop currency, rounded HALF_EVEN to 2 places.
CREATE TABLE shopper_profile (
    user_id       varchar(256)   PRIMARY KEY,
    views         bigint         NOT NULL DEFAULT 0 CHECK (views >= 0),
    cart_adds     bigint         NOT NULL DEFAULT 0 CHECK (cart_adds >= 0),
    purchases     bigint         NOT NULL DEFAULT 0 CHECK (purchases >= 0),
    searches      bigint         NOT NULL DEFAULT 0 CHECK (searches >= 0),
    units_bought  bigint         NOT NULL DEFAULT 0 CHECK (units_bought >= 0),
    monetary      numeric(14, 2) NOT NULL DEFAULT 0 CHECK (monetary >= 0),
    currency      char(3)        NOT NULL,
    last_event_at timestamptz,
    updated_at    timestamptz    NOT NULL
);
