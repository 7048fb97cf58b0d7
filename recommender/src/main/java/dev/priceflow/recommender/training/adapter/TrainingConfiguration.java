package dev.priceflow.recommender.training.adapter;

import dev.priceflow.recommender.RecommenderProperties;
import dev.priceflow.recommender.learning.domain.AlsParams;
import dev.priceflow.recommender.recommendation.adapter.elasticsearch.ProductIndex;
import dev.priceflow.recommender.training.application.RetrainEmbeddings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Retrains embeddings after {@code training.initial-delay} (the consumer replays history meanwhile) and every
 * {@code training.interval}. A failed run is logged and tried again at the next tick: serving goes on with
 * the previous vectors (or without the embedding source).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "priceflow.recommender.training.enabled", havingValue = "true", matchIfMissing = true)
class TrainingConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(TrainingConfiguration.class);

    @Bean
    RetrainEmbeddings retrainEmbeddings(StringRedisTemplate redis, ProductIndex index, RecommenderProperties p) {
        RecommenderProperties.Training t = p.training();
        return new RetrainEmbeddings(new RedisTrainingSource(redis),
                new EsEmbeddingStore(index, p.elasticsearch().bulkTimeout()),
                new AlsParams(t.factors(), t.regularization(), t.alpha(), t.iterations(), t.seed()));
    }

    @Bean
    Ticker embeddingTicker(RetrainEmbeddings retrain) {
        return new Ticker(retrain);
    }

    static final class Ticker {
        private final RetrainEmbeddings retrain;

        Ticker(RetrainEmbeddings retrain) {
            this.retrain = retrain;
        }

        @EventListener(ApplicationReadyEvent.class)
        void atStartup() {
            try {
                LOG.info("embedding mapping checked usable={}", retrain.prepare());
            } catch (RuntimeException e) {
                LOG.warn("embedding mapping not checked; retraining retries error={}", e.toString());
            }
        }

        @Scheduled(initialDelayString = "${priceflow.recommender.training.initial-delay}",
                fixedDelayString = "${priceflow.recommender.training.interval}")
        void tick() {
            try {
                retrain.run();
            } catch (RuntimeException e) {
                LOG.warn("embedding retraining failed; next tick retries error={}", e.toString(), e);
            }
        }
    }
}
