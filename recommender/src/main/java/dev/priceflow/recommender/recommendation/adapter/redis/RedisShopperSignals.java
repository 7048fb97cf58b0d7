package dev.priceflow.recommender.recommendation.adapter.redis;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.recommender.recommendation.application.ShopperSignals;
import dev.priceflow.recommender.recommendation.domain.Candidate;
import dev.priceflow.recommender.recommendation.domain.ShopperHistory;
import dev.priceflow.recommender.recommendation.domain.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Range;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ZSetOperations;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads what the event consumer writes (keys in {@link RedisKeys}). Co-occurrence is normalised like the
 * offline model's: {@code n(a,b) / sqrt(n(a) n(b))} with {@code n} the distinct shoppers (or buyers) per SKU.
 */
public final class RedisShopperSignals implements ShopperSignals {

    private final ReactiveStringRedisTemplate redis;
    private final int recentSize;

    public RedisShopperSignals(ReactiveStringRedisTemplate redis, int recentSize) {
        this.redis = redis;
        this.recentSize = recentSize;
    }

    @Override
    public Mono<ShopperHistory> history(String userId) {
        Mono<List<String>> recent = redis.opsForList().range(RedisKeys.recommenderRecent(userId), 0, recentSize - 1)
                .collectList();
        Mono<Set<String>> bought = redis.opsForSet().members(RedisKeys.recommenderBought(userId))
                .collect(HashSet::new, Set::add);
        Mono<List<String>> cart = redis.opsForSet().members(RedisKeys.recommenderCart(userId)).sort().collectList();
        return Mono.zip(recent, bought, cart).map(t -> new ShopperHistory(t.getT1(), t.getT2(), t.getT3()));
    }

    @Override
    public Mono<List<Candidate>> coOccurring(List<String> seeds, int perSeed) {
        return Flux.fromIterable(seeds).flatMap(seed -> Flux.concat(
                        neighbours(seed, RedisKeys.recommenderCoPurchase(seed), RedisKeys.RECOMMENDER_ITEM_BUYERS,
                                Source.CO_PURCHASE, perSeed),
                        neighbours(seed, RedisKeys.recommenderCoView(seed), RedisKeys.RECOMMENDER_ITEM_USERS,
                                Source.CO_VIEW, perSeed)))
                .flatMapIterable(list -> list).collectList();
    }

    private Mono<List<Candidate>> neighbours(String seed, String key, String countsKey, Source source, int n) {
        return redis.opsForZSet().reverseRangeWithScores(key, Range.closed(0L, (long) n - 1)).collectList()
                .flatMap(pairs -> {
                    if (pairs.isEmpty()) {
                        return Mono.just(List.<Candidate>of());
                    }
                    List<Object> members = new ArrayList<>();
                    members.add(seed);
                    pairs.forEach(p -> members.add(p.getValue()));
                    return redis.opsForZSet().score(countsKey, members.toArray()).map(counts -> {
                        double ns = value(counts.get(0));
                        List<Candidate> out = new ArrayList<>();
                        for (int i = 0; i < pairs.size(); i++) {
                            ZSetOperations.TypedTuple<String> p = pairs.get(i);
                            double denom = Math.sqrt(ns * value(counts.get(i + 1)));
                            double score = denom > 0 ? p.getScore() / denom : 0;
                            out.add(new Candidate(p.getValue(), source, score, seed));
                        }
                        return out;
                    });
                });
    }

    private static double value(Double d) {
        return d == null ? 1 : Math.max(1, d);
    }

    @Override
    public Mono<List<Candidate>> popular(int n) {
        return redis.opsForZSet().reverseRangeWithScores(RedisKeys.RECOMMENDER_POPULAR, Range.closed(0L, (long) n - 1))
                .map(t -> new Candidate(t.getValue(), Source.POPULAR, t.getScore(), null)).collectList();
    }
}
