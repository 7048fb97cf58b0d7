-- Catalogue, promotions and the quote audit trail. Money is numeric, never float.
CREATE TABLE product (
    sku         varchar(32)   PRIMARY KEY,
    name        text          NOT NULL,
    category    varchar(64)   NOT NULL,
    currency    char(3)       NOT NULL,
    list_price  numeric(12,2) NOT NULL CHECK (list_price > 0),
    unit_cost   numeric(12,2) NOT NULL CHECK (unit_cost >= 0),
    stock       integer       NOT NULL CHECK (stock >= 0),
    updated_at  timestamptz   NOT NULL DEFAULT now()
);
CREATE INDEX product_category_idx ON product (category);

CREATE TABLE promotion (
    id          uuid          PRIMARY KEY,
    name        text          NOT NULL,
    kind        varchar(16)   NOT NULL CHECK (kind IN ('PERCENT_OFF', 'AMOUNT_OFF')),
    value       numeric(12,4) NOT NULL CHECK (value > 0),
    sku         varchar(32)   REFERENCES product (sku),
    category    varchar(64),
    starts_at   timestamptz   NOT NULL,
    ends_at     timestamptz   NOT NULL,
    active      boolean       NOT NULL DEFAULT true,
    created_at  timestamptz   NOT NULL DEFAULT now(),
    CHECK (ends_at > starts_at),
    CHECK (kind <> 'PERCENT_OFF' OR value < 100)
);
CREATE INDEX promotion_window_idx ON promotion (starts_at, ends_at) WHERE active;

CREATE TABLE quote (
    quote_id        uuid          PRIMARY KEY,
    user_id         varchar(64)   NOT NULL,
    sku             varchar(32)   NOT NULL,
    currency        char(3)       NOT NULL,
    list_price      numeric(12,2) NOT NULL,
    price           numeric(12,2) NOT NULL,
    explanation     jsonb         NOT NULL,
    pricing_version varchar(32)   NOT NULL,
    issued_at       timestamptz   NOT NULL,
    expires_at      timestamptz   NOT NULL
);
CREATE INDEX quote_user_idx ON quote (user_id, issued_at);
