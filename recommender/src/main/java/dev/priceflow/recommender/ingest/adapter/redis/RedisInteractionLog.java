package dev.priceflow.recommender.ingest.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.recommender.ingest.application.InteractionLog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Incremental co-occurrence and popularity in Redis (keys in {@link RedisKeys}). A pair counts once per
 * shopper: co-view when a SKU is new for the shopper, paired with their recent SKUs; co-purchase when a SKU is
 * first bought, paired with the order's other lines and at most {@code maxPairs} earlier purchases.
 */
public final class RedisInteractionLog implements InteractionLog {

    private final StringRedisTemplate redis;
    private final int recentItems;
    private final Duration seenTtl;
    private final int maxPairs;

    public RedisInteractionLog(StringRedisTemplate redis, int recentItems, Duration seenTtl, int maxPairs) {
        this.redis = redis;
        this.recentItems = recentItems;
        this.seenTtl = seenTtl;
        this.maxPairs = maxPairs;
    }

    @Override
    public boolean markSeen(String eventId) {
        return Boolean.TRUE.equals(redis.opsForValue().setIfAbsent(RedisKeys.recommenderSeen(eventId), "1", seenTtl));
    }

    @Override
    public void unmarkSeen(String eventId) {
        redis.delete(RedisKeys.recommenderSeen(eventId));
    }

    @Override
    public void interacted(String userId, String sku, double weight, boolean addToCart) {
        String recentKey = RedisKeys.recommenderRecent(userId);
        boolean isNew = touch(userId, sku, weight);
        if (isNew) {
            List<String> recent = redis.opsForList().range(recentKey, 0, recentItems - 1);
            pair(sku, recent == null ? List.of() : recent, RedisKeys::recommenderCoView);
        }
        redis.opsForList().remove(recentKey, 0, sku);
        redis.opsForList().leftPush(recentKey, sku);
        redis.opsForList().trim(recentKey, 0, recentItems - 1);
        if (addToCart) {
            redis.opsForSet().add(RedisKeys.recommenderCart(userId), sku);
        }
    }

    @Override
    public void purchased(String userId, List<String> skus, double weight) {
        String boughtKey = RedisKeys.recommenderBought(userId);
        Set<String> before = redis.opsForSet().members(boughtKey);
        List<String> earlier = before == null ? List.of() : before.stream().sorted().limit(maxPairs).toList();
        List<String> fresh = new ArrayList<>();
        for (String sku : skus) {
            interacted(userId, sku, weight, false);
            if (before == null || !before.contains(sku)) {
                fresh.add(sku);
            }
        }
        for (int i = 0; i < fresh.size(); i++) {
            String sku = fresh.get(i);
            redis.opsForZSet().incrementScore(RedisKeys.RECOMMENDER_ITEM_BUYERS, sku, 1);
            List<String> partners = new ArrayList<>(earlier);
            partners.addAll(fresh.subList(0, i));
            pair(sku, partners, RedisKeys::recommenderCoPurchase);
        }
        if (!skus.isEmpty()) {
            redis.opsForSet().add(boughtKey, skus.toArray(String[]::new));
        }
        redis.delete(RedisKeys.recommenderCart(userId));
    }

    @Override
    public void invalidate(String userId) {
        redis.delete(RedisKeys.recommenderCache(userId));
    }

    /** Adds the weight; true when the SKU is new for this shopper (then it counts as one more shopper). */
    private boolean touch(String userId, String sku, double weight) {
        String weightsKey = RedisKeys.recommenderWeights(userId);
        boolean isNew = !redis.opsForHash().hasKey(weightsKey, sku);
        redis.opsForHash().increment(weightsKey, sku, weight);
        redis.opsForSet().add(RedisKeys.RECOMMENDER_USERS, userId);
        redis.opsForZSet().incrementScore(RedisKeys.RECOMMENDER_POPULAR, sku, weight);
        if (isNew) {
            redis.opsForZSet().incrementScore(RedisKeys.RECOMMENDER_ITEM_USERS, sku, 1);
        }
        return isNew;
    }

    private void pair(String sku, List<String> partners, java.util.function.Function<String, String> key) {
        for (String other : partners) {
            if (!other.equals(sku)) {
                redis.opsForZSet().incrementScore(key.apply(sku), other, 1);
                redis.opsForZSet().incrementScore(key.apply(other), sku, 1);
            }
        }
    }
}
