package dev.priceflow.pricing.code.application;

import dev.priceflow.pricing.code.domain.RedemptionRules;
import dev.priceflow.pricing.promotion.application.Actor;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Codes and limits of promotions; each change and its audit row commit together. */
public interface CodeStore {

    Mono<RedemptionState> find(UUID promotionId);

    /**
     * Makes the promotion cart-level with these limits and, when given, its public code. False (nothing written)
     * when the public code is already another promotion's.
     */
    Mono<Boolean> saveRules(UUID promotionId, RedemptionRules rules, Actor actor, Instant at);

    /** Adds unique single-use codes; the number actually added (a code already taken anywhere is skipped). */
    Mono<Integer> addUniqueCodes(UUID promotionId, List<String> codes, Actor actor, Instant at);

    /** Every code of the promotion with its uses, oldest first. */
    Flux<CodeUse> codes(UUID promotionId);

    record CodeUse(String code, int uses) {
    }
}
