-- Sales history fed by PurchaseCompleted events and bulk imports (issue 4).

-- Units of the day sold on promotion (0..units); the day's promotion flag is promo_units > 0.
-- The average paid price is derived (revenue / units), never stored.
ALTER TABLE sales_daily
    ADD COLUMN promo_units bigint NOT NULL DEFAULT 0 CHECK (promo_units >= 0),
    ADD CONSTRAINT sales_daily_promo_within_units CHECK (promo_units <= units);

-- Event ids already added to sales_daily: the consumer's idempotency guard (Kafka delivers at least once).
CREATE TABLE processed_event (
    event_id     uuid        PRIMARY KEY,
    processed_at timestamptz NOT NULL
);

