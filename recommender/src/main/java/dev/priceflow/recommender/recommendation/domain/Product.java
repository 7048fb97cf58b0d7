package dev.priceflow.recommender.recommendation.domain;

import java.math.BigDecimal;

/** A catalogue entry as the recommender sees it (from the Elasticsearch {@code products} index). */
public record Product(String sku, String name, String category, BigDecimal listPrice, String currency, int stock) {
}
