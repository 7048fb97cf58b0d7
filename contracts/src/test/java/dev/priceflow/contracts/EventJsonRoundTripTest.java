package dev.priceflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.priceflow.contracts.events.AddedToCart;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.CompetitorPriceObserved;
import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.contracts.events.PurchaseCompleted;
import dev.priceflow.contracts.events.SearchPerformed;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EventJsonRoundTripTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant AT = Instant.parse("2026-11-20T10:15:30Z");
    private static final UUID ID = UUID.fromString("0b6f7a8e-1d2c-4e5f-9a0b-1c2d3e4f5a6b");

    static Stream<CommerceEvent> events() {
        return Stream.of(
                new ProductViewed(ID, AT, 1, "u-1", "85123A", "web"),
                new AddedToCart(ID, AT, 1, "u-1", "85123A", 2, Money.of("2.55", "GBP")),
                new PurchaseCompleted(ID, AT, 1, "u-1", "536365",
                        List.of(new PurchaseCompleted.Line("85123A", 6, Money.of("2.55", "GBP")),
                                new PurchaseCompleted.Line("71053", 6, Money.of("3.39", "GBP")))),
                new SearchPerformed(ID, AT, 1, "u-1", "lantern", 12),
                new CompetitorPriceObserved(ID, AT, 1, "85123A", "shop-b", Money.of("2.49", "GBP")));
    }

    @ParameterizedTest
    @MethodSource("events")
    void everyEventSurvivesAJsonRoundTrip(CommerceEvent event) {
        String json = JSON.writeValueAsString(event);

        CommerceEvent back = JSON.readValue(json, CommerceEvent.class);

        assertThat(back).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("events")
    void wireFormatCarriesTypeIdTimeAndVersion(CommerceEvent event) {
        JsonNode node = JSON.readTree(JSON.writeValueAsString(event));

        assertThat(node.get("type").asString()).isEqualTo(event.getClass().getSimpleName());
        assertThat(node.get("eventId").asString()).isEqualTo(ID.toString());
        assertThat(node.get("occurredAt").asString()).isEqualTo("2026-11-20T10:15:30Z");
        assertThat(node.get("schemaVersion").asInt()).isEqualTo(1);
    }

    @Test
    void moneyTravelsAsDecimalStringsNeverFloats() {
        var event = new AddedToCart(ID, AT, 1, "u-1", "85123A", 1, Money.of("19.90", "EUR"));

        JsonNode price = JSON.readTree(JSON.writeValueAsString(event)).get("unitPrice");

        assertThat(price.get("amount").isString()).isTrue();
        assertThat(price.get("amount").asString()).isEqualTo("19.90");
        assertThat(price.get("currency").asString()).isEqualTo("EUR");
    }

    @Test
    void readsAnEventWrittenByAnotherClient() {
        String json = """
                {"type":"SearchPerformed","eventId":"%s","occurredAt":"2026-11-20T10:15:30Z",
                 "schemaVersion":1,"userId":"u-9","query":"mug","resultCount":3}""".formatted(ID);

        CommerceEvent event = JSON.readValue(json, CommerceEvent.class);

        assertThat(event).isEqualTo(new SearchPerformed(ID, AT, 1, "u-9", "mug", 3));
        assertThat(event.partitionKey()).isEqualTo("u-9");
    }

    @Test
    void rejectsMoneyWithoutAnIsoCurrency() {
        assertThatThrownBy(() -> Money.of("1.00", "euro")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISO-4217");
    }

    @Test
    void aPurchaseLineWithoutPromotionFlagReadsAsNotPromoted() {
        String json = """
                {"type":"PurchaseCompleted","eventId":"%s","occurredAt":"2026-11-20T10:15:30Z","schemaVersion":1,
                 "userId":"u-1","orderId":"o-1","lines":[{"sku":"85123A","quantity":2,
                 "unitPrice":{"amount":"2.55","currency":"GBP"}},{"sku":"71053","quantity":1,
                 "unitPrice":{"amount":"3.00","currency":"GBP"},"onPromotion":true}]}""".formatted(ID);

        PurchaseCompleted event = (PurchaseCompleted) JSON.readValue(json, CommerceEvent.class);

        assertThat(event.lines()).extracting(PurchaseCompleted.Line::onPromotion).containsExactly(false, true);
    }
}
