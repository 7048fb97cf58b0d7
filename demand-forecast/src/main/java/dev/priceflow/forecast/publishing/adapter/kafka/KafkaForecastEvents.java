package dev.priceflow.forecast.publishing.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.contracts.api.ForecastPublished;
import dev.priceflow.forecast.publishing.PublishingProperties;
import dev.priceflow.forecast.publishing.application.ForecastEvents;
import dev.priceflow.forecast.publishing.domain.PublishedForecast;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Sends one {@code forecast.published} record (key sku, value {@link ForecastPublished} JSON), waits for the ack. */
@Component
class KafkaForecastEvents implements ForecastEvents {

    private final KafkaTemplate<String, String> kafka;
    private final JsonMapper json;
    private final PublishingProperties properties;

    KafkaForecastEvents(KafkaTemplate<String, String> kafka, JsonMapper json, PublishingProperties properties) {
        this.kafka = kafka;
        this.json = json;
        this.properties = properties;
    }

    @Override
    public void published(PublishedForecast f) {
        ForecastPublished value = new ForecastPublished(f.sku(), f.modelId().toString(), f.generatedAt(),
                f.weekStarts().stream().map(Object::toString).toList(), strings(f.p10()), strings(f.p50()),
                strings(f.p90()));
        try {
            kafka.send(Topics.FORECAST_PUBLISHED, f.sku(), json.writeValueAsString(value))
                    .get(properties.kafkaTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the forecast of " + f.sku(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("publishing the forecast of " + f.sku() + " failed: " + e, e);
        }
    }

    private static List<String> strings(List<BigDecimal> values) {
        return values.stream().map(BigDecimal::toPlainString).toList();
    }
}
