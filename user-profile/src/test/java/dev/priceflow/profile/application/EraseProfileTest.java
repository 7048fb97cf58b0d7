package dev.priceflow.profile.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.events.ProductViewed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EraseProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:15:30Z");
    private static final String USER = "u-erase";

    private final Fixtures f = new Fixtures(Clock.fixed(NOW, ZoneOffset.UTC), 2);

    @Test
    void erasureRemovesTheProfileTheHotCopyAndAnnouncesIt() {
        f.recordEvent.handle(view(UUID.randomUUID(), NOW.minusSeconds(60)));
        assertThat(f.hot.current).containsKey(USER);

        f.erase.erase(USER);

        assertThat(f.profiles.find(USER)).isEmpty();
        assertThat(f.hot.current).doesNotContainKey(USER);
        assertThat(f.notices).containsExactly(USER);
        assertThat(f.profiles.erasedAt(USER)).contains(NOW);
    }

    @Test
    void aReplayOfEventsFromBeforeTheErasureDoesNotResurrectTheProfile() {
        ProductViewed old = view(UUID.randomUUID(), NOW.minusSeconds(60));
        f.recordEvent.handle(old);
        f.erase.erase(USER);

        f.profiles.clearForRebuild(); // a rebuild forgets processed ids but keeps erasure markers
        RecordEvent.Outcome replayed = f.recordEvent.handle(old);
        RecordEvent.Outcome another = f.recordEvent.handle(view(UUID.randomUUID(), NOW));

        assertThat(replayed).isInstanceOf(RecordEvent.Outcome.Skipped.class);
        assertThat(another).isInstanceOf(RecordEvent.Outcome.Skipped.class);
        assertThat(f.profiles.find(USER)).isEmpty();
        assertThat(f.hot.current).doesNotContainKey(USER);
    }

    @Test
    void eventsAfterTheErasureStartAFreshProfile() {
        f.recordEvent.handle(view(UUID.randomUUID(), NOW.minusSeconds(60)));
        f.erase.erase(USER);

        f.recordEvent.handle(view(UUID.randomUUID(), NOW.plusSeconds(1)));

        assertThat(f.profiles.find(USER).orElseThrow().totals().views()).isEqualTo(1);
    }

    @Test
    void aFailedNoticeReportsTheErasureIncompleteAndARetryCompletesIt() {
        f.recordEvent.handle(view(UUID.randomUUID(), NOW.minusSeconds(60)));
        f.kafkaDown = true;

        assertThatThrownBy(() -> f.erase.erase(USER)).isInstanceOf(EraseProfile.Incomplete.class);
        assertThat(f.profiles.find(USER)).isEmpty();

        f.kafkaDown = false;
        f.erase.erase(USER);
        assertThat(f.notices).containsExactly(USER);
    }

    @Test
    void logsSeeAPseudonymNotTheUserId() {
        assertThat(Pseudonym.of(USER)).hasSize(12).doesNotContain(USER).isEqualTo(Pseudonym.of(USER));
        assertThat(Pseudonym.of("other")).isNotEqualTo(Pseudonym.of(USER));
    }

    private static ProductViewed view(UUID id, Instant at) {
        return new ProductViewed(id, at, 1, USER, "85123A", "web");
    }
}
