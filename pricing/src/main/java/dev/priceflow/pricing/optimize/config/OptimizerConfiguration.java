package dev.priceflow.pricing.optimize.config;

import dev.priceflow.pricing.config.PricingProperties;
import dev.priceflow.pricing.config.QuoteCacheProperties;
import dev.priceflow.pricing.optimize.adapter.http.HttpElasticities;
import dev.priceflow.pricing.optimize.application.BasePricing;
import dev.priceflow.pricing.optimize.application.OptimizeSettings;
import dev.priceflow.pricing.optimize.application.OptimizerPorts;
import dev.priceflow.pricing.optimize.domain.StockRule;
import dev.priceflow.pricing.policy.application.PolicyStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/** Wires the optimized-base step; the margin floor and minimum price default to {@code priceflow.pricing.*}. */
@Configuration(proxyBeanMethods = false)
class OptimizerConfiguration {

    @Bean
    OptimizeSettings optimizeSettings(OptimizerProperties o, PricingProperties pricing) {
        return new OptimizeSettings(o.enabled(), o.defaultElasticity(), o.categoryElasticity(), o.minElasticity(),
                o.maxElasticity(), o.defaultUnitsPerDay(), o.defaultCeilingPercent(),
                new StockRule(o.overstockDays(), o.scarcityDays(), o.stockMaxPercent()), pricing.minMargin(),
                pricing.minimumPrice(), pricing.timeouts().database(), o.cacheTimeout());
    }

    @Bean
    HttpElasticities httpElasticities(OptimizerProperties o, Clock clock) {
        return new HttpElasticities(WebClient.builder().baseUrl(o.elasticityBaseUrl()).build(), o.tokenUri(),
                o.clientId(), o.clientSecret(), o.elasticityTtl(), o.elasticityTimeout(), clock);
    }

    @Bean
    BasePricing basePricing(OptimizerPorts.SkuPricing skus, PolicyStore policies, HttpElasticities elasticities,
                            OptimizerPorts.DemandForecasts forecasts, OptimizerPorts.CompetitorPrices competitors,
                            OptimizerPorts.BaseHistory history, OptimizeSettings settings,
                            QuoteCacheProperties cache, Clock clock) {
        return new BasePricing(skus, policies, elasticities, forecasts, competitors, history, settings,
                cache.settings(), clock);
    }
}
