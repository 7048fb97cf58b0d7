package dev.priceflow.pricing.promotion.application;

import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.promotion.domain.ApprovalRule;
import dev.priceflow.pricing.promotion.domain.ManagedPromotion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** In-memory promotion store, version counter and event sink, with switchable failures. */
public final class FakePromotionPorts implements PromotionStore, PricingVersionBump, PromotionEvents {

    public final Map<UUID, ManagedPromotion> rows = new LinkedHashMap<>();
    public final List<AuditEntry> audit = new CopyOnWriteArrayList<>();
    public final List<Changed> events = new CopyOnWriteArrayList<>();
    public final Set<String> skus = new HashSet<>(Set.of("SKU-1"));
    public final Set<String> categories = new HashSet<>(Set.of("HOME"));
    public final AtomicInteger bumps = new AtomicInteger();
    public final AtomicInteger bumpAttempts = new AtomicInteger();
    /** What {@link #listPrices} answers for every target. */
    public ApprovalRule.ListRange listPrices = new ApprovalRule.ListRange(new BigDecimal("20.00"),
            new BigDecimal("20.00"));
    public boolean redisDown;
    public boolean kafkaDown;
    /** Simulates another writer getting in between the read and the write. */
    public boolean concurrentWriter;

    @Override
    public synchronized Mono<Void> insert(ManagedPromotion promotion, AuditEntry entry) {
        rows.put(promotion.id(), promotion);
        audit.add(entry);
        return Mono.empty();
    }

    @Override
    public synchronized Mono<Boolean> replace(ManagedPromotion promotion, long expectedVersion, AuditEntry entry) {
        ManagedPromotion current = rows.get(promotion.id());
        if (concurrentWriter || current == null || current.version() != expectedVersion) {
            return Mono.just(false);
        }
        rows.put(promotion.id(), promotion);
        audit.add(entry);
        return Mono.just(true);
    }

    @Override
    public Mono<ManagedPromotion> find(UUID id) {
        return Mono.justOrEmpty(rows.get(id));
    }

    @Override
    public Flux<ManagedPromotion> list(int limit) {
        List<ManagedPromotion> all = new ArrayList<>(rows.values());
        all.sort(Comparator.comparing(ManagedPromotion::createdAt).reversed());
        return Flux.fromIterable(all).take(limit);
    }

    @Override
    public Mono<Boolean> skuExists(String sku) {
        return Mono.just(skus.contains(sku));
    }

    @Override
    public Mono<Boolean> categoryExists(String category) {
        return Mono.just(categories.contains(category));
    }

    @Override
    public Mono<ApprovalRule.ListRange> listPrices(Promotion.Target target) {
        return Mono.just(listPrices);
    }

    @Override
    public Mono<Long> bump() {
        return Mono.defer(() -> {
            bumpAttempts.incrementAndGet();
            return redisDown ? Mono.error(new IllegalStateException("redis down"))
                    : Mono.just((long) bumps.incrementAndGet());
        });
    }

    @Override
    public Mono<Void> changed(Changed change) {
        return Mono.defer(() -> {
            if (kafkaDown) {
                return Mono.error(new IllegalStateException("kafka down"));
            }
            events.add(change);
            return Mono.empty();
        });
    }
}
