package dev.priceflow.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The shared window counters in Redis: {@code INCRBY} each key by its delta and keep it 2 seconds, all keys in
 * one script (atomic, one round trip). Called only from the limiter's sync thread, never from a request, so
 * waiting for the answer (at most {@code timeout}) blocks no event loop.
 */
final class RedisWindowStore implements SyncedRateLimiter.WindowStore {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> ADD = RedisScript.of("""
            local totals = {}
            for i, key in ipairs(KEYS) do
              totals[i] = redis.call('INCRBY', key, ARGV[i])
              redis.call('EXPIRE', key, 2)
            end
            return totals""", List.class);

    private final ReactiveStringRedisTemplate redis;
    private final Duration timeout;

    RedisWindowStore(ReactiveStringRedisTemplate redis, Duration timeout) {
        this.redis = redis;
        this.timeout = timeout;
    }

    @Override
    public List<Long> add(List<String> keys, List<Long> deltas) {
        List<String> args = deltas.stream().map(String::valueOf).toList();
        List<?> reply = redis.execute(ADD, keys, args).next().block(timeout);
        if (reply == null || reply.size() != keys.size()) {
            throw new IllegalStateException("Redis answered " + (reply == null ? "nothing" : reply.size() + " totals")
                    + " for " + keys.size() + " rate-limit windows");
        }
        return reply.stream().map(total -> ((Number) total).longValue()).toList();
    }
}
