package dev.priceflow.recommender;

import dev.priceflow.recommender.recommendation.adapter.elasticsearch.EsCatalogue;
import dev.priceflow.recommender.recommendation.adapter.elasticsearch.ProductIndex;
import dev.priceflow.recommender.recommendation.adapter.pricing.BatchPricingClient;
import dev.priceflow.recommender.recommendation.adapter.redis.RedisAnswerCache;
import dev.priceflow.recommender.recommendation.adapter.redis.RedisPricingVersionPoller;
import dev.priceflow.recommender.recommendation.adapter.redis.RedisShopperSignals;
import dev.priceflow.recommender.recommendation.adapter.redis.RedisTrendSignals;
import dev.priceflow.recommender.recommendation.application.Catalogue;
import dev.priceflow.recommender.recommendation.application.LocalAnswerCache;
import dev.priceflow.recommender.recommendation.application.PricedAnswer;
import dev.priceflow.recommender.recommendation.application.Recommend;
import dev.priceflow.recommender.recommendation.application.RecommendSettings;
import dev.priceflow.recommender.recommendation.application.VersionWatch;
import dev.priceflow.recommender.recommendation.domain.RerankSettings;
import dev.priceflow.recommender.recommendation.domain.Reranker;
import dev.priceflow.recommender.recommendation.domain.Source;
import io.netty.channel.ChannelOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/** Wires the recommendation use case to Elasticsearch, Redis and pricing. */
@Configuration(proxyBeanMethods = false)
class RecommenderConfiguration {

    @Bean
    ProductIndex productIndex(WebClient.Builder builder, JsonMapper json, RecommenderProperties p) {
        return new ProductIndex(client(builder, p.elasticsearch().url().toString(), p.elasticsearch().timeout()),
                json, p.elasticsearch().timeout());
    }

    @Bean
    Catalogue catalogue(ProductIndex index) {
        return new EsCatalogue(index);
    }

    @Bean
    VersionWatch pricingVersion(RecommenderProperties p, Clock clock) {
        return new VersionWatch(clock, p.localCache().versionMaxAge());
    }

    @Bean(initMethod = "start", destroyMethod = "stop")
    RedisPricingVersionPoller pricingVersionPoller(ReactiveStringRedisTemplate redis, VersionWatch watch,
                                                   RecommenderProperties p) {
        return new RedisPricingVersionPoller(redis, watch, p.localCache().versionPoll(), p.redisTimeout());
    }

    @Bean
    Recommend recommend(Catalogue catalogue, ReactiveStringRedisTemplate redis, WebClient.Builder builder,
                        JsonMapper json, RecommenderProperties p, Clock clock, VersionWatch pricingVersion) {
        BatchPricingClient prices = new BatchPricingClient(
                client(builder, p.pricing().baseUrl().toString(), p.pricing().timeout()), json,
                p.pricing().timeout(), p.pricing().channel());
        RecommenderProperties.Weights w = p.weights();
        Reranker reranker = new Reranker(new RerankSettings(Map.of(Source.EMBEDDING, w.embedding(),
                Source.CO_PURCHASE, w.coPurchase(), Source.CO_VIEW, w.coView(), Source.CONTENT, w.content(),
                Source.POPULAR, w.popular(), Source.TRENDING, w.trending()), p.maxCategoryShare(), p.explorationShare(), p.priceBandWeight()));
        RecommenderProperties.Trending t = p.trending();
        return new Recommend(catalogue, new RedisShopperSignals(redis, p.recentItems()),
                new RedisTrendSignals(redis, json, t.window(), t.maxAge(), t.timeout(), clock),
                new LocalAnswerCache(new RedisAnswerCache(redis, json, p.cacheTtl(), p.redisTimeout()), clock,
                        p.localCache().ttl(), p.localCache().degradedTtl(), p.localCache().maxEntries()),
                pricingVersion, reranker,
                new PricedAnswer(prices, clock),
                new RecommendSettings(p.candidatesPerSource(), p.seeds(), p.sourceTimeout(), t.homeCategories()),
                clock);
    }

    private static WebClient client(WebClient.Builder builder, String baseUrl, Duration timeout) {
        HttpClient netty = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(timeout.toMillis(), 2000))
                .responseTimeout(timeout);
        return builder.clone().baseUrl(baseUrl).clientConnector(new ReactorClientHttpConnector(netty))
                .codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build();
    }
}
