package dev.priceflow.gateway.price.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.gateway.support.FakePriceCache;
import dev.priceflow.gateway.support.FakePricingClient;
import dev.priceflow.infra.test.ManualClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/** A hit near its expiry is answered from the cache and renewed once in the background. */
class PriceLookupRefreshAheadTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private static final String USER = "6f1c2a8e-0000-4000-8000-00000000a11c";
    private final ManualClock clock = new ManualClock(NOW);
    private final FakePriceCache cache = new FakePriceCache();
    private final FakePricingClient pricing = new FakePricingClient();
    private final String key = RedisKeys.cachedPrice(USER, "85123A", "web", "0");

    private PriceLookup lookup(Duration refreshAhead, int concurrency) {
        GatewayProperties properties = new GatewayProperties(
                new GatewayProperties.Pricing(URI.create("http://127.0.0.1:8081"), Duration.ofSeconds(2),
                        Duration.ofSeconds(2)),
                new GatewayProperties.PriceCache(Duration.ofSeconds(60), Duration.ofMillis(200),
                        Duration.ofMinutes(30), 0, Duration.ofMillis(500), refreshAhead, concurrency),
                new GatewayProperties.Events(500, Duration.ofSeconds(6)),
                new GatewayProperties.Breaker(20, 10, 50, Duration.ofSeconds(5), Duration.ofSeconds(3)));
        return new PriceLookup(cache, pricing, clock, properties);
    }

    private void cached(String body, long remainingMillis) {
        cache.entries.put(key, body);
        cache.remainingMillis.put(key, remainingMillis);
        pricing.answer = new PricingAnswer.Quote("{\"price\":\"2.50\"}", NOW.plusSeconds(900), "0");
    }

    private void asksAndGetsTheCachedHit(PriceLookup lookup, String body) {
        StepVerifier.create(lookup.lookup(USER, "85123A", "web", "token"))
                .assertNext(result -> assertThat(result).isEqualTo(new PriceResult.Quoted(body, CacheStatus.HIT)))
                .verifyComplete();
    }

    @Test
    void aHitCloseToExpiryIsAnsweredFromTheCacheAndRenewedOnce() {
        PriceLookup lookup = lookup(Duration.ofSeconds(20), 4);
        cached("{\"price\":\"2.55\"}", 5_000);

        asksAndGetsTheCachedHit(lookup, "{\"price\":\"2.55\"}");
        assertThat(pricing.calls).hasSize(1);
        assertThat(cache.entries.get(key)).as("renewed under the same version key").isEqualTo("{\"price\":\"2.50\"}");
        assertThat(cache.ttls.get(key)).isEqualTo(Duration.ofSeconds(60));
        assertThat(cache.entries).containsKey(RedisKeys.lastQuotedPrice(USER, "85123A", "web"));

        // the entry still looks close to expiry (a near tier keeps the old one): no second re-quote in the window
        cache.remainingMillis.put(key, 4_000L);
        asksAndGetsTheCachedHit(lookup, "{\"price\":\"2.50\"}");
        assertThat(pricing.calls).hasSize(1);

        clock.advance(Duration.ofSeconds(21));
        asksAndGetsTheCachedHit(lookup, "{\"price\":\"2.50\"}");
        assertThat(pricing.calls).as("a new window, a new renewal").hasSize(2);
    }

    @Test
    void aHitWithTimeLeftOrOfUnknownLifetimeIsNotRenewed() {
        PriceLookup lookup = lookup(Duration.ofSeconds(20), 4);
        cached("{\"price\":\"2.55\"}", 45_000);
        asksAndGetsTheCachedHit(lookup, "{\"price\":\"2.55\"}");
        cache.remainingMillis.put(key, -1L);
        asksAndGetsTheCachedHit(lookup, "{\"price\":\"2.55\"}");
        assertThat(pricing.calls).isEmpty();
    }

    @Test
    void offMeansNeverAndAQuoteAtAnotherVersionIsNotStored() {
        cached("{\"price\":\"2.55\"}", 1_000);
        asksAndGetsTheCachedHit(lookup(Duration.ZERO, 4), "{\"price\":\"2.55\"}");
        asksAndGetsTheCachedHit(lookup(Duration.ofSeconds(20), 0), "{\"price\":\"2.55\"}");
        assertThat(pricing.calls).isEmpty();

        pricing.answer = new PricingAnswer.Quote("{\"price\":\"2.10\"}", NOW.plusSeconds(900), "1");
        cache.remainingMillis.put(key, 1_000L);
        asksAndGetsTheCachedHit(lookup(Duration.ofSeconds(20), 4), "{\"price\":\"2.55\"}");
        assertThat(pricing.calls).hasSize(1);
        assertThat(cache.entries.get(key)).as("priced at version 1: never stored under version 0")
                .isEqualTo("{\"price\":\"2.55\"}");
    }

    @Test
    void pricingDownDuringARenewalLeavesTheEntryAsItWas() {
        PriceLookup lookup = lookup(Duration.ofSeconds(20), 4);
        cached("{\"price\":\"2.55\"}", 2_000);
        pricing.answer = new PricingAnswer.Unavailable("circuit open");
        asksAndGetsTheCachedHit(lookup, "{\"price\":\"2.55\"}");
        assertThat(pricing.calls).hasSize(1);
        assertThat(cache.entries.get(key)).isEqualTo("{\"price\":\"2.55\"}");
    }
}
