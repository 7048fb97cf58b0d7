package dev.priceflow.profile.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.profile.ProfileProperties;
import dev.priceflow.profile.application.HotProfiles;
import dev.priceflow.profile.domain.Profile;
import dev.priceflow.profile.domain.ProfileFeatures;
import dev.priceflow.profile.domain.ProfileTotals;
import dev.priceflow.profile.domain.RecentView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Writes the hot profile hash {@code profile:<userId>} read by pricing and recommender, layout
 * {@value #LAYOUT_VERSION} (field by field in docs/user-profile.md). The v1 fields keep their meaning: counts as
 * integers, {@code monetary} a decimal string in {@code currency}, {@code lastEventAt} an ISO-8601 instant. The
 * whole hash is rewritten from durable state, so a later write heals an earlier lost one. Blocks the caller for
 * at most the configured timeout per command.
 */
@Component
class RedisHotProfiles implements HotProfiles {

    static final String LAYOUT_VERSION = "2";
    /** Most HSETs in flight at once while publishing a batch. */
    private static final int PIPELINE_DEPTH = 64;

    private final ReactiveStringRedisTemplate redis;
    private final Duration timeout;

    RedisHotProfiles(ReactiveStringRedisTemplate redis, ProfileProperties properties) {
        this.redis = redis;
        this.timeout = properties.hotWriteTimeout();
    }

    @Override
    public void publish(Profile profile, ProfileFeatures features) {
        // One HSET: readers never see a half-written hash. No field ever disappears from a profile, so
        // nothing stale can remain (an erasure or a rebuild deletes the whole key).
        redis.opsForHash().putAll(RedisKeys.profile(profile.userId()), fields(profile, features))
                .timeout(timeout).block();
    }

    /**
     * One HSET per profile, all sent before any reply is awaited (Lettuce pipelines the commands of its shared
     * connection), so a batch costs about one round trip; the whole batch is given {@code hot-write-timeout}.
     */
    @Override
    public void publishAll(List<Hot> profiles) {
        Flux.fromIterable(profiles)
                .flatMap(h -> redis.opsForHash().putAll(RedisKeys.profile(h.profile().userId()),
                        fields(h.profile(), h.features())), PIPELINE_DEPTH)
                .then().timeout(timeout).block();
    }

    @Override
    public void delete(String userId) {
        redis.delete(RedisKeys.profile(userId)).timeout(timeout).block();
    }

    @Override
    public long deleteAll() {
        Long n = redis.scan(ScanOptions.scanOptions().match(RedisKeys.profile("*")).count(500).build())
                .buffer(500).concatMap(keys -> redis.delete(keys.toArray(String[]::new)))
                .reduce(0L, Long::sum).block(timeout.multipliedBy(20));
        return n == null ? 0 : n;
    }

    static Map<String, String> fields(Profile p, ProfileFeatures f) {
        ProfileTotals t = p.totals();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("version", LAYOUT_VERSION);
        fields.put("views", Long.toString(t.views()));
        fields.put("cartAdds", Long.toString(t.cartAdds()));
        fields.put("purchases", Long.toString(t.purchases()));
        fields.put("searches", Long.toString(t.searches()));
        fields.put("unitsBought", Long.toString(t.unitsBought()));
        fields.put("monetary", t.monetary().toPlainString());
        fields.put("currency", t.currency());
        if (t.lastEventAt() != null) {
            fields.put("lastEventAt", t.lastEventAt().toString());
        }
        if (p.behaviour().lastPurchaseAt() != null) {
            fields.put("lastPurchaseAt", p.behaviour().lastPurchaseAt().toString());
        }
        fields.put("rfm", f.rfm().code());
        fields.put("priceSensitivity", decimal(f.priceSensitivity()));
        if (f.discountAffinity() != null) {
            fields.put("discountAffinity", decimal(f.discountAffinity()));
        }
        fields.put("topCategories", f.topCategories().entrySet().stream()
                .map(e -> e.getKey() + ":" + decimal(e.getValue())).collect(Collectors.joining(",")));
        fields.put("recentViews", p.behaviour().recentViews().stream().map(RecentView::sku)
                .collect(Collectors.joining(",")));
        if (p.segment() != null) {
            fields.put("segmentId", Integer.toString(p.segment().id()));
            fields.put("segmentLabel", p.segment().label());
            fields.put("segmentModelId", Long.toString(p.segment().modelId()));
        }
        return fields;
    }

    /** Scores and shares: four decimals, HALF_EVEN, plain notation. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
    }
}
