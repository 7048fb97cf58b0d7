package dev.priceflow.trends.adapter.web;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import dev.priceflow.trends.adapter.redis.RedisTrendReader;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/** Request checks, roles and the Redis-down answer; Redis points at a closed port (no server needed). */
@WebFluxTest(controllers = TrendController.class)
@Import({SecurityConfig.class, ProblemHandler.class, TrendControllerTest.Ports.class})
class TrendControllerTest {

    @Autowired
    WebTestClient web;

    @TestConfiguration
    static class Ports {
        @Bean
        RedisTrendReader reader() {
            LettuceConnectionFactory closed = new LettuceConnectionFactory(
                    new RedisStandaloneConfiguration("127.0.0.1", 1),
                    LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(500)).build());
            closed.afterPropertiesSet();
            return new RedisTrendReader(new ReactiveStringRedisTemplate(closed), JsonMapper.builder().build(),
                    Duration.ofSeconds(1));
        }
    }

    private WebTestClient as(String role) {
        return web.mutateWith(mockJwt().authorities(new SimpleGrantedAuthority("ROLE_" + role)));
    }

    @Test
    void aMissingCategoryOrAnUnknownWindowIsABadRequest() {
        as("marketing").get().uri("/api/v1/trends?window=day").exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        as("admin").get().uri("/api/v1/trends?category=mugs&window=week").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("window must be hour or day");
    }

    @Test
    void shoppersMayNotReadTrends() {
        as("shopper").get().uri("/api/v1/trends?category=mugs").exchange().expectStatus().isForbidden();
    }

    @Test
    void redisDownIs503WithAProblem() {
        as("marketing").get().uri("/api/v1/trends?category=mugs&window=hour").exchange()
                .expectStatus().isEqualTo(503).expectBody()
                .jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/dependency-unavailable");
    }
}
