package dev.priceflow.pricing.policy.adapter.sql;

import dev.priceflow.pricing.optimize.domain.Objective;
import dev.priceflow.pricing.optimize.domain.PriceEnding;
import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import dev.priceflow.pricing.policy.domain.ChannelSwitches;
import dev.priceflow.pricing.policy.domain.SkuLimits;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Row mapping of {@code category_policy} and the product's limit columns, and their audit snapshots. */
final class PolicyRows {

    static final String COLUMNS = "category, objective, target_margin_pct, max_daily_change_pct, price_ending, "
            + "personalization_allowed, personalization_max_pct, competitor_within_pct, optimized_channels, "
            + "personalized_channels, version, updated_at, updated_by";

    private PolicyRows() {
    }

    static CategoryPolicy read(Readable row) {
        Set<String> optimized = set(row.get("optimized_channels", String.class));
        Set<String> personalized = set(row.get("personalized_channels", String.class));
        Map<String, ChannelSwitches> channels = new HashMap<>();
        CategoryPolicy.CHANNELS.forEach(c -> channels.put(c,
                new ChannelSwitches(optimized.contains(c), personalized.contains(c))));
        return new CategoryPolicy(row.get("category", String.class),
                Objective.valueOf(row.get("objective", String.class)),
                strip(row.get("target_margin_pct", BigDecimal.class)),
                strip(row.get("max_daily_change_pct", BigDecimal.class)),
                PriceEnding.valueOf(row.get("price_ending", String.class)),
                Boolean.TRUE.equals(row.get("personalization_allowed", Boolean.class)),
                strip(row.get("personalization_max_pct", BigDecimal.class)),
                strip(row.get("competitor_within_pct", BigDecimal.class)), channels,
                row.get("version", Long.class), row.get("updated_at", OffsetDateTime.class).toInstant(),
                row.get("updated_by", String.class));
    }

    static SkuLimits limits(Readable row) {
        return new SkuLimits(row.get("sku", String.class), row.get("floor_price", BigDecimal.class),
                row.get("ceiling_price", BigDecimal.class), strip(row.get("min_margin_pct", BigDecimal.class)));
    }

    static String channels(CategoryPolicy policy, boolean optimize) {
        return new TreeMap<>(policy.channels()).entrySet().stream()
                .filter(e -> optimize ? e.getValue().optimize() : e.getValue().personalize())
                .map(Map.Entry::getKey).collect(Collectors.joining(","));
    }

    static Map<String, Object> snapshot(CategoryPolicy p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("category", p.category());
        out.put("objective", p.objective().name());
        out.put("targetMarginPercent", text(p.targetMarginPercent()));
        out.put("maxDailyChangePercent", text(p.maxDailyChangePercent()));
        out.put("priceEnding", p.priceEnding().wire());
        out.put("personalizationAllowed", p.personalizationAllowed());
        out.put("personalizationMaxPercent", text(p.personalizationMaxPercent()));
        out.put("competitorWithinPercent", text(p.competitorWithinPercent()));
        out.put("optimizedChannels", channels(p, true));
        out.put("personalizedChannels", channels(p, false));
        out.put("version", p.version());
        return out;
    }

    static Map<String, Object> snapshot(SkuLimits l) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sku", l.sku());
        out.put("floorPrice", text(l.floorPrice()));
        out.put("ceilingPrice", text(l.ceilingPrice()));
        out.put("minMarginPercent", text(l.minMarginPercent()));
        return out;
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal s = value.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static Set<String> set(String csv) {
        return csv == null || csv.isBlank() ? Set.of()
                : Arrays.stream(csv.split(",")).map(String::trim).collect(Collectors.toSet());
    }
}
