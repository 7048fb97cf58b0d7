package dev.priceflow.recommender.ingest;

import dev.priceflow.recommender.RecommenderProperties;
import dev.priceflow.recommender.ingest.adapter.redis.RedisInteractionLog;
import dev.priceflow.recommender.ingest.application.RecordInteraction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

    /** Co-purchase pairs per new purchase are capped: a bulk buyer must not cost thousands of writes per line. */
    static final int MAX_PURCHASE_PAIRS = 100;

    @Bean
    RecordInteraction recordInteraction(StringRedisTemplate redis, RecommenderProperties p) {
        return new RecordInteraction(new RedisInteractionLog(redis, p.recentItems(), p.seenTtl(), MAX_PURCHASE_PAIRS));
    }
}
