package dev.priceflow.pricing.promotion.application;

import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.promotion.domain.ApprovalRule;
import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where promotions and their audit trail live. Each write and its audit row commit together or not at all. */
public interface PromotionStore {

    Mono<Void> insert(ManagedPromotion promotion, AuditEntry audit);

    /**
     * Replaces the promotion whose version is still {@code expectedVersion}; false (and nothing written) when
     * someone else changed it first.
     */
    Mono<Boolean> replace(ManagedPromotion promotion, long expectedVersion, AuditEntry audit);

    Mono<ManagedPromotion> find(UUID id);

    /** The newest promotions first, at most {@code limit}. */
    Flux<ManagedPromotion> list(int limit);

    Mono<Boolean> skuExists(String sku);

    Mono<Boolean> categoryExists(String category);

    /** The list price of each of {@code skus} that exists (a SKU missing from the map is unknown). */
    default Mono<java.util.Map<String, java.math.BigDecimal>> listPricesOf(java.util.Collection<String> skus) {
        return Mono.just(java.util.Map.of());
    }

    /** The lowest and highest list price of the products {@code target} names (fields null: none). */
    Mono<ApprovalRule.ListRange> listPrices(Promotion.Target target);
}
