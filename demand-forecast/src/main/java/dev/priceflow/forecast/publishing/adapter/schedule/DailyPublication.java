package dev.priceflow.forecast.publishing.adapter.schedule;

import dev.priceflow.forecast.publishing.application.PublicationRuns;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** The daily publication (cron in UTC), only when {@code priceflow.forecast.publishing.scheduled=true}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "priceflow.forecast.publishing.scheduled", havingValue = "true")
class DailyPublication {

    private final PublicationRuns runs;

    DailyPublication(PublicationRuns runs) {
        this.runs = runs;
    }

    @Scheduled(cron = "${priceflow.forecast.publishing.cron:0 30 3 * * *}", zone = "UTC")
    void publishDaily() {
        runs.request("daily schedule");
    }
}
