package dev.priceflow.gateway.events.adapter.web;

import static dev.priceflow.gateway.support.Tokens.ALICE;
import static dev.priceflow.gateway.support.Tokens.BOB;
import static dev.priceflow.gateway.support.Tokens.shopper;
import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.gateway.adapter.web.WebSliceConfig;
import dev.priceflow.gateway.events.EventsConfig;
import dev.priceflow.gateway.events.application.EventIntake;
import dev.priceflow.gateway.support.FakeEventPublisher;
import dev.priceflow.gateway.support.Tokens;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(controllers = EventController.class)
@Import({WebSliceConfig.class, EventIntake.class, EventsConfig.class})
class EventEndpointTest {

    private static final String ID_1 = "0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a61";
    private static final String ID_2 = "0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a62";

    @Autowired
    WebTestClient client;
    @Autowired
    FakeEventPublisher kafka;

    @BeforeEach
    void reset() {
        kafka.reset();
    }

    static String viewed(String eventId, String userId, String sku) {
        return """
                {"type":"ProductViewed","eventId":"%s","occurredAt":"2026-11-20T09:59:00Z","schemaVersion":1,\
                "userId":"%s","sku":"%s","channel":"web"}""".formatted(eventId, userId, sku);
    }

    static String competitorPrice(String eventId) {
        return """
                {"type":"CompetitorPriceObserved","eventId":"%s","occurredAt":"2026-11-20T09:59:00Z",\
                "schemaVersion":1,"sku":"85123A","competitor":"shop-b","price":{"amount":"2.49","currency":"GBP"}}"""
                .formatted(eventId);
    }

    private WebTestClient.ResponseSpec post(WebTestClient as, String body) {
        return as.post().uri("/api/v1/events").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void oneBadElementIsRejectedWithItsReasonsAndTheOtherIsPublished() {
        String batch = "[" + viewed(ID_1, ALICE, "85123A") + "," + viewed(ID_2, ALICE, "not a sku") + "]";

        post(client.mutateWith(shopper(ALICE)), batch)
                .expectStatus().isAccepted()
                .expectBody()
                .jsonPath("$.accepted").isEqualTo(1)
                .jsonPath("$.rejected").isEqualTo(1)
                .jsonPath("$.rejections[0].index").isEqualTo(1)
                .jsonPath("$.rejections[0].eventId").isEqualTo(ID_2)
                .jsonPath("$.rejections[0].reasons[0]").isEqualTo("sku is not a well-formed SKU");

        assertThat(kafka.published).singleElement()
                .isInstanceOfSatisfying(ProductViewed.class, e -> assertThat(e.eventId()).hasToString(ID_1));
    }

    @Test
    void aShopperCannotReportAnotherShoppersBehaviour() {
        post(client.mutateWith(shopper(ALICE)), "[" + viewed(ID_1, BOB, "85123A") + "]")
                .expectStatus().isAccepted()
                .expectBody()
                .jsonPath("$.accepted").isEqualTo(0)
                .jsonPath("$.rejections[0].reasons[0]").isEqualTo("userId must be the signed-in shopper");
        assertThat(kafka.published).isEmpty();
    }

    @Test
    void competitorPricesComeFromMarketingNotFromShoppers() {
        post(client.mutateWith(shopper(ALICE)), "[" + competitorPrice(ID_1) + "]")
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.rejections[0].reasons[0]").isEqualTo("requires role marketing or admin");
        assertThat(kafka.published).isEmpty();

        post(client.mutateWith(Tokens.marketing()), "[" + competitorPrice(ID_1) + "]")
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.accepted").isEqualTo(1);
        assertThat(kafka.published).hasSize(1);
    }

    @Test
    void elementsThatAreNotEventsAreRejectedOneByOne() {
        String batch = "[42, {\"type\":\"Teleported\",\"eventId\":\"" + ID_2 + "\"},"
                + viewed(ID_1, ALICE, "85123A").replace("\"schemaVersion\":1", "\"schemaVersion\":\"one\"") + "]";

        post(client.mutateWith(shopper(ALICE)), batch)
                .expectStatus().isAccepted()
                .expectBody()
                .jsonPath("$.rejected").isEqualTo(3)
                .jsonPath("$.rejections[0].reasons[0]").isEqualTo("element is not a JSON object")
                .jsonPath("$.rejections[1].eventId").isEqualTo(ID_2)
                .jsonPath("$.rejections[1].reasons[0]").value(String.class,
                        reason -> assertThat(reason).startsWith("type must be one of"))
                .jsonPath("$.rejections[2].reasons[0]").isEqualTo("schemaVersion has an invalid value");
    }

    @Test
    void aBodyThatIsNotANonEmptyArrayIs400Problem() {
        for (String body : new String[] {"{\"events\":[]}", "[]", "[{", "   "}) {
            post(client.mutateWith(shopper(ALICE)), body)
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/invalid-request");
        }
        client.mutateWith(shopper(ALICE)).post().uri("/api/v1/events").contentType(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isBadRequest();
        assertThat(kafka.published).isEmpty();
    }

    @Test
    void moreThan500EventsIs413Problem() {
        String batch = "[" + String.join(",", Collections.nCopies(501, viewed(ID_1, ALICE, "85123A"))) + "]";

        post(client.mutateWith(shopper(ALICE)), batch)
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.detail").value(String.class, d -> assertThat(d).contains("at most 500"));
        assertThat(kafka.published).isEmpty();
    }

    @Test
    void whenKafkaDoesNotConfirmTheBatchIsNotClaimedAccepted() {
        kafka.brokerDown = true;

        post(client.mutateWith(shopper(ALICE)), "[" + viewed(ID_1, ALICE, "85123A") + "]")
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://priceflow.dev/problems/dependency-unavailable")
                .jsonPath("$.notSent").isEqualTo(1)
                .jsonPath("$.accepted").doesNotExist();
    }

    @Test
    void withoutATokenNothingIsTaken() {
        client.post().uri("/api/v1/events").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[" + viewed(ID_1, ALICE, "85123A") + "]").exchange()
                .expectStatus().isUnauthorized();
        assertThat(kafka.published).isEmpty();
    }
}
