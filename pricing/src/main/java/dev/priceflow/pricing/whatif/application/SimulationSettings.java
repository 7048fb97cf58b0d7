package dev.priceflow.pricing.whatif.application;

import java.time.Duration;

/**
 * Bounds of one simulation: at most {@code maxSkus} SKUs; forecast calls {@code concurrency} SKUs at a time,
 * {@code forecastTimeout} each, none started after {@code forecastBudget} from the start (the rest use the
 * default elasticity); at most {@code maxForecastPrices} distinct prices per SKU are asked (else default
 * elasticity); database reads {@code database} each.
 */
public record SimulationSettings(int maxSkus, int concurrency, Duration forecastTimeout, Duration forecastBudget,
                                 int maxForecastPrices, Duration database) {
}
