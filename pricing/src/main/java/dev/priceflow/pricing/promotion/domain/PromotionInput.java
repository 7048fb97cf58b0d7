package dev.priceflow.pricing.promotion.domain;

import dev.priceflow.pricing.domain.Promotion;

/**
 * A promotion as marketing typed it, unchecked: every field is text so that a bad value is reported against
 * its field instead of failing to parse. Exactly one of {@code sku} and {@code category} names the target.
 */
public record PromotionInput(String name, String kind, String value, String sku, String category, String startsAt,
                             String endsAt, String status) {

    /** The input of a checked spec, so that a partial edit can be laid over it. */
    public static PromotionInput of(PromotionSpec spec) {
        String sku = spec.target() instanceof Promotion.ForSku forSku ? forSku.sku().value() : null;
        String category = spec.target() instanceof Promotion.ForCategory c ? c.category() : null;
        return new PromotionInput(spec.name(), spec.kind().name(), spec.value().toPlainString(), sku, category,
                spec.startsAt().toString(), spec.endsAt().toString(), spec.status().wire());
    }

    /** This input with every field it leaves out (null) taken from {@code base}; a target replaces both. */
    public PromotionInput over(PromotionInput base) {
        boolean noTarget = sku == null && category == null;
        return new PromotionInput(or(name, base.name), or(kind, base.kind), or(value, base.value),
                noTarget ? base.sku : sku, noTarget ? base.category : category, or(startsAt, base.startsAt),
                or(endsAt, base.endsAt), or(status, base.status));
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
