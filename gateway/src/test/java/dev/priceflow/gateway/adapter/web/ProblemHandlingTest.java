package dev.priceflow.gateway.adapter.web;

import static dev.priceflow.gateway.support.Tokens.ALICE;
import static dev.priceflow.gateway.support.Tokens.marketing;
import static dev.priceflow.gateway.support.Tokens.shopper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@WebFluxTest(controllers = ProblemHandlingTest.Failing.class)
@Import({WebSliceConfig.class, ProblemHandlingTest.Failing.class})
class ProblemHandlingTest {

    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/api/v1/test/boom")
        Mono<String> boom() {
            return Mono.error(new IllegalStateException("jdbc:postgresql://db password=hunter2"));
        }
    }

    @Autowired
    WebTestClient client;

    @Test
    void anUnexpectedErrorIs500ProblemWithAnIdButNoInternals() {
        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/test/boom").exchange()
                .expectStatus().isEqualTo(500)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/internal")
                .jsonPath("$.errorId").isNotEmpty()
                .jsonPath("$.instance").isEqualTo("/api/v1/test/boom")
                .consumeWith(body -> org.assertj.core.api.Assertions.assertThat(new String(body.getResponseBody()))
                        .doesNotContain("hunter2").doesNotContain("IllegalStateException"));
    }

    @Test
    void anUnknownPathIs404ProblemAndAWrongMethodIs405Problem() {
        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/not-found");
        client.mutateWith(shopper(ALICE)).delete().uri("/api/v1/test/boom").exchange()
                .expectStatus().isEqualTo(405)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aRouteWhoseServiceIsDownFallsBackTo503Problem() {
        client.mutateWith(shopper(ALICE)).get().uri(RouteFallbacks.USER_PROFILE).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/dependency-unavailable");
    }

    @Test
    void thePromotionsRouteFallsBackTo503ProblemForEveryMethod() {
        client.mutateWith(marketing()).post().uri(RouteFallbacks.PRICING_PROMOTIONS).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/dependency-unavailable")
                .jsonPath("$.detail").value(detail -> org.assertj.core.api.Assertions.assertThat((String) detail)
                        .contains("pricing"));
        client.mutateWith(marketing()).get().uri(RouteFallbacks.PRICING_PROMOTIONS).exchange()
                .expectStatus().isEqualTo(503);
    }
}
