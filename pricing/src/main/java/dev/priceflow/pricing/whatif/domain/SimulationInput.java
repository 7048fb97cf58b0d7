package dev.priceflow.pricing.whatif.domain;

import dev.priceflow.pricing.policy.domain.PolicyInput;
import java.math.BigDecimal;

/**
 * A simulation request as marketing sent it, unchecked (any field may be null): the days {@code from..to}
 * (ISO dates, inclusive), the channel, and exactly one proposal: a new {@code promotion}, an existing
 * {@code promotionId}, or a category {@code policy}.
 */
public record SimulationInput(String from, String to, String channel, PromotionProposal promotion,
                              String promotionId, PolicyProposal policy) {

    public record PromotionProposal(String kind, BigDecimal value, String sku, String category) {
    }

    /** A category and the same body as {@code PUT /api/v1/pricing/policies/{category}}. */
    public record PolicyProposal(String category, PolicyInput input) {
    }
}
