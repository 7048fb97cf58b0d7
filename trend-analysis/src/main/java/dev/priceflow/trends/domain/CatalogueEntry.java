package dev.priceflow.trends.domain;

import java.math.BigDecimal;

/** What trend-analysis needs of a catalogue product: its category and our list price. */
public record CatalogueEntry(String sku, String category, BigDecimal listPrice, String currency) {
}
