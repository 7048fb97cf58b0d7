package dev.priceflow.pricing.order.application;

import dev.priceflow.pricing.order.domain.PricedCart;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What pricing or placing a cart came to; the web adapter maps each to an HTTP answer. */
public sealed interface CartOutcome {

    record Priced(PricedCart cart) implements CartOutcome {
    }

    record Placed(UUID orderId, Instant createdAt, PricedCart cart) implements CartOutcome {
    }

    /** The same Idempotency-Key and body were sent before: the stored receipt, unchanged. */
    record Replayed(String receipt) implements CartOutcome {
    }

    record Rejected(Kind kind, String title, List<Problem> problems) implements CartOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }

        public Rejected(Kind kind, String title, Problem problem) {
            this(kind, title, List.of(problem));
        }
    }

    /** INVALID: 400; QUOTE_EXPIRED, QUOTE_INVALID, UNPROCESSABLE: 422; NOT_YOURS: 403; CODE_REFUSED, KEY_REUSED: 409/422. */
    enum Kind { INVALID, QUOTE_EXPIRED, QUOTE_INVALID, NOT_YOURS, UNPROCESSABLE, CODE_REFUSED, KEY_REUSED }

    /** One reason, naming the line (index in the request) or the code it is about; either may be null. */
    record Problem(Integer line, String code, String detail) {
    }
}
