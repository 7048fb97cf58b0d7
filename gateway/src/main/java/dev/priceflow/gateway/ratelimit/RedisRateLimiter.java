package dev.priceflow.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/**
 * Fixed one-second windows in Redis: {@code ratelimit:{scope}:{client}:{epochSecond}}, INCR plus a 2-second
 * expiry in one script (atomic, one round trip). Fails open: a Redis error or a slower answer than the timeout
 * lets the request through and is logged at most once per minute.
 */
class RedisRateLimiter implements RateLimiter {

    private static final Logger log = LoggerFactory.getLogger(RedisRateLimiter.class);
    private static final RedisScript<Long> INCREMENT = RedisScript.of(
            "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('EXPIRE', KEYS[1], 2) end return n",
            Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final Clock clock;
    private final Duration timeout;
    private final AtomicLong lastWarning = new AtomicLong();

    RedisRateLimiter(ReactiveStringRedisTemplate redis, Clock clock, Duration timeout) {
        this.redis = redis;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public Mono<Decision> acquire(String scope, String client, int limit) {
        long second = clock.millis() / 1000;
        String key = "ratelimit:" + scope + ":" + client + ":" + second;
        return redis.execute(INCREMENT, List.of(key)).next()
                .map(count -> new Decision(count <= limit, true, 1))
                .timeout(timeout)
                .onErrorResume(error -> {
                    warnRarely(error);
                    return Mono.just(Decision.UNCOUNTED);
                })
                .defaultIfEmpty(Decision.UNCOUNTED);
    }

    private void warnRarely(Throwable error) {
        long now = clock.millis();
        long last = lastWarning.get();
        if (now - last > 60_000 && lastWarning.compareAndSet(last, now)) {
            log.warn("rate limiter: Redis unavailable ({}), failing open", error.getClass().getSimpleName());
        }
    }
}
