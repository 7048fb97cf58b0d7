package dev.priceflow.recommender.recommendation.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.recommender.recommendation.application.VersionWatch;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads {@link RedisKeys#PRICING_VERSION} every {@code interval} (one GET, bounded by {@code timeout}) into a
 * {@link VersionWatch}; a failed read is logged (once per outage) and leaves the watch to go stale, which
 * turns the answer cache off until Redis answers again. Started and stopped with the application context.
 */
public final class RedisPricingVersionPoller {

    private static final Logger LOG = LoggerFactory.getLogger(RedisPricingVersionPoller.class);

    private final ReactiveStringRedisTemplate redis;
    private final VersionWatch watch;
    private final Duration interval;
    private final Duration timeout;
    private volatile boolean failing;
    private Disposable polling;

    public RedisPricingVersionPoller(ReactiveStringRedisTemplate redis, VersionWatch watch, Duration interval,
                                     Duration timeout) {
        this.redis = redis;
        this.watch = watch;
        this.interval = interval;
        this.timeout = timeout;
    }

    public void start() {
        polling = Flux.interval(Duration.ZERO, interval)
                .onBackpressureDrop()
                .concatMap(tick -> readOnce(), 1)
                .subscribe();
    }

    public void stop() {
        if (polling != null) {
            polling.dispose();
        }
    }

    Mono<Void> readOnce() {
        return redis.opsForValue().get(RedisKeys.PRICING_VERSION)
                .timeout(timeout)
                .map(v -> {
                    watch.read(v);
                    return v;
                })
                .switchIfEmpty(Mono.fromRunnable(() -> watch.read(null)))
                .doOnSuccess(v -> failing = false)
                .onErrorResume(e -> {
                    if (!failing) {
                        LOG.warn("pricing version unreadable: answer cache bypassed until it is error={}",
                                e.toString());
                    }
                    failing = true;
                    return Mono.empty();
                })
                .then();
    }
}
