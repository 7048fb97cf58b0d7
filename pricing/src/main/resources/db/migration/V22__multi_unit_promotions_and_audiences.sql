-- Multi-unit promotion kinds (buy X get Y, tiered, bundle) and audiences (profile segments, user ids).
-- The terms of a multi-unit kind are a jsonb `rule` (docs/pricing-orders.md, "Multi-unit promotions"); `value` keeps
-- its headline number. These kinds are always cart-level: quotes never apply them.
ALTER TABLE promotion DROP CONSTRAINT promotion_kind_check;
ALTER TABLE promotion ADD CONSTRAINT promotion_kind_check
    CHECK (kind IN ('PERCENT_OFF', 'AMOUNT_OFF', 'FIXED_PRICE', 'BUY_X_GET_Y', 'TIERED', 'BUNDLE'));
ALTER TABLE promotion
    ADD COLUMN rule        jsonb,
    ADD COLUMN segment_ids integer[]     NOT NULL DEFAULT '{}',
    ADD COLUMN user_ids    varchar(64)[] NOT NULL DEFAULT '{}';
ALTER TABLE promotion ADD CONSTRAINT promotion_rule_iff_multi_unit
    CHECK ((kind IN ('BUY_X_GET_Y', 'TIERED', 'BUNDLE')) = (rule IS NOT NULL));
ALTER TABLE promotion ADD CONSTRAINT promotion_multi_unit_is_cart_level
    CHECK (kind NOT IN ('BUY_X_GET_Y', 'TIERED', 'BUNDLE') OR cart_level);
ALTER TABLE promotion ADD CONSTRAINT promotion_audience_bounded
    CHECK (cardinality(segment_ids) <= 1000 AND cardinality(user_ids) <= 10000);
