package dev.priceflow.gateway.price.adapter.web;

import static dev.priceflow.gateway.support.Tokens.ALICE;
import static dev.priceflow.gateway.support.Tokens.shopper;
import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.gateway.adapter.web.WebSliceConfig;
import dev.priceflow.gateway.price.application.PriceLookup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(controllers = PriceController.class, properties =
        "priceflow.gateway.edge.cors-origins=http://127.0.0.1:3000")
@Import({WebSliceConfig.class, PriceLookup.class})
class EdgeHeadersTest {

    @Autowired
    WebTestClient client;

    @Test
    void everyAnswerCarriesSecurityHeadersAndAContentSecurityPolicyNamingKeycloak() {
        client.mutateWith(shopper(ALICE)).get().uri("/api/v1/prices/NOPE!").exchange()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("script-src 'self'").contains("frame-ancestors 'none'")
                        .contains("connect-src 'self' http://127.0.0.1:8180"));
    }

    @Test
    void onlyTheConfiguredStorefrontOriginPassesCors() {
        client.options().uri("http://127.0.0.1:8080/api/v1/prices/85123A")
                .header("Origin", "http://127.0.0.1:3000")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "http://127.0.0.1:3000");
        client.options().uri("http://127.0.0.1:8080/api/v1/prices/85123A")
                .header("Origin", "http://127.0.0.1:6666")
                .header("Access-Control-Request-Method", "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }
}
