package dev.priceflow.pricing.whatif.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One SKU on one day: the engine's price now and under the proposal, and the expected units at each. */
public record SkuDay(LocalDate date, BigDecimal currentPrice, BigDecimal proposedPrice, double currentUnits,
                     double proposedUnits) {
}
