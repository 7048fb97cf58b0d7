package dev.priceflow.trends.application;

import dev.priceflow.contracts.events.CompetitorPriceObserved;
import java.util.List;

/** Where accepted competitor prices go (market.competitor-prices). All or nothing; throws when it cannot. */
public interface CompetitorPrices {

    void publish(List<CompetitorPriceObserved> observations);

    /** The observations could not be stored durably; none of them counts as published. */
    final class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
