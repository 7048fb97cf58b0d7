package dev.priceflow.pricing.optimize.application;

import dev.priceflow.pricing.application.CacheSettings;
import dev.priceflow.pricing.application.VersionedCache;
import dev.priceflow.pricing.optimize.application.OptimizerPorts.BaseHistory;
import dev.priceflow.pricing.optimize.application.OptimizerPorts.CompetitorPrices;
import dev.priceflow.pricing.optimize.application.OptimizerPorts.DemandForecasts;
import dev.priceflow.pricing.optimize.application.OptimizerPorts.SkuData;
import dev.priceflow.pricing.optimize.application.OptimizerPorts.SkuPricing;
import dev.priceflow.pricing.policy.application.PolicyStore;
import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * The reads of the base-price step behind in-process caches (docs/pricing-perf.md). SKU limits with the channel
 * list price, and category policies: per pricing version ({@link VersionedCache}; a policy or limit change bumps
 * it). Forecasts and competitor prices: for {@code signalsTtl} (they change without a version bump; a quote may
 * use one up to that old). The previous day's base (fixed once the day has begun): for {@code referenceMaxAge}. A
 * base already recorded for the SKU, channel and day at the same price is not written again within
 * {@code referenceMaxAge} (the upsert would change nothing). Answers, including "none", are cached; errors and
 * timeouts are not. Each read has its timeout here (a cache hit schedules no timer); the fail-open policy is
 * {@link BasePricing}'s.
 */
final class BaseReads {

    private final SkuPricing skus;
    private final PolicyStore policies;
    private final DemandForecasts forecasts;
    private final CompetitorPrices competitors;
    private final BaseHistory history;
    private final VersionedCache<String, Optional<SkuData>> skuData;
    private final VersionedCache<String, Optional<CategoryPolicy>> policy;
    private final VersionedCache<String, Optional<Double>> unitsPerDay;
    private final VersionedCache<String, Optional<BigDecimal>> lowest;
    private final VersionedCache<String, Optional<BigDecimal>> previous;
    private final VersionedCache<String, Optional<BigDecimal>> recorded;
    private final Duration database;
    private final Duration signals;

    /** {@code database}: timeout of a PostgreSQL read; {@code signals}: of a Redis read (a cache hit has none). */
    BaseReads(SkuPricing skus, PolicyStore policies, DemandForecasts forecasts, CompetitorPrices competitors,
              BaseHistory history, CacheSettings cache, Clock clock, Duration database, Duration signals) {
        this.database = database;
        this.signals = signals;
        this.skus = skus;
        this.policies = policies;
        this.forecasts = forecasts;
        this.competitors = competitors;
        this.history = history;
        this.skuData = cache.reference(clock);
        this.policy = cache.reference(clock);
        this.unitsPerDay = cache.signals(clock);
        this.lowest = cache.signals(clock);
        // the previous day's base and today's record change only at midnight (the day is in the key) or by SQL
        this.previous = cache.reference(clock);
        this.recorded = cache.reference(clock);
    }

    Mono<SkuData> skuData(String version, String sku, String channel) {
        return cached(skuData, version, sku + '\u0000' + channel, () -> skus.find(sku, channel), database);
    }

    Mono<CategoryPolicy> policy(String version, String category) {
        return cached(policy, version, category, () -> policies.find(category), database);
    }

    Mono<Double> unitsPerDay(String sku) {
        return cached(unitsPerDay, CacheSettings.SIGNALS, sku, () -> forecasts.unitsPerDay(sku), signals);
    }

    Mono<BigDecimal> lowestCompetitor(String sku, Currency currency) {
        return cached(lowest, CacheSettings.SIGNALS, sku + '\u0000' + currency.getCurrencyCode(),
                () -> competitors.lowest(sku, currency), signals);
    }

    Mono<BigDecimal> before(String sku, String channel, LocalDate day) {
        return cached(previous, CacheSettings.SIGNALS, sku + '\u0000' + channel + '\u0000' + day,
                () -> history.before(sku, channel, day), database);
    }

    Mono<Void> record(String sku, String channel, LocalDate day, BigDecimal base) {
        String key = sku + '\u0000' + channel + '\u0000' + day + '\u0000' + base.toPlainString();
        return recorded.get(CacheSettings.SIGNALS, key,
                () -> history.record(sku, channel, day, base).timeout(database).then(Mono.just(Optional.of(base))))
                .then();
    }

    private static <T> Mono<T> cached(VersionedCache<String, Optional<T>> cache, String version, String key,
                                      Supplier<Mono<T>> load, Duration timeout) {
        return cache.get(version, key, () -> Mono.defer(load).timeout(timeout).map(Optional::of)
                        .defaultIfEmpty(Optional.empty()))
                .flatMap(Mono::justOrEmpty);
    }
}
