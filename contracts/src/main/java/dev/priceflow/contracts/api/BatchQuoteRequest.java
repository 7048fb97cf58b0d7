package dev.priceflow.contracts.api;

import java.util.List;

/**
 * Body of {@code POST /api/v1/prices/batch}: personal prices for up to 100 SKUs of the calling shopper in one
 * call (used by the recommender and the storefront). {@code channel} is web, app or marketplace (default web).
 */
public record BatchQuoteRequest(List<String> skus, String channel) {

    public BatchQuoteRequest {
        skus = skus == null ? List.of() : List.copyOf(skus);
    }
}
