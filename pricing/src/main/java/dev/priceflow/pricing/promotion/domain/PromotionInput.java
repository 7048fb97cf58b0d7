package dev.priceflow.pricing.promotion.domain;

import dev.priceflow.pricing.domain.OfferRule;
import dev.priceflow.pricing.domain.Promotion;
import java.util.List;

/**
 * A promotion as marketing typed it, unchecked: every field is text so that a bad value is reported against
 * its field instead of failing to parse. Exactly one of {@code sku} and {@code category} names the target.
 * {@code startsAt}/{@code endsAt}: an instant with Z or an offset, or a local date-time in {@code timeZone}
 * (an IANA zone; null = Europe/London). {@code buyXGetY}/{@code tiered}/{@code bundle}: the terms of that kind;
 * {@code segments}/{@code userIds}: who may get it (null or empty: everyone).
 */
public record PromotionInput(String name, String kind, String value, String sku, String category, String startsAt,
                             String endsAt, String status, String timeZone, OfferInput.BuyXGetY buyXGetY,
                             OfferInput.Tiered tiered, OfferInput.Bundle bundle, List<String> segments,
                             List<String> userIds) {

    /** A single-unit kind for everyone. */
    public PromotionInput(String name, String kind, String value, String sku, String category, String startsAt,
                          String endsAt, String status, String timeZone) {
        this(name, kind, value, sku, category, startsAt, endsAt, status, timeZone, null, null, null, null, null);
    }

    /** Without a time zone (the default applies). */
    public PromotionInput(String name, String kind, String value, String sku, String category, String startsAt,
                          String endsAt, String status) {
        this(name, kind, value, sku, category, startsAt, endsAt, status, null);
    }

    /** The input of a checked spec, so that a partial edit can be laid over it. */
    public static PromotionInput of(PromotionSpec spec) {
        String sku = spec.target() instanceof Promotion.ForSku forSku ? forSku.sku().value() : null;
        String category = spec.target() instanceof Promotion.ForCategory c ? c.category() : null;
        return new PromotionInput(spec.name(), spec.kind().name(), spec.value().toPlainString(), sku, category,
                spec.startsAt().toString(), spec.endsAt().toString(), spec.status().wire(), spec.timeZone().getId(),
                spec.rule() instanceof OfferRule.BuyXGetY b ? OfferRules.input(b) : null,
                spec.rule() instanceof OfferRule.Tiered t ? OfferRules.input(t) : null,
                spec.rule() instanceof OfferRule.Bundle b ? OfferRules.input(b) : null,
                spec.audience().segments().stream().sorted().map(String::valueOf).toList(),
                spec.audience().userIds().stream().sorted().toList());
    }

    /** This input with every field it leaves out (null) taken from {@code base}; a target replaces both. */
    public PromotionInput over(PromotionInput base) {
        boolean noTarget = sku == null && category == null;
        return new PromotionInput(or(name, base.name), or(kind, base.kind), or(value, base.value),
                noTarget ? base.sku : sku, noTarget ? base.category : category, or(startsAt, base.startsAt),
                or(endsAt, base.endsAt), or(status, base.status), or(timeZone, base.timeZone),
                or(buyXGetY, base.buyXGetY), or(tiered, base.tiered), or(bundle, base.bundle),
                or(segments, base.segments), or(userIds, base.userIds));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
