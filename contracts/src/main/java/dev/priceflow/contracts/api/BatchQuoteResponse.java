package dev.priceflow.contracts.api;

import java.util.List;

/**
 * Answer of {@code POST /api/v1/prices/batch}: one quote per known SKU, in request order, and the SKUs that the
 * catalogue does not know (never priced, never an error for the whole batch).
 */
public record BatchQuoteResponse(List<PriceQuote> quotes, List<String> unknownSkus) {

    public BatchQuoteResponse {
        quotes = List.copyOf(quotes);
        unknownSkus = List.copyOf(unknownSkus);
    }
}
