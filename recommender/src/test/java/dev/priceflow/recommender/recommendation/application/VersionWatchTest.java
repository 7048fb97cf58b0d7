package dev.priceflow.recommender.recommendation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VersionWatchTest {

    private final LocalAnswerCacheTest.MutableClock clock = new LocalAnswerCacheTest.MutableClock();
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
        clock.now = clock.now.plusSeconds(2);
        assertThat(watch.current()).contains("3");
        clock.now = clock.now.plusMillis(1);
        assertThat(watch.current()).isEmpty();
        watch.read("4");
        assertThat(watch.current()).contains("4");
    }
}
