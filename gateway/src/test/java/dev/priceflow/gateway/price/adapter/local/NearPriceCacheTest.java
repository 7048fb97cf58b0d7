package dev.priceflow.gateway.price.adapter.local;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.gateway.price.application.PriceCache;
import dev.priceflow.gateway.price.application.VersionWatch;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

class NearPriceCacheTest {

    /** The shared tier: version + entries with their lifetimes, counting lookups. */
    private static final class SharedFake implements PriceCache {
        String version = "1";
        final Map<String, String> entries = new HashMap<>();
        long ttlMillis = 30_000;
        int lookups;

        @Override
        public Mono<String> pricingVersion() {
            return Mono.just(version);
        }

        @Override
        public Mono<String> get(String key) {
            return Mono.justOrEmpty(entries.get(key));
        }

        @Override
        public Mono<Current> current(UnaryOperator<String> keyFor) {
            lookups++;
            String body = entries.get(keyFor.apply(version));
            return Mono.just(new Current(version, body, body == null ? -1 : ttlMillis));
        }

        @Override
        public Mono<Void> put(String key, String body, Duration ttl) {
            entries.put(key, body);
            return Mono.empty();
        }
    }

    private final SharedFake shared = new SharedFake();
    private final VersionWatch watch = new VersionWatch(Clock.systemUTC(), Duration.ofMinutes(5));
    private final AtomicLong nanos = new AtomicLong();
    private final NearPriceCache near = new NearPriceCache(shared, watch, 1000, nanos::get);
    private final UnaryOperator<String> alicesA1 = v -> RedisKeys.cachedPrice("alice", "A1", "web", v);

    private void trust(String version) {
        shared.version = version;
        watch.subscribed(true);
        watch.readDone(watch.readStarting(), version);
    }

    private PriceCache.Current lookup() {
        return near.current(alicesA1).block();
    }

    @Test
    void aRedisHitIsKeptAndAnsweredWithoutARoundTripWhileTheVersionIsTrusted() {
        trust("1");
        shared.entries.put(alicesA1.apply("1"), "{\"price\":\"9.99\"}");
        assertThat(lookup().body()).isEqualTo("{\"price\":\"9.99\"}");
        assertThat(lookup().body()).isEqualTo("{\"price\":\"9.99\"}");
        assertThat(lookup().version()).isEqualTo("1");
        assertThat(shared.lookups).as("only the first lookup asked Redis").isEqualTo(1);
    }

    @Test
    void afterAVersionBumpTheOldPriceIsNeverAnsweredAgain() {
        trust("1");
        shared.entries.put(alicesA1.apply("1"), "old");
        lookup();
        watch.changed();
        shared.version = "2";
        PriceCache.Current afterNotice = lookup();
        assertThat(afterNotice.body()).as("version unknown: Redis is asked, and has nothing at 2").isNull();
        assertThat(afterNotice.version()).isEqualTo("2");
        watch.readDone(watch.readStarting(), "2");
        assertThat(lookup().body()).isNull();
        assertThat(shared.lookups).isEqualTo(3);
    }

    @Test
    void withoutATrustedVersionEveryLookupAsksRedisAndNothingIsKept() {
        shared.entries.put(alicesA1.apply("1"), "p");
        lookup();
        lookup();
        assertThat(shared.lookups).isEqualTo(2);
        assertThat(near.size()).isZero();
    }

    @Test
    void anEntryLivesNoLongerThanItsRemainingRedisLifetime() {
        trust("1");
        shared.ttlMillis = 2_000;
        shared.entries.put(alicesA1.apply("1"), "p");
        lookup();
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(1_500));
        assertThat(lookup().ttlMillis()).as("what is left of it, for refresh-ahead").isEqualTo(500);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(499));
        lookup();
        assertThat(shared.lookups).isEqualTo(1);
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(2));
        lookup();
        assertThat(shared.lookups).as("expired here as it expired in Redis").isEqualTo(2);
    }

    @Test
    void peekAnswersOnlyWhatIsKeptHereForTheTrustedVersionAndNeverAsksRedis() {
        shared.entries.put(alicesA1.apply("1"), "p");
        assertThat(near.peek(alicesA1)).as("no trusted version").isNull();
        trust("1");
        assertThat(near.peek(alicesA1)).as("in Redis, not kept here yet").isNull();
        lookup();
        assertThat(near.peek(alicesA1)).isEqualTo(new PriceCache.Current("1", "p", 30_000));
        watch.changed();
        assertThat(near.peek(alicesA1)).as("the version is no longer trusted").isNull();
        assertThat(shared.lookups).isEqualTo(1);
    }

    @Test
    void aRenewedAnswerReplacesTheKeptEntryAtOnceWithItsFullLifetime() {
        trust("1");
        shared.ttlMillis = 20_000;
        shared.entries.put(alicesA1.apply("1"), "old");
        lookup();
        nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(15_000));
        near.putCurrent(alicesA1.apply("1"), "renewed", Duration.ofSeconds(60)).block();
        assertThat(shared.entries.get(alicesA1.apply("1"))).isEqualTo("renewed");
        assertThat(near.peek(alicesA1)).isEqualTo(new PriceCache.Current("1", "renewed", 60_000));
        assertThat(near.put(RedisKeys.lastQuotedPrice("alice", "A1", "web"), "last", Duration.ofHours(1))
                .then(Mono.fromSupplier(near::size)).block()).as("other keys are not kept here").isEqualTo(1);
    }
}
