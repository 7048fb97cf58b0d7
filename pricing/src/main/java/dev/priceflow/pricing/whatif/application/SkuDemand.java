package dev.priceflow.pricing.whatif.application;

import dev.priceflow.pricing.domain.Product;
import dev.priceflow.pricing.optimize.application.OptimizeSettings;
import dev.priceflow.pricing.optimize.application.OptimizerPorts;
import dev.priceflow.pricing.whatif.domain.DemandSource;
import dev.priceflow.pricing.whatif.domain.ElasticDemand;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Expected units a day of one SKU at each of its simulated prices. First demand-forecast's what-if, one call per
 * distinct price; failure policy: fail OPEN per SKU — a timeout, an error, no forecast, too many distinct prices
 * or the simulation's forecast budget spent all fall back to constant-elasticity demand
 * ({@link ElasticDemand}) around the SKU's first current price, with the published units a day (else the
 * service default) and demand-forecast's cached elasticity estimate (else the documented default), noted.
 */
final class SkuDemand {

    record Units(DemandSource source, String note, Function<BigDecimal, Double> perDay) {
    }

    private final WhatIfForecasts forecasts;
    private final OptimizerPorts.DemandForecasts published;
    private final OptimizerPorts.Elasticities elasticities;
    private final OptimizeSettings optimizer;
    private final SimulationSettings settings;
    private final Clock clock;

    SkuDemand(WhatIfForecasts forecasts, OptimizerPorts.DemandForecasts published,
              OptimizerPorts.Elasticities elasticities, OptimizeSettings optimizer, SimulationSettings settings,
              Clock clock) {
        this.forecasts = forecasts;
        this.published = published;
        this.elasticities = elasticities;
        this.optimizer = optimizer;
        this.settings = settings;
        this.clock = clock;
    }

    Mono<Units> units(Product product, List<BigDecimal> prices, BigDecimal reference, String bearer,
                      Instant deadline) {
        String sku = product.sku().value();
        List<BigDecimal> distinct = prices.stream().map(BigDecimal::stripTrailingZeros).distinct().toList();
        String why = distinct.size() > settings.maxForecastPrices() ? "more than " + settings.maxForecastPrices()
                + " distinct prices" : bearer == null ? "no caller token" : !clock.instant().isBefore(deadline)
                ? "forecast time budget spent" : null;
        if (why != null) {
            return fallback(product, reference, why);
        }
        return Flux.fromIterable(distinct)
                .concatMap(p -> Mono.defer(() -> forecasts.unitsPerDay(sku, p, bearer))
                        .timeout(settings.forecastTimeout())
                        .map(u -> Map.entry(p, u)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue)
                .flatMap(found -> found.size() == distinct.size()
                        ? Mono.just(new Units(DemandSource.FORECAST, sku + ": demand-forecast what-if at "
                                + distinct.size() + " price(s)", p -> found.get(p.stripTrailingZeros())))
                        : fallback(product, reference, "no forecast for this SKU"))
                .onErrorResume(e -> fallback(product, reference, "demand-forecast unavailable ("
                        + (e instanceof java.util.concurrent.TimeoutException ? "timeout" : e.getClass()
                        .getSimpleName()) + ")"));
    }

    private Mono<Units> fallback(Product product, BigDecimal reference, String why) {
        String sku = product.sku().value();
        return Mono.zip(optional(published.unitsPerDay(sku)), optional(elasticities.find(sku))).map(found -> {
            Double estimate = found.getT2().orElse(null);
            double elasticity = optimizer.elasticity(product.category(), estimate);
            double base = found.getT1().orElse(optimizer.defaultUnitsPerDay());
            ElasticDemand demand = new ElasticDemand(base, reference.doubleValue(), elasticity);
            String note = String.format(Locale.ROOT, "%s: %s elasticity %.2f around %s with %.2f units/day (%s); %s",
                    sku, estimate == null ? "default" : "demand-forecast estimated", elasticity,
                    reference.toPlainString(), base, found.getT1().isPresent() ? "published forecast"
                            : "service default", why);
            return new Units(DemandSource.DEFAULT_ELASTICITY, note, p -> demand.units(p.doubleValue()));
        });
    }

    private <T> Mono<Optional<T>> optional(Mono<T> call) {
        return Mono.defer(() -> call).timeout(optimizer.cache()).map(Optional::of).defaultIfEmpty(Optional.empty())
                .onErrorResume(e -> Mono.just(Optional.empty()));
    }
}
