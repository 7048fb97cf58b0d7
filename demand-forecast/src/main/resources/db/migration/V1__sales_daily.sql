-- demand-forecast's store (schema `forecast`, owned by this service only).

-- Daily sales history per SKU: the training data of the demand models. Filled from PurchaseCompleted events
-- and imported history; revenue is in the shop currency (GBP in the demo), rounded HALF_EVEN to 2 places.
CREATE TABLE sales_daily (
    sku     varchar(32)    NOT NULL,
    day     date           NOT NULL,
    units   bigint         NOT NULL DEFAULT 0 CHECK (units >= 0),
    revenue numeric(14, 2) NOT NULL DEFAULT 0 CHECK (revenue >= 0),
    PRIMARY KEY (sku, day)
);
