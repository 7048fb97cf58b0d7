package dev.priceflow.pricing.domain;

import dev.priceflow.contracts.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A marketing promotion: a percentage off, a fixed amount off or a fixed price, for one SKU or a whole
 * category, inside a half-open time window {@code [startsAt, endsAt)}. Amounts and fixed prices are in the
 * product's currency (the shop has one currency). A discount never takes a price below zero, and a fixed
 * price never raises one (a fixed price above the list price is no discount); the guardrails decide how far
 * a discount may go.
 */
public record Promotion(UUID id, String name, Kind kind, BigDecimal value, Target target, Instant startsAt,
                        Instant endsAt, boolean active, Audience audience) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * PERCENT_OFF, AMOUNT_OFF and FIXED_PRICE lower a unit price; BUY_X_GET_Y, TIERED and BUNDLE depend on what else
     * is in the cart ({@link OfferRule}), so they are cart-level: a quote never applies them (its unit price is
     * unchanged) but lists them as available offers.
     */
    public enum Kind {
        PERCENT_OFF, AMOUNT_OFF, FIXED_PRICE, BUY_X_GET_Y, TIERED, BUNDLE;

        /** Whether this kind needs the cart (its {@link OfferRule}) to be priced. */
        public boolean multiUnit() {
            return this == BUY_X_GET_Y || this == TIERED || this == BUNDLE;
        }
    }

    /** For everyone ({@link Audience#EVERYONE}). */
    public Promotion(UUID id, String name, Kind kind, BigDecimal value, Target target, Instant startsAt,
                     Instant endsAt, boolean active) {
        this(id, name, kind, value, target, startsAt, endsAt, active, Audience.EVERYONE);
    }

    /** What a promotion is for. A SKU target wins over a category when a row names both. */
    public sealed interface Target {
        boolean matches(Product product);
    }

    public record ForSku(Sku sku) implements Target {
        @Override
        public boolean matches(Product product) {
            return sku.equals(product.sku());
        }
    }

    public record ForCategory(String category) implements Target {
        @Override
        public boolean matches(Product product) {
            return category.equals(product.category());
        }
    }

    public Promotion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(endsAt, "endsAt");
        audience = audience == null ? Audience.EVERYONE : audience;
        if (value.signum() <= 0) {
            throw new IllegalArgumentException("value must be positive, got " + value);
        }
        if (kind == Kind.PERCENT_OFF && value.compareTo(HUNDRED) >= 0) {
            throw new IllegalArgumentException("a percentage off must be below 100, got " + value);
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("endsAt must be after startsAt");
        }
    }

    /** Active, inside its window at {@code at}, and aimed at this product or its category. */
    public boolean appliesTo(Product product, Instant at) {
        return active && !at.isBefore(startsAt) && at.isBefore(endsAt) && target.matches(product);
    }

    /** The price after this promotion alone, unrounded, never below zero and never above {@code price}. */
    public BigDecimal applyTo(BigDecimal price) {
        BigDecimal after = switch (kind) {
            case PERCENT_OFF -> price.multiply(HUNDRED.subtract(value)).movePointLeft(2);
            case AMOUNT_OFF -> price.subtract(value);
            case FIXED_PRICE -> value.min(price);
            case BUY_X_GET_Y, TIERED, BUNDLE -> price; // cart-level: never changes a unit price
        };
        return after.signum() < 0 ? BigDecimal.ZERO : after;
    }

    /** A short human description, e.g. "Summer sale: 10% off". */
    public String describe(Product product) {
        String off = switch (kind) {
            case PERCENT_OFF -> Amounts.plain(value) + "% off";
            case AMOUNT_OFF -> Amounts.display(value, product.currency()) + " " + product.currency() + " off";
            case FIXED_PRICE -> "fixed price " + Amounts.display(value, product.currency()) + " "
                    + product.currency() + (value.compareTo(product.listPrice()) >= 0
                    ? " (not below the list price, so no discount)" : "");
            case BUY_X_GET_Y, TIERED, BUNDLE -> "a cart offer (" + kind + ")";
        };
        return "'" + name + "': " + off;
    }
}
