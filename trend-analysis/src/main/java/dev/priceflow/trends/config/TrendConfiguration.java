package dev.priceflow.trends.config;

import dev.priceflow.trends.adapter.kafka.KafkaCompetitorPrices;
import dev.priceflow.trends.adapter.kafka.SignalsToRedis;
import dev.priceflow.trends.adapter.redis.RedisTrendReader;
import dev.priceflow.trends.adapter.redis.RedisTrends;
import dev.priceflow.trends.adapter.sql.JdbcCatalogue;
import dev.priceflow.trends.adapter.streams.TrendStreams;
import dev.priceflow.trends.adapter.streams.TrendStreamsHealth;
import dev.priceflow.trends.application.Catalogue;
import dev.priceflow.trends.application.CompetitorPriceIntake;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Wires the trend service: catalogue, topology, competitor price intake, Redis sink and reader. */
@Configuration(proxyBeanMethods = false)
class TrendConfiguration {

    /** Redis calls of the sink and the API wait at most this long (fail-open for the sink, 503 for the API). */
    private static final Duration REDIS_TIMEOUT = Duration.ofSeconds(2);
    /** Kafka must acknowledge a competitor price batch within this. */
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(10);

    @Bean
    JdbcCatalogue catalogue(JdbcTemplate jdbc, Clock clock, TrendProperties props) {
        return new JdbcCatalogue(jdbc, clock, props.catalogueRefresh());
    }

    @Bean
    @ConditionalOnProperty(name = "priceflow.trends.streams-enabled", havingValue = "true", matchIfMissing = true)
    TrendStreams trendStreams(@Value("${spring.kafka.bootstrap-servers}") String bootstrap, TrendProperties props,
                              Catalogue catalogue, Clock clock) {
        return new TrendStreams(bootstrap, props, catalogue, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "priceflow.trends.streams-enabled", havingValue = "true", matchIfMissing = true)
    TrendStreamsHealth trendStreamsHealthIndicator(TrendStreams streams) {
        return new TrendStreamsHealth(streams);
    }

    @Bean(destroyMethod = "close")
    KafkaCompetitorPrices competitorPrices(@Value("${spring.kafka.bootstrap-servers}") String bootstrap) {
        return new KafkaCompetitorPrices(bootstrap, KAFKA_TIMEOUT);
    }

    @Bean
    CompetitorPriceIntake competitorPriceIntake(KafkaCompetitorPrices prices, Clock clock) {
        return new CompetitorPriceIntake(prices, clock);
    }

    @Bean
    RedisTrends redisTrends(ReactiveStringRedisTemplate redis, JsonMapper json) {
        return new RedisTrends(redis, json, REDIS_TIMEOUT);
    }

    @Bean
    RedisTrendReader redisTrendReader(ReactiveStringRedisTemplate redis, JsonMapper json) {
        return new RedisTrendReader(redis, json, REDIS_TIMEOUT);
    }

    @Bean
    SignalsToRedis signalsToRedis(RedisTrends redis, JsonMapper json) {
        return new SignalsToRedis(redis, json);
    }
}
