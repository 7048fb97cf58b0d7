package dev.priceflow.pricing.promotion.adapter.sql;

import dev.priceflow.pricing.domain.Audience;
import dev.priceflow.pricing.domain.OfferRule;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stored forms of a multi-unit promotion's terms ({@code promotion.rule} jsonb, money and percentages as
 * decimal strings) and of its audience ({@code segment_ids}, {@code user_ids}); shared by every reader of the
 * promotion table.
 */
public final class OfferRuleJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OfferRuleJson() {
    }

    public static String write(OfferRule rule) {
        if (rule == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        switch (rule) {
            case OfferRule.BuyXGetY b -> {
                out.put("buy", b.buy());
                out.put("get", b.get());
                out.put("percentOff", b.percentOff().toPlainString());
            }
            case OfferRule.Tiered t -> {
                out.put("basis", t.basis().name());
                List<Map<String, String>> tiers = new ArrayList<>();
                for (OfferRule.Tier tier : t.tiers()) {
                    Map<String, String> one = new LinkedHashMap<>();
                    one.put("threshold", tier.threshold().toPlainString());
                    one.put(tier.percentOff() != null ? "percentOff" : "amountOff",
                            (tier.percentOff() != null ? tier.percentOff() : tier.amountOff()).toPlainString());
                    tiers.add(one);
                }
                out.put("tiers", tiers);
            }
            case OfferRule.Bundle b -> {
                out.put("items", b.items().stream().map(i -> Map.of("sku", i.sku(), "quantity", i.quantity())).toList());
                out.put(b.price() != null ? "price" : "percentOff",
                        (b.price() != null ? b.price() : b.percentOff()).toPlainString());
            }
        }
        return JSON.writeValueAsString(out);
    }

    public static OfferRule read(String kind, String json) {
        if (json == null) {
            return null;
        }
        JsonNode node = JSON.readTree(json);
        return switch (kind) {
            case "BUY_X_GET_Y" -> new OfferRule.BuyXGetY(node.get("buy").asInt(), node.get("get").asInt(),
                    decimal(node, "percentOff"));
            case "TIERED" -> {
                List<OfferRule.Tier> tiers = new ArrayList<>();
                node.get("tiers").forEach(t -> tiers.add(new OfferRule.Tier(decimal(t, "threshold"),
                        decimal(t, "percentOff"), decimal(t, "amountOff"))));
                yield new OfferRule.Tiered(OfferRule.Basis.valueOf(node.get("basis").asString()), tiers);
            }
            case "BUNDLE" -> {
                List<OfferRule.Item> items = new ArrayList<>();
                node.get("items").forEach(i -> items.add(new OfferRule.Item(i.get("sku").asString(),
                        i.get("quantity").asInt())));
                yield new OfferRule.Bundle(items, decimal(node, "price"), decimal(node, "percentOff"));
            }
            default -> null;
        };
    }

    /** The audience of a row that selected {@code segment_ids} and {@code user_ids}. */
    public static Audience audience(Readable row) {
        Integer[] segments = row.get("segment_ids", Integer[].class);
        String[] users = row.get("user_ids", String[].class);
        return new Audience(segments == null ? Set.of() : Set.copyOf(Arrays.asList(segments)),
                users == null ? Set.of() : Set.copyOf(Arrays.asList(users)));
    }

    public static Integer[] segments(Audience audience) {
        return audience.segments().stream().sorted().toArray(Integer[]::new);
    }

    public static String[] users(Audience audience) {
        return audience.userIds().stream().sorted().toArray(String[]::new);
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : new BigDecimal(value.asString());
    }
}
