package dev.priceflow.contracts.api;

import java.time.Instant;
import java.util.List;

/**
 * The value of a {@code forecast.published} record (key: sku): the champion model's P10/P50/P90 demand in units
 * for the weeks starting on {@code weekStarts} (ISO dates, Mondays), as decimal strings with 3 places.
 */
public record ForecastPublished(String sku, String modelId, Instant generatedAt, List<String> weekStarts,
                                List<String> p10, List<String> p50, List<String> p90) {
}
