package dev.priceflow.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.ManualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyncedRateLimiterTest {

    /** The shared counters, in memory (what Redis holds), with a switch to make them fail. */
    private static final class MemoryStore implements SyncedRateLimiter.WindowStore {
        final Map<String, Long> totals = new HashMap<>();
        boolean down;
        int calls;

        @Override
        public List<Long> add(List<String> keys, List<Long> deltas) {
            calls++;
            if (down) {
                throw new IllegalStateException("store down");
            }
            List<Long> answer = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                answer.add(totals.merge(keys.get(i), deltas.get(i), Long::sum));
            }
            return answer;
        }
    }

    private final ManualClock clock = new ManualClock(Instant.ofEpochMilli(1_790_000_000_000L));
    private final MemoryStore store = new MemoryStore();

    private static long allowed(SyncedRateLimiter limiter, String client, int limit, int requests) {
        return IntStream.range(0, requests).filter(i -> limiter.count("user", client, limit).allowed()).count();
    }

    @Test
    void oneInstanceAdmitsExactlyTheLimitPerSecondWithoutAskingTheStorePerRequest() {
        SyncedRateLimiter limiter = new SyncedRateLimiter(store, clock);
        assertThat(allowed(limiter, "alice", 100, 150)).isEqualTo(100);
        assertThat(store.calls).isZero();
        assertThat(allowed(limiter, "bob", 100, 100)).isEqualTo(100);

        limiter.sync();
        assertThat(store.calls).isEqualTo(1);
        assertThat(store.totals).containsEntry("ratelimit:user:alice:" + clock.millis() / 1000, 150L);
        assertThat(allowed(limiter, "alice", 100, 1)).as("the own count already includes what was synced").isZero();

        clock.advanceMillis(1000);
        assertThat(allowed(limiter, "alice", 100, 100)).as("a new second, a new window").isEqualTo(100);
    }

    @Test
    void instancesSharingTheStoreLearnEachOthersCountsAtEverySync() {
        SyncedRateLimiter first = new SyncedRateLimiter(store, clock);
        SyncedRateLimiter second = new SyncedRateLimiter(store, clock);
        assertThat(allowed(first, "alice", 100, 70)).isEqualTo(70);
        first.sync();
        assertThat(allowed(second, "alice", 100, 20)).isEqualTo(20);
        second.sync();
        assertThat(allowed(second, "alice", 100, 50)).as("70 counted by the first instance").isEqualTo(10);
        second.sync();
        first.sync();
        assertThat(allowed(first, "alice", 100, 10)).as("the window is full across both").isZero();
        assertThat(store.totals.values()).as("denied requests count too").containsExactly(140L);
    }

    @Test
    void aFailingStoreLeavesEachInstanceEnforcingItsOwnCountsAndIsRetriedWithNothingLost() {
        SyncedRateLimiter limiter = new SyncedRateLimiter(store, clock);
        store.down = true;
        assertThat(allowed(limiter, "alice", 10, 5)).isEqualTo(5);
        limiter.sync();
        assertThat(limiter.count("user", "alice", 10).counted()).as("not shared while the store is down").isFalse();
        assertThat(allowed(limiter, "alice", 10, 10)).as("own limit still enforced").isEqualTo(4);

        store.down = false;
        limiter.sync();
        assertThat(store.totals.values()).as("every count reaches the store once it answers").containsExactly(16L);
        assertThat(limiter.count("user", "alice", 10).counted()).isTrue();
    }

    @Test
    void windowsOlderThanTwoSecondsAreDroppedAtTheNextSync() {
        SyncedRateLimiter limiter = new SyncedRateLimiter(store, clock);
        limiter.count("addr", "127.0.0.1", 10);
        limiter.count("user", "alice", 10);
        limiter.sync();
        assertThat(limiter.windowCount()).isEqualTo(2);
        clock.advanceMillis(3000);
        limiter.sync();
        assertThat(limiter.windowCount()).isZero();
        assertThat(store.calls).as("nothing new to push").isEqualTo(1);
    }
}
