package dev.priceflow.pricing.optimize.application;

import dev.priceflow.pricing.application.CacheSettings;
import dev.priceflow.pricing.application.PricingVersion;
import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.optimize.application.OptimizerPorts.BaseHistory;
import dev.priceflow.pricing.optimize.application.OptimizerPorts.CompetitorPrices;
import dev.priceflow.pricing.optimize.application.OptimizerPorts.DemandForecasts;
import dev.priceflow.pricing.optimize.application.OptimizerPorts.Elasticities;
import dev.priceflow.pricing.optimize.application.OptimizerPorts.SkuData;
import dev.priceflow.pricing.optimize.application.OptimizerPorts.SkuPricing;
import dev.priceflow.pricing.optimize.domain.BaseInput;
import dev.priceflow.pricing.optimize.domain.BasePriceOptimizer;
import dev.priceflow.pricing.optimize.domain.DemandCurve;
import dev.priceflow.pricing.optimize.domain.OptimizedBase;
import dev.priceflow.pricing.policy.application.PolicyStore;
import dev.priceflow.pricing.policy.domain.CategoryPolicy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The optimized-base step of a quote. Failure policy: everything here fails OPEN — the list price is a price
 * marketing set and is always a valid answer. SKU data and policy (PostgreSQL, database timeout): on error the
 * list price stays the base (logged). Elasticity, forecast, competitor index (caches, {@code cache} timeout):
 * documented defaults / no rule. Yesterday's base: the list price is the reference of the daily change limit.
 * The new base is recorded for the day in the background (a failed write is logged; the quote stands).
 */
public class BasePricing implements BaseStep {

    private static final Logger log = LoggerFactory.getLogger(BasePricing.class);

    private final BaseReads reads;
    private final Elasticities elasticities;
    private final BasePriceOptimizer optimizer;
    private final OptimizeSettings settings;

    public BasePricing(SkuPricing skus, PolicyStore policies, Elasticities elasticities, DemandForecasts forecasts,
                       CompetitorPrices competitors, BaseHistory history, OptimizeSettings settings) {
        this(skus, policies, elasticities, forecasts, competitors, history, settings, CacheSettings.NONE,
                Clock.systemUTC());
    }

    /** With the reads cached within {@code cache} ({@link BaseReads}). */
    public BasePricing(SkuPricing skus, PolicyStore policies, Elasticities elasticities, DemandForecasts forecasts,
                       CompetitorPrices competitors, BaseHistory history, OptimizeSettings settings,
                       CacheSettings cache, Clock clock) {
        this.reads = new BaseReads(skus, policies, forecasts, competitors, history, cache, clock, settings.database(),
                settings.cache());
        this.elasticities = elasticities;
        this.settings = settings;
        this.optimizer = new BasePriceOptimizer(settings.stockRule(), settings.defaultCeilingPercent());
    }

    @Override
    public Mono<BaseDecision> decide(Product product, String channel, Instant now) {
        return decide(product, channel, now, PricingVersion.UNKNOWN); // an unknown version is never cached
    }

    @Override
    public Mono<BaseDecision> decide(Product product, String channel, Instant now, String version) {
        return decide(product, channel, now, version, true);
    }

    @Override
    public Mono<BaseDecision> rehearse(Product product, String channel, Instant now, String version) {
        return decide(product, channel, now, version, false);
    }

    private Mono<BaseDecision> decide(Product product, String channel, Instant now, String version, boolean record) {
        if (!settings.enabled()) {
            return Mono.just(BaseDecision.unoptimized(product, channel));
        }
        String sku = product.sku().value();
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return Mono.zip(optional(reads.skuData(version, sku, channel)),
                        optional(reads.policy(version, product.category())))
                .flatMap(found -> {
                    SkuData data = found.getT1().orElse(new SkuData(null, null, null, null));
                    Product onChannel = data.channelListPrice() == null ? product : withList(product,
                            data.channelListPrice());
                    Optional<CategoryPolicy> policy = found.getT2();
                    if (policy.isEmpty() || !policy.get().on(channel).optimize()) {
                        return Mono.just(new BaseDecision(onChannel, null, policy.orElse(null), channel));
                    }
                    return optimized(onChannel, data, policy.get(), channel, day, record);
                })
                .onErrorResume(e -> {
                    log.atWarn().addKeyValue("sku", sku).addKeyValue("error", e.getClass().getSimpleName())
                            .log("optimized base unavailable; the list price is the base");
                    return Mono.just(BaseDecision.unoptimized(product, channel));
                });
    }

    private Mono<BaseDecision> optimized(Product product, SkuData data, CategoryPolicy policy, String channel,
                                         LocalDate day, boolean record) {
        String sku = product.sku().value();
        return Mono.zip(optional(elasticities.find(sku), settings.cache()),
                        optional(reads.unitsPerDay(sku)),
                        optional(reads.lowestCompetitor(sku, product.currency())),
                        optional(reads.before(sku, channel, day)))
                .map(in -> {
                    BigDecimal reference = in.getT4().orElse(product.listPrice());
                    double elasticity = settings.elasticity(product.category(), in.getT1().orElse(null));
                    DemandCurve demand = new DemandCurve(reference.doubleValue(),
                            in.getT2().orElse(settings.defaultUnitsPerDay()), elasticity);
                    BigDecimal minMargin = data.minMarginPercent() == null ? settings.minMargin()
                            : data.minMarginPercent().movePointLeft(2);
                    BaseInput input = new BaseInput(product.currency(), product.unitCost(), product.listPrice(),
                            data.floorPrice(), data.ceilingPrice(), minMargin, settings.minimumPrice(), demand,
                            product.stock(), in.getT3().orElse(null), reference);
                    OptimizedBase optimized = optimizer.optimize(input, policy.rules());
                    List<String> reasons = new ArrayList<>(optimized.reasons());
                    reasons.add(Math.min(1, reasons.size()),
                            settings.elasticitySource(product.category(), in.getT1().orElse(null)));
                    OptimizedBase base = new OptimizedBase(optimized.price(), optimized.lowest(), optimized.highest(),
                            reasons);
                    if (record) {
                        remember(sku, channel, day, base.price());
                    }
                    return new BaseDecision(product, base, policy, channel);
                });
    }

    private void remember(String sku, String channel, LocalDate day, BigDecimal price) {
        reads.record(sku, channel, day, price) // timeout: BaseReads
                .subscribe(null, e -> log.atWarn().addKeyValue("sku", sku)
                        .addKeyValue("error", e.getClass().getSimpleName()).log("optimized base not recorded"));
    }

    private static <T> Mono<Optional<T>> optional(Mono<T> call, java.time.Duration timeout) {
        return optional(Mono.defer(() -> call).timeout(timeout));
    }

    /** Timeouts: {@link BaseReads} (a cache hit has none). */
    private static <T> Mono<Optional<T>> optional(Mono<T> call) {
        return Mono.defer(() -> call).map(Optional::of).defaultIfEmpty(Optional.empty())
                .onErrorResume(e -> Mono.just(Optional.empty()));
    }

    private static Product withList(Product p, BigDecimal list) {
        return p.withListPrice(list);
    }
}
