package dev.priceflow.pricing.order.application;

import java.time.Instant;
import java.util.Collection;
import reactor.core.publisher.Flux;

/** Cart-level promotions and codes, with their limits and usage. */
public interface CartOffers {

    /** Active cart-level promotions that need no code, in a stable order (oldest first). */
    Flux<Offer> automatic(String userId, Instant at);

    /** The offers the given codes (upper case) unlock; a code that is not found is simply absent. */
    Flux<Offer> forCodes(String userId, Collection<String> codes, Instant at);
}
