package dev.priceflow.recommender.training.adapter;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.recommender.learning.domain.Interaction;
import dev.priceflow.recommender.training.application.TrainingSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.data.redis.core.StringRedisTemplate;

/** Reads every shopper's SKU weights ({@link RedisKeys#recommenderWeights}) listed in {@link RedisKeys#RECOMMENDER_USERS}. */
final class RedisTrainingSource implements TrainingSource {

    private final StringRedisTemplate redis;

    RedisTrainingSource(StringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public List<Interaction> interactions() {
        Set<String> users = redis.opsForSet().members(RedisKeys.RECOMMENDER_USERS);
        List<Interaction> out = new ArrayList<>();
        for (String user : new TreeSet<>(users == null ? Set.of() : users)) {
            Map<Object, Object> weights = redis.opsForHash().entries(RedisKeys.recommenderWeights(user));
            weights.forEach((sku, w) -> {
                double weight = Double.parseDouble(w.toString());
                if (weight > 0) {
                    out.add(new Interaction(user, sku.toString(), weight, 0));
                }
            });
        }
        return out;
    }
}
