package dev.priceflow.recommender.recommendation.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalAnswerCacheTest {

    private final FakePorts shared = new FakePorts();
    private final ManualClock clock = new ManualClock("2026-03-01T10:00:00Z");
    private final LocalAnswerCache cache = new LocalAnswerCache(shared, clock, Duration.ofSeconds(1),
            Duration.ofMillis(300), 100);

    private Recommendations answer(String context, boolean degraded) {
        return new Recommendations(context, false, degraded, clock.instant(), List.of());
    }

    @Test
    void aPutIsServedLocallyForTheTtlEvenWhenTheSharedLevelForgetsIt() {
        Recommendations a = answer("home", false);
        cache.put("alice", "v1|home|10||", a).block();
        shared.cache.clear();   // e.g. the event consumer deleted the shopper's Redis hash
        clock.advanceMillis(999);
        assertThat(cache.get("alice", "v1|home|10||").block()).isSameAs(a);
        clock.advanceMillis(1);
        assertThat(cache.get("alice", "v1|home|10||").block()).isNull();
        assertThat(cache.size()).isZero();
    }

    @Test
    void aSharedHitIsKeptLocallyAndFieldsAndShoppersAreSeparate() {
        Recommendations a = answer("home", false);
        shared.put("alice", "v1|home|10||", a).block();
        assertThat(cache.get("alice", "v1|home|10||").block()).isSameAs(a);
        shared.cache.clear();
        assertThat(cache.get("alice", "v1|home|10||").block()).isSameAs(a);
        assertThat(cache.get("alice", "v2|home|10||").block()).isNull();
        assertThat(cache.get("bob", "v1|home|10||").block()).isNull();
    }

    @Test
    void aDegradedAnswerIsKeptOnlyLocallyAndOnlyForTheDegradedTtl() {
        Recommendations degraded = answer("home", true);
        cache.put("alice", "f", degraded).block();
        assertThat(shared.cache).isEmpty();
        clock.advanceMillis(299);
        assertThat(cache.get("alice", "f").block()).isSameAs(degraded);
        clock.advanceMillis(1);
        assertThat(cache.get("alice", "f").block()).isNull();
    }

    @Test
    void aZeroTtlKeepsNothingLocally() {
        LocalAnswerCache off = new LocalAnswerCache(shared, clock, Duration.ZERO, Duration.ZERO, 100);
        Recommendations a = answer("home", false);
        off.put("alice", "f", a).block();
        shared.cache.clear();
        assertThat(off.get("alice", "f").block()).isNull();
    }

    /** Seeded random puts, reads and clock moves: never more than the bound, never an answer older than the TTL. */
    @Test
    void staysBoundedAndNeverServesExpiredAnswers() {
        AnswerCache forgetful = new AnswerCache() {   // the shared level's own TTL is not under test here
            @Override
            public reactor.core.publisher.Mono<Recommendations> get(String userId, String field) {
                return reactor.core.publisher.Mono.empty();
            }

            @Override
            public reactor.core.publisher.Mono<Void> put(String userId, String field, Recommendations answer) {
                return reactor.core.publisher.Mono.empty();
            }
        };
        LocalAnswerCache small = new LocalAnswerCache(forgetful, clock, Duration.ofMillis(500),
                Duration.ofMillis(200), 8);
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            String user = "u" + random.nextInt(20);
            if (random.nextBoolean()) {
                small.put(user, "f", answer("home", random.nextInt(4) == 0)).block();
            } else {
                Recommendations got = small.get(user, "f").block();
                if (got != null) {
                    assertThat(Duration.between(got.generatedAt(), clock.instant())).as("case %d user %s", i, user)
                            .isLessThan(Duration.ofMillis(got.priceDegraded() ? 200 : 500));
                }
            }
            clock.advanceMillis(random.nextInt(100));
            assertThat(small.size()).as("case %d", i).isLessThanOrEqualTo(8);
        }
    }
}
