package dev.priceflow.pricing.application;

import dev.priceflow.contracts.Sku;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.domain.Promotion;
import dev.priceflow.pricing.domain.Quote;
import dev.priceflow.pricing.domain.ShopperFeatures;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * In-memory ports for use-case and web tests. Each can be made to fail or hang, and each records the order
 * in which the use case called it.
 */
public final class FakePorts implements Catalogue, Promotions, QuoteLog, PricingVersion, QuoteEvents,
        ShopperProfiles {

    public final Map<Sku, Product> products = new HashMap<>();
    public final List<Promotion> promotions = new ArrayList<>();
    public final List<Quote> recorded = new CopyOnWriteArrayList<>();
    public final List<Quote> published = new CopyOnWriteArrayList<>();
    public final List<String> calls = new CopyOnWriteArrayList<>();
    public Mono<String> version = Mono.just("7");
    public Throwable catalogueFailure;
    public Throwable auditFailure;
    public Mono<Void> eventOutcome = Mono.empty();
    public final Map<String, ShopperFeatures> profiles = new HashMap<>();
    public Mono<ShopperFeatures> profileOutcome;
    /** Profile segments by user id (none: no segment). */
    public final Map<String, Integer> segments = new HashMap<>();

    public FakePorts with(Product product) {
        products.put(product.sku(), product);
        return this;
    }

    @Override
    public Mono<Product> find(Sku sku) {
        calls.add("catalogue");
        return catalogueFailure != null ? Mono.error(catalogueFailure) : Mono.justOrEmpty(products.get(sku));
    }

    @Override
    public Flux<Sku> someSkus(int limit) {
        return Flux.fromIterable(List.copyOf(products.keySet())).take(limit);
    }

    @Override
    public Flux<Promotion> activeFor(Product product, Instant at) {
        calls.add("promotions");
        return Flux.fromIterable(promotions);
    }

    @Override
    public Mono<Void> record(Quote quote) {
        calls.add("audit");
        if (auditFailure != null) {
            return Mono.error(auditFailure);
        }
        recorded.add(quote);
        return Mono.empty();
    }

    @Override
    public Mono<String> current() {
        calls.add("version");
        return version;
    }

    @Override
    public Mono<Void> issued(Quote quote) {
        calls.add("event");
        return eventOutcome.doOnSuccess(done -> published.add(quote));
    }

    @Override
    public Mono<ShopperFeatures> find(String userId) {
        calls.add("profile");
        return profileOutcome != null ? profileOutcome : Mono.justOrEmpty(profiles.get(userId));
    }

    @Override
    public Mono<Integer> segment(String userId) {
        calls.add("segment");
        return Mono.justOrEmpty(segments.get(userId));
    }
}
