package dev.priceflow.pricing.policy.domain;

import dev.priceflow.pricing.optimize.domain.Objective;
import dev.priceflow.pricing.optimize.domain.OptimizationRules;
import dev.priceflow.pricing.optimize.domain.PriceEnding;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Marketing's pricing policy of one category. Percentages are percent (10 = 10 %); {@code targetMarginPercent}
 * only with {@link Objective#MARGIN_TARGET}; {@code competitorWithinPercent} null = no competitor rule.
 * {@code channels} has an entry for each of {@link #CHANNELS}; any other channel is neither optimized nor
 * personalized by the policy. {@code version} counts the changes (optimistic locking).
 */
public record CategoryPolicy(String category, Objective objective, BigDecimal targetMarginPercent,
                             BigDecimal maxDailyChangePercent, PriceEnding priceEnding,
                             boolean personalizationAllowed, BigDecimal personalizationMaxPercent,
                             BigDecimal competitorWithinPercent, Map<String, ChannelSwitches> channels,
                             long version, Instant updatedAt, String updatedBy) {

    public static final Set<String> CHANNELS = Set.of("web", "app", "marketplace");

    public CategoryPolicy {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(maxDailyChangePercent, "maxDailyChangePercent");
        Objects.requireNonNull(priceEnding, "priceEnding");
        Objects.requireNonNull(personalizationMaxPercent, "personalizationMaxPercent");
        channels = Map.copyOf(channels);
    }

    public OptimizationRules rules() {
        return new OptimizationRules(objective,
                targetMarginPercent == null ? null : targetMarginPercent.movePointLeft(2),
                maxDailyChangePercent, priceEnding, competitorWithinPercent);
    }

    public ChannelSwitches on(String channel) {
        return channels.getOrDefault(channel, ChannelSwitches.OFF);
    }

    public CategoryPolicy saved(long newVersion, Instant at, String by) {
        return new CategoryPolicy(category, objective, targetMarginPercent, maxDailyChangePercent, priceEnding,
                personalizationAllowed, personalizationMaxPercent, competitorWithinPercent, channels, newVersion,
                at, by);
    }
}
