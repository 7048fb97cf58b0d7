package dev.priceflow.recommender.recommendation.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.recommender.recommendation.application.TrendSignals;
import dev.priceflow.recommender.recommendation.domain.Candidate;
import dev.priceflow.recommender.recommendation.domain.Source;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads trend-analysis' rising products: field {@code rising} of the hash {@link RedisKeys#trend} per category
 * (RisingProducts JSON, docs/trend-analysis.md). A window that ended more than {@code maxAge} ago is ignored
 * (the keys have no TTL). Fail-open: an unreadable value skips its category; Redis errors or a read slower than
 * {@code timeout} give no candidates, never an error.
 */
public final class RedisTrendSignals implements TrendSignals {

    private static final Logger LOG = LoggerFactory.getLogger(RedisTrendSignals.class);
    static final String FIELD = "rising";

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final String window;
    private final Duration maxAge;
    private final Duration timeout;
    private final Clock clock;

    public RedisTrendSignals(ReactiveStringRedisTemplate redis, JsonMapper json, String window, Duration maxAge,
                             Duration timeout, Clock clock) {
        this.redis = redis;
        this.json = json;
        this.window = window;
        this.maxAge = maxAge;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public Mono<List<Candidate>> rising(List<String> categories, int n) {
        Instant notBefore = clock.instant().minus(maxAge);
        return Flux.fromIterable(categories)
                .flatMap(category -> redis.<String, String>opsForHash().get(RedisKeys.trend(category, window), FIELD)
                        .map(value -> parse(json, category, value, notBefore)))
                .flatMapIterable(list -> list)
                .sort(Comparator.comparingDouble((Candidate c) -> -c.score()).thenComparing(Candidate::sku))
                .take(n)
                .collectList()
                .timeout(timeout)
                .onErrorResume(e -> {
                    LOG.warn("trending skipped categories={} error={}", categories.size(), e.toString());
                    return Mono.just(List.of());
                });
    }

    /** The products of one RisingProducts value with momentum > 0; none when stale, of another category or bad. */
    static List<Candidate> parse(JsonMapper json, String category, String value, Instant notBefore) {
        List<Candidate> out = new ArrayList<>();
        try {
            JsonNode root = json.readTree(value);
            Instant end = Instant.parse(root.path("windowEnd").asString());
            if (end.isBefore(notBefore) || !category.equals(root.path("category").asString())) {
                return out;
            }
            for (JsonNode p : root.path("products")) {
                String sku = p.path("sku").asString("");
                double momentum = p.path("momentum").asDouble(0);
                if (!sku.isBlank() && momentum > 0 && Double.isFinite(momentum)) {
                    out.add(new Candidate(sku, Source.TRENDING, momentum, category));
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("unreadable rising products skipped category={} error={}", category, e.getClass().getName());
            return List.of();
        }
        return out;
    }
}
