package dev.priceflow.forecast.publishing.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.priceflow.forecast.publishing.PublishingProperties;
import dev.priceflow.forecast.publishing.domain.PublishedForecast;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.core.ReactiveHashOperations;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;

/** The write gets one more try after a timeout (a slow first connection), and fails after a second one. */
class RedisForecastStoreTest {

    static final PublishingProperties PROPERTIES = new PublishingProperties(false, "0 0 0 * * *", Duration.ofHours(36),
            Duration.ofMillis(100), Duration.ofSeconds(1), 10, "");
    static final PublishedForecast FORECAST = new PublishedForecast("A1", UUID.randomUUID(), Instant.EPOCH,
            List.of(LocalDate.parse("2025-03-03")), List.of(PublishedForecast.units(1)), List.of(PublishedForecast.units(2)),
            List.of(PublishedForecast.units(3)));

    @SuppressWarnings("unchecked")
    private static ReactiveStringRedisTemplate redis(int slowAttempts, AtomicInteger attempts) {
        ReactiveStringRedisTemplate redis = mock(ReactiveStringRedisTemplate.class);
        ReactiveHashOperations<String, Object, Object> hash = mock(ReactiveHashOperations.class);
        when(redis.delete(eq("forecast:A1"))).thenReturn(Mono.defer(() ->
                attempts.incrementAndGet() <= slowAttempts ? Mono.<Long>never() : Mono.just(1L)));
        when(redis.<Object, Object>opsForHash()).thenReturn(hash);
        when(hash.putAll(eq("forecast:A1"), anyMap())).thenReturn(Mono.just(true));
        when(redis.expire(eq("forecast:A1"), any(Duration.class))).thenReturn(Mono.just(true));
        return redis;
    }

    @Test
    void aFirstWriteSlowerThanTheTimeoutIsTriedOnceMore() {
        AtomicInteger attempts = new AtomicInteger();
        new RedisForecastStore(redis(1, attempts), PROPERTIES).write(FORECAST);
        assertThat(attempts).hasValue(2);
    }

    @Test
    void twoTimeoutsFailTheWriteWithTheTimeout() {
        AtomicInteger attempts = new AtomicInteger();
        RedisForecastStore store = new RedisForecastStore(redis(2, attempts), PROPERTIES);
        assertThatThrownBy(() -> store.write(FORECAST)).hasCauseInstanceOf(TimeoutException.class);
        assertThat(attempts).hasValue(2);
    }
}
