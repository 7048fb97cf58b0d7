package dev.priceflow.profile.adapter.kafka;

import dev.priceflow.contracts.Topics;
import dev.priceflow.profile.ProfileProperties;
import dev.priceflow.profile.application.ErasureNotices;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes a tombstone (key = userId, value null) on {@code profile.erasures}: every service that holds data
 * about the shopper deletes it. Waits for the broker's acknowledgement for at most {@code erasure-timeout}; no
 * acknowledgement throws (the erasure is reported failed and the shopper retries).
 */
@Component
class KafkaErasureNotices implements ErasureNotices {

    private final KafkaTemplate<String, String> kafka;
    private final Duration timeout;

    KafkaErasureNotices(KafkaTemplate<String, String> kafka, ProfileProperties properties) {
        this.kafka = kafka;
        this.timeout = properties.erasureTimeout();
    }

    @Override
    public void announce(String userId) {
        try {
            kafka.send(Topics.PROFILE_ERASURES, userId, null).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("profile.erasures did not acknowledge the erasure notice", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing the erasure notice", e);
        }
    }
}
