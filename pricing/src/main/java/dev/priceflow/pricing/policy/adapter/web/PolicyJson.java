package dev.priceflow.pricing.policy.adapter.web;

import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import dev.priceflow.pricing.policy.domain.ChannelSwitches;
import dev.priceflow.pricing.policy.domain.PolicyInput;
import dev.priceflow.pricing.policy.domain.SkuLimits;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** The wire shapes of the policy API: decimals as strings, percent as percent ("10" = 10 %). */
final class PolicyJson {

    private PolicyJson() {
    }

    record Request(String objective, String targetMarginPercent, String maxDailyChangePercent, String priceEnding,
                   Boolean personalizationAllowed, String personalizationMaxPercent, String competitorWithinPercent,
                   Map<String, PolicyInput.ChannelInput> channels, Long version) {

        PolicyInput input() {
            return new PolicyInput(objective, targetMarginPercent, maxDailyChangePercent, priceEnding,
                    personalizationAllowed, personalizationMaxPercent, competitorWithinPercent, channels);
        }
    }

    record View(String category, String objective, String targetMarginPercent, String maxDailyChangePercent,
                String priceEnding, boolean personalizationAllowed, String personalizationMaxPercent,
                String competitorWithinPercent, Map<String, ChannelSwitches> channels, long version,
                Instant updatedAt, String updatedBy) {
    }

    record LimitsView(String sku, String floorPrice, String ceilingPrice, String minMarginPercent) {
    }

    static View of(CategoryPolicy p) {
        return new View(p.category(), p.objective().name(), text(p.targetMarginPercent()),
                text(p.maxDailyChangePercent()), p.priceEnding().wire(), p.personalizationAllowed(),
                text(p.personalizationMaxPercent()), text(p.competitorWithinPercent()), new TreeMap<>(p.channels()),
                p.version(), p.updatedAt(), p.updatedBy());
    }

    static LimitsView of(SkuLimits l) {
        return new LimitsView(l.sku(), text(l.floorPrice()), text(l.ceilingPrice()), text(l.minMarginPercent()));
    }

    static Object view(Object saved) {
        return saved instanceof CategoryPolicy p ? of(p) : of((SkuLimits) saved);
    }

    private static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
