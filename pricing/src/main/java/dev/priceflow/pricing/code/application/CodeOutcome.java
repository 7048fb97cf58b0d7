package dev.priceflow.pricing.code.application;

import dev.priceflow.pricing.promotion.domain.FieldError;
import java.util.List;

/** What a change to codes or limits came to. */
public sealed interface CodeOutcome {

    /** Saved; {@code generated} codes were added; {@code cachesStale} when the pricing version was not bumped. */
    record Done(RedemptionState state, int generated, boolean cachesStale) implements CodeOutcome {
    }

    record Invalid(List<FieldError> errors) implements CodeOutcome {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    record NotFound() implements CodeOutcome {
    }

    record Conflict(String detail) implements CodeOutcome {
    }
}
