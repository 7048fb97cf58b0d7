package dev.priceflow.pricing.whatif.application;

import dev.priceflow.pricing.optimize.application.BaseStep;
import dev.priceflow.pricing.policy.domain.CategoryPolicy;

/**
 * The optimized-base step as a simulation uses it: read only (nothing recorded), with the stored policies, or
 * with {@code proposed} replacing the stored policy of its category.
 */
public interface BaseSteps {

    BaseStep readOnly(CategoryPolicy proposed);
}
