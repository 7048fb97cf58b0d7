package dev.priceflow.forecast.publishing.application;

import dev.priceflow.forecast.publishing.domain.PublishedForecast;

/** Announces a published forecast (port; Kafka). Throws when the send failed or timed out. */
public interface ForecastEvents {

    void published(PublishedForecast forecast);
}
