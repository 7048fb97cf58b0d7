package dev.priceflow.gateway.adapter.resilience;

import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.gateway.price.adapter.http.PricingWebClient;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One default for every circuit breaker the gateway creates: the {@code pricing} client's and each
 * route's {@code CircuitBreaker} filter. The call timeout sits above the HTTP client's response timeout
 * so that the HTTP timeout, with its clearer error, normally fires first.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerConfig {

    /** Routes whose calls may take longer than one quote: batch quotes and checkouts (route pricing-orders-policies). */
    static final String SLOW_PRICING = "pricingOrders";
    /** What-if simulations (route pricing-simulations, 20 s response timeout): one forecast per SKU and price. */
    static final String SIMULATIONS = "pricingSimulations";
    /** Recommendations (route recommender, 4 s response timeout): candidates plus one batch quote. */
    static final String RECOMMENDER = "recommender";

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> circuitBreakerDefaults(GatewayProperties properties) {
        GatewayProperties.Breaker breaker = properties.circuitBreaker();
        return factory -> {
            factory.configureDefault(id -> new Resilience4JConfigBuilder(id)
                    .circuitBreakerConfig(breakerConfig(breaker))
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(breaker.callTimeout()).build())
                    .build());
            // 6 s: above that route's 5 s response timeout (application.yml), so the HTTP timeout fires first.
            factory.configure(builder -> builder
                    .circuitBreakerConfig(breakerConfig(breaker))
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(6)).build()),
                    SLOW_PRICING);
            factory.configure(builder -> builder
                    .circuitBreakerConfig(breakerConfig(breaker))
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(5)).build()),
                    RECOMMENDER);
            // 21 s: above that route's 20 s response timeout.
            factory.configure(builder -> builder
                    .circuitBreakerConfig(breakerConfig(breaker))
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(Duration.ofSeconds(21)).build()),
                    SIMULATIONS);
        };
    }

    /**
     * Concurrent calls through one breaker (pricing's, or a route's): for pricing, its pool's connections plus
     * as many waiting in the pool's pending queue ({@link PricingWebClient#MAX_CONCURRENT_CALLS} each).
     */
    static final int BREAKER_CONCURRENT_CALLS = 2 * PricingWebClient.MAX_CONCURRENT_CALLS;

    /**
     * The bulkhead Spring Cloud puts inside every breaker defaults to 25 concurrent calls, and its rejections count
     * as failures: 48 shoppers' cached prices expiring together filled pricing's, opened the pricing breaker and
     * turned 5 s of answers into degraded ones or 503s while pricing was fine; the recommender route's answered 503
     * to 1-2 % of recommendations at 200/s whenever a stall of the machine let 25 calls pile up (the fallback's log
     * named BulkheadFullException). Every breaker's bulkhead now admits {@value #BREAKER_CONCURRENT_CALLS} calls;
     * the services' capacity is guarded by their timeouts and the breakers, the bulkheads only bound what the
     * gateway holds open. A call over the bound is refused at once: Resilience4j's semaphore bulkhead waits for a
     * free slot by parking the subscribing thread (resilience4j issue #1592), which here is a Netty event loop
     * serving every other connection on it, so no wait is configured.
     */
    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> bulkheads() {
        return provider -> provider.configureDefault(id -> bulkheadConfig().build());
    }

    static Resilience4jBulkheadConfigurationBuilder bulkheadConfig() {
        return new Resilience4jBulkheadConfigurationBuilder().bulkheadConfig(BulkheadConfig.custom()
                .maxConcurrentCalls(BREAKER_CONCURRENT_CALLS).maxWaitDuration(Duration.ZERO).build());
    }

    private static io.github.resilience4j.circuitbreaker.CircuitBreakerConfig breakerConfig(
            GatewayProperties.Breaker breaker) {
        return io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.custom()
                .slidingWindowType(SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaker.slidingWindowSize())
                .minimumNumberOfCalls(breaker.minimumCalls())
                .failureRateThreshold(breaker.failureRatePercent())
                .waitDurationInOpenState(breaker.openFor())
                .build();
    }
}
