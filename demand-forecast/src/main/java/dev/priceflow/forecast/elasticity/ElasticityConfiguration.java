package dev.priceflow.forecast.elasticity;

import dev.priceflow.forecast.elasticity.application.Catalogue;
import dev.priceflow.forecast.elasticity.application.EstimateElasticity;
import dev.priceflow.forecast.elasticity.application.WeeklySales;
import dev.priceflow.forecast.elasticity.domain.ElasticityEstimator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the elasticity use case to its adapters. */
@Configuration(proxyBeanMethods = false)
class ElasticityConfiguration {

    @Bean
    EstimateElasticity estimateElasticity(WeeklySales weeklySales, Catalogue catalogue, ElasticityProperties p) {
        return new EstimateElasticity(weeklySales, catalogue, new ElasticityEstimator(p.minWeeks(), p.minDistinctPrices()));
    }
}
