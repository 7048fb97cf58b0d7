package dev.priceflow.recommender.recommendation.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.recommender.recommendation.application.AnswerCache;
import dev.priceflow.recommender.recommendation.application.Recommendations;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers cached in hash {@link RedisKeys#recommenderCache} (field = request) with a short TTL; the event
 * consumer deletes the hash on each event of the shopper. Fail-open: a Redis error is a miss, a failed write
 * is logged and ignored. Degraded answers (pricing down) are not cached.
 */
public final class RedisAnswerCache implements AnswerCache {

    private static final Logger LOG = LoggerFactory.getLogger(RedisAnswerCache.class);

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration ttl;
    private final Duration timeout;

    public RedisAnswerCache(ReactiveStringRedisTemplate redis, JsonMapper json, Duration ttl, Duration timeout) {
        this.redis = redis;
        this.json = json;
        this.ttl = ttl;
        this.timeout = timeout;
    }

    @Override
    public Mono<Recommendations> get(String userId, String field) {
        return redis.<String, String>opsForHash().get(RedisKeys.recommenderCache(userId), field)
                .map(text -> json.readValue(text, Recommendations.class))
                .timeout(timeout)
                .onErrorResume(e -> {
                    LOG.warn("answer cache read failed error={}", e.toString());
                    return Mono.empty();
                });
    }

    @Override
    public Mono<Void> put(String userId, String field, Recommendations answer) {
        if (answer.priceDegraded()) {
            return Mono.empty();
        }
        String key = RedisKeys.recommenderCache(userId);
        return redis.<String, String>opsForHash().put(key, field, json.writeValueAsString(answer))
                .then(redis.expire(key, ttl)).timeout(timeout).then()
                .onErrorResume(e -> {
                    LOG.warn("answer cache write failed error={}", e.toString());
                    return Mono.empty();
                });
    }
}
