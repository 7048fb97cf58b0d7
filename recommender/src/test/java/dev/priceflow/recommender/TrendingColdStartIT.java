package dev.priceflow.recommender;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.RedisKeys;
import dev.priceflow.infra.test.LocalStack;
import dev.priceflow.infra.test.NeedsStack;
import dev.priceflow.infra.test.Server;
import dev.priceflow.infra.test.Stack;
import dev.priceflow.infra.test.Tokens;
import dev.priceflow.recommender.recommendation.application.Recommend;
import dev.priceflow.recommender.recommendation.application.Recommendations;
import dev.priceflow.recommender.recommendation.domain.RecommendationQuery;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Against the real Redis, Elasticsearch, pricing and Keycloak: a product in a category of its own (unique per
 * run, indexed into {@code products}) is rising in that category, written in trend-analysis' layout
 * ({@code trend:{category}:day}, field {@code rising}, RisingProducts JSON); a shopper without history gets it
 * on the home page with the trending reason. The run's document, trend key and cached answer are removed.
 */
@ExtendWith(LocalStack.class)
@NeedsStack({Server.ELASTICSEARCH, Server.REDIS, Server.KEYCLOAK})
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"priceflow.recommender.training.enabled=false", "spring.kafka.listener.auto-startup=false",
                // the first read of a fresh context on the loaded build machine may exceed the 300 ms default
                "priceflow.recommender.trending.timeout=2s"})
class TrendingColdStartIT {

    static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    static final String CATEGORY = "it-trend-" + RUN;
    static final String SKU = "ITTREND" + RUN.toUpperCase(Locale.ROOT);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    Recommend recommend;

    @Autowired
    StringRedisTemplate redis;

    @DynamicPropertySource
    static void homeCategories(DynamicPropertyRegistry registry) {
        // the run's category is the only one a cold home page reads trends for
        registry.add("priceflow.recommender.trending.home-categories", () -> CATEGORY);
    }

    private static HttpResponse<String> es(Stack stack, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stack.value(Server.ELASTICSEARCH) + path))
                .timeout(Duration.ofSeconds(10)).header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aColdShopperGetsTheRisingProductOfTheContextWithTheTrendingReason(Stack stack, Tokens tokens)
            throws Exception {
        String user = "it-cold-" + UUID.randomUUID();
        String trendKey = RedisKeys.trend(CATEGORY, "day");
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS);
        try {
            HttpResponse<String> indexed = es(stack, "PUT", "/products/_doc/" + SKU + "?refresh=true",
                    "{\"sku\":\"" + SKU + "\",\"name\":\"IT TRENDING LANTERN " + RUN + "\",\"category\":\""
                            + CATEGORY + "\",\"listPrice\":3.5,\"currency\":\"GBP\",\"stock\":7}");
            assertThat(indexed.statusCode()).as(indexed.body()).isIn(200, 201);
            redis.opsForHash().put(trendKey, "rising", "{\"type\":\"RisingProducts\",\"category\":\"" + CATEGORY
                    + "\",\"window\":\"day\",\"windowStart\":\"" + start + "\",\"windowEnd\":\""
                    + start.plus(1, ChronoUnit.DAYS) + "\",\"products\":[{\"sku\":\"" + SKU
                    + "\",\"momentum\":6.5,\"score\":40.0}]}");

            Recommendations answer = recommend.recommend(user, "Bearer " + tokens.accessToken("bob", "bob"),
                    RecommendationQuery.of("home", 10, null, null, 10, 50)).block(Duration.ofSeconds(20));

            assertThat(answer).isNotNull();
            assertThat(answer.coldStart()).isTrue();
            assertThat(answer.items()).filteredOn(i -> i.sku().equals(SKU)).singleElement().satisfies(i -> {
                assertThat(i.reasons()).contains("rising in " + CATEGORY + " this week");
                assertThat(i.category()).isEqualTo(CATEGORY);
            });
            // popularity still fills the rest of the cold list
            assertThat(answer.items()).anySatisfy(i -> assertThat(i.reasons()).contains("popular with shoppers"));
        } finally {
            redis.delete(trendKey);
            redis.delete(RedisKeys.recommenderCache(user));
            es(stack, "DELETE", "/products/_doc/" + SKU + "?refresh=true", null);
        }
    }
}
