package dev.priceflow.pricing.policy.application;

import dev.priceflow.pricing.policy.domain.PolicyFieldError;
import java.util.List;

/** The answer to a policy or SKU-limit change; rejections are values, not exceptions. */
public sealed interface PolicyOutcome {

    /** Saved; {@code cachesStale} when the pricing version could not be bumped afterwards. */
    record Saved(Object saved, boolean created, boolean cachesStale) implements PolicyOutcome {
    }

    record Invalid(List<PolicyFieldError> errors) implements PolicyOutcome {
    }

    record NotFound(String detail) implements PolicyOutcome {
    }

    record Conflict(String detail) implements PolicyOutcome {
    }
}
