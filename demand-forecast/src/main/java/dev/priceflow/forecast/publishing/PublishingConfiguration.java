package dev.priceflow.forecast.publishing;

import dev.priceflow.forecast.publishing.application.ForecastEvents;
import dev.priceflow.forecast.publishing.application.ForecastStore;
import dev.priceflow.forecast.publishing.application.PublicationRuns;
import dev.priceflow.forecast.publishing.application.PublishForecasts;
import dev.priceflow.forecast.publishing.application.PublishableSkus;
import dev.priceflow.forecast.serving.application.ForecastSku;
import dev.priceflow.forecast.serving.application.LoadedChampion;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires forecast publication (Redis hash + Kafka record per SKU) to the serving champion. */
@Configuration(proxyBeanMethods = false)
public class PublishingConfiguration {

    @Bean
    PublishForecasts publishForecasts(PublishableSkus skus, ForecastSku forecastSku, LoadedChampion champion,
                                      ForecastStore store, ForecastEvents events, Clock clock,
                                      PublishingProperties properties) {
        return new PublishForecasts(skus, forecastSku, champion, store, events, clock,
                properties.maxConsecutiveFailures());
    }

    @Bean
    PublicationRuns publicationRuns(PublishForecasts publish) {
        return new PublicationRuns(publish);
    }
}
