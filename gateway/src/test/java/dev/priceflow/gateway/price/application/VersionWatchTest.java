package dev.priceflow.gateway.price.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.ManualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VersionWatchTest {

    private final ManualClock clock = new ManualClock(Instant.ofEpochMilli(1_000_000));
    private final VersionWatch watch = new VersionWatch(clock, Duration.ofMillis(1500));

    @Test
    void nothingIsTrustedBeforeTheSubscriptionAndAFirstRead() {
        assertThat(watch.trusted()).isNull();
        watch.readDone(watch.readStarting(), "7");
        assertThat(watch.trusted()).as("read but not subscribed to notices").isNull();
        watch.subscribed(true);
        assertThat(watch.trusted()).as("subscribing forgets what was read before").isNull();
        watch.readDone(watch.readStarting(), "7");
        assertThat(watch.trusted()).isEqualTo("7");
    }

    @Test
    void aNoticeForgetsTheVersionAtOnceAndAReadStartedBeforeItCannotRestoreTheOldOne() {
        watch.subscribed(true);
        watch.readDone(watch.readStarting(), "7");
        long olderRead = watch.readStarting();
        watch.changed();
        assertThat(watch.trusted()).isNull();
        watch.readDone(olderRead, "7");
        assertThat(watch.trusted()).as("the read started before the bump is discarded").isNull();
        watch.readDone(watch.readStarting(), "8");
        assertThat(watch.trusted()).isEqualTo("8");
    }

    @Test
    void aVersionNotReadAgainWithinTheMaximumAgeOrALostSubscriptionIsNotTrusted() {
        watch.subscribed(true);
        watch.readDone(watch.readStarting(), "3");
        clock.advanceMillis(1500);
        assertThat(watch.trusted()).isEqualTo("3");
        clock.advanceMillis(1);
        assertThat(watch.trusted()).as("Redis did not answer the polls").isNull();
        watch.readDone(watch.readStarting(), "3");
        assertThat(watch.trusted()).isEqualTo("3");
        watch.subscribed(false);
        assertThat(watch.trusted()).isNull();
    }
}
