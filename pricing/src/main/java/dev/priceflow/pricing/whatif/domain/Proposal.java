package dev.priceflow.pricing.whatif.domain;

import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import java.math.BigDecimal;
import java.util.UUID;

/** What a simulation compares with the current prices: one checked proposal. */
public sealed interface Proposal {

    /** A new promotion over the whole simulated range. */
    record NewPromotion(Promotion.Kind kind, BigDecimal value, String sku, String category) implements Proposal {
    }

    /** A promotion already stored (any status), as if active in its own window. */
    record ExistingPromotion(UUID id) implements Proposal {
    }

    /** A category policy replacing the current one (the optimized base of its SKUs changes). */
    record NewPolicy(CategoryPolicy policy) implements Proposal {
    }
}
