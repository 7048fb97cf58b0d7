package dev.priceflow.pricing.optimize.application;

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

    private final SkuPricing skus;
    private final PolicyStore policies;
    private final Elasticities elasticities;
    private final DemandForecasts forecasts;
    private final CompetitorPrices competitors;
    private final BaseHistory history;
    private final BasePriceOptimizer optimizer;
    private final OptimizeSettings settings;

    public BasePricing(SkuPricing skus, PolicyStore policies, Elasticities elasticities, DemandForecasts forecasts,
                       CompetitorPrices competitors, BaseHistory history, OptimizeSettings settings) {
        this.skus = skus;
        this.policies = policies;
        this.elasticities = elasticities;
        this.forecasts = forecasts;
        this.competitors = competitors;
        this.history = history;
        this.settings = settings;
        this.optimizer = new BasePriceOptimizer(settings.stockRule(), settings.defaultCeilingPercent());
    }

    @Override
    public Mono<BaseDecision> decide(Product product, String channel, Instant now) {
        if (!settings.enabled()) {
            return Mono.just(BaseDecision.unoptimized(product, channel));
        }
        String sku = product.sku().value();
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return Mono.zip(optional(skus.find(sku, channel), settings.database()),
                        optional(policies.find(product.category()), settings.database()))
                .flatMap(found -> {
                    SkuData data = found.getT1().orElse(new SkuData(null, null, null, null));
                    Product onChannel = data.channelListPrice() == null ? product : withList(product,
                            data.channelListPrice());
                    Optional<CategoryPolicy> policy = found.getT2();
                    if (policy.isEmpty() || !policy.get().on(channel).optimize()) {
                        return Mono.just(new BaseDecision(onChannel, null, policy.orElse(null), channel));
                    }
                    return optimized(onChannel, data, policy.get(), channel, day);
                })
                .onErrorResume(e -> {
                    log.atWarn().addKeyValue("sku", sku).addKeyValue("error", e.getClass().getSimpleName())
                            .log("optimized base unavailable; the list price is the base");
                    return Mono.just(BaseDecision.unoptimized(product, channel));
                });
    }

    private Mono<BaseDecision> optimized(Product product, SkuData data, CategoryPolicy policy, String channel,
                                         LocalDate day) {
        String sku = product.sku().value();
        return Mono.zip(optional(elasticities.find(sku), settings.cache()),
                        optional(forecasts.unitsPerDay(sku), settings.cache()),
                        optional(competitors.lowest(sku, product.currency()), settings.cache()),
                        optional(history.before(sku, channel, day), settings.database()))
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
                    remember(sku, channel, day, base.price());
                    return new BaseDecision(product, base, policy, channel);
                });
    }

    private void remember(String sku, String channel, LocalDate day, BigDecimal price) {
        history.record(sku, channel, day, price).timeout(settings.database())
                .subscribe(null, e -> log.atWarn().addKeyValue("sku", sku)
                        .addKeyValue("error", e.getClass().getSimpleName()).log("optimized base not recorded"));
    }

    private static <T> Mono<Optional<T>> optional(Mono<T> call, java.time.Duration timeout) {
        return Mono.defer(() -> call).timeout(timeout).map(Optional::of).defaultIfEmpty(Optional.empty())
                .onErrorResume(e -> Mono.just(Optional.empty()));
    }

    private static Product withList(Product p, BigDecimal list) {
        return p.withListPrice(list);
    }
}
