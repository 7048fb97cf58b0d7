package dev.priceflow.pricing.promotion.application;

import dev.priceflow.pricing.promotion.domain.FieldError;
import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import java.util.List;

/** What a change request came to; the web adapter maps each to an HTTP answer. */
public sealed interface PromotionOutcome {

    /** Saved; {@code cachesStale} when the pricing version could not be bumped after the commit. */
    record Saved(ManagedPromotion promotion, boolean cachesStale) implements PromotionOutcome {
    }

    record Invalid(List<FieldError> errors) implements PromotionOutcome {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    record NotFound() implements PromotionOutcome {
    }

    /** The caller may not do this to this promotion (e.g. approve their own). */
    record Forbidden(String detail) implements PromotionOutcome {
    }

    /** The promotion changed since the caller read it, or its state does not allow the change. */
    record Conflict(String detail) implements PromotionOutcome {
    }
}
