package dev.priceflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.api.BatchQuoteRequest;
import dev.priceflow.contracts.events.CommerceEvent;
import dev.priceflow.contracts.events.EventValidator;
import dev.priceflow.contracts.events.ProductViewed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The hand-written bodies must be exactly what the contracts records read, or the gateway would reject them. */
class PayloadsTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void viewBatchIsAnArrayOfValidProductViewedEventsWithDistinctIds() {
        String body = Payloads.viewBatch(50, 3, "user-1", List.of("85123A", "22423"), NOW);
        List<CommerceEvent> events = json.readValue(body, new TypeReference<List<CommerceEvent>>() { });
        EventValidator validator = new EventValidator(Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(events).hasSize(50).allSatisfy(e -> {
            assertThat(e).isInstanceOf(ProductViewed.class);
            assertThat(((ProductViewed) e).userId()).isEqualTo("user-1");
            assertThat(validator.violations(e)).isEmpty();
        });
        assertThat(events.stream().map(CommerceEvent::eventId).distinct()).hasSize(50);
    }

    @Test
    void batchQuoteIsABatchQuoteRequest() {
        BatchQuoteRequest request = json.readValue(Payloads.batchQuote(List.of("85123A", "22423")),
                BatchQuoteRequest.class);
        assertThat(request.skus()).containsExactly("85123A", "22423");
        assertThat(request.channel()).isEqualTo("web");
    }

    @Test
    void theTokenSubjectIsTheUserIdEventsMustCarry() {
        String payload = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"exp\":1,\"sub\":\"6f1c2a8e-0000-4000-8000-00000000a11c\"}".getBytes());
        assertThat(dev.priceflow.bench.http.Tokens.subject("h." + payload + ".s")).isEqualTo("6f1c2a8e-0000-4000-8000-00000000a11c");
    }
}
