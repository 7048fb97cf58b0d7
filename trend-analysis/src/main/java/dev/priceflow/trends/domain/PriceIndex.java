package dev.priceflow.trends.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;

/**
 * Competitor price index of one SKU: our list price divided by the lowest fresh competitor price in the same
 * currency. Above 1 we are dearer than the cheapest competitor, below 1 cheaper. Rounded once, HALF_EVEN to
 * {@value #SCALE} decimals.
 */
public record PriceIndex(String sku, String category, BigDecimal ourPrice, String currency,
                         BigDecimal lowestCompetitorPrice, String lowestCompetitor, BigDecimal index,
                         Instant observedAt, int competitors) {

    public static final int SCALE = 4;

    public static Optional<PriceIndex> of(CatalogueEntry ours, CompetitorBoard board, TrendSettings settings) {
        if (ours == null || ours.listPrice() == null || ours.listPrice().signum() <= 0) {
            return Optional.empty();
        }
        return board.lowest(ours.currency(), settings.competitorFreshness()).map(low -> new PriceIndex(
                ours.sku(), ours.category(), ours.listPrice(), ours.currency(), low.price(), low.competitor(),
                ours.listPrice().divide(low.price(), SCALE, RoundingMode.HALF_EVEN), low.observedAt(),
                board.latest().size()));
    }
}
