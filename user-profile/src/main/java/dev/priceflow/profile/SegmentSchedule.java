package dev.priceflow.profile;

import dev.priceflow.profile.application.Segmentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Checks every {@code priceflow.profile.segments.check-interval} (first {@code initial-delay} after start) and
 * retrains when there is no model yet or the current one is {@code retrain-interval} old. So a fresh stack gets
 * its first model at the first check after enough buyers' events arrived, then one per interval. Off when
 * {@code segments.scheduled} is false.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "priceflow.profile.segments.scheduled", havingValue = "true", matchIfMissing = true)
class SegmentSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentSchedule.class);

    private final Segmentation segmentation;
    private final java.time.Duration interval;

    SegmentSchedule(Segmentation segmentation, ProfileProperties properties) {
        this.segmentation = segmentation;
        this.interval = properties.segments().retrainInterval();
    }

    @Scheduled(initialDelayString = "${priceflow.profile.segments.initial-delay}",
            fixedDelayString = "${priceflow.profile.segments.check-interval}")
    void retrainIfDue() {
        try {
            segmentation.retrainIfDue(interval);
        } catch (RuntimeException e) {
            LOG.warn("scheduled segment training failed cause={}: {}", e.getClass().getSimpleName(), e.getMessage());
        }
    }
}
