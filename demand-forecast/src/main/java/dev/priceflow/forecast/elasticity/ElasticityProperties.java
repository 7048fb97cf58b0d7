package dev.priceflow.forecast.elasticity;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** When a SKU gets its own elasticity estimate ({@code priceflow.forecast.elasticity}). */
@Validated
@ConfigurationProperties("priceflow.forecast.elasticity")
public record ElasticityProperties(@Min(3) int minWeeks, @Min(2) int minDistinctPrices) {
}
