package dev.priceflow.trends.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.trends.adapter.streams.TrendSignal;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes signals into the Redis layout pricing reads (docs/trend-analysis.md). Window signals only replace a
 * stored one of the same or an earlier window, so a late update of an old window never hides the current one.
 */
public class RedisTrends {

    static final String MOMENTUM = "momentum";
    static final String RISING = "rising";

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration timeout;

    public RedisTrends(ReactiveStringRedisTemplate redis, JsonMapper json, Duration timeout) {
        this.redis = redis;
        this.json = json;
        this.timeout = timeout;
    }

    /** Stores one signal; blocks at most {@code timeout}; throws when Redis does not answer. */
    public void write(TrendSignal signal) {
        Mono<?> write = switch (signal) {
            case TrendSignal.CategoryMomentum m -> hashIfNewer(RedisKeys.trend(m.category(), m.window()), MOMENTUM,
                    m, stored -> replaces(m.windowStart(), m.score(), (TrendSignal.CategoryMomentum) stored));
            case TrendSignal.RisingProducts r -> hashIfNewer(RedisKeys.trend(r.category(), r.window()), RISING,
                    r, stored -> !((TrendSignal.RisingProducts) stored).windowStart().isAfter(r.windowStart()));
            case TrendSignal.ProductMomentum p -> valueIfNewer(RedisKeys.productTrend(p.sku(), p.window()), p);
            case TrendSignal.CompetitorPriceIndex i -> redis.opsForValue()
                    .set(RedisKeys.competitorIndex(i.sku()), json.writeValueAsString(i))
                    .then(redis.opsForHash().put(RedisKeys.categoryPriceIndex(i.category()), i.sku(),
                            json.writeValueAsString(i)));
        };
        write.block(timeout);
    }

    /**
     * Counts only grow within a window, so a same-window update with a lower score is a stale copy (a
     * redelivery, or a second instance that saw fewer events) and must not replace the stored one.
     */
    static boolean replaces(Instant windowStart, double score, TrendSignal.CategoryMomentum stored) {
        int byWindow = windowStart.compareTo(stored.windowStart());
        return byWindow > 0 || (byWindow == 0 && score >= stored.score());
    }

    private Mono<?> hashIfNewer(String key, String field, TrendSignal signal, Predicate<TrendSignal> replaces) {
        return redis.<String, String>opsForHash().get(key, field)
                .map(stored -> replaces.test(json.readValue(stored, TrendSignal.class)))
                .defaultIfEmpty(true)
                .flatMap(replace -> replace ? redis.opsForHash().put(key, field, json.writeValueAsString(signal))
                        : Mono.just(false));
    }

    private Mono<?> valueIfNewer(String key, TrendSignal.ProductMomentum signal) {
        return redis.opsForValue().get(key)
                .map(stored -> (TrendSignal.ProductMomentum) json.readValue(stored, TrendSignal.class))
                .map(stored -> {
                    int byWindow = signal.windowStart().compareTo(stored.windowStart());
                    return byWindow > 0 || (byWindow == 0 && signal.score() >= stored.score());
                })
                .defaultIfEmpty(true)
                .flatMap(replace -> replace ? redis.opsForValue().set(key, json.writeValueAsString(signal))
                        : Mono.just(false));
    }
}
