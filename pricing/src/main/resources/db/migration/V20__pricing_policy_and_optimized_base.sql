-- Pricing policy per category, SKU limits, channel list prices and the optimized base price per SKU and day.
ALTER TABLE product
    ADD COLUMN floor_price   numeric(12,2) CHECK (floor_price > 0),
    ADD COLUMN ceiling_price numeric(12,2) CHECK (ceiling_price > 0),
    ADD COLUMN min_margin_pct numeric(5,2) CHECK (min_margin_pct BETWEEN 0 AND 100);
ALTER TABLE product ADD CONSTRAINT product_floor_not_above_ceiling
    CHECK (floor_price IS NULL OR ceiling_price IS NULL OR floor_price <= ceiling_price);

CREATE TABLE category_policy (
    category                    varchar(64)  PRIMARY KEY,
    objective                   varchar(16)  NOT NULL CHECK (objective IN ('PROFIT', 'REVENUE', 'MARGIN_TARGET')),
    target_margin_pct           numeric(7,4) CHECK (target_margin_pct >= 0 AND target_margin_pct < 100),
    max_daily_change_pct        numeric(7,4) NOT NULL CHECK (max_daily_change_pct > 0 AND max_daily_change_pct <= 100),
    price_ending                varchar(16)  NOT NULL CHECK (price_ending IN ('NONE', 'NINETY_NINE', 'NINETY_FIVE')),
    personalization_allowed     boolean      NOT NULL,
    personalization_max_pct     numeric(7,4) NOT NULL CHECK (personalization_max_pct BETWEEN 0 AND 50),
    competitor_within_pct       numeric(7,4) CHECK (competitor_within_pct BETWEEN 0 AND 100),
    -- comma-separated channel names (web, app, marketplace) where the switch is on
    optimized_channels          varchar(64)  NOT NULL DEFAULT '',
    personalized_channels       varchar(64)  NOT NULL DEFAULT '',
    version                     bigint       NOT NULL DEFAULT 0,
    updated_at                  timestamptz  NOT NULL DEFAULT now(),
    updated_by                  varchar(64)  NOT NULL DEFAULT 'flyway',
    CHECK ((objective = 'MARGIN_TARGET') = (target_margin_pct IS NOT NULL))
);

-- Who changed which policy or SKU limit, when, before and after (subject: "category:<c>" or "sku:<s>").
CREATE TABLE pricing_policy_audit (
    id          bigserial    PRIMARY KEY,
    subject     varchar(100) NOT NULL,
    actor_id    varchar(64)  NOT NULL,
    actor_name  varchar(255),
    occurred_at timestamptz  NOT NULL,
    before      jsonb,
    after       jsonb        NOT NULL
);
CREATE INDEX pricing_policy_audit_subject_idx ON pricing_policy_audit (subject, occurred_at);

CREATE TABLE channel_list_price (
    sku        varchar(32)   NOT NULL REFERENCES product (sku) ON DELETE CASCADE,
    channel    varchar(32)   NOT NULL CHECK (channel IN ('web', 'app', 'marketplace')),
    list_price numeric(12,2) NOT NULL CHECK (list_price > 0),
    PRIMARY KEY (sku, channel)
);

-- The last optimized base per SKU, channel and UTC day: the next day's maximum change is measured from it.
CREATE TABLE base_price_history (
    sku        varchar(32)   NOT NULL,
    channel    varchar(32)   NOT NULL,
    day        date          NOT NULL,
    base_price numeric(12,2) NOT NULL CHECK (base_price > 0),
    updated_at timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (sku, channel, day)
);

-- Defaults for the demo categories (docs/pricing-engine.md explains the choices).
INSERT INTO category_policy (category, objective, target_margin_pct, max_daily_change_pct, price_ending,
                             personalization_allowed, personalization_max_pct, competitor_within_pct,
                             optimized_channels, personalized_channels)
VALUES ('home',           'PROFIT',        NULL, 10, 'NINETY_NINE', true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('kitchen',        'PROFIT',        NULL, 10, 'NINETY_NINE', true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('baking',         'PROFIT',        NULL, 10, 'NINETY_FIVE', true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('boxes-tins',     'PROFIT',        NULL, 10, 'NINETY_FIVE', true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('mugs-tableware', 'PROFIT',        NULL, 10, 'NINETY_NINE', true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('clocks',         'PROFIT',        NULL,  5, 'NINETY_NINE', true,   5, 10, 'web,app,marketplace', 'web,app'),
       ('garden',         'PROFIT',        NULL, 10, 'NINETY_NINE', true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('candles-lights', 'PROFIT',        NULL, 10, 'NINETY_FIVE', true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('signs',          'PROFIT',        NULL, 10, 'NINETY_FIVE', true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('bags',           'MARGIN_TARGET', 45,   10, 'NONE',        true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('christmas',      'REVENUE',       NULL, 15, 'NINETY_NINE', true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('toys-games',     'PROFIT',        NULL, 10, 'NONE',        false,  0, 10, 'web,app,marketplace', ''),
       ('cards-wrap',     'PROFIT',        NULL, 10, 'NONE',        true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('party',          'PROFIT',        NULL, 10, 'NONE',        true,  10, 10, 'web,app,marketplace', 'web,app'),
       ('other',          'PROFIT',        NULL, 10, 'NONE',        true,  10, 10, 'web,app',             'web,app');
