package dev.priceflow.profile.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CategoryDecayTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private final CategoryDecay decay = new CategoryDecay(Duration.ofDays(30));

    @Test
    void aScoreIsWorthHalfAfterOneHalfLifeAndAQuarterAfterTwo() {
        CategoryDecay.Scores s = decay.add(Map.of(), null, "kitchen", 4.0, T0);

        assertThat(decay.valuedAt(s.values(), s.asOf(), T0.plus(Duration.ofDays(30))).get("kitchen"))
                .isCloseTo(2.0, within(1e-12));
        assertThat(decay.valuedAt(s.values(), s.asOf(), T0.plus(Duration.ofDays(60))).get("kitchen"))
                .isCloseTo(1.0, within(1e-12));
    }

    @Test
    void aNewerInteractionOutweighsAnOlderOneOfTheSameWeight() {
        CategoryDecay.Scores s = decay.add(Map.of(), null, "bags", 1.0, T0);
        s = decay.add(s.values(), s.asOf(), "kitchen", 1.0, T0.plus(Duration.ofDays(30)));

        assertThat(s.values().get("kitchen")).isCloseTo(1.0, within(1e-12));
        assertThat(s.values().get("bags")).isCloseTo(0.5, within(1e-12));
        assertThat(CategoryDecay.topShares(s.values(), 5)).containsExactly(
                Map.entry("kitchen", 2.0 / 3), Map.entry("bags", 1.0 / 3));
    }

    @Test
    void theScoresDoNotDependOnTheOrderEventsArriveIn() {
        Random random = new Random(7);
        List<Object[]> events = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            events.add(new Object[] {"c" + random.nextInt(4), 1.0 + random.nextInt(5),
                T0.plus(Duration.ofHours(random.nextInt(2000)))});
        }
        Map<String, Double> reference = apply(events);
        for (int trial = 0; trial < 200; trial++) {
            Collections.shuffle(events, new Random(trial));
            Map<String, Double> shuffled = apply(events);
            reference.forEach((k, v) -> assertThat(shuffled.get(k)).as("category %s", k).isCloseTo(v, within(1e-9)));
        }
    }

    private Map<String, Double> apply(List<Object[]> events) {
        CategoryDecay.Scores s = new CategoryDecay.Scores(Map.of(), null);
        for (Object[] e : events) {
            s = decay.add(s.values(), s.asOf(), (String) e[0], (Double) e[1], (Instant) e[2]);
        }
        return s.values();
    }
}
