package dev.priceflow.gateway.adapter.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Every breaker's bulkhead admits a burst of concurrent calls that the library default (25) refused, and refuses
 * the next one at once instead of parking the thread that subscribes (an event loop in the gateway).
 */
class BreakerBulkheadsTest {

    @ParameterizedTest
    @ValueSource(strings = {"pricing", "recommender", "pricingOrders", "user-profile"})
    void aBurstOfConcurrentCallsIsAdmittedAndTheNextOneIsRefusedWithoutParkingTheCaller(String breaker) {
        ReactiveResilience4jBulkheadProvider provider = new ReactiveResilience4jBulkheadProvider(BulkheadRegistry.ofDefaults());
        new CircuitBreakerConfig().bulkheads().customize(provider);
        AtomicInteger refused = new AtomicInteger();
        List<Disposable> running = new ArrayList<>();
        for (int i = 0; i < CircuitBreakerConfig.BREAKER_CONCURRENT_CALLS; i++) {
            running.add(provider.decorateMono(breaker, Map.of(), Mono.never())
                    .subscribe(v -> { }, e -> refused.incrementAndGet()));
        }
        assertThat(refused).as("48 shoppers' misses at once no longer overflow it").hasValue(0);

        long start = System.nanoTime();
        Object overflow = provider.decorateMono(breaker, Map.of(), Mono.just((Object) "x"))
                .onErrorResume(e -> Mono.just(e)).block();
        long waitedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(overflow).isInstanceOf(BulkheadFullException.class);
        assertThat(provider.getBulkheadRegistry().bulkhead(breaker).getBulkheadConfig().getMaxWaitDuration())
                .as("no wait: the semaphore would park the subscribing thread, an event loop").isZero();
        assertThat(waitedMillis).as("refused at once").isLessThan(200);
        running.forEach(Disposable::dispose);
    }
}
