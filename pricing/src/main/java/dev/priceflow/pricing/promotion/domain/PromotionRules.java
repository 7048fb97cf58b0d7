package dev.priceflow.pricing.promotion.domain;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Audience;
import dev.priceflow.pricing.domain.OfferRule;
import dev.priceflow.pricing.domain.Promotion;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a promotion must satisfy before it is saved. Every broken rule is reported against its field, all at
 * once. Whether the SKU or category exists is checked by the use case (it needs the catalogue).
 */
public final class PromotionRules {

    public static final int MAX_NAME = 120;
    /** Values above this are absurd for this shop (a percent is further limited to below 100). */
    public static final BigDecimal MAX_VALUE = new BigDecimal("100000");
    public static final BigDecimal MIN_FIXED_PRICE = new BigDecimal("0.01");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 _&.-]{0,63}");

    private PromotionRules() {
    }

    /** The outcome: a spec when {@code errors} is empty; the target whenever it alone is well-formed. */
    public record Checked(PromotionSpec spec, Promotion.Target target, List<FieldError> errors) {
        public Checked {
            errors = List.copyOf(errors);
        }

        public Checked plus(List<FieldError> more) {
            List<FieldError> all = new ArrayList<>(errors);
            all.addAll(more);
            return new Checked(all.isEmpty() ? spec : null, target, all);
        }
    }

    public static Checked check(PromotionInput in, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "must not be blank"));
        } else if (name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
        }
        Promotion.Kind kind = kind(in.kind(), errors);
        OfferRule rule = OfferRules.rule(kind, in, errors);
        BigDecimal value = kind != null && kind.multiUnit() ? (rule == null ? null : OfferRules.headline(rule))
                : value(in.value(), kind, errors);
        // a bundle targets its own SKUs: its first one stands for it in the sku column
        Promotion.Target target = kind == Promotion.Kind.BUNDLE && blank(in.sku()) && blank(in.category())
                ? (rule instanceof OfferRule.Bundle b ? new Promotion.ForSku(new Sku(b.items().getFirst().sku())) : null)
                : target(in.sku(), in.category(), errors);
        Audience audience = OfferRules.audience(in.segments(), in.userIds(), errors);
        ZoneId zone = ScheduleTimes.zone(in.timeZone(), errors);
        Instant startsAt = ScheduleTimes.instant("startsAt", in.startsAt(), zone, errors);
        Instant endsAt = ScheduleTimes.instant("endsAt", in.endsAt(), zone, errors);
        if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
            errors.add(new FieldError("endsAt", "must be after startsAt"));
        } else if (endsAt != null && !endsAt.isAfter(now)) {
            errors.add(new FieldError("endsAt", "must be in the future"));
        }
        PromotionStatus status = PromotionStatus.parse(in.status()).orElse(null);
        if (status != PromotionStatus.DRAFT && status != PromotionStatus.SCHEDULED) {
            errors.add(new FieldError("status", "must be draft or scheduled"));
        }
        PromotionSpec spec = errors.isEmpty()
                ? new PromotionSpec(name, kind, value, target, startsAt, endsAt, status, zone, rule, audience) : null;
        return new Checked(spec, target, errors);
    }

    private static Promotion.Kind kind(String text, List<FieldError> errors) {
        for (Promotion.Kind kind : Promotion.Kind.values()) {
            if (text != null && kind.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return kind;
            }
        }
        errors.add(new FieldError("kind", "must be PERCENT_OFF, AMOUNT_OFF, FIXED_PRICE, BUY_X_GET_Y, TIERED or BUNDLE"));
        return null;
    }

    private static BigDecimal value(String text, Promotion.Kind kind, List<FieldError> errors) {
        BigDecimal value;
        try {
            value = new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("value", "must be a decimal number as a string, e.g. \"20\" or \"4.99\""));
            return null;
        }
        String problem = null;
        if (value.signum() <= 0) {
            problem = "must be greater than 0";
        } else if (value.compareTo(MAX_VALUE) > 0) {
            problem = "must be at most " + MAX_VALUE.toPlainString();
        } else if (kind == Promotion.Kind.PERCENT_OFF && value.compareTo(HUNDRED) >= 0) {
            problem = "a percentage off must be below 100";
        } else if (kind == Promotion.Kind.FIXED_PRICE && value.compareTo(MIN_FIXED_PRICE) < 0) {
            problem = "a fixed price must be at least 0.01";
        } else if (kind == Promotion.Kind.PERCENT_OFF ? value.scale() > 4 : value.scale() > 2) {
            problem = kind == Promotion.Kind.PERCENT_OFF ? "at most 4 decimal places" : "at most 2 decimal places";
        }
        if (problem != null) {
            errors.add(new FieldError("value", problem));
            return null;
        }
        return value;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Promotion.Target target(String sku, String category, List<FieldError> errors) {
        boolean hasSku = sku != null && !sku.isBlank();
        boolean hasCategory = category != null && !category.isBlank();
        if (hasSku == hasCategory) {
            errors.add(new FieldError("target", "name exactly one of target.sku and target.category"));
            return null;
        }
        if (hasSku) {
            if (!Sku.isWellFormed(sku.strip())) {
                errors.add(new FieldError("target.sku", "is not a well-formed SKU"));
                return null;
            }
            return new Promotion.ForSku(new Sku(sku.strip()));
        }
        if (!CATEGORY.matcher(category.strip()).matches()) {
            errors.add(new FieldError("target.category", "is not a well-formed category"));
            return null;
        }
        return new Promotion.ForCategory(category.strip());
    }
}
