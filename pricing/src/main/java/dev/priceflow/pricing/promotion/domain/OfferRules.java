package dev.priceflow.pricing.promotion.domain;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Audience;
import dev.priceflow.pricing.domain.OfferRule;
import dev.priceflow.pricing.domain.Promotion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks of the multi-unit terms ({@link OfferRule}) and of the audience. Every problem names its field
 * ({@code buyXGetY.buy}, {@code tiered.tiers[1].threshold}, {@code bundle.items[0].sku}, {@code target.userIds[3]}).
 * Whether a bundle's SKUs exist is the use case's check (it needs the catalogue).
 */
public final class OfferRules {

    public static final int MAX_UNITS = 999;
    public static final int MAX_TIERS = 10;
    public static final int MAX_BUNDLE_ITEMS = 20;
    public static final int MAX_USER_IDS = 10_000;
    public static final int MAX_SEGMENTS = 1_000;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern UUID_SHAPED = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private OfferRules() {
    }

    /** The terms of {@code kind} (null for a single-unit kind, or when they are wrong: errors say why). */
    static OfferRule rule(Promotion.Kind kind, PromotionInput in, List<FieldError> errors) {
        if (kind == null || !kind.multiUnit()) {
            return null;
        }
        int before = errors.size();
        OfferRule rule = switch (kind) {
            case BUY_X_GET_Y -> buyXGetY(in.buyXGetY(), errors);
            case TIERED -> tiered(in.tiered(), errors);
            case BUNDLE -> bundle(in.bundle(), errors);
            default -> null;
        };
        return errors.size() == before ? rule : null;
    }

    /** The number stored as the promotion's value: its headline discount (percent, amount or bundle price). */
    static BigDecimal headline(OfferRule rule) {
        return switch (rule) {
            case OfferRule.BuyXGetY b -> b.percentOff();
            case OfferRule.Tiered t -> t.tiers().stream()
                    .map(tier -> tier.percentOff() != null ? tier.percentOff() : tier.amountOff())
                    .max(BigDecimal::compareTo).orElseThrow();
            case OfferRule.Bundle b -> b.price() != null ? b.price() : b.percentOff();
        };
    }

    private static OfferRule buyXGetY(OfferInput.BuyXGetY in, List<FieldError> errors) {
        if (in == null) {
            errors.add(new FieldError("buyXGetY", "is required for kind BUY_X_GET_Y: {buy, get, percentOff}"));
            return null;
        }
        Integer buy = units("buyXGetY.buy", in.buy(), errors);
        Integer get = units("buyXGetY.get", in.get(), errors);
        BigDecimal percent = in.percentOff() == null ? HUNDRED
                : percent("buyXGetY.percentOff", in.percentOff(), true, errors);
        return buy == null || get == null || percent == null ? null : new OfferRule.BuyXGetY(buy, get, percent);
    }

    private static OfferRule tiered(OfferInput.Tiered in, List<FieldError> errors) {
        if (in == null || in.tiers() == null || in.tiers().isEmpty() || in.tiers().size() > MAX_TIERS) {
            errors.add(new FieldError(in == null ? "tiered" : "tiered.tiers", "give 1 to " + MAX_TIERS
                    + " tiers: {basis: spend|quantity, tiers: [{threshold, percentOff or amountOff}]}"));
            return null;
        }
        String basisText = in.basis() == null ? "" : in.basis().strip().toUpperCase(Locale.ROOT);
        OfferRule.Basis basis = basisText.equals("SPEND") ? OfferRule.Basis.SPEND
                : basisText.equals("QUANTITY") ? OfferRule.Basis.QUANTITY : null;
        if (basis == null) {
            errors.add(new FieldError("tiered.basis", "must be spend or quantity"));
        }
        List<OfferRule.Tier> tiers = new ArrayList<>();
        BigDecimal last = null;
        for (int i = 0; i < in.tiers().size(); i++) {
            OfferInput.Tier tier = in.tiers().get(i);
            String field = "tiered.tiers[" + i + "]";
            if (tier == null) {
                errors.add(new FieldError(field, "must not be null"));
                continue;
            }
            BigDecimal threshold = basis == OfferRule.Basis.QUANTITY
                    ? toDecimal(units(field + ".threshold", tier.threshold(), errors))
                    : money(field + ".threshold", tier.threshold(), errors);
            if (threshold != null && last != null && threshold.compareTo(last) <= 0) {
                errors.add(new FieldError(field + ".threshold", "thresholds must strictly increase"));
            }
            last = threshold == null ? last : threshold;
            if ((tier.percentOff() == null) == (tier.amountOff() == null)) {
                errors.add(new FieldError(field, "give exactly one of percentOff and amountOff"));
                continue;
            }
            BigDecimal percent = tier.percentOff() == null ? null
                    : percent(field + ".percentOff", tier.percentOff(), true, errors);
            BigDecimal amount = tier.amountOff() == null ? null : money(field + ".amountOff", tier.amountOff(), errors);
            if (amount != null && threshold != null && basis == OfferRule.Basis.SPEND && amount.compareTo(threshold) > 0) {
                errors.add(new FieldError(field + ".amountOff", "must not exceed its threshold (over 100 % off)"));
            }
            if (threshold != null && (percent != null || amount != null)) {
                tiers.add(new OfferRule.Tier(threshold, percent, amount));
            }
        }
        return basis == null || tiers.size() != in.tiers().size() ? null : new OfferRule.Tiered(basis, tiers);
    }

