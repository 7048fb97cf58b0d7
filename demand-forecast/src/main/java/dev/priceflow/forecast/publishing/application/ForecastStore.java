package dev.priceflow.forecast.publishing.application;

import dev.priceflow.forecast.publishing.domain.PublishedForecast;

/** Where pricing reads the latest forecast of a SKU (port; Redis). Throws when the write failed or timed out. */
public interface ForecastStore {

    void write(PublishedForecast forecast);
}
