package dev.priceflow.trends.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** One competitor's shelf price for one SKU at one moment. */
public record CompetitorObservation(String competitor, BigDecimal price, String currency, Instant observedAt) {
}
