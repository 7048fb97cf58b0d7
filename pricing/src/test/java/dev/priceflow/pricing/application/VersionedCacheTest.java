package dev.priceflow.pricing.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.infra.test.ManualClock;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

class VersionedCacheTest {

    private final ManualClock clock = new ManualClock("2025-06-01T12:00:00Z");
    private final VersionedCache<String, String> cache = new VersionedCache<>(Duration.ofSeconds(5), 2, clock);
    private final AtomicInteger loads = new AtomicInteger();
    private String stored = "row@v1";

    private Supplier<Mono<String>> loader() {
        return () -> Mono.fromSupplier(() -> {
            loads.incrementAndGet();
            return stored;
        });
    }

    private String get(String version, String key) {
        return cache.get(version, key, loader()).block();
    }

    @Test
    void aSecondLookupAtTheSameVersionIsServedWithoutLoading() {
        assertThat(get("7", "A")).isEqualTo("row@v1");
        stored = "row@v2";

        assertThat(get("7", "A")).isEqualTo("row@v1");
        assertThat(loads).hasValue(1);
    }

    @Test
    void aNewVersionNeverSeesDataCachedUnderAnOlderOne() {
        get("7", "A");
        stored = "row@v2";

        assertThat(get("8", "A")).isEqualTo("row@v2");
        assertThat(cache.size("7")).isZero();
        assertThat(cache.size("8")).isEqualTo(1);
    }

    @Test
    void anUnknownVersionIsNeverCached() {
        get(PricingVersion.UNKNOWN, "A");
        get(PricingVersion.UNKNOWN, "A");

        assertThat(loads).hasValue(2);
        assertThat(cache.size(PricingVersion.UNKNOWN)).isZero();
    }

    @Test
    void anEntryIsReloadedAfterItsMaximumAgeEvenAtTheSameVersion() {
        get("7", "A");
        stored = "edited by SQL";
        clock.advance(Duration.ofSeconds(4));
        assertThat(get("7", "A")).isEqualTo("row@v1");

        clock.advance(Duration.ofSeconds(1));
        assertThat(get("7", "A")).isEqualTo("edited by SQL");
        assertThat(loads).hasValue(2);
    }

    @Test
    void emptyAnswersAndErrorsAreNotKept() {
        StepVerifier.create(cache.get("7", "gone", Mono::empty)).verifyComplete();
        StepVerifier.create(cache.get("7", "broken", () -> Mono.error(new IllegalStateException("db down"))))
                .verifyError(IllegalStateException.class);

        assertThat(cache.size("7")).isZero();
        assertThat(get("7", "broken")).isEqualTo("row@v1");
    }

    @Test
    void keysBeyondTheBoundAreLoadedButNotKept() {
        get("7", "A");
        get("7", "B");
        get("7", "C");
        get("7", "C");

        assertThat(cache.size("7")).isEqualTo(2);
        assertThat(loads).hasValue(4);
    }

    @Test
    void aLoadThatFinishesAfterAVersionChangeIsNotServedToTheNewVersion() {
        // a quote read version 7 and started loading; a bump to 8 happened before its load finished
        Sinks.One<String> pending = Sinks.one();
        CompletableFuture<String> slow = cache.get("7", "A", pending::asMono).toFuture(); // subscribed now
        get("8", "B");
        pending.tryEmitValue("row as the version-7 quote saw it");
        assertThat(slow.join()).isEqualTo("row as the version-7 quote saw it");
        stored = "row@v8";

        assertThat(get("8", "A")).isEqualTo("row@v8");
    }

    @Test
    void zeroEntriesTurnsCachingOff() {
        VersionedCache<String, String> off = new VersionedCache<>(Duration.ofSeconds(5), 0, Clock.systemUTC());
        off.get("7", "A", loader()).block();
        off.get("7", "A", loader()).block();

        assertThat(loads).hasValue(2);
    }
}
