package dev.priceflow.gateway.price.application;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.gateway.GatewayProperties;
import dev.priceflow.gateway.price.domain.CacheTtl;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * A shopper's price for one SKU: from the cache when it holds one for the current pricing version, else
 * from pricing. Failure policy: the cache is fail-open (any cache error means "ask pricing, store
 * nothing, answer BYPASS"); when pricing cannot answer, the last quote pricing gave this shopper for the SKU
 * and channel within the degraded window is answered marked {@link PriceResult.Degraded}; without one, no
 * price (503). The gateway never computes or invents a price itself. A hit close to its expiry is answered and
 * renewed in the background ({@link RefreshAhead}); concurrent misses of one entry make one call to pricing
 * ({@link InFlight}).
 */
@Service
public class PriceLookup {

    private static final Logger log = LoggerFactory.getLogger(PriceLookup.class);

    private final PriceCache cache;
    private final PricingClient pricing;
    private final Clock clock;
    private final Duration ttlCeiling;
    private final Duration degradedWindow;
    private final RefreshAhead refreshAhead;
    private final InFlight<PriceResult> misses = new InFlight<>();

    public PriceLookup(PriceCache cache, PricingClient pricing, Clock clock, GatewayProperties properties) {
        this.cache = cache;
        this.pricing = pricing;
        this.clock = clock;
        this.ttlCeiling = properties.priceCache().ttl();
        this.degradedWindow = properties.priceCache().degradedWindow();
        this.refreshAhead = new RefreshAhead(properties.priceCache().refreshAhead(),
                properties.priceCache().refreshConcurrency(), () -> clock.millis() * 1_000_000L);
    }

    public Mono<PriceResult> lookup(String userId, String sku, String channel, String bearerToken) {
        return fromCache(userId, sku, channel).flatMap(cached -> switch (cached) {
            case Cached.Hit hit -> {
                if (refreshAhead.due(hit.ttlMillis())) {
                    Cached.Miss renew = new Cached.Miss(hit.key(), hit.version());
                    refreshAhead.start(hit.key(), () -> fetchAndRemember(userId, sku, channel, bearerToken, renew));
                }
                yield Mono.just(new PriceResult.Quoted(hit.body(), CacheStatus.HIT));
            }
            case Cached.Miss miss -> misses.join(miss.key(),
                    () -> fetchAndRemember(userId, sku, channel, bearerToken, miss));
            case Cached.Down down -> fetch(sku, channel, bearerToken, null);
        });
    }

    /**
     * The cached answer, when it can be had now without any I/O and is not due for renewal ({@link RefreshAhead});
     * {@code null} otherwise — then {@link #lookup} decides (and renews). What {@code lookup} would answer as a HIT.
     */
    public String cachedNow(String userId, String sku, String channel) {
        PriceCache.Current current = cache.peek(version -> RedisKeys.cachedPrice(userId, sku, channel, version));
        if (current == null || current.body() == null || refreshAhead.due(current.ttlMillis())) {
            return null;
        }
        return current.body();
    }

    private Mono<PriceResult> fetchAndRemember(String userId, String sku, String channel, String bearerToken,
                                               Cached.Miss miss) {
        return fetch(sku, channel, bearerToken, miss).flatMap(result -> remember(userId, sku, channel, result));
    }

    /** Keeps the last good quote (cache up only); answers it, marked degraded, when pricing is unavailable. */
    private Mono<PriceResult> remember(String userId, String sku, String channel, PriceResult result) {
        String key = RedisKeys.lastQuotedPrice(userId, sku, channel);
        return switch (result) {
            case PriceResult.Quoted quoted -> cache.put(key, quoted.body(), degradedWindow)
                    .onErrorResume(error -> Mono.empty())
                    .thenReturn(result);
            case PriceResult.Unavailable down -> cache.get(key)
                    .<PriceResult>map(body -> new PriceResult.Degraded(body, down.reason()))
                    .onErrorResume(error -> Mono.empty())
                    .defaultIfEmpty(result);
            default -> Mono.just(result);
        };
    }

    private Mono<Cached> fromCache(String userId, String sku, String channel) {
        return cache.current(version -> RedisKeys.cachedPrice(userId, sku, channel, version))
                .<Cached>map(current -> {
                    String key = RedisKeys.cachedPrice(userId, sku, channel, current.version());
                    return current.body() != null
                            ? new Cached.Hit(current.body(), key, current.version(), current.ttlMillis())
                            : new Cached.Miss(key, current.version());
                })
                .onErrorResume(error -> {
                    log.warn("price cache unavailable, bypassing it: sku={} cause={}", sku, error.toString());
                    return Mono.just(new Cached.Down());
                });
    }

    /** {@code miss} is null when the cache is down: then nothing is stored. */
    private Mono<PriceResult> fetch(String sku, String channel, String bearerToken, Cached.Miss miss) {
        return pricing.quote(sku, channel, bearerToken).flatMap(answer -> switch (answer) {
            case PricingAnswer.Quote quote when miss == null ->
                    Mono.just(new PriceResult.Quoted(quote.body(), CacheStatus.BYPASS));
            case PricingAnswer.Quote quote -> store(miss, quote)
                    .thenReturn(new PriceResult.Quoted(quote.body(), CacheStatus.MISS));
            case PricingAnswer.Refused refused ->
                    Mono.just(new PriceResult.Refused(refused.status(), refused.contentType(), refused.body()));
            case PricingAnswer.Unavailable down -> Mono.just(new PriceResult.Unavailable(down.reason()));
        });
    }

    /**
     * Stores the quote under the version the key was built from, and only if pricing priced it at that
     * same version: a quote computed before a promotion change (or at version "unknown") must never be
     * served as current.
     */
    private Mono<Void> store(Cached.Miss miss, PricingAnswer.Quote quote) {
        if (!miss.version().equals(quote.pricingVersion())) {
            log.info("quote not cached: pricing version {} differs from cache version {}", quote.pricingVersion(),
                    miss.version());
            return Mono.empty();
        }
        return CacheTtl.forQuote(clock.instant(), quote.expiresAt(), ttlCeiling)
                .map(ttl -> cache.putCurrent(miss.key(), quote.body(), ttl).onErrorResume(error -> {
                    // The answer is still right; the next request simply misses again.
                    log.warn("could not store price in cache: cause={}", error.toString());
                    return Mono.empty();
                }))
                .orElseGet(Mono::empty);
    }

    private sealed interface Cached {
        record Hit(String body, String key, String version, long ttlMillis) implements Cached {
        }

        record Miss(String key, String version) implements Cached {
        }

        record Down() implements Cached {
        }
    }
}
