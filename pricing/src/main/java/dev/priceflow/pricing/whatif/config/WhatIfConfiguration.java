package dev.priceflow.pricing.whatif.config;

import dev.priceflow.pricing.config.PricingProperties;
import dev.priceflow.pricing.domain.PriceCalculator;
import dev.priceflow.pricing.optimize.application.BasePricing;
import dev.priceflow.pricing.optimize.application.OptimizeSettings;
import dev.priceflow.pricing.optimize.application.OptimizerPorts;
import dev.priceflow.pricing.optimize.config.OptimizerProperties;
import dev.priceflow.pricing.policy.application.PolicyStore;
import dev.priceflow.pricing.whatif.adapter.http.HttpWhatIfForecasts;
import dev.priceflow.pricing.whatif.application.BaseSteps;
import dev.priceflow.pricing.whatif.application.SimulationData;
import dev.priceflow.pricing.whatif.application.SimulationSettings;
import dev.priceflow.pricing.whatif.application.Simulator;
import dev.priceflow.pricing.whatif.application.SkuDemandPorts;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Wires simulations from the quote engine's own parts, read only (no optimized base is recorded). */
@Configuration(proxyBeanMethods = false)
class WhatIfConfiguration {

    @Bean
    Simulator simulator(SimulationData data, PriceCalculator calculator, WhatIfProperties p, PricingProperties pricing,
                        OptimizerProperties optimizer, OptimizeSettings optimize, OptimizerPorts.SkuPricing skus,
                        PolicyStore policies, OptimizerPorts.Elasticities elasticities,
                        OptimizerPorts.DemandForecasts forecasts, OptimizerPorts.CompetitorPrices competitors,
                        OptimizerPorts.BaseHistory history, Clock clock) {
        OptimizerPorts.BaseHistory readOnly = new OptimizerPorts.BaseHistory() {
            @Override
            public Mono<java.math.BigDecimal> before(String sku, String channel, java.time.LocalDate day) {
                return history.before(sku, channel, day);
            }

            @Override
            public Mono<Void> record(String sku, String channel, java.time.LocalDate day, java.math.BigDecimal base) {
                return Mono.empty(); // a simulation never records a base
            }
        };
        BaseSteps steps = proposed -> new BasePricing(skus, proposed == null ? policies
                : new ProposedPolicy(policies, proposed), elasticities, forecasts, competitors, readOnly, optimize);
        HttpWhatIfForecasts whatIf = new HttpWhatIfForecasts(WebClient.builder()
                .baseUrl(optimizer.elasticityBaseUrl()).build());
        SimulationSettings settings = new SimulationSettings(p.maxSkus(), p.concurrency(), p.forecastTimeout(),
                p.forecastBudget(), p.maxForecastPrices(), pricing.timeouts().database());
        return new Simulator(data, steps, calculator, new SkuDemandPorts(whatIf, forecasts, elasticities, optimize),
                settings, clock);
    }
}
