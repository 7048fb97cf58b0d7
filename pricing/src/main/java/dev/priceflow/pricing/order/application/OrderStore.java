package dev.priceflow.pricing.order.application;

import dev.priceflow.pricing.order.domain.PricedCart;
import java.time.Instant;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Records an order and redeems its promotions in ONE transaction: the order row (unique per user and
 * idempotency key), one conditional update per code and per promotion (uses, per-user uses, budget; a row at its
 * limit is left unchanged and the whole order is refused), the redemption rows. All or nothing.
 */
public interface OrderStore {

    Mono<Result> place(NewOrder order);

    /** The order this user already placed with this key, or empty. */
    Mono<Existing> existing(String userId, String idempotencyKey);

    record NewOrder(UUID id, String userId, String idempotencyKey, String requestHash, PricedCart cart,
                    String receipt, Instant at) {
    }

    sealed interface Result {
    }

    record Placed() implements Result {
    }

    /** The key was used before by this user: the stored request hash and receipt. */
    record Existing(String requestHash, String receipt) implements Result {
    }

    /** A limit was reached while redeeming; nothing was written. */
    record Refused(UUID promotionId, String code, String reason) implements Result {
    }
}