    private static OfferRule bundle(OfferInput.Bundle in, List<FieldError> errors) {
        if (in == null || in.items() == null || in.items().size() < 2 || in.items().size() > MAX_BUNDLE_ITEMS) {
            errors.add(new FieldError(in == null ? "bundle" : "bundle.items", "give 2 to " + MAX_BUNDLE_ITEMS
                    + " distinct SKUs: {items: [{sku, quantity}], price or percentOff}"));
            return null;
        }
        List<OfferRule.Item> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < in.items().size(); i++) {
            OfferInput.Item item = in.items().get(i);
            String field = "bundle.items[" + i + "]";
            String sku = item == null || item.sku() == null ? "" : item.sku().strip();
            if (!Sku.isWellFormed(sku)) {
                errors.add(new FieldError(field + ".sku", "is not a well-formed SKU"));
            } else if (!seen.add(sku)) {
                errors.add(new FieldError(field + ".sku", "appears twice; give each SKU once with its quantity"));
            }
            Integer quantity = item == null ? null : item.quantity() == null ? Integer.valueOf(1)
                    : units(field + ".quantity", item.quantity(), errors);
            if (quantity != null && Sku.isWellFormed(sku)) {
                items.add(new OfferRule.Item(sku, quantity));
            }
        }
        if ((in.price() == null) == (in.percentOff() == null)) {
            errors.add(new FieldError("bundle", "give exactly one of price and percentOff"));
            return null;
        }
        BigDecimal price = in.price() == null ? null : money("bundle.price", in.price(), errors);
        BigDecimal percent = in.percentOff() == null ? null : percent("bundle.percentOff", in.percentOff(), false,
                errors);
        return seen.size() != in.items().size() || items.size() != in.items().size() || (price == null && percent == null)
                ? null : new OfferRule.Bundle(items, price, percent);
    }

    /** Who may get it: UUID-shaped user ids (at most 10,000) and non-negative segment ids (at most 1,000). */
    static Audience audience(List<String> segments, List<String> userIds, List<FieldError> errors) {
        Set<Integer> segmentIds = new LinkedHashSet<>();
        Set<String> users = new LinkedHashSet<>();
        if (segments != null && segments.size() > MAX_SEGMENTS) {
            errors.add(new FieldError("target.segments", "at most " + MAX_SEGMENTS + " segment ids"));
        } else if (segments != null) {
            for (int i = 0; i < segments.size(); i++) {
                try {
                    int id = Integer.parseInt(segments.get(i) == null ? "" : segments.get(i).strip());
                    if (id < 0) {
                        throw new NumberFormatException();
                    }
                    segmentIds.add(id);
                } catch (NumberFormatException e) {
                    errors.add(new FieldError("target.segments[" + i + "]", "must be a non-negative integer"));
                }
            }
        }
        if (userIds != null && userIds.size() > MAX_USER_IDS) {
            errors.add(new FieldError("target.userIds", "at most " + MAX_USER_IDS + " user ids"));
        } else if (userIds != null) {
            for (int i = 0; i < userIds.size(); i++) {
                String id = userIds.get(i) == null ? "" : userIds.get(i).strip();
                if (!UUID_SHAPED.matcher(id).matches()) {
                    errors.add(new FieldError("target.userIds[" + i + "]", "must be a user id (a UUID)"));
                } else {
                    users.add(id.toLowerCase(Locale.ROOT));
                }
            }
        }
        return new Audience(segmentIds, users);
    }

    private static Integer units(String field, String text, List<FieldError> errors) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.strip());
            if (n >= 1 && n <= MAX_UNITS) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "must be a whole number from 1 to " + MAX_UNITS));
        return null;
    }

    private static BigDecimal percent(String field, String text, boolean hundredAllowed, List<FieldError> errors) {
        BigDecimal value = decimal(field, text, errors);
        if (value != null && (value.signum() <= 0 || value.compareTo(HUNDRED) > 0
                || (!hundredAllowed && value.compareTo(HUNDRED) == 0) || value.scale() > 4)) {
            errors.add(new FieldError(field, "must be above 0 and " + (hundredAllowed ? "at most" : "below")
                    + " 100, with at most 4 decimal places"));
            return null;
        }
        return value;
    }

    private static BigDecimal money(String field, String text, List<FieldError> errors) {
        BigDecimal value = decimal(field, text, errors);
        if (value != null && (value.signum() <= 0 || value.compareTo(PromotionRules.MAX_VALUE) > 0
                || value.scale() > 2)) {
            errors.add(new FieldError(field, "must be above 0, at most " + PromotionRules.MAX_VALUE.toPlainString()
                    + ", with at most 2 decimal places"));
            return null;
        }
        return value;
    }

    private static BigDecimal decimal(String field, String text, List<FieldError> errors) {
        try {
            return new BigDecimal(text == null ? "" : text.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "must be a decimal number as a string, e.g. \"10\""));
            return null;
        }
    }

    private static BigDecimal toDecimal(Integer n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }

    static OfferInput.BuyXGetY input(OfferRule.BuyXGetY b) {
        return new OfferInput.BuyXGetY(String.valueOf(b.buy()), String.valueOf(b.get()), b.percentOff().toPlainString());
    }

    static OfferInput.Tiered input(OfferRule.Tiered t) {
        return new OfferInput.Tiered(t.basis().name().toLowerCase(Locale.ROOT), t.tiers().stream()
                .map(tier -> new OfferInput.Tier(tier.threshold().toPlainString(), plain(tier.percentOff()),
                        plain(tier.amountOff()))).toList());
    }

    static OfferInput.Bundle input(OfferRule.Bundle b) {
        return new OfferInput.Bundle(b.items().stream()
                .map(i -> new OfferInput.Item(i.sku(), String.valueOf(i.quantity()))).toList(),
                plain(b.price()), plain(b.percentOff()));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
