package dev.priceflow.trends.adapter.streams;

import static dev.priceflow.trends.adapter.streams.TopologyFixture.T0;
import static dev.priceflow.trends.adapter.streams.TopologyFixture.cart;
import static dev.priceflow.trends.adapter.streams.TopologyFixture.last;
import static dev.priceflow.trends.adapter.streams.TopologyFixture.ofType;
import static dev.priceflow.trends.adapter.streams.TopologyFixture.purchase;
import static dev.priceflow.trends.adapter.streams.TopologyFixture.view;
import static org.assertj.core.api.Assertions.assertThat;

import dev.priceflow.contracts.events.ProductViewed;
import dev.priceflow.kit.kafka.DeadLetterErrorHandling;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TrendTopologyTest {

    private final TopologyFixture fx = new TopologyFixture();

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void countsViewsCartsAndPurchasesPerProductAndCategoryInHourAndDayWindows() {
        fx.send(view("u1", "MUG-1", T0.plusSeconds(60)));
        fx.send(view("u2", "MUG-2", T0.plusSeconds(120)));
        fx.send(cart("u1", "MUG-1", T0.plusSeconds(180)));
        fx.send(purchase("u1", T0.plusSeconds(240), "MUG-1", "BAG-1"));
        fx.send(view("u3", "MUG-1", T0.plus(Duration.ofHours(1)).plusSeconds(5)));

        List<JsonNode> signals = fx.drain();
        JsonNode mugsHour = ofType(signals, "CategoryMomentum", "hour").stream()
                .filter(s -> s.get("category").asString().equals("mugs"))
                .filter(s -> s.get("windowStart").asString().equals(T0.toString())).toList().getLast();
        assertThat(mugsHour.get("views").asLong()).isEqualTo(2);
        assertThat(mugsHour.get("carts").asLong()).isEqualTo(1);
        assertThat(mugsHour.get("purchases").asLong()).isEqualTo(1);
        assertThat(mugsHour.get("windowEnd").asString()).isEqualTo(T0.plus(Duration.ofHours(1)).toString());

        JsonNode mugsDay = last(signals, "CategoryMomentum", "day", "category", "mugs");
        assertThat(mugsDay.get("views").asLong()).isEqualTo(3);
        JsonNode mug1Day = last(signals, "ProductMomentum", "day", "sku", "MUG-1");
        assertThat(mug1Day.get("category").asString()).isEqualTo("mugs");
        assertThat(mug1Day.get("views").asLong()).isEqualTo(2);
        assertThat(mug1Day.get("carts").asLong()).isEqualTo(1);
        assertThat(mug1Day.get("purchases").asLong()).isEqualTo(1);
        assertThat(last(signals, "CategoryMomentum", "day", "category", "bags").get("purchases").asLong())
                .isEqualTo(1);
    }

    @Test
    void unknownSkusAreCountedAsUncategorised() {
        fx.send(view("u1", "NEW-SKU", T0));
        assertThat(last(fx.drain(), "CategoryMomentum", "hour", "category", "uncategorised").get("views").asLong())
                .isEqualTo(1);
    }

    @Test
    void eventTimeIsOccurredAtAndOutOfOrderEventsWithinGraceStillCount() {
        fx.send(view("u1", "MUG-1", T0.plus(Duration.ofMinutes(65))));   // hour 1; stream time 01:05
        fx.send(view("u2", "MUG-1", T0.plus(Duration.ofMinutes(50))));   // hour 0 is open until 01:10 (10 min grace)
        fx.send(view("u3", "MUG-1", T0.plus(Duration.ofMinutes(30))));   // out of order, still within grace
        List<JsonNode> signals = fx.drain();
        List<JsonNode> hour0 = ofType(signals, "ProductMomentum", "hour").stream()
                .filter(s -> s.get("windowStart").asString().equals(T0.toString())).toList();
        assertThat(hour0).isNotEmpty();
        assertThat(hour0.getLast().get("views").asLong()).isEqualTo(2);
        // ... and the day window (grace 2 h) has all three
        assertThat(last(signals, "ProductMomentum", "day", "sku", "MUG-1").get("views").asLong()).isEqualTo(3);
    }

    @Test
    void eventsLaterThanTheGracePeriodAreDroppedFromThatWindowOnly() {
        fx.send(view("u1", "MUG-1", T0.plus(Duration.ofMinutes(90))));   // stream time 01:30
        fx.send(view("u2", "MUG-1", T0.plus(Duration.ofMinutes(40))));   // hour 0 closed at 01:10: too late
        List<JsonNode> signals = fx.drain();
        assertThat(ofType(signals, "ProductMomentum", "hour")).allSatisfy(s ->
                assertThat(s.get("windowStart").asString()).isNotEqualTo(T0.toString()));
        assertThat(last(signals, "ProductMomentum", "day", "sku", "MUG-1").get("views").asLong()).isEqualTo(2);
        fx.send(view("u3", "MUG-1", T0.plus(Duration.ofHours(30))));     // day 0 closes at day 1 + 2 h
        fx.send(view("u4", "MUG-1", T0.plus(Duration.ofHours(23))));     // too late for day 0
        assertThat(ofType(fx.drain(), "ProductMomentum", "day")).extracting(s -> s.get("windowStart").asString())
                .containsOnly(T0.plus(Duration.ofDays(1)).toString());
    }

    @Test
    void corruptRecordsGoToTheDeadLetterTopicWithAReasonAndTheStreamGoesOn() {
        fx.events.pipeInput("u1", "{not json", T0);
        fx.events.pipeInput("u1", "{\"type\":\"ProductViewed\",\"eventId\":\"" + java.util.UUID.randomUUID()
                + "\",\"occurredAt\":\"" + T0 + "\",\"schemaVersion\":1,\"userId\":\"u1\",\"sku\":\"bad sku\"}", T0);
        fx.events.pipeInput("u1", (String) null, T0);
        fx.competitorPrices.pipeInput("MUG-1", "[]", T0);
        fx.send(view("u1", "MUG-1", T0));

        List<TestRecord<String, String>> dead = fx.deadLetters.readRecordsToList();
        assertThat(dead).hasSize(4);
        assertThat(dead.get(0).value()).isEqualTo("{not json");
        assertThat(new String(dead.get(1).headers().lastHeader(DeadLetterErrorHandling.REASON_HEADER).value(),
                StandardCharsets.UTF_8)).contains("sku is not a well-formed SKU");
        assertThat(dead).allSatisfy(r -> assertThat(r.headers().lastHeader(DeadLetterErrorHandling.REASON_HEADER))
                .isNotNull());
        assertThat(last(fx.drain(), "ProductMomentum", "hour", "sku", "MUG-1").get("views").asLong()).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventIsCountedOnce() {
        ProductViewed once = view("u1", "MUG-1", T0);
        fx.send(once);
        fx.send(once);
        fx.send(view("u1", "MUG-1", T0.plusSeconds(1)));
        List<JsonNode> day = ofType(fx.drain(), "ProductMomentum", "day");
        assertThat(day).hasSize(2);
        assertThat(day.getLast().get("views").asLong()).isEqualTo(2);
    }

    @Test
    void aReplayOfOldHistoryBehindNewerEventsIsNotCountedAgainEvenWhenTheIdsAreForgotten() {
        ProductViewed old = view("u1", "MUG-1", T0);
        fx.send(old);
        fx.send(view("u1", "BAG-1", T0.plus(Duration.ofDays(10))));   // same partition moves 10 days on
        fx.drain();
        fx.send(old);                                                  // id expired from the store by now
        fx.send(view("u1", "MUG-1", T0.plusSeconds(5)));               // a new event, as old: too late too
        assertThat(fx.drain()).isEmpty();
    }
}
