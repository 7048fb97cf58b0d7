package dev.priceflow.recommender.recommendation.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.ManualClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VersionWatchTest {

    private final ManualClock clock = new ManualClock("2026-03-01T10:00:00Z");
    private final VersionWatch watch = new VersionWatch(clock, Duration.ofSeconds(2));

    @Test
    void unknownUntilTheFirstRead() {
        assertThat(watch.current()).isEmpty();
        watch.read("7");
        assertThat(watch.current()).contains("7");
    }

    @Test
    void aMissingKeyIsVersionZero() {
        watch.read(null);
        assertThat(watch.current()).contains("0");
    }

    @Test
    void aReadOlderThanMaxAgeIsUnknownAgain() {
        watch.read("3");
        clock.advance(Duration.ofSeconds(2));
        assertThat(watch.current()).contains("3");
        clock.advanceMillis(1);
        assertThat(watch.current()).isEmpty();
        watch.read("4");
        assertThat(watch.current()).contains("4");
    }
}
